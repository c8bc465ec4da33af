// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "preferences/PreferencesDialog.h"

#include "common/Platform.h"
#include "report/ReportOptions.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(isms::AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);

    auto *changeLog = new QGroupBox(tr("Change log"), this);
    auto *changeLogForm = new QFormLayout(changeLog);
    m_actorEdit = new QLineEdit(changeLog);
    m_actorEdit->setObjectName(u"actorNameLineEdit"_s);
    m_actorEdit->setMaxLength(200);
    m_actorEdit->setPlaceholderText(isms::platform::osUserName());
    m_actorEdit->setText(settings.value(isms::AppSettings::Key::ActorName).toString());
    changeLogForm->addRow(tr("Your &name:"), m_actorEdit);
    auto *actorHint =
        new QLabel(tr("Written to the change log with every change you make. Leave it empty to use "
                      "your user name on this computer."),
                   changeLog);
    actorHint->setWordWrap(true);
    QPalette muted = actorHint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    actorHint->setPalette(muted);
    changeLogForm->addRow(QString(), actorHint);
    layout->addWidget(changeLog);

    auto *reports = new QGroupBox(tr("Reports"), this);
    auto *reportsForm = new QFormLayout(reports);
    m_classificationEdit = new QLineEdit(reports);
    m_classificationEdit->setObjectName(u"classificationLineEdit"_s);
    m_classificationEdit->setMaxLength(60);
    m_classificationEdit->setPlaceholderText(isms::ReportOptions().classification);
    m_classificationEdit->setText(settings.value(isms::AppSettings::Key::Classification).toString());
    reportsForm->addRow(tr("&Classification label:"), m_classificationEdit);
    m_paperCombo = new QComboBox(reports);
    m_paperCombo->setObjectName(u"paperSizeComboBox"_s);
    m_paperCombo->addItem(tr("Automatic (from your region)"), u"auto"_s);
    m_paperCombo->addItem(tr("A4"), u"A4"_s);
    m_paperCombo->addItem(tr("Letter"), u"Letter"_s);
    const int paperIndex =
        m_paperCombo->findData(settings.value(isms::AppSettings::Key::PaperSize).toString());
    m_paperCombo->setCurrentIndex(qMax(0, paperIndex));
    reportsForm->addRow(tr("&Paper size:"), m_paperCombo);
    layout->addWidget(reports);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::apply()
{
    m_settings.setValue(isms::AppSettings::Key::ActorName, m_actorEdit->text().trimmed());
    m_settings.setValue(isms::AppSettings::Key::Classification, m_classificationEdit->text().trimmed());
    m_settings.setValue(isms::AppSettings::Key::PaperSize, m_paperCombo->currentData().toString());
    m_settings.sync();
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}
