// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/RiskMethodService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

/// Lists what applying a new risk assessment method does to the register (every rating moved onto
/// the new scales, every level derived again) and asks whether to go ahead.
class RatingPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingPreviewDialog)

public:
    RatingPreviewDialog(const QList<isms::RatingChange> &changes, QWidget *parent = nullptr);
    ~RatingPreviewDialog() override;

    /// Shows the dialog modally; true when the user chose to apply.
    static bool confirm(QWidget *parent, const QList<isms::RatingChange> &changes);

    QTableWidget *table() const { return m_table; }

    /// "No rating or level changes." when the list is empty; otherwise what the list shows.
    QLabel *summaryLabel() const { return m_summary; }

    QPushButton *applyButton() const { return m_applyButton; }

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_applyButton = nullptr;
};
