// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace isms {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const QString catalogues = u":/i18n"_s;

    // QTranslator tries each of the locale's UI languages in order, "de_AT" before "de". Without a
    // catalogue for any of them the text stays English, and English needs its plural forms.
    auto *own = new QTranslator(&app);
    const bool hasOwn =
        own->load(locale, u"isms"_s, u"_"_s, catalogues) || own->load(u"isms_en"_s, catalogues);

    // Qt's dialogs follow the language of our catalogue, so that a window never mixes two languages.
    const QLocale qtLocale = hasOwn && !own->language().isEmpty() ? QLocale(own->language()) : locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(qtLocale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    // The translator installed last is asked first: our wording wins where Qt has the same text.
    if (hasOwn) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
}

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_previous(QLocale())
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator;
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator;
    if (own->load(locale, u"isms"_s, u"_"_s, u":/i18n"_s) || own->load(u"isms_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        m_translators.append(own);
    } else {
        delete own;
    }
}

ScopedLanguage::~ScopedLanguage()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(m_previous);
}

QStringList ScopedLanguage::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

} // namespace isms
