// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"

#include <QtGlobal>

namespace isms {

namespace {

/// The tracking every requirement carries: status, owner, target date and notes. Their keys are the
/// change log's field names since the first version ("status", "owner", "notes", "target_date").
QList<FieldSpec> trackingFields()
{
    return {
        {.key = QStringLiteral("status"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
         .type = FieldType::Enum,
         .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
         .enumSpec = &implementationStatuses(),
         .importSynonyms = {QStringLiteral("implementation status"),
                            QStringLiteral("state"),
                            QStringLiteral("Umsetzung"),
                            QStringLiteral("statut")}},
        {.key = QStringLiteral("owner"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
         .flags = DefaultFieldFlags | Filterable | EditableInTable,
         .importSynonyms = {QStringLiteral("responsible"),
                            QStringLiteral("Verantwortlich"),
                            QStringLiteral("responsable"),
                            QStringLiteral("propriétaire")}},
        {.key = QStringLiteral("target_date"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Target date"),
         .type = FieldType::Date,
         .flags = DefaultFieldFlags | EditableInTable,
         .importSynonyms = {QStringLiteral("due date"),
                            QStringLiteral("due"),
                            QStringLiteral("Zieldatum"),
                            QStringLiteral("Termin"),
                            QStringLiteral("échéance")}},
        {.key = QStringLiteral("notes"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
         .type = FieldType::MultilineText,
         .flags = Logged | Exported | Importable,
         .maxLength = 20000,
         .importSynonyms = {QStringLiteral("comment"),
                            QStringLiteral("comments"),
                            QStringLiteral("Notizen"),
                            QStringLiteral("Bemerkungen"),
                            QStringLiteral("remarques")}},
    };
}

/// A fact of the catalogue: shown and exported, never typed.
FieldSpec catalogueField(const QString &key, const char *label, FieldType type, quint32 flags = 0)
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = type,
                     .flags = FromCatalogue | ReadOnly | Exported | flags,
                     .maxLength = 2000};
}

} // namespace

const EnumSpec &implementationStatuses()
{
    // The colours are the ones the status charts use since the first version.
    static const EnumSpec spec{
        QStringLiteral("implementation_status"),
        {
            {QStringLiteral("not-started"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not started"),
             0xE57373,
             {QStringLiteral("open"), QStringLiteral("nicht begonnen"), QStringLiteral("non commencé")}},
            {QStringLiteral("planned"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
             0x2F6DB5,
             {QStringLiteral("geplant"), QStringLiteral("planifié")}},
            {QStringLiteral("partial"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Partially implemented"),
             0xF6C23E,
             {QStringLiteral("in progress"), QStringLiteral("teilweise"), QStringLiteral("partiel")}},
            {QStringLiteral("implemented"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Implemented"),
             0x1B5E20,
             {QStringLiteral("done"), QStringLiteral("umgesetzt"), QStringLiteral("mis en œuvre")}},
            {QStringLiteral("not-applicable"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not applicable"),
             0xDADDE2,
             {QStringLiteral("n/a"), QStringLiteral("nicht anwendbar"), QStringLiteral("non applicable")}},
        }};
    return spec;
}

const EnumSpec &annexAThemes()
{
    // The catalogue's own words are the keywords (data, as stored since the first version).
    static const EnumSpec spec{
        QStringLiteral("annex_a_theme"),
        {
            {QStringLiteral("Organizational"), QT_TRANSLATE_NOOP("isms::EnumSpec", "Organizational")},
            {QStringLiteral("People"), QT_TRANSLATE_NOOP("isms::EnumSpec", "People")},
            {QStringLiteral("Physical"), QT_TRANSLATE_NOOP("isms::EnumSpec", "Physical")},
            {QStringLiteral("Technological"), QT_TRANSLATE_NOOP("isms::EnumSpec", "Technological")},
        }};
    return spec;
}

const EntitySpec &controlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec control{
            .key = QStringLiteral("controls"),
            .entity = QStringLiteral("control"),
            .table = QStringLiteral("requirement"),
            .refPrefix = QString(),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Annex A control"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Annex A controls"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "Annex A control"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "Annex A controls"),
            .fields = {},
            .catalogue = CatalogueSource{QStringLiteral("annex_a_control"),
                                         QStringLiteral("kind"),
                                         QStringLiteral("control"),
                                         QStringLiteral("5.1")},
            .shownRefPrefix = QStringLiteral("A."),
        };
        FieldSpec ref = referenceFieldSpec(ReadOnly);
        ref.flags &= ~quint32(Logged); // the catalogue's; changes are logged under it
        ref.label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Control");
        ref.importSynonyms.append(
            {QStringLiteral("control"), QStringLiteral("Maßnahme"), QStringLiteral("mesure")});
        FieldSpec title = catalogueField(QStringLiteral("title"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                                         FieldType::Text,
                                         InTable);
        FieldSpec theme = catalogueField(QStringLiteral("theme"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Theme"),
                                         FieldType::Enum,
                                         InTable | Filterable);
        theme.enumSpec = &annexAThemes();
        control.fields = {ref, title, theme};
        control.fields.append(trackingFields());
        control.fields.append({
            catalogueField(QStringLiteral("control_types"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Control type"),
                           FieldType::Text),
            catalogueField(QStringLiteral("security_properties"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Security properties"),
                           FieldType::Text),
            catalogueField(QStringLiteral("cybersecurity_concepts"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Cybersecurity concepts"),
                           FieldType::Text),
            catalogueField(QStringLiteral("operational_capabilities"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Operational capabilities"),
                           FieldType::Text),
            catalogueField(QStringLiteral("security_domains"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Security domains"),
                           FieldType::Text),
            catalogueField(QStringLiteral("new_in_2022"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "New in 2022"),
                           FieldType::Boolean),
        });
        return control;
    }();
    return spec;
}

const EntitySpec &clauseSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec clause{
            .key = QStringLiteral("clauses"),
            .entity = QStringLiteral("clause"),
            .table = QStringLiteral("requirement"),
            .refPrefix = QString(),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Clause requirement"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Clause requirements"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "clause requirement"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "clause requirements"),
            .fields = {},
            .catalogue = CatalogueSource{QStringLiteral("clause"),
                                         QStringLiteral("kind"),
                                         QStringLiteral("clause"),
                                         QStringLiteral("6.1.2")},
        };
        FieldSpec ref = referenceFieldSpec(ReadOnly);
        ref.flags &= ~quint32(Logged); // the catalogue's; changes are logged under it
        ref.label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Clause");
        ref.importSynonyms.append(
            {QStringLiteral("clause"), QStringLiteral("Abschnitt"), QStringLiteral("article")});
        FieldSpec title = catalogueField(QStringLiteral("title"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                                         FieldType::Text,
                                         InTable);
        clause.fields = {ref, title};
        clause.fields.append(trackingFields());
        clause.fields.append({
            catalogueField(QStringLiteral("parent_ref"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Part of"),
                           FieldType::Text),
            catalogueField(QStringLiteral("documented_information"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Documented information"),
                           FieldType::MultilineText,
                           InTable),
        });
        return clause;
    }();
    return spec;
}

} // namespace isms
