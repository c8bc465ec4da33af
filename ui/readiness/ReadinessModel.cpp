// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "readiness/ReadinessModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ReadinessModel::ReadinessModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    int order = 0;
    for (const isms::ReadinessProvider &provider : isms::ReadinessCheck::providers()) {
        for (const isms::ReadinessRule &rule : provider.rules) {
            m_ruleOrder.insert(rule.id, order++);
        }
    }
}

ReadinessModel::~ReadinessModel() = default;

void ReadinessModel::setReport(const isms::ReadinessReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int ReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.findings.size());
}

int ReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const isms::ReadinessFinding &finding = m_report.findings.at(index.row());
    const bool major = finding.severity == isms::ReadinessSeverity::Major;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return isms::ReadinessCheck::severityText(finding.severity);
        case Rule:
            return finding.rule;
        case Record:
            //: The record column of a readiness finding about a record that does not exist yet.
            return finding.id.isEmpty() ? tr("(missing)") : finding.id;
        case Message:
            return finding.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Rule) {
            const isms::ReadinessRule *rule = isms::ReadinessCheck::rule(finding.rule);
            //: Tooltip of a rule id: the clause it serves and what it requires.
            return rule ? tr("Clause %1: %2").arg(rule->clause, rule->descriptionText()) : QVariant();
        }
        return index.column() == Message ? QVariant(finding.message) : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == Severity) {
            return QBrush(major ? QColor(0xF8D7DA) : QColor(0xFFF0C2));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity) {
            return QBrush(major ? QColor(0x842029) : QColor(0x664D03));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Severity && major) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Severity:
            return major ? 0 : 1;
        case Rule:
            return m_ruleOrder.value(finding.rule, m_ruleOrder.size());
        case Record:
            return finding.id;
        case Message:
            return finding.message;
        default:
            return {};
        }
    case EntityRole:
        return finding.entity;
    case EntityIdRole:
        return finding.entityId;
    default:
        return {};
    }
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Record:
        return tr("Record");
    case Message:
        return tr("What to settle");
    default:
        return {};
    }
}
