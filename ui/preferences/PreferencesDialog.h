// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QDialog>

namespace isms {
class AppSettings;
}

class QComboBox;
class QLineEdit;

/// The user's preferences: the name written to the change log and how reports are printed.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(isms::AppSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// Writes the dialog's values to the settings (what OK does).
    void apply();

    void accept() override;

    QLineEdit *actorNameEdit() const { return m_actorEdit; }

    QLineEdit *classificationEdit() const { return m_classificationEdit; }

    QComboBox *paperSizeComboBox() const { return m_paperCombo; }

private:
    isms::AppSettings &m_settings;
    QLineEdit *m_actorEdit = nullptr;
    QLineEdit *m_classificationEdit = nullptr;
    QComboBox *m_paperCombo = nullptr;
};
