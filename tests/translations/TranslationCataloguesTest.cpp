// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TsFile.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using isms::test::TsFile;
using isms::test::TsMessage;

namespace {

/// The command that brings every catalogue up to date, named in each failure.
constexpr auto UpdateHint = "Run \"cmake --build <build dir> --target update_translations\", translate what "
                            "is new and commit translations/*.ts.";

/// The longest list of problems one failure prints.
constexpr qsizetype MaxListed = 60;

/// What lupdate finds in the sources now, read once per test process.
struct Scan
{
    TsFile catalogue;
    QStringList warnings;
    QString error;
};

const Scan &scan()
{
    static const Scan result = [] {
        Scan scan;
        QTemporaryDir dir;
        if (!dir.isValid()) {
            scan.error = u"no temporary folder: %1"_s.arg(dir.errorString());
            return scan;
        }
        const QString ts = dir.filePath(u"isms_source.ts"_s);
        QProcess lupdate;
        // The options of the update_translations target (translations/CMakeLists.txt).
        lupdate.start(QStringLiteral(ISMS_LUPDATE),
                      {u"-no-obsolete"_s,
                       u"-locations"_s,
                       u"none"_s,
                       u'@' + QStringLiteral(ISMS_LUPDATE_ARGUMENTS_FILE),
                       u"-ts"_s,
                       ts});
        if (!lupdate.waitForFinished(300'000) || lupdate.exitStatus() != QProcess::NormalExit
            || lupdate.exitCode() != 0) {
            scan.error =
                u"lupdate failed (%1): %2"_s.arg(lupdate.errorString(),
                                                 QString::fromLocal8Bit(lupdate.readAllStandardError()));
            return scan;
        }
        for (const QString &line : QString::fromLocal8Bit(lupdate.readAllStandardError()).split(u'\n')) {
            if (line.contains(u"cannot be called without context")
                || line.contains(u"lacks Q_OBJECT macro")) {
                scan.warnings.append(line.trimmed());
            }
        }
        scan.catalogue = isms::test::readTsFile(ts);
        scan.error = scan.catalogue.error;
        return scan;
    }();
    return result;
}

QString listed(const QStringList &problems)
{
    QStringList shown = problems.first(std::min(problems.size(), MaxListed));
    if (problems.size() > MaxListed) {
        shown.append(u"... and %1 more"_s.arg(problems.size() - MaxListed));
    }
    return u"  "_s + shown.join(u"\n  "_s);
}

/// The arguments (%1, %L2, %n) a text uses, each once, sorted.
QStringList argumentMarkers(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found.append(match.captured().remove(u'L'));
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

/// The punctuation a text ends with; an ellipsis counts the same in either spelling.
QString endPunctuation(const QString &text)
{
    static const QRegularExpression pattern(u"(\\.\\.\\.|\u2026|[.:?!])\\s*$"_s);
    const QString end = pattern.match(text).captured(1);
    return end == u"..." ? u"\u2026"_s : end;
}

QString leadingSpace(const QString &text)
{
    return text.first(std::ranges::find_if_not(text, [](QChar c) { return c.isSpace(); }) - text.begin());
}

QString trailingSpace(const QString &text)
{
    const auto reversed =
        std::ranges::find_if_not(text.crbegin(), text.crend(), [](QChar c) { return c.isSpace(); });
    return text.last(reversed - text.crbegin());
}

bool hasMnemonic(QString text)
{
    static const QRegularExpression pattern(u"&[^&\\s]"_s);
    return text.remove(u"&&"_s).contains(pattern);
}

/// What is wrong with one translated text of `message`; empty when nothing is.
QStringList checkText(const TsMessage &message, const QString &text)
{
    QStringList problems;
    if (text.trimmed().isEmpty()) {
        return {u"an empty translation"_s};
    }
    QStringList expected = argumentMarkers(message.source);
    QStringList actual = argumentMarkers(text);
    if (message.isNumerus) {
        // Every plural form shows the number.
        if (!expected.contains(u"%n")) {
            expected.append(u"%n"_s);
            expected.sort();
        }
    }
    if (actual != expected) {
        problems.append(u"arguments %1 instead of %2"_s.arg(actual.join(u' '), expected.join(u' ')));
    }
    if (endPunctuation(text) != endPunctuation(message.source)) {
        problems.append(u"ends with \"%1\" instead of \"%2\""_s.arg(endPunctuation(text),
                                                                    endPunctuation(message.source)));
    }
    if (leadingSpace(text) != leadingSpace(message.source)
        || trailingSpace(text) != trailingSpace(message.source)) {
        problems.append(u"leading or trailing white space differs from the source"_s);
    }
    if (hasMnemonic(text) != hasMnemonic(message.source)) {
        problems.append(u"the keyboard shortcut (&) is missing or added"_s);
    }
    return problems;
}

/// Checks that `catalogue` translates every message of the scan, and nothing else, completely.
void expectComplete(const TsFile &catalogue,
                    const QList<TsMessage> &wanted,
                    const QString &language,
                    qsizetype pluralForms,
                    const QString &fileName)
{
    ASSERT_TRUE(catalogue.error.isEmpty()) << catalogue.error.toStdString();
    EXPECT_EQ(catalogue.language, language) << fileName.toStdString() << " declares the wrong language";

    const QHash<QString, const TsMessage *> translated = catalogue.byKey();
    QSet<QString> wantedKeys;
    QStringList missing;
    QStringList unfinished;
    QStringList wrong;
    for (const TsMessage &message : wanted) {
        wantedKeys.insert(message.key());
        const TsMessage *translation = translated.value(message.key());
        if (translation == nullptr) {
            missing.append(message.describe());
            continue;
        }
        if (translation->isNumerus != message.isNumerus) {
            wrong.append(message.describe() + u": plural forms expected "_s
                         + (message.isNumerus ? u"but missing"_s : u"but not wanted"_s));
            continue;
        }
        if (!translation->type.isEmpty()) {
            unfinished.append(u"%1 (%2)"_s.arg(message.describe(), translation->type));
            continue;
        }
        if (message.isNumerus && translation->numerusForms.size() != pluralForms) {
            wrong.append(u"%1: %2 plural forms instead of %3"_s.arg(message.describe())
                             .arg(translation->numerusForms.size())
                             .arg(pluralForms));
            continue;
        }
        for (const QString &text : translation->texts()) {
            for (const QString &problem : checkText(message, text)) {
                wrong.append(u"%1 -> \"%2\": %3"_s.arg(message.describe(), text, problem));
            }
        }
    }
    QStringList stale;
    for (const TsMessage &message : catalogue.messages) {
        if (!wantedKeys.contains(message.key())) {
            stale.append(message.describe());
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << fileName.toStdString() << " misses " << missing.size()
                                   << " messages that the sources use. " << UpdateHint << '\n'
                                   << listed(missing).toStdString();
    EXPECT_TRUE(unfinished.isEmpty())
        << fileName.toStdString() << " has " << unfinished.size() << " unfinished translations:\n"
        << listed(unfinished).toStdString();
    EXPECT_TRUE(wrong.isEmpty()) << fileName.toStdString() << " has " << wrong.size()
                                 << " translations that do not fit their source text:\n"
                                 << listed(wrong).toStdString();
    EXPECT_TRUE(stale.isEmpty()) << fileName.toStdString() << " holds " << stale.size()
                                 << " messages that the sources no longer use. " << UpdateHint << '\n'
                                 << listed(stale).toStdString();
}

class TranslationCataloguesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(scan().error.isEmpty()) << scan().error.toStdString(); }

    static QList<TsMessage> pluralMessages()
    {
        QList<TsMessage> plurals;
        std::ranges::copy_if(scan().catalogue.messages, std::back_inserter(plurals), &TsMessage::isNumerus);
        return plurals;
    }
};

TEST_F(TranslationCataloguesTest, SourcesFindTheStrings)
{
    EXPECT_GT(scan().catalogue.messages.size(), 0);
}

TEST_F(TranslationCataloguesTest, EveryStringHasTheContextItIsLoadedWith)
{
    // A tr() that lupdate cannot place (a free function, a helper named tr, a class without Q_OBJECT or
    // Q_DECLARE_TR_FUNCTIONS) files the string under a context that the running code never asks for, so
    // it stays English in every language.
    QStringList problems = scan().warnings;
    for (const TsMessage &message : scan().catalogue.messages) {
        if (message.context.isEmpty()) {
            problems.append(u"no context: "_s + message.describe());
        }
    }
    EXPECT_TRUE(problems.isEmpty())
        << "lupdate cannot tell which context " << problems.size()
        << " strings are translated in. Call tr() in a class with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS "
           "(STYLE.md §11), by its class name rather than an alias, or use QCoreApplication::translate() "
           "with a literal context:\n"
        << listed(problems).toStdString();
}

TEST_F(TranslationCataloguesTest, SourceCatalogueHoldsEveryString)
{
    const TsFile source = isms::test::readTsFile(isms::test::committedTsFile(u"isms_source.ts"_s));
    ASSERT_TRUE(source.error.isEmpty()) << source.error.toStdString();
    const QHash<QString, const TsMessage *> committedMessages = source.byKey();
    const QHash<QString, const TsMessage *> usedMessages = scan().catalogue.byKey();
    QStringList missing;
    for (const TsMessage &message : scan().catalogue.messages) {
        const TsMessage *entry = committedMessages.value(message.key());
        if (entry == nullptr || entry->isNumerus != message.isNumerus) {
            missing.append(message.describe());
        }
    }
    QStringList stale;
    for (const TsMessage &message : source.messages) {
        if (!usedMessages.contains(message.key())) {
            stale.append(message.describe());
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << "isms_source.ts misses " << missing.size()
                                   << " messages that the sources use. " << UpdateHint << '\n'
                                   << listed(missing).toStdString();
    EXPECT_TRUE(stale.isEmpty()) << "isms_source.ts holds " << stale.size()
                                 << " messages that the sources no longer use. " << UpdateHint << '\n'
                                 << listed(stale).toStdString();
}

TEST_F(TranslationCataloguesTest, EnglishCatalogueHoldsEveryPluralForm)
{
    expectComplete(isms::test::readTsFile(isms::test::committedTsFile(u"isms_en.ts"_s)),
                   pluralMessages(),
                   u"en"_s,
                   2,
                   u"isms_en.ts"_s);
}

TEST_F(TranslationCataloguesTest, GermanIsComplete)
{
    expectComplete(isms::test::readTsFile(isms::test::committedTsFile(u"isms_de.ts"_s)),
                   scan().catalogue.messages,
                   u"de"_s,
                   2,
                   u"isms_de.ts"_s);
}

TEST_F(TranslationCataloguesTest, FrenchIsComplete)
{
    expectComplete(isms::test::readTsFile(isms::test::committedTsFile(u"isms_fr.ts"_s)),
                   scan().catalogue.messages,
                   u"fr"_s,
                   2,
                   u"isms_fr.ts"_s);
}

} // namespace
