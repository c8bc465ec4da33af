// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ChainVerifier.h"

#include "TempProject.h"
#include "services/DemoData.h"
#include "storage/ChangeLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// A project with a change log of several thousand rows.
QString largeProject(test::TempProject &temp)
{
    auto db = temp.create(u"large.isms"_s);
    EXPECT_TRUE(DemoData::fill(*db, QDate(2026, 11, 23), 300).hasValue());
    return db->path();
}

} // namespace

TEST(ChainVerifierTest, AVerificationCanBeCancelledAndThenTellsNothing)
{
    test::TempProject temp;
    const QString path = largeProject(temp);
    auto db = Database::open(path, {});
    ASSERT_TRUE(db.hasValue());
    int asked = 0;
    const auto cancelled = ChangeLog::verifyChainUnlessCancelled(**db, [&asked] {
        ++asked;
        return true;
    });
    ASSERT_TRUE(cancelled.hasValue());
    EXPECT_FALSE(cancelled->has_value());
    EXPECT_EQ(asked, 1) << "asked once, at the first thousand rows";
    const auto whole = ChangeLog::verifyChainUnlessCancelled(**db, [] { return false; });
    ASSERT_TRUE(whole.hasValue());
    ASSERT_TRUE(whole->has_value());
    EXPECT_TRUE((*whole)->isEmpty());
}

TEST(ChainVerifierTest, ACancelledCheckReportsNothing)
{
    test::TempProject temp;
    const QString path = largeProject(temp);
    {
        ChainVerifier verifier;
        QSignalSpy finished(&verifier, &ChainVerifier::finished);
        verifier.start(path);
        verifier.cancel();
        QCoreApplication::processEvents();
        EXPECT_TRUE(finished.isEmpty());
    } // the destructor waits for the worker
    QCoreApplication::processEvents();

    ChainVerifier verifier;
    QSignalSpy finished(&verifier, &ChainVerifier::finished);
    verifier.start(path);
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.constFirst().at(1).toStringList().isEmpty());
}

TEST(ChainVerifierTest, NothingOfACheckCancelledBeforeANewOneOfTheSameFileIsReported)
{
    // The same file closed and opened again at once: only the new check may speak for it.
    test::TempProject temp;
    const QString path = largeProject(temp);
    ChainVerifier verifier;
    QSignalSpy pages(&verifier, &ChainVerifier::pagesChecked);
    QSignalSpy finished(&verifier, &ChainVerifier::finished);
    verifier.start(path);
    verifier.cancel();
    verifier.start(path);
    ASSERT_TRUE(finished.wait(60'000));
    QTest::qWait(200); // anything the first check would still deliver
    EXPECT_EQ(pages.size(), 1);
    EXPECT_EQ(finished.size(), 1);
}
