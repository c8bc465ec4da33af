// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QCollator>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace isms {
struct Record;
}

class RecordTableModel;

/// Filters the records of a RecordTableModel by free text (case-insensitive, over the table's text
/// columns), by one value per Filterable enum field and by one value per Filterable one-line text
/// column that is not a name (an owner, a risk level), and sorts them by RecordTableModel::SortRole
/// (text with QCollator, references by number so that T-9 comes before T-10, empty dates last).
class RecordFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxyModel)

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);
    ~RecordFilterProxyModel() override;

    void setSourceRecordModel(RecordTableModel *model);

    RecordTableModel *recordModel() const { return m_model; }

    void setFilterText(const QString &text);

    QString filterText() const { return m_text; }

    /// Shows only records whose enum field `fieldKey` holds `keyword`; an empty keyword shows all.
    /// Ignored for fields that are not Filterable enums of the source's spec.
    void setEnumFilter(const QString &fieldKey, const QString &keyword);

    QString enumFilter(const QString &fieldKey) const { return m_enumFilters.value(fieldKey); }

    /// Shows only records whose text field `fieldKey` holds exactly `value`; an empty value shows all.
    /// Ignored for fields that filterableValueFields() does not list.
    void setValueFilter(const QString &fieldKey, const QString &value);

    QString valueFilter(const QString &fieldKey) const { return m_valueFilters.value(fieldKey); }

    /// Clears the text, every enum filter, every value filter and the exact filter.
    void clearFilters();

    /// The keys of the fields that setEnumFilter() accepts, in spec order.
    QStringList filterableEnumFields() const;

    /// The keys of the fields that setValueFilter() accepts, in spec order: one-line text fields flagged
    /// Filterable and InTable that are neither required nor unique (an owner, a derived level; not
    /// the reference or the name).
    QStringList filterableValueFields() const;

    /// Exact values of fields by key; a null QVariant stands for an empty field.
    using FieldValues = QHash<QString, QVariant>;

    /// Shows only the records that hold every value of at least one of `alternatives` (an empty list
    /// removes this filter). A key that the source's spec does not have matches no record.
    void setExactFilter(const QList<FieldValues> &alternatives);

    QList<FieldValues> exactFilter() const { return m_exact; }

    /// A further condition a page adds (the SoA page's reason and attribute filters): only records for
    /// which it returns true are shown. An empty function removes it. Call refreshRowPredicate() when
    /// what it consults changes.
    using RowPredicate = std::function<bool(const isms::Record &)>;
    void setRowPredicate(RowPredicate predicate);
    void refreshRowPredicate();

Q_SIGNALS:
    /// The exact filter was set or cleared.
    void exactFilterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesExactFilter(const isms::Record &record) const;

    RecordTableModel *m_model = nullptr;
    QString m_text;
    QHash<QString, QString> m_enumFilters;  ///< field key → keyword
    QHash<QString, QString> m_valueFilters; ///< field key → value
    QByteArray m_needle;                    ///< m_text as RecordTableModel::searchTextAt() holds it
    QCollator m_collator;
    QList<FieldValues> m_exact;
    RowPredicate m_predicate;
};
