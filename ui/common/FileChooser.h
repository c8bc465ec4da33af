// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

/// Asks the user for file names. Injected so that tests answer without a native dialog.
/// Every function returns an empty string when the user cancels.
class FileChooser
{
public:
    virtual ~FileChooser() = default;

    /// An existing project file to open.
    virtual QString openProject(QWidget *parent, const QString &directory) = 0;

    /// A new project file name (for "New project…" and "Save a copy as…").
    virtual QString saveProject(QWidget *parent, const QString &suggestedPath) = 0;

    /// A PDF file name for an exported report.
    virtual QString savePdf(QWidget *parent, const QString &suggestedPath) = 0;

    /// Files to attach as evidence (any type); empty when cancelled.
    virtual QStringList openEvidence(QWidget *parent) = 0;

    /// Where to save a stored evidence file; empty when cancelled.
    virtual QString saveEvidence(QWidget *parent, const QString &suggestedPath) = 0;

    /// Opens a file with the program the desktop associates with it; false when none could be started.
    virtual bool openExternally(const QString &path);
};

/// The real FileChooser: QFileDialog.
class DialogFileChooser final : public FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(DialogFileChooser)

public:
    QString openProject(QWidget *parent, const QString &directory) override;
    QString saveProject(QWidget *parent, const QString &suggestedPath) override;
    QString savePdf(QWidget *parent, const QString &suggestedPath) override;
    QStringList openEvidence(QWidget *parent) override;
    QString saveEvidence(QWidget *parent, const QString &suggestedPath) override;
};
