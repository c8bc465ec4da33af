// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QString>

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
/// after a restart.
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace isms
