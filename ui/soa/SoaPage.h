// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "mainwindow/WorkbenchPage.h"
#include "services/ApplicabilityRules.h"

#include <QList>
#include <QMetaObject>
#include <QPointer>

class FileChooser;
class Prompt;
class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class RegisterPage;

namespace isms {
struct Record;
}

/// The Statement of Applicability as one page: a summary of the decisions, filters the register pages
/// do not have (applicability, reason for inclusion including the risk-treatment reason derived from
/// the risks, and any attribute of ISO/IEC 27002 such as Preventive or Identify), then the Annex A
/// controls and the additional controls, each a register page with its form, evidence and bulk edit.
class SoaPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoaPage)

public:
    SoaPage(Prompt &prompt, QWidget *parent = nullptr);
    ~SoaPage() override;

    /// What the window lends the page: the file dialogs for evidence, and the actions for the page's
    /// buttons (issuing a version; the SoA report's export, preview and print). Called once, after
    /// creation.
    void setWindowServices(FileChooser &chooser, const QList<QAction *> &reportActions);

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void flushPendingEdits() override;
    void focusFilter() override;
    QByteArray saveHeaderState() const override;
    void restoreHeaderState(const QByteArray &state) override;
    /// Shows an Annex A control ("5.1") or an additional control (its row id, as the change log names it).
    bool showRecord(const QString &entityId) override;
    /// Opens the additional control with the change log's id on its tab.
    bool showAdditionalRecord(const QString &entityId);

    RegisterPage *annexAPage() const { return m_annexA; }

    RegisterPage *additionalPage() const { return m_additional; }

    QTabWidget *tabs() const { return m_tabs; }

    QComboBox *applicabilityFilter() const { return m_applicability; }

    QComboBox *reasonFilter() const { return m_reason; }

    QComboBox *attributeFilter() const { return m_attribute; }

    QLabel *summaryLabel() const { return m_summary; }

private:
    QWidget *createFilterBar();
    void fillAttributeFilter();
    /// Re-reads what the risks say of the controls and the counts, then refilters.
    void refresh();
    void applyFilters();
    bool accepts(const isms::Record &record, bool additional) const;
    void updateTabTitles();

    Prompt &m_prompt;
    isms::Database *m_db = nullptr;
    isms::ControlUse m_use;
    RegisterPage *m_annexA = nullptr;
    RegisterPage *m_additional = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_applicability = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_attribute = nullptr;
    QWidget *m_buttons = nullptr;
    bool m_servicesSet = false;
    QList<QMetaObject::Connection> m_connections;
};
