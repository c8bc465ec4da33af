// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "start/NewProjectDialog.h"

#include "common/FileChooser.h"
#include "services/ProjectService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// A file name derived from the organisation: "Acme Ltd" becomes "Acme Ltd.isms".
QString fileNameFor(const QString &organisation)
{
    QString name = organisation.trimmed();
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]"_s);
    name.replace(unsafe, u"-"_s);
    if (name.isEmpty()) {
        name = NewProjectDialog::tr("ISMS project");
    }
    return name + u".isms"_s;
}

} // namespace

NewProjectDialog::NewProjectDialog(FileChooser &fileChooser, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_fileChooser(fileChooser)
    , m_directory(directory)
{
    setWindowTitle(tr("New project"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro =
        new QLabel(tr("A project is one file that holds your whole ISMS: the clause requirements, the "
                      "Annex A controls and their change log. Every change is saved as you make it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_organisationEdit = new QLineEdit(this);
    m_organisationEdit->setObjectName(u"organisationLineEdit"_s);
    m_organisationEdit->setMaxLength(isms::ProjectService::MaxOrganisationLength);
    m_organisationEdit->setPlaceholderText(tr("Your organisation's name"));
    form->addRow(tr("&Organisation:"), m_organisationEdit);

    auto *pathRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"pathLineEdit"_s);
    m_pathEdit->setText(QDir(directory).absoluteFilePath(fileNameFor({})));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);

    m_demoCheck =
        new QCheckBox(tr("Fill with &demo data (a fictitious organisation, to try things out)"), this);
    m_demoCheck->setObjectName(u"demoCheckBox"_s);
    form->addRow(QString(), m_demoCheck);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::onBrowse);
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateOkButton();
    });
    connect(m_organisationEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_pathEdited) {
            const QString folder = QFileInfo(m_pathEdit->text()).absolutePath();
            m_pathEdit->setText(QDir(folder).absoluteFilePath(fileNameFor(text)));
        }
        updateOkButton();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    updateOkButton();
}

NewProjectDialog::~NewProjectDialog() = default;

QString NewProjectDialog::organisation() const
{
    return m_organisationEdit->text().trimmed();
}

QString NewProjectDialog::filePath() const
{
    QString path = m_pathEdit->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(u".isms"_s, Qt::CaseInsensitive)) {
        path += u".isms"_s;
    }
    return path;
}

bool NewProjectDialog::fillWithDemoData() const
{
    return m_demoCheck->isChecked();
}

void NewProjectDialog::onBrowse()
{
    const QString chosen = m_fileChooser.saveProject(this, filePath());
    if (!chosen.isEmpty()) {
        m_pathEdit->setText(chosen);
        m_pathEdited = true;
        updateOkButton();
    }
}

void NewProjectDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!organisation().isEmpty() && !filePath().isEmpty());
}
