// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QList>

#include <optional>

class QFormLayout;
class QLabel;

/// Beside the form of a clause or an Annex A control: the facts the catalogue gives it, which nobody
/// types. For a control, its ISO/IEC 27002 attributes (theme, control type, security properties,
/// cybersecurity concepts, operational capabilities, security domains), whether it is new in 2022 and
/// the 2013 controls it replaces; for a clause, the clause it belongs to and the documented information
/// the standard requires.
class CatalogueFactsPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFactsPanel)

public:
    explicit CatalogueFactsPanel(const isms::EntitySpec &spec, QWidget *parent = nullptr);
    ~CatalogueFactsPanel() override = default;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    /// The value shown for the field `key` ("Preventive, Detective"), or for "mapped_2013".
    QString factText(const QString &key) const;

    /// The key of the row that lists the 2013 controls of an Annex A control.
    static QString mapped2013Key() { return QStringLiteral("mapped_2013"); }

    /// The rows of a control that come from the risks: the risks naming it, and every reason.
    static QString risksKey() { return QStringLiteral("risks"); }

    static QString reasonsKey() { return QStringLiteral("all_reasons"); }

    /// What the Statement of Applicability leaves to settle for the shown control, one point a line.
    QString toSettleText() const;

private:
    void addRow(const QString &key, const QString &label);
    void showApplicability(const std::optional<isms::Record> &record);
    QLabel *valueLabel(const QString &key) const;

    const isms::EntitySpec &m_spec;
    isms::Database *m_db = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_toSettle = nullptr; ///< controls only
    isms::RecordId m_current;
    QList<QMetaObject::Connection> m_connections;
    QWidget *m_facts = nullptr;                   ///< the form, hidden while no record is shown
    QList<std::pair<QString, QLabel *>> m_values; ///< field key, its value
};
