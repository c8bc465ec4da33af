// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "domain/EntitySpec.h"
#include "models/SortKeyCache.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QStringList>

#include <optional>

namespace isms {
class Database;
class RecordLoader;
} // namespace isms

class QTimer;
class QUndoStack;

/// The records of one register (any EntitySpec), one row each, in id order as loaded; the columns are
/// the spec's fields flagged InTable. Follows the ChangeNotifier's batch notices for its kind and
/// updates exactly the rows they name: new records are appended, changed ones refreshed with one
/// dataChanged per contiguous block of rows, removed ones taken out block by block.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole, ///< isms::RecordId
        SortRole,              ///< the raw value: dates as QDate, enums by position, numbers, text;
                               ///< references by their number; a field with a sortKey by that field
        ColourRole,            ///< QColor of the value: an enum's colour, or one set with
                               ///< setValueColours(); invalid when it has none
    };

    /// Longest text a cell shows; longer values are cut with a marker (the form shows them whole).
    static constexpr int MaxCellLength = 240;

    explicit RecordTableModel(const isms::EntitySpec &spec, QObject *parent = nullptr);
    ~RecordTableModel() override;

    const isms::EntitySpec &spec() const { return m_spec; }

    /// How setDatabase() reads a register.
    enum class Loading
    {
        Everything,     ///< every record before it returns
        FirstRowsFirst, ///< the first FirstRows records before it returns, the rest on a worker thread
                        ///< started by readRest() (a view calls it once it has painted the first
                        ///< rows) or RestDelayMs later, whichever comes first
    };

    /// How long a FirstRowsFirst load waits for readRest() before it reads the rest anyway.
    static constexpr int RestDelayMs = 250;

    /// The records a FirstRowsFirst load reads before it returns: more than a screenful.
    static constexpr int FirstRows = 100;

    /// Loads the records of `db` (nullptr empties the model) and follows its change notices. The only
    /// reset of the model, except when a change arrives while a FirstRowsFirst load is still reading
    /// (then the model is loaded again once the read ends). With FirstRowsFirst, isLoading() is true
    /// until the rest has been appended as one block of rows; loadingFinished() says when.
    [[nodiscard]] isms::Result<void> setDatabase(isms::Database *db, Loading loading = Loading::Everything);

    /// Limits the records to those whose reference field `fieldKey` names `owner` (an invalid id: no
    /// record), from the next setDatabase() on: the tasks of one risk instead of every task. Records
    /// that come to name `owner` later are added; an empty `fieldKey` lifts the limit.
    void setScope(const QString &fieldKey, isms::RecordId owner);

    /// True while the rest of a FirstRowsFirst load is being read or waits to be.
    bool isLoading() const { return m_loading; }

    /// Starts reading the rest of a FirstRowsFirst load now if it still waits: the read then runs
    /// after the first paint instead of competing with it. Does nothing otherwise.
    void readRest();

    /// Where edits made in the table go as SetFieldCommands; nullptr makes the table read-only.
    void setUndoStack(QUndoStack *undoStack);

    /// The project the records come from, or nullptr.
    isms::Database *database() const { return m_db; }

    /// Colours for the values of the text field `fieldKey` (a risk level's name → the method's colour),
    /// given as ColourRole; replaces those set before. Values not in `colours` have none.
    void setValueColours(const QString &fieldKey, const QHash<QString, QColor> &colours);

    /// The colour of `value` in field `fieldIndex` (ColourRole), or an invalid colour.
    QColor valueColour(int fieldIndex, const QString &value) const;

    /// The different non-empty values of field `fieldIndex` among the records, in the order the
    /// column sorts them (by the sortKey field when the field has one).
    QStringList distinctValues(int fieldIndex) const;

    const isms::Record &recordAt(int row) const { return m_records.at(row); }

    /// What SortRole gives for field `fieldIndex` of `row`, computed once per row and kept until the
    /// record changes (sorting compares each row many times). The reference is valid until the next
    /// call: copy the value before asking for another.
    const QVariant &sortValueAt(int row, int fieldIndex) const
    {
        return m_sortKeys.value(row, fieldIndex, [this](int r, int field) {
            return sortValue(m_records.at(r), field);
        });
    }

    isms::RecordId idAt(int row) const { return m_records.at(row).id; }

    /// What the text filter searches in `row`: its text columns as the table shows them (a reference
    /// with its prefix), joined by a character no filter text holds, as searchTextOf() gives them;
    /// computed once per row and kept until the record changes.
    const QByteArray &searchTextAt(int row) const;

    /// What searchTextAt() puts between two fields: a control character, which no text field holds.
    static constexpr char16_t SearchSeparator = 0x1F;

    /// `text` as searchTextAt() holds text: case-folded UTF-8. A case-insensitive search is then a
    /// byte search, and the same as QString::contains(text, Qt::CaseInsensitive).
    static QByteArray searchTextOf(const QString &text)
    {
        QByteArray folded;
        appendSearchText(folded, text);
        return folded;
    }

    /// The row of a record, or -1 (constant time).
    int rowOf(isms::RecordId id) const { return m_rowById.value(id, -1); }

    /// The index in spec().fields of the field shown in `column`.
    int fieldIndexOf(int column) const { return m_columns.at(column); }

    const isms::FieldSpec &fieldOf(int column) const;

    /// The column of the field `key`, or -1 when it is not in the table.
    int columnOf(QStringView fieldKey) const;

    /// The text a cell shows for field `fieldIndex` of `record` (also used by the filter).
    QString displayText(const isms::Record &record, int fieldIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Pushes a SetFieldCommand for an EditableInTable field (EditRole holds the stored value); writes
    /// nothing itself. True when the command was pushed and saved.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// An edit made in the table could not be saved, or the rest of the records could not be read;
    /// the message is for the user.
    void errorOccurred(const isms::Error &error);

    /// A FirstRowsFirst load has appended the rest of the records (or failed; see errorOccurred()).
    void loadingFinished();

private:
    /// For a notice about `ids` of `kind`: their records as stored now; nothing when the notice is
    /// about another kind (handled here), no project is open, or they cannot be read (reported).
    std::optional<QList<isms::Record>> noticedRecords(const QString &kind, const QList<isms::RecordId> &ids);
    void onRecordsAdded(const QString &kind, const QList<isms::RecordId> &ids);
    void onRecordsChanged(const QString &kind, const QList<isms::RecordId> &ids, const QStringList &fields);
    void onRecordsRemoved(const QString &kind, const QList<isms::RecordId> &ids);
    void onOtherKindChanged(const QString &kind);
    void onRestLoaded(const QList<isms::Record> &records);
    void onRestFailed(const isms::Error &error);
    void reindexFrom(int row);
    /// Appends `text` case-folded in UTF-8 (searchTextOf()).
    static void appendSearchText(QByteArray &target, QStringView text);
    /// Appends the records not in the model yet and within the scope.
    void appendNew(QList<isms::Record> records);
    /// The reference of the record `id` of `kind` ("P-003"); with `named`, followed by its name or
    /// title when it has one ("P-003 — Ruth Calder"), as the tables show it.
    QString refOf(const QString &kind, isms::RecordId id, bool named = false) const;
    QVariant sortValue(const isms::Record &record, int fieldIndex) const;

    const isms::EntitySpec &m_spec;
    QList<int> m_columns; ///< spec field indexes of the columns
    isms::Database *m_db = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QList<isms::Record> m_records;
    QHash<isms::RecordId, int> m_rowById;
    int m_scopeField = -1; ///< spec field index of the scope, or -1
    isms::RecordId m_scopeOwner;

    /// A record that a Reference field points to: its reference, and its reference with its name.
    struct ReferencedRecord
    {
        QString ref;
        QString named;
    };

    /// The records that Reference fields point to, by kind and id; filled when first shown and
    /// dropped when that kind changes.
    mutable QHash<QString, QHash<qint64, ReferencedRecord>> m_refCache;
    mutable SortKeyCache m_sortKeys;
    mutable RowValueCache<QByteArray> m_searchTexts;
    QList<QMetaObject::Connection> m_connections;
    QHash<int, QHash<QString, QColor>> m_valueColours; ///< by spec field index
    isms::RecordLoader *m_loader = nullptr;            ///< reads the rest of a FirstRowsFirst load
    QTimer *m_restTimer = nullptr;                     ///< runs while the rest waits for readRest()
    isms::RecordId m_restAfter;                        ///< the last record read before the rest
    bool m_loading = false;
    bool m_changedWhileLoading = false; ///< a notice of this kind arrived during the read
};
