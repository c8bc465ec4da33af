// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "common/FileChooser.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString projectFilter()
{
    return DialogFileChooser::tr("ISMS projects (*.isms)") + u";;"_s + DialogFileChooser::tr("All files (*)");
}

QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    return path;
}

} // namespace

QString DialogFileChooser::openProject(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, tr("Open project"), directory, projectFilter());
}

QString DialogFileChooser::saveProject(QWidget *parent, const QString &suggestedPath)
{
    return withSuffix(
        QFileDialog::getSaveFileName(parent, tr("Project file"), suggestedPath, projectFilter()),
        u".isms"_s);
}

QString DialogFileChooser::savePdf(QWidget *parent, const QString &suggestedPath)
{
    return withSuffix(
        QFileDialog::getSaveFileName(parent, tr("Export PDF"), suggestedPath, tr("PDF documents (*.pdf)")),
        u".pdf"_s);
}

QStringList DialogFileChooser::openEvidence(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Attach evidence"), QString(), tr("All files (*)"));
}

QString DialogFileChooser::saveEvidence(QWidget *parent, const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(parent, tr("Save evidence as"), suggestedPath, tr("All files (*)"));
}

bool FileChooser::openExternally(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
