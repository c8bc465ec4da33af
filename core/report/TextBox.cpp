// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/TextBox.h"

#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace isms {

QString plainText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue;
            }
            result.append(QChar::LineSeparator);
        } else if (c == u'\n' || c == QChar::ParagraphSeparator) {
            result.append(QChar::LineSeparator);
        } else if (c == u'\t') {
            result.append(u' ');
        } else if (c.category() == QChar::Other_Control) {
            continue;
        } else {
            result.append(c);
        }
    }
    return result;
}

QString plainTextLine(const QString &text)
{
    QString result = plainText(text);
    result.replace(QChar::LineSeparator, u' ');
    return result;
}

TextBox::TextBox(const QString &text,
                 const QFont &font,
                 qreal width,
                 Qt::Alignment alignment,
                 const QPaintDevice *device,
                 qreal lineSpacing)
    : m_layout(std::make_shared<QTextLayout>(plainText(text), font, device))
{
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * lineSpacing;
    }
    m_layout->endLayout();
}

int TextBox::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

qreal TextBox::lineTop(int index) const
{
    return m_layout->lineAt(index).y();
}

qreal TextBox::lineBottom(int index) const
{
    const QTextLine line = m_layout->lineAt(index);
    return line.y() + line.height();
}

qreal TextBox::firstBaseline() const
{
    return lineCount() > 0 ? m_layout->lineAt(0).ascent() : 0;
}

qreal TextBox::height() const
{
    const int count = lineCount();
    return count > 0 ? lineBottom(count - 1) : 0;
}

int TextBox::linesFitting(int from, qreal available) const
{
    const int count = lineCount();
    if (from >= count) {
        return count;
    }
    const qreal start = lineTop(from);
    int end = from;
    while (end < count && lineBottom(end) - start <= available) {
        ++end;
    }
    return end;
}

void TextBox::draw(QPainter &painter, const QPointF &topLeft, int first, int last) const
{
    const int count = lineCount();
    first = std::max(first, 0);
    last = std::min(last, count);
    if (first >= last) {
        return;
    }
    const QPointF origin = topLeft - QPointF(0, lineTop(first));
    for (int i = first; i < last; ++i) {
        m_layout->lineAt(i).draw(&painter, origin);
    }
}

} // namespace isms
