// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"

#include <QWidget>

class LevelEditor;
class MatrixEditor;
class QComboBox;
class QGridLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class ScaleEditor;

/// Every part of a risk assessment method to edit, in cards: the likelihood and impact scales, the
/// risk levels with the acceptance threshold, the matrix, the classification scheme, when risks are
/// reassessed, and notes. Holds the method as edited; nothing is stored until the owner applies it.
class MethodEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodEditor)

public:
    explicit MethodEditor(QWidget *parent = nullptr);
    ~MethodEditor() override;

    /// Shows `method` in every editor, without emitting edited().
    void setMethod(const isms::RiskMethod &method);

    const isms::RiskMethod &method() const { return m_method; }

    ScaleEditor *likelihoodEditor() const { return m_likelihood; }

    ScaleEditor *impactEditor() const { return m_impact; }

    LevelEditor *levelEditor() const { return m_levels; }

    MatrixEditor *matrixEditor() const { return m_matrix; }

    QComboBox *acceptanceCombo() const { return m_acceptance; }

    ScaleEditor *classificationEditor() const { return m_classification; }

    QSpinBox *reviewSpinBox() const { return m_review; }

    QListWidget *triggerList() const { return m_triggers; }

    QPushButton *addTriggerButton() const { return m_addTrigger; }

    QPushButton *removeTriggerButton() const { return m_removeTrigger; }

    QPlainTextEdit *notesEdit() const { return m_notes; }

    /// The steps of a scale of `count` steps made from `steps`: each new step keeps the label and
    /// description of the old step whose ratings move onto it (RiskMethod::remap), the others are
    /// empty for the user to fill in.
    static QList<isms::ScaleStep> resizedSteps(const QList<isms::ScaleStep> &steps, int count);

Q_SIGNALS:
    /// The method was changed in one of the editors.
    void edited();

private:
    QWidget *card(const QString &title, const QString &help, QWidget *content);
    QWidget *buildLevels();
    QWidget *buildReassessment();
    void resizeScale(bool likelihood, int count);
    void resizeLevels(int count);
    void showAcceptance();
    void collectTriggers();
    void changed();

    isms::RiskMethod m_method;
    ScaleEditor *m_likelihood = nullptr;
    ScaleEditor *m_impact = nullptr;
    LevelEditor *m_levels = nullptr;
    QComboBox *m_acceptance = nullptr;
    MatrixEditor *m_matrix = nullptr;
    ScaleEditor *m_classification = nullptr;
    QSpinBox *m_review = nullptr;
    QListWidget *m_triggers = nullptr;
    QPushButton *m_addTrigger = nullptr;
    QPushButton *m_removeTrigger = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};
