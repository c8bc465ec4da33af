// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace isms {

class Database;

/// One line of the Statement of Applicability: an Annex A control or an additional control, with what
/// the SoA says of it. The same shape serves the working state, an issued version's frozen copy, the
/// `soa` kind of the command line and the exports.
struct SoaEntry
{
    QString id;              ///< as people read it: "A.5.7", "AC-001"
    QString ref;             ///< as stored: "5.7", "AC-001"
    bool additional = false; ///< not an Annex A control
    QString title;
    QString theme;     ///< Annex A: the catalogue's theme keyword ("Organizational"); empty otherwise
    QString source;    ///< additional: where it comes from ("ISO/IEC 27017"); empty for Annex A
    QString sourceRef; ///< additional: its reference in the source
    bool applicable = true;
    QStringList reasons; ///< keywords, "risk-treatment" first, then legal, contractual, business...
    QString justification;
    QString status; ///< implementation status keyword ("partial", "not-applicable")
    QString owner;
    QString implementation;
    QString documents; ///< related documents, as typed
    QDate lastReviewed;
    int evidence = 0; ///< evidence files attached

    friend bool operator==(const SoaEntry &, const SoaEntry &) = default;
};

/// Reads the Statement of Applicability from the registers and converts it to and from JSON, the form in
/// which issued versions keep it and the command line prints it.
class SoaRegister final
{
public:
    /// The working state: the 93 Annex A controls in catalogue order, then the additional controls by
    /// reference; reasons include the risk-treatment reason derived from the risks. Errors: Database.
    [[nodiscard]] static Result<QList<SoaEntry>> read(Database &db);

    /// The JSON object of one entry, with the keys of the command line's contract: id, title,
    /// applicable (boolean), reasons (array), justification, status, owner, implementation, then documents,
    /// theme, source, source_ref, last_reviewed, evidence and additional.
    static QJsonObject toJson(const SoaEntry &entry);

    /// The entry of a JSON object written by toJson; missing keys keep their defaults.
    static SoaEntry fromJson(const QJsonObject &object);

    static QJsonArray toJson(const QList<SoaEntry> &entries);
    static QList<SoaEntry> fromJson(const QJsonArray &array);
};

} // namespace isms
