// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "UiTestFixture.h"
#include "domain/EntitySpec.h"

#include <QDate>
#include <QHash>
#include <QVariant>

class RegisterPage;

/// A window with a new project (no demo data, so that the risks are exactly the test's) holding two
/// assets, and helpers that write risks, tasks and links through RecordService as another part of the
/// program would.
class RiskUiFixture : public UiTestFixture
{
protected:
    void SetUp() override;

    /// Creates a record of `spec` with the values by field key; returns its id.
    isms::RecordId add(const isms::EntitySpec &spec, const QHash<QString, QVariant> &values);

    /// A risk rated `likelihood` × `impact` (0: not rated) with more values by key.
    isms::RecordId addRisk(const QString &title,
                           int likelihood,
                           int impact,
                           const QHash<QString, QVariant> &more = {});

    isms::RecordId addTask(isms::RecordId risk,
                           const QString &title,
                           const QDate &due,
                           const QString &status = QStringLiteral("open"),
                           const QString &owner = {});

    /// The stored record, or an empty one (failing the test) when there is none.
    isms::Record stored(const isms::EntitySpec &spec, isms::RecordId id) const;

    /// The stored value of field `key`.
    QVariant value(const isms::EntitySpec &spec, isms::RecordId id, QStringView key) const;

    qsizetype count(const isms::EntitySpec &spec) const;

    /// Shows the Risks page.
    RegisterPage *openRisks();

    QDate m_today = QDate::currentDate();
    isms::RecordId m_asset1;
    isms::RecordId m_asset2;
};
