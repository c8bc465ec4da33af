// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"

#include <QDialog>

#include <functional>

namespace isms {
class Database;
}

class QLabel;
class QSpinBox;
class QUndoStack;

/// Edit > Evidence size limit…: the project's size limit per evidence file, in whole megabytes (1 MB =
/// 1,048,576 bytes; 1 to 953, the bound the project file allows). OK changes it as one undo step
/// (SetEvidenceLimitCommand, logged); a refused value keeps the dialog open with the reason.
class EvidenceLimitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLimitDialog)

public:
    using ErrorSink = std::function<void(const isms::Error &)>;

    /// `laterErrors` hears of an undo or redo of the change that fails after the dialog closed.
    EvidenceLimitDialog(isms::Database &db,
                        QUndoStack &undoStack,
                        ErrorSink laterErrors = {},
                        QWidget *parent = nullptr);
    ~EvidenceLimitDialog() override;

    /// Bytes per megabyte as the limit counts them (the default, 50 MB, is 52,428,800 bytes).
    static constexpr qint64 Megabyte = 1024 * 1024;

    QSpinBox *spinBox() const { return m_spinBox; }

    /// The reason the last change was refused; hidden while there is none.
    QLabel *errorLabel() const { return m_errorLabel; }

    /// Changes the limit to the spin box's value unless it is the one shown at the start; false when
    /// it was refused (the reason is shown in the dialog and nothing changes).
    bool apply();

    void accept() override;

private:
    isms::Database &m_db;
    QUndoStack &m_undoStack;
    ErrorSink m_laterErrors;
    qint64 m_bytes = 0;       ///< the limit when the dialog opened
    int m_shownMegabytes = 0; ///< what the spin box showed then
    QSpinBox *m_spinBox = nullptr;
    QLabel *m_errorLabel = nullptr;
};
