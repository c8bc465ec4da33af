// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/FileChooser.h"
#include "common/Prompt.h"

#include <QStringList>

/// Answers prompts from a script and records what was asked.
class FakePrompt final : public Prompt
{
public:
    LockedChoice askLocked(QWidget *,
                           const QString &path,
                           const std::optional<isms::LockInfo> &holder) override
    {
        lockedPaths.append(path);
        lastHolder = holder;
        return lockedAnswer;
    }

    void showError(QWidget *, const QString &title, const QString &message, const QString &) override
    {
        errorTitles.append(title);
        errors.append(message);
    }

    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        questions.append(question);
        return confirmAnswer;
    }

    LockedChoice lockedAnswer = LockedChoice::Cancel;
    bool confirmAnswer = false;
    QStringList lockedPaths;
    std::optional<isms::LockInfo> lastHolder;
    QStringList errorTitles;
    QStringList errors;
    QStringList questions;
};

/// Returns prepared file names instead of showing a file dialog.
class FakeFileChooser final : public FileChooser
{
public:
    QString openProject(QWidget *, const QString &) override { return openAnswer; }

    QString saveProject(QWidget *, const QString &) override { return saveProjectAnswer; }

    QString savePdf(QWidget *, const QString &) override { return savePdfAnswer; }

    QStringList openEvidence(QWidget *) override { return openEvidenceAnswer; }

    QString saveEvidence(QWidget *, const QString &) override { return saveEvidenceAnswer; }

    bool openExternally(const QString &path) override
    {
        openedExternally.append(path);
        return openExternallyAnswer;
    }

    QString openAnswer;
    QStringList openEvidenceAnswer;
    QString saveEvidenceAnswer;
    QString saveProjectAnswer;
    QString savePdfAnswer;
    QStringList openedExternally;
    bool openExternallyAnswer = true;
};
