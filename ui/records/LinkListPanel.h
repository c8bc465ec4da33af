// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "records/RecordPanel.h"

#include <QList>
#include <QPointer>
#include <QStringList>

class LinkList;
class RegisterPage;

/// Beside a record's form: one LinkList per link column of its register (an audit's clauses, controls
/// and auditors; a supplier's risks and assets), driven by the spec alone, so that links are made where
/// the record is rather than on the link register's own page.
class LinkListPanel final : public RecordPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkListPanel)

public:
    /// One list per link column of `spec` (which must outlive the panel), or only for the columns of
    /// `columnKeys`, in that order.
    explicit LinkListPanel(const isms::EntitySpec &spec,
                           const QStringList &columnKeys = {},
                           QWidget *parent = nullptr);
    ~LinkListPanel() override;

    /// Adds a tab with the link columns of `page`'s register that no panel of the page shows yet (the
    /// risk panel shows a risk's own); returns it, or nullptr when there are none. The one place that
    /// decides which register pages show links: the window calls it for every register page it creates.
    static LinkListPanel *addTo(RegisterPage &page);

    const isms::EntitySpec &spec() const { return m_spec; }

    void setContext(isms::Database *db, QUndoStack *undoStack) override;
    void showRecord(isms::RecordId id) override;

    const QList<LinkList *> &lists() const { return m_lists; }

    /// The list of the link column `columnKey`, or nullptr.
    LinkList *list(const QString &columnKey) const;

    /// How many ends the record has over all lists.
    int count() const;

    /// The title of the panel's tab: the column's label when there is one, else "Links".
    QString title() const;

Q_SIGNALS:
    /// The number of linked ends over all lists changed.
    void countChanged(int count);

private:
    const isms::EntitySpec &m_spec;
    QList<LinkList *> m_lists;
};
