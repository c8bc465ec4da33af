// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TempProject.h"
#include "domain/Entities.h"
#include "io/SoaImport.h"
#include "services/SoaRegister.h"
#include "storage/ChangeLog.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace isms;
using namespace Qt::StringLiterals;

namespace {

/// A 2013 SoA as a spreadsheet keeps it (synthetic): merged controls that agree (5.1, 5.9, 8.1, 8.32,
/// 5.36), merged controls that disagree (5.15 on status, 8.15 and 5.18 on applicability), A.18.2.3
/// which maps to two 2022 controls, and one-to-one controls.
const char *const Soa2013 =
    "Control;Control title;Applicable (Y/N);Justification;Implementation status;Owner;Last review\n"
    "A.5.1.1;Policies for information security;Y;;Implemented;CISO;2025-11-01\n"
    "A.5.1.2;Review of the policies;Y;;Implemented;CISO;2025-10-01\n"
    "A.6.1.2;Segregation of duties;N;Two-person company;;;\n"
    "A.6.2.1;Mobile device policy;N;No mobile devices issued;;;\n"
    "A.11.2.8;Unattended user equipment;N;No mobile devices issued;;;\n"
    "A.8.1.1;Inventory of assets;Y;;Partial;IT;\n"
    "A.8.1.2;Ownership of assets;Y;;Partial;Finance;\n"
    "A.9.1.1;Access control policy;Y;;Implemented;IT;\n"
    "A.9.1.2;Access to networks and network services;Y;;Partial;IT;\n"
    "A.9.2.2;User access provisioning;Y;;Implemented;IT;\n"
    "A.9.2.5;Review of user access rights;Y;;Implemented;IT;\n"
    "A.9.2.6;Removal or adjustment of access rights;N;Done by the provider;;;\n"
    "A.12.1.2;Change management;Y;;Planned;Ops;\n"
    "A.14.2.2;System change control procedures;Y;;Planned;Ops;\n"
    "A.12.4.1;Event logging;Y;;Implemented;Ops;\n"
    "A.12.4.2;Protection of log information;Y;;Implemented;Ops;\n"
    "A.12.4.3;Administrator and operator logs;N;No administrators of our own;;;\n"
    "A.18.2.2;Compliance with security policies and standards;Y;;Implemented;Audit;\n"
    "A.18.2.3;Technical compliance review;Y;;Implemented;Audit;\n"
    "A.12.6.1;Management of technical vulnerabilities;Y;;Implemented;Ops;\n"
    "A.7.2.2;Awareness, education and training;Y;;Partial;HR;\n";

QString write(test::TempProject &temp, const QString &name, const QByteArray &bytes)
{
    QFile file(temp.path(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return temp.path(name);
}

SoaImportPreview previewOf(Database &db, const QString &path, SoaEdition edition = SoaEdition::Detect)
{
    const auto table = SoaImport::readFile(path);
    EXPECT_TRUE(table.hasValue());
    return table ? SoaImport::preview(db, *table, {}, edition) : SoaImportPreview{};
}

const SoaEntry &entryOf(const QList<SoaEntry> &entries, const QString &id)
{
    for (const SoaEntry &entry : entries) {
        if (entry.id == id) {
            return entry;
        }
    }
    static const SoaEntry none;
    ADD_FAILURE() << "no SoA entry " << id.toStdString();
    return none;
}

const SoaReviewItem *reviewOf(const SoaImportPreview &preview, const QString &id)
{
    for (const SoaReviewItem &item : preview.review) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

TEST(SoaCarryOverTest, A2013SoaIsRecognisedAndCarriedOverWhereItsAnswersAgree)
{
    test::TempProject temp;
    auto db = temp.create();
    const SoaImportPreview preview = previewOf(*db, write(temp, u"soa2013.csv"_s, Soa2013));
    ASSERT_TRUE(preview.isClean()) << preview.problems.value(0).text().toStdString();
    EXPECT_EQ(preview.edition, SoaEdition::Iso2013);
    ASSERT_TRUE(SoaImport::apply(*db, preview).hasValue());
    const auto soa = SoaRegister::read(*db).value();

    // Two 2013 controls that agree become one 2022 control with their answers.
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).status, u"implemented"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).owner, u"CISO"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.1"_s).lastReviewed, QDate(2025, 10, 1)); // the older review
    EXPECT_EQ(entryOf(soa, u"A.5.9"_s).status, u"partial"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.9"_s).owner, u"IT, Finance"_s);
    EXPECT_FALSE(entryOf(soa, u"A.8.1"_s).applicable);
    EXPECT_EQ(entryOf(soa, u"A.8.1"_s).justification, u"No mobile devices issued"_s);
    EXPECT_EQ(entryOf(soa, u"A.8.32"_s).status, u"planned"_s);
    // One-to-one controls, and A.18.2.3, which feeds two 2022 controls.
    EXPECT_FALSE(entryOf(soa, u"A.5.3"_s).applicable);
    EXPECT_EQ(entryOf(soa, u"A.5.3"_s).justification, u"Two-person company"_s);
    EXPECT_EQ(entryOf(soa, u"A.6.3"_s).status, u"partial"_s);
    EXPECT_EQ(entryOf(soa, u"A.5.36"_s).status, u"implemented"_s);
    EXPECT_EQ(entryOf(soa, u"A.8.8"_s).status, u"implemented"_s);
    // Controls the file does not name stay as they were.
    EXPECT_EQ(entryOf(soa, u"A.5.24"_s).status, u"not-started"_s);
}

TEST(SoaCarryOverTest, TheReviewListNamesTheNewControlsAndTheMergesThatDisagree)
{
    test::TempProject temp;
    auto db = temp.create();
    const SoaImportPreview preview = previewOf(*db, write(temp, u"soa2013.csv"_s, Soa2013));
    ASSERT_TRUE(preview.isClean());
    QStringList newControls;
    QStringList disagreements;
    for (const SoaReviewItem &item : preview.review) {
        (item.kind == SoaReviewItem::Kind::NewControl ? newControls : disagreements).append(item.id);
    }
    EXPECT_EQ(newControls,
              (QStringList{u"A.5.7"_s,
                           u"A.5.23"_s,
                           u"A.5.30"_s,
                           u"A.7.4"_s,
                           u"A.8.9"_s,
                           u"A.8.10"_s,
                           u"A.8.11"_s,
                           u"A.8.12"_s,
                           u"A.8.16"_s,
                           u"A.8.23"_s,
                           u"A.8.28"_s}));
    EXPECT_EQ(disagreements, (QStringList{u"A.5.15"_s, u"A.5.18"_s, u"A.8.15"_s}));
    const SoaReviewItem *logging = reviewOf(preview, u"A.8.15"_s);
    ASSERT_NE(logging, nullptr);
    EXPECT_EQ(logging->title, u"Logging"_s);
    EXPECT_EQ(logging->answers,
              (QStringList{u"A.12.4.1 Event logging: applicable, implemented"_s,
                           u"A.12.4.2 Protection of log information: applicable, implemented"_s,
                           u"A.12.4.3 Administrator and operator logs: not applicable (No administrators of "
                           u"our own)"_s}));
    EXPECT_EQ(reviewOf(preview, u"A.5.15"_s)->answers.size(), 2);

    // Merges that disagree are left for the decision.
    ASSERT_TRUE(SoaImport::apply(*db, preview).hasValue());
    const auto soa = SoaRegister::read(*db).value();
    EXPECT_EQ(entryOf(soa, u"A.8.15"_s).status, u"not-started"_s);
    EXPECT_TRUE(entryOf(soa, u"A.5.18"_s).applicable);

    const QString text = SoaImport::reviewText(preview.review);
    EXPECT_TRUE(text.contains(u"New in ISO/IEC 27001:2022, no 2013 control maps to them (11)"_s));
    EXPECT_TRUE(text.contains(u"Merged from 2013 controls whose answers differ (3)"_s));
    EXPECT_TRUE(text.contains(u"  [ ] A.5.7 Threat intelligence\n"_s));
}

TEST(SoaCarryOverTest, The2013EditionCanBeNamedAndItsIdsAreChecked)
{
    test::TempProject temp;
    auto db = temp.create();
    const qint64 logBefore = ChangeLog::count(*db).value();
    const QString path = write(temp,
                               u"soa.csv"_s,
                               "id,applicable,justification\n"
                               "9.2.3,yes,\n"
                               "A.19.1.1,yes,\n"
                               "A.5.1.1,no,\n");
    const SoaImportPreview preview = previewOf(*db, path, SoaEdition::Iso2013);
    ASSERT_EQ(preview.problems.size(), 2);
    EXPECT_TRUE(preview.problems.at(0).text().startsWith(
        u"line 3: id: \"A.19.1.1\" is none of the 114 Annex A controls of ISO/IEC 27001:2013"_s));
    EXPECT_TRUE(preview.problems.at(1).text().startsWith(u"line 4: justification: A.5.1.1 is excluded"_s));
    EXPECT_FALSE(SoaImport::apply(*db, preview).hasValue());
    EXPECT_EQ(ChangeLog::count(*db).value(), logBefore);
}
