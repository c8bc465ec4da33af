// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "RiskUiFixture.h"

#include "domain/Entities.h"
#include "records/RegisterPage.h"
#include "services/RecordService.h"
#include "storage/Database.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

void RiskUiFixture::SetUp()
{
    UiTestFixture::SetUp();
    const QString path = m_temp.path(u"risks.isms"_s);
    m_temp.create(u"risks.isms"_s).reset();
    ASSERT_TRUE(m_window->openProject(path)) << qPrintable(m_prompt.errors.join(u'\n'));
    ASSERT_NE(m_window->database(), nullptr);
    m_asset1 = add(isms::assetSpec(), {{u"name"_s, u"Customer database"_s}, {u"type"_s, u"information"_s}});
    m_asset2 = add(isms::assetSpec(), {{u"name"_s, u"Mail server"_s}, {u"type"_s, u"software"_s}});
    m_window->undoStack()->clear();
}

isms::RecordId RiskUiFixture::add(const isms::EntitySpec &spec, const QHash<QString, QVariant> &values)
{
    isms::Record record = spec.newRecord();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int index = spec.indexOf(it.key());
        EXPECT_GE(index, 0) << qPrintable(it.key());
        if (index >= 0) {
            record.values[index] = it.value();
        }
    }
    const auto id = isms::RecordService(*m_window->database(), spec).create(record);
    EXPECT_TRUE(id.hasValue()) << (id ? "" : qPrintable(id.error().message));
    return id ? *id : isms::RecordId{};
}

isms::RecordId RiskUiFixture::addRisk(const QString &title,
                                      int likelihood,
                                      int impact,
                                      const QHash<QString, QVariant> &more)
{
    QHash<QString, QVariant> values = more;
    values.insert(u"title"_s, title);
    if (likelihood > 0 && impact > 0) {
        values.insert(u"likelihood"_s, qint64{likelihood});
        values.insert(u"impact"_s, qint64{impact});
    }
    return add(isms::riskSpec(), values);
}

isms::RecordId RiskUiFixture::addTask(isms::RecordId risk,
                                      const QString &title,
                                      const QDate &due,
                                      const QString &status,
                                      const QString &owner)
{
    return add(isms::treatmentTaskSpec(),
               {{u"risk"_s, risk.value},
                {u"title"_s, title},
                {u"due_date"_s, due},
                {u"status"_s, status},
                {u"owner"_s, owner}});
}

isms::Record RiskUiFixture::stored(const isms::EntitySpec &spec, isms::RecordId id) const
{
    const auto record = isms::RecordService(*m_window->database(), spec).get(id);
    EXPECT_TRUE(record.hasValue()) << spec.key.toStdString() << ' ' << id.value;
    return record ? *record : isms::Record{};
}

QVariant RiskUiFixture::value(const isms::EntitySpec &spec, isms::RecordId id, QStringView key) const
{
    return stored(spec, id).values.value(spec.indexOf(key));
}

qsizetype RiskUiFixture::count(const isms::EntitySpec &spec) const
{
    const auto all = isms::RecordService(*m_window->database(), spec).all();
    EXPECT_TRUE(all.hasValue());
    return all ? all->size() : -1;
}

RegisterPage *RiskUiFixture::openRisks()
{
    EXPECT_TRUE(m_window->showPage(isms::riskSpec().key));
    auto *page = qobject_cast<RegisterPage *>(m_window->registeredPage(isms::riskSpec().key));
    EXPECT_NE(page, nullptr);
    return page;
}
