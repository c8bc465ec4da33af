// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "domain/Requirement.h"
#include "io/SoaImport.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace isms {

/// What one row of an SoA file says of one control, before it meets the project. A value that the file
/// has no column for is unset (the control keeps its own); an empty cell in a column clears it.
struct SoaAnswer
{
    int line = 0;
    QString id;  ///< as the file writes it
    QString ref; ///< stored form: "5.7", "A.9.2.3" (2013), "AC-001" (empty for a new additional control)
    bool additional = false;
    std::optional<bool> applicable{};
    QString status{}; ///< a keyword, or empty when the row gives none
    std::optional<QString> justification{};
    std::optional<QString> owner{};
    std::optional<QString> implementation{};
    std::optional<QString> documents{};
    std::optional<QString> reasons{}; ///< keywords joined with ", " (risk-treatment is derived, never read)
    std::optional<QDate> lastReviewed{};
    std::optional<QString> title{};
    std::optional<QString> source{};
    std::optional<QString> sourceRef{};

    /// Whether the control applies after this answer, given its current status.
    bool isApplicable(const QString &currentStatus) const;

    /// The status after this answer: not-applicable when excluded; the given status; otherwise the
    /// current one (not-started when the control was excluded and the row includes it).
    QString effectiveStatus(const QString &currentStatus) const;
};

/// The reading of one SoA file: its columns, and the problems found so far.
struct SoaReading
{
    const ImportTable &table;
    SoaImportPreview &preview;
    QHash<QString, int> columnOf{}; ///< SoA key to column
    bool emptyMeansNo = false;      ///< the applicable column marks with x: an empty cell is "no"

    QString header(const QString &key) const
    {
        const int column = columnOf.value(key, -1);
        return column < 0 ? QString() : preview.headers.value(column);
    }

    bool has(const QString &key) const { return columnOf.contains(key); }

    QString cell(const QStringList &cells, const QString &key) const
    {
        const int column = columnOf.value(key, -1);
        return column < 0 ? QString() : cells.value(column);
    }

    void problem(int line, const QString &key, const QString &message) const
    {
        preview.problems.append({line, header(key), message});
    }
};

/// Yes or no as spreadsheets write them in English, German and French (Y/N, ja/nein, oui/non, 1/0, x).
std::optional<bool> soaYesOrNo(const QString &text);

/// 2 for a 2022 id ("5.7"), 3 for a 2013 id ("9.2.3"), 0 for anything else.
int soaIdParts(const QString &ref);

/// "A.9.2.3", "a 9.2.3" and "9.2.3" become "9.2.3"; "Annex A 5.7" becomes "5.7".
QString soaAnnexRef(const QString &typed);

/// Reads one row into an answer; false when the row has a problem (recorded in the reading).
bool readSoaRow(const SoaReading &reading, const QStringList &cells, int line, SoaAnswer &answer);

/// The record after an answer; nullopt, with a problem recorded, when it breaks a rule (an excluded
/// control without justification, a rule of the spec).
std::optional<Record> soaAnsweredRecord(const SoaReading &reading,
                                        Database &db,
                                        const EntitySpec &spec,
                                        const Record &current,
                                        const SoaAnswer &answer,
                                        const RecordContext &context);

/// The fields of `after` that differ from `before` (derived and catalogue fields left out).
QHash<QString, QVariant> soaChangedValues(const EntitySpec &spec, const Record &before, const Record &after);

/// Carries the answers of a 2013 SoA over to the 2022 controls through the mapping in the project.
class SoaCarryOver final
{
    Q_DECLARE_TR_FUNCTIONS(isms::SoaCarryOver)

public:
    /// `answers2013`: rows with 2013 refs ("A.9.2.3"); `statusByRef`: each 2022 control's current status
    /// by its reference; `titles`: each 2022 control's title (catalogue order). Returns one merged
    /// answer per 2022 control whose 2013 controls agree (its line the first row's), and fills
    /// `review` with the new controls and the merged ones whose answers differ.
    static QList<SoaAnswer> carryOver(const QList<SoaAnswer> &answers2013,
                                      const QList<Control2013> &mapping,
                                      const QList<std::pair<QString, QString>> &titles,
                                      const QHash<QString, QString> &statusByRef,
                                      QList<SoaReviewItem> &review);
};

} // namespace isms
