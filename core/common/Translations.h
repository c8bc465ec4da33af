// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

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
/// after a restart. It also installs, in front, the translator of report languages (ScopedLanguage),
/// which answers only on threads that write a report in a language of their own.
void installTranslations(QCoreApplication &app, const QString &language = {});

/// Writes in another language on the calling thread for as long as it lives: text translated on this
/// thread comes from the catalogues of `language` ("en", "de", "fr"), and reportLocale() returns its
/// locale (numbers, dates). For one report in the language its reader wants (the audit pack's
/// --language). Other threads, the window's among them, keep their language and locale: nothing is
/// installed application-wide per report, and QLocale's default is never changed.
///
/// The translations come from one translator installed once in the application (by
/// installTranslations(), or by the first ScopedLanguage or prepareReportLanguages() in the main
/// thread) that answers only on threads with a report language, from catalogues loaded once per
/// language; for "en" it answers the English text. Create and destroy it in the same thread; it may
/// be nested.
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
    QString m_previous;
};

/// Installs the translator ScopedLanguage relies on, unless it is installed already. Call it in the main
/// thread before a worker thread creates a ScopedLanguage (installing sends a LanguageChange event,
/// which belongs to the main thread).
void prepareReportLanguages();

/// The locale of reports written on the calling thread: that of its ScopedLanguage, else QLocale().
QLocale reportLocale();

/// The language of the calling thread's ScopedLanguage ("de"), or empty without one: for work that a
/// thread hands to another, which then writes in the same language.
QString reportLanguage();

} // namespace isms
