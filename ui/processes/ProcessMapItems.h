// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "services/ProcessMap.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>

/// A process on the interaction map: a rounded box with its reference, name and owner (or supplier).
class ProcessBoxItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ProcessBoxItem)

public:
    enum
    {
        Type = UserType + 41
    };

    ProcessBoxItem(const isms::ProcessNode &node, const QSizeF &size, const QFont &font);

    int type() const override { return Type; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const isms::ProcessNode &node() const { return m_node; }

    isms::RecordId processId() const { return m_node.id; }

    /// The line under the name: the owner, or who provides an external process, and a status other
    /// than operating.
    QString detailText() const;

private:
    isms::ProcessNode m_node;
    QSizeF m_size;
    QFont m_font;
};

/// An interaction on the map: the line from one box to another with an arrowhead at the receiving box.
class InteractionItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 42
    };

    InteractionItem(const isms::ProcessEdge &edge, const QPainterPath &path);

    int type() const override { return Type; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const isms::ProcessEdge &edge() const { return m_edge; }

    const QPainterPath &path() const { return m_path; }

    void setHighlighted(bool highlighted);

    bool isHighlighted() const { return m_highlighted; }

    /// The colour of a line, plain or highlighted.
    static QColor lineColour(bool highlighted);

private:
    QPolygonF arrowHead() const;

    isms::ProcessEdge m_edge;
    QPainterPath m_path;
    bool m_highlighted = false;
};

/// What passes along an interaction, in a small box on its line, wrapped to at most `maxWidth`.
class InteractionLabelItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 43
    };

    InteractionLabelItem(const QString &text, const QFont &font, qreal maxWidth);

    int type() const override { return Type; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString text() const { return m_text; }

    /// The label's size; its position is its centre.
    QSizeF size() const { return m_size; }

    void setHighlighted(bool highlighted);

private:
    QString m_text;
    QFont m_font;
    QSizeF m_size;
    bool m_highlighted = false;
};
