// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDialog>

class FileChooser;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

/// Asks for what a new project needs: the organisation's name and where to save the file.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    NewProjectDialog(FileChooser &fileChooser, const QString &directory, QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    QString organisation() const;
    QString filePath() const;
    bool fillWithDemoData() const;

    QLineEdit *organisationEdit() const { return m_organisationEdit; }

    QLineEdit *pathEdit() const { return m_pathEdit; }

    QCheckBox *demoCheckBox() const { return m_demoCheck; }

private:
    void onBrowse();
    void updateOkButton();

    FileChooser &m_fileChooser;
    QString m_directory;
    bool m_pathEdited = false;
    QLineEdit *m_organisationEdit = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QCheckBox *m_demoCheck = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
