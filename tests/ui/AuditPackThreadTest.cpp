// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The audit pack is built in a worker thread on its own read-only connection: the PDF holds its
// sections, a cancel while the pages are painted leaves no file, and the GUI thread keeps processing
// events while a large pack is built.
#include "PdfTools.h"
#include "UiTestFixture.h"
#include "auditpack/AuditPackDialog.h"
#include "common/ReportJob.h"
#include "services/DemoData.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class AuditPackThreadTest : public UiTestFixture
{
protected:
    std::unique_ptr<AuditPackDialog> dialog()
    {
        return std::make_unique<AuditPackDialog>(*m_window->database(),
                                                 m_window->reportOptions(),
                                                 m_window.get());
    }

    static QString flattened(const QString &text)
    {
        return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
    }
};

} // namespace

TEST_F(AuditPackThreadTest, BuildsInAWorkerAndThePdfHoldsItsSections)
{
    openDemo();
    auto pack = dialog();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"pack.pdf"_s);
    int pagesSeen = 0;
    pack->setPageHook([&pagesSeen, &pack](int page, int pages) {
        ++pagesSeen;
        EXPECT_LE(page, pages);
        EXPECT_NE(pack->progressDialog(), nullptr);
    });
    ASSERT_TRUE(pack->buildTo(pdf)) << qPrintable(pack->lastError().message);
    ASSERT_NE(pack->lastJob(), nullptr);
    EXPECT_TRUE(pack->lastJob()->fallbackReason().isEmpty()) << qPrintable(pack->lastJob()->fallbackReason());
    EXPECT_GT(pagesSeen, 10);
    ASSERT_TRUE(QFile::exists(pdf));
    if (!isms::test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    const QStringList pages = isms::test::pdfPageTexts(pdf);
    EXPECT_EQ(pages.size(), pagesSeen + 1) << "every page but the cover is announced";
    const QString text = flattened(pages.join(u'\n'));
    // The sections print the headings of the reports they reuse.
    for (const char *heading : {"Context of the organisation",
                                "Scope of the ISMS",
                                "Risk assessment",
                                "Statement of Applicability, version",
                                "Internal audit programme",
                                "Internal audit reports",
                                "Management review minutes",
                                "Nonconformities and corrective actions"}) {
        EXPECT_TRUE(text.contains(QString::fromLatin1(heading))) << heading;
    }
    if (isms::test::hasProgram(u"qpdf"_s)) {
        EXPECT_EQ(isms::test::runProgram(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
    }
}

TEST_F(AuditPackThreadTest, CancellingWhileThePagesArePaintedLeavesNoFile)
{
    openDemo();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"pack.pdf"_s);
    const QString folder = dir.filePath(u"evidence"_s);
    // A pack of an earlier build stays as it was.
    const QString earlier = dir.filePath(u"earlier.pdf"_s);
    {
        QFile file(earlier);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("an earlier pack");
    }
    for (const QString &target : {pdf, earlier}) {
        auto pack = dialog();
        pack->presetBox()->setCurrentIndex(pack->presetBox()->findData(u"stage2"_s));
        pack->evidenceFolderEdit()->setText(folder);
        int lastPage = 0;
        pack->setPageHook([&pack, &lastPage](int page, int) {
            lastPage = page;
            if (page == 3) {
                pack->progressDialog()->cancel();
            }
        });
        EXPECT_FALSE(pack->buildTo(target));
        EXPECT_TRUE(pack->lastError().message.isEmpty()) << qPrintable(pack->lastError().message);
        EXPECT_EQ(lastPage, 3) << "no page is painted after the cancel";
        EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty());
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"earlier.pdf"_s})
            << "no temporary file is left either";
    }
    QFile file(earlier);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("an earlier pack"));
}

TEST_F(AuditPackThreadTest, TheWindowKeepsProcessingEventsWhileALargePackIsBuilt)
{
    const QString path = m_temp.path(u"large.isms"_s);
    {
        auto db = m_temp.create(u"large.isms"_s, isms::DemoData::organisation());
        ASSERT_NE(db, nullptr);
        const auto filled = isms::DemoData::fill(*db, QDate(2026, 11, 23), 2000);
        ASSERT_TRUE(filled.hasValue()) << qPrintable(filled.error().message);
    }
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    auto pack = dialog();
    QTemporaryDir dir;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
    timer.start();
    ASSERT_TRUE(pack->buildTo(dir.filePath(u"large.pdf"_s))) << qPrintable(pack->lastError().message);
    timer.stop();
    EXPECT_TRUE(pack->lastJob()->fallbackReason().isEmpty()) << qPrintable(pack->lastJob()->fallbackReason());
    EXPECT_GE(ticks, 3) << "the GUI thread's timer fired while the worker built the pack";
}

TEST_F(AuditPackThreadTest, AGermanPackFromTheWorkerLeavesTheWindowEnglish)
{
    if (!QFile::exists(u":/i18n/isms_de.qm"_s)) {
        GTEST_SKIP() << "the catalogues are not built";
    }
    openDemo();
    auto pack = dialog();
    pack->languageBox()->setCurrentIndex(pack->languageBox()->findData(u"de"_s));
    QStringList windowTexts;
    pack->setPageHook([&windowTexts](int page, int) {
        if (page == 2) {
            // The GUI thread asks while the worker writes German.
            windowTexts << QCoreApplication::translate("isms::ReportRenderer", "Contents")
                        << QLocale().toString(QDate(2026, 3, 1), u"MMMM"_s);
        }
    });
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"paket.pdf"_s);
    ASSERT_TRUE(pack->buildTo(pdf)) << qPrintable(pack->lastError().message);
    EXPECT_TRUE(pack->lastJob()->fallbackReason().isEmpty());
    EXPECT_EQ(windowTexts, (QStringList{u"Contents"_s, QLocale().toString(QDate(2026, 3, 1), u"MMMM"_s)}));
    EXPECT_EQ(QCoreApplication::translate("isms::ReportRenderer", "Contents"), u"Contents"_s);
    if (!isms::test::hasProgram(u"pdftotext"_s)) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    const QStringList pages = isms::test::pdfPageTexts(pdf);
    ASSERT_GT(pages.size(), 2);
    EXPECT_TRUE(pages.at(1).contains(u"Inhalt"_s)) << qPrintable(pages.at(1).left(300));
    EXPECT_TRUE(pages.at(0).contains(u"Auditpaket"_s)) << qPrintable(pages.at(0).left(300));
}
