// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

/// The report language of the calling thread; empty when it writes in the application's language.
thread_local QString t_language; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

/// The catalogues of one report language, loaded once and kept for the life of the program.
class Catalogues
{
public:
    explicit Catalogues(const QString &language)
        : m_locale(language)
    {
        if (language == u"en") {
            // The English text is the source text; the English catalogue adds its plural forms.
            load(u"isms_en"_s, u":/i18n"_s);
            return;
        }
        auto own = std::make_unique<QTranslator>();
        if (own->load(m_locale, u"isms"_s, u"_"_s, u":/i18n"_s) || own->load(u"isms_en"_s, u":/i18n"_s)) {
            m_translators.push_back(std::move(own));
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(m_locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_translators.push_back(std::move(qt));
        }
    }

    /// Our catalogue first, then Qt's; the source text when neither knows `source`, so that another
    /// language installed for the window never answers on this thread.
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const
    {
        for (const auto &translator : m_translators) {
            QString text = translator->translate(context, source, disambiguation, n);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return QString::fromUtf8(source);
    }

    const QLocale &locale() const { return m_locale; }

private:
    void load(const QString &name, const QString &folder)
    {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(name, folder)) {
            m_translators.push_back(std::move(translator));
        }
    }

    QLocale m_locale;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

/// The catalogues of `language`, loaded on first use by any thread. QTranslator::translate() only reads
/// what load() read, so loaded catalogues are shared by every thread.
const Catalogues &cataloguesFor(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<Catalogues>> loaded;
    const QMutexLocker locker(&mutex);
    auto &slot = loaded[language];
    if (!slot) {
        slot = std::make_unique<Catalogues>(language);
    }
    return *slot;
}

/// Answers for threads with a report language and leaves every other thread to the translators of the
/// window's language.
class ReportLanguageTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *context,
                      const char *source,
                      const char *disambiguation,
                      int n) const override
    {
        if (t_language.isEmpty()) {
            return {};
        }
        return cataloguesFor(t_language).translate(context, source, disambiguation, n);
    }
};

/// The installed translator; only the main thread reads or writes it.
QPointer<ReportLanguageTranslator> &installed()
{
    static QPointer<ReportLanguageTranslator> translator;
    return translator;
}

} // namespace

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
    prepareReportLanguages();
}

void prepareReportLanguages()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        return;
    }
    QPointer<ReportLanguageTranslator> &translator = installed();
    if (translator) {
        return;
    }
    // Installed last, it is asked first; on threads without a report language it passes.
    translator = new ReportLanguageTranslator(app);
    QCoreApplication::installTranslator(translator);
}

QLocale reportLocale()
{
    return t_language.isEmpty() ? QLocale() : cataloguesFor(t_language).locale();
}

QString reportLanguage()
{
    return t_language;
}

ScopedLanguage::ScopedLanguage(const QString &language)
    : m_previous(t_language)
{
    prepareReportLanguages();
    if (!installed() && QCoreApplication::instance()
        && QThread::currentThread() != QCoreApplication::instance()->thread()) {
        qWarning("isms::ScopedLanguage: no report translator is installed; call "
                 "isms::prepareReportLanguages() in the main thread first");
    }
    t_language = language.isEmpty() ? u"en"_s : language;
}

ScopedLanguage::~ScopedLanguage()
{
    t_language = m_previous;
}

QStringList ScopedLanguage::languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

} // namespace isms
