// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "storage/EvidenceStore.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

namespace {

/// Shown and logged, never imported: evidence comes with its file (EvidenceService::attach).
constexpr quint32 Shown = Logged | InTable | Exported;

Result<void> validateEvidence(const EntitySpec &spec, const Record &record, const RecordContext &)
{
    const QString kind = record.values.at(spec.indexOf(u"kind")).toString();
    const EntitySpec *target = Entities::find(kind);
    if (!target || target->target) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::EvidenceSpec",
                                                 "\"%1\" is not a register evidence can be attached to; use "
                                                 "one of %2.")
                         .arg(kind, Entities::keyList()),
                     {}};
    }
    const QDate from = record.values.at(spec.indexOf(u"evidence_date")).toDate();
    const QDate expires = record.values.at(spec.indexOf(u"expires")).toDate();
    if (from.isValid() && expires.isValid() && expires < from) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::EvidenceSpec",
                                                 "The expiry date %1 lies before the evidence date %2; "
                                                 "give a later expiry date or none.")
                         .arg(expires.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                     {}};
    }
    return {};
}

} // namespace

const EnumSpec &packExportChoices()
{
    static const EnumSpec spec{
        QStringLiteral("pack_export"),
        {
            {QStringLiteral("include"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Included"),
             0x2E7D32,
             {QStringLiteral("yes"),
              QStringLiteral("included"),
              QStringLiteral("ja"),
              QStringLiteral("oui")}},
            {QStringLiteral("leave_out"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Left out"),
             0x757575,
             {QStringLiteral("no"), QStringLiteral("omit"), QStringLiteral("nein"), QStringLiteral("non")}},
            {QStringLiteral("redact"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Redacted"),
             0xEF6C00,
             {QStringLiteral("redacted"), QStringLiteral("geschwärzt"), QStringLiteral("caviardé")}},
        }};
    return spec;
}

const EntitySpec &evidenceSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("evidence"),
        .entity = QStringLiteral("evidence"),
        .table = QStringLiteral("evidence"),
        .refPrefix = QStringLiteral("EV-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Evidence"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Evidence files"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "evidence file"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "evidence files"),
        .fields =
            {
                FieldSpec{.key = QStringLiteral("ref"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Reference"),
                          .flags = Shown | Required | Unique | Filterable | ReadOnly,
                          .maxLength = 20},
                {.key = QStringLiteral("kind"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Register"),
                 .flags = Shown | Required | Filterable | ReadOnly,
                 .maxLength = 40},
                {.key = QStringLiteral("record_ref"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Record"),
                 .flags = Shown | Required | Filterable | ReadOnly,
                 .maxLength = 20},
                {.key = QStringLiteral("name"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "File name"),
                 .flags = Shown | Required | ReadOnly,
                 .maxLength = 255},
                {.key = QStringLiteral("media_type"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Media type"),
                 .flags = Logged | Exported | ReadOnly,
                 .maxLength = 200},
                {.key = QStringLiteral("size"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Size (bytes)"),
                 .type = FieldType::Integer,
                 .flags = Shown | Required | ReadOnly,
                 .minimum = 0,
                 .maximum = 1000000000},
                {.key = QStringLiteral("sha256"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "SHA-256"),
                 .flags = Logged | Exported | Required | ReadOnly,
                 .maxLength = 64},
                {.key = QStringLiteral("evidence_date"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Evidence date"),
                 .type = FieldType::Date,
                 .flags = Shown | EditableInTable,
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "The date or period end the file proves, not when it "
                                                  "was stored")},
                {.key = QStringLiteral("expires"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Expires"),
                 .type = FieldType::Date,
                 .flags = Shown | Filterable | EditableInTable},
                {.key = QStringLiteral("notes"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                 .type = FieldType::MultilineText,
                 .flags = Logged | Exported,
                 .maxLength = 20000},
                {.key = QStringLiteral("pack_export"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "In the audit pack"),
                 .type = FieldType::Enum,
                 .flags = Shown | Required | Filterable | EditableInTable,
                 .enumSpec = &packExportChoices(),
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "Whether the audit pack lists the file and supplies it "
                                                  "(included), lists it without supplying it (redacted), "
                                                  "or leaves it out altogether")},
            },
        .validate = &validateEvidence,
        .target = AnyRecordTarget{QStringLiteral("kind"), QStringLiteral("record_ref")},
        .createdElsewhere = QT_TRANSLATE_NOOP("isms::EntitySpec",
                                              "Evidence is stored with its file: attach it with \"isms-cli "
                                              "attach FILE KIND ID PATH\" rather than adding or importing "
                                              "rows."),
        .afterRemove = &EvidenceStore::dropUnusedBlobs};
    return spec;
}

} // namespace isms
