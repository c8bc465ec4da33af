// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/RiskMethod.h"

#include <QWidget>

#include <functional>

class QSpinBox;
class QTableWidget;
class QToolButton;

/// Edits the risk levels, lowest first: how many (2 to 6), and each one's name and colour.
class LevelEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelEditor)

public:
    /// Asks for a colour (QColorDialog by default); returns nullopt when the user cancels.
    using ColourChooser =
        std::function<std::optional<quint32>(QWidget *parent, quint32 current, const QString &name)>;

    explicit LevelEditor(QWidget *parent = nullptr);
    ~LevelEditor() override;

    /// Shows `levels` without emitting edited() or countRequested().
    void setLevels(const QList<isms::RiskLevel> &levels);

    QList<isms::RiskLevel> levels() const;

    QSpinBox *countSpinBox() const { return m_countSpinBox; }

    QTableWidget *table() const { return m_table; }

    /// The button that chooses the colour of level `level` (1-based), or nullptr.
    QToolButton *colourButton(int level) const;

    /// Replaces the colour dialog, for tests.
    void setColourChooser(ColourChooser chooser) { m_chooser = std::move(chooser); }

    /// A colour for a new level that differs from those of `levels`.
    static quint32 suggestedColour(const QList<isms::RiskLevel> &levels);

Q_SIGNALS:
    /// A name or a colour changed.
    void edited();

    /// The user chose `count` levels; the owner answers with setLevels().
    void countRequested(int count);

private:
    void chooseColour(int row);
    void showColour(int row, quint32 colour);
    void fitHeight();

    QSpinBox *m_countSpinBox = nullptr;
    QTableWidget *m_table = nullptr;
    QList<quint32> m_colours;
    ColourChooser m_chooser;
};
