// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"
#include "mainwindow/WorkbenchPage.h"
#include "services/RiskMethodService.h"

#include <QList>
#include <QPointer>

#include <functional>

class MessageBanner;
class MethodEditor;
class QLabel;
class QPushButton;

/// The project's risk assessment method (ISO/IEC 27001 6.1.2) to read and change: what it is for,
/// and every part of it in a MethodEditor. Edits stay on the page until Apply, which validates them,
/// lists what they do to the register's ratings and levels, and applies them as one undoable step.
class MethodologyPage final : public WorkbenchPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodologyPage)

public:
    /// Shows the changes that applying would make and asks whether to go ahead (RatingPreviewDialog
    /// by default).
    using PreviewConfirmer = std::function<bool(QWidget *parent, const QList<isms::RatingChange> &changes)>;

    explicit MethodologyPage(QWidget *parent = nullptr);
    ~MethodologyPage() override;

    void setContext(isms::Database *db, QUndoStack *undoStack) override;

    /// The method the project uses, as last read.
    const isms::RiskMethod &savedMethod() const { return m_saved; }

    /// The method as edited on the page.
    const isms::RiskMethod &editedMethod() const;

    /// Shows `method` in the editor (not applied until apply()).
    void setEditedMethod(const isms::RiskMethod &method);

    bool hasUnsavedChanges() const;

    /// Validates the edited method, shows what it changes, and applies it when confirmed. False when
    /// nothing was applied (invalid, cancelled, failed); the reason is in the banner.
    bool apply();

    /// Discards the edits: the editor shows the method the project uses.
    void revert();

    /// Loads the default method into the editor; it is applied only with apply().
    void restoreDefaults();

    void setPreviewConfirmer(PreviewConfirmer confirmer) { m_confirmer = std::move(confirmer); }

    MethodEditor *editor() const { return m_editor; }

    MessageBanner *banner() const { return m_banner; }

    QPushButton *applyButton() const { return m_applyButton; }

    QPushButton *revertButton() const { return m_revertButton; }

    QPushButton *defaultsButton() const { return m_defaultsButton; }

    QLabel *stateLabel() const { return m_stateLabel; }

private:
    void reload();
    void updateState();
    bool isEditable() const;

    isms::Database *m_db = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QMetaObject::Connection m_methodConnection;
    isms::RiskMethod m_saved;
    PreviewConfirmer m_confirmer;
    MessageBanner *m_banner = nullptr;
    MethodEditor *m_editor = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_defaultsButton = nullptr;
    QLabel *m_stateLabel = nullptr;
};
