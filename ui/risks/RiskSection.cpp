// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "risks/RiskSection.h"

#include "services/ChangeNotifier.h"
#include "storage/Database.h"

#include <QUndoStack>

RiskSection::RiskSection(QStringList kinds, QWidget *parent)
    : QWidget(parent)
    , m_kinds(std::move(kinds))
{}

RiskSection::~RiskSection() = default;

void RiskSection::setContext(isms::Database *db, QUndoStack *undoStack)
{
    if (m_db) {
        disconnect(m_db->notifier(), nullptr, this, nullptr);
    }
    m_db = db;
    m_undoStack = db ? undoStack : nullptr;
    m_risk = {};
    if (m_db) {
        isms::ChangeNotifier *notifier = m_db->notifier();
        auto touched = [this](const QString &kind) {
            if (m_kinds.contains(kind)) {
                kindChanged(kind);
                reload();
            }
        };
        connect(notifier, &isms::ChangeNotifier::recordsAdded, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsChanged, this, touched);
        connect(notifier, &isms::ChangeNotifier::recordsRemoved, this, touched);
    }
    reload();
}

void RiskSection::showRisk(isms::RecordId risk)
{
    m_risk = risk;
    reload();
}

bool RiskSection::isEditable() const
{
    return m_db && m_undoStack && !m_db->isReadOnly() && m_risk.isValid();
}

QUndoStack *RiskSection::undoStack() const
{
    return m_undoStack;
}

std::function<void(const isms::Error &)> RiskSection::errorSink(std::shared_ptr<bool> failed)
{
    QPointer<RiskSection> self(this);
    return [self, failed](const isms::Error &error) {
        if (failed) {
            *failed = true;
        }
        if (self) {
            Q_EMIT self->errorOccurred(error);
        }
    };
}
