// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// Loads and installs one catalogue; the translator is deleted again when nothing was found.
QTranslator *installCatalogue(QCoreApplication &app, const auto &load)
{
    auto *translator = new QTranslator(&app);
    if (load(*translator) && QCoreApplication::installTranslator(translator)) {
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const QString catalogues = u":/i18n"_s;

    // QTranslator tries each of the locale's UI languages in order, "de_AT" before "de".
    const QTranslator *own = installCatalogue(app, [&](QTranslator &translator) {
        return translator.load(locale, u"isms"_s, u"_"_s, catalogues)
               || translator.load(u"isms_en"_s, catalogues);
    });

    // Qt's dialogs follow the language of our catalogue, so that a window never mixes two languages.
    const QLocale qtLocale = own != nullptr && !own->language().isEmpty() ? QLocale(own->language()) : locale;
    const QString qtCatalogues = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    installCatalogue(app, [&](QTranslator &translator) {
        return translator.load(qtLocale, u"qtbase"_s, u"_"_s, qtCatalogues);
    });
}

} // namespace isms
