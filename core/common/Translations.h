// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace isms {

/// Installs the translators for the user interface language on `app`.
///
/// The language is `language` when it is given (a BCP 47 or POSIX name such as "de", "fr-CA" or "de_AT"),
/// otherwise the first of QLocale().uiLanguages() that ISMS Workbench is translated into. The catalogue
/// comes from `:/i18n/isms_<lang>.qm`, which the executable embeds; when no catalogue matches, the
/// English one is loaded, because it holds the English plural forms ("1 control", "2 controls"). Qt's
/// own strings (standard buttons, dialogs) come from `qtbase_<lang>.qm` in
/// QLibraryInfo::path(QLibraryInfo::TranslationsPath), in the same language as the catalogue; a missing
/// Qt catalogue is not an error, Qt then shows English.
///
/// Call it once, in the main thread, right after constructing the application object and before any
/// translated text is created. The translators are children of `app`. A language change takes effect
/// after a restart.
void installTranslations(QCoreApplication &app, const QString &language = {});

/// Writes in another language for as long as it lives: installs the catalogues of `language` ("en",
/// "de", "fr") in front of those installTranslations() installed and makes its locale the default
/// (numbers, dates), then removes them and restores the locale. For one report in the language its
/// reader wants (the audit pack's --language). Create and destroy it in the main thread.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    /// The languages a report can be written in: "en", "de", "fr".
    static QStringList languages();

private:
    QList<QTranslator *> m_translators;
    QLocale m_previous;
};

} // namespace isms
