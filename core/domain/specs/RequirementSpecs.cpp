// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

/// The tracking every requirement carries: status, owner, target date and notes. Their keys are the
/// change log's field names since the first version ("status", "owner", "notes", "target_date").
QList<FieldSpec> trackingFields()
{
    return {
        enumeration(QStringLiteral("status"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                    implementationStatuses(),
                    {QStringLiteral("implementation status"),
                     QStringLiteral("state"),
                     QStringLiteral("Umsetzung"),
                     QStringLiteral("statut")}),
        text(QStringLiteral("owner"),
             QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
             Filterable | EditableInTable,
             {QStringLiteral("responsible"),
              QStringLiteral("Verantwortlich"),
              QStringLiteral("responsable"),
              QStringLiteral("propriétaire")}),
        date(QStringLiteral("target_date"),
             QT_TRANSLATE_NOOP("isms::FieldSpec", "Target date"),
             {QStringLiteral("due date"),
              QStringLiteral("due"),
              QStringLiteral("Zieldatum"),
              QStringLiteral("Termin"),
              QStringLiteral("échéance")}),
        longText(QStringLiteral("notes"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                 {QStringLiteral("comment"),
                  QStringLiteral("comments"),
                  QStringLiteral("Notizen"),
                  QStringLiteral("Bemerkungen"),
                  QStringLiteral("remarques")}),
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

/// What the Statement of Applicability records of a control beside its tracking (schema version 7).
QList<FieldSpec> applicabilityFields()
{
    return {
        {.key = QStringLiteral("applicable"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Applicable"),
         .type = FieldType::Boolean,
         .flags = Derived | InTable | Exported,
         .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                          "Whether the control applies: every status but \"Not "
                                          "applicable\" includes it in the Statement of Applicability.")},
        {.key = QStringLiteral("reasons"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Reasons for inclusion"),
         .flags = Logged | Exported | Importable,
         .importSynonyms = {QStringLiteral("reason"),
                            QStringLiteral("reason for inclusion"),
                            QStringLiteral("Begründung der Aufnahme"),
                            QStringLiteral("Gründe"),
                            QStringLiteral("raisons"),
                            QStringLiteral("raison de l'inclusion")},
         .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                          "Legal, contractual, business or good practice, as many as "
                                          "apply; risk treatment is added from the risks that name the "
                                          "control.")},
        longText(QStringLiteral("justification"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Justification"),
                 {QStringLiteral("justification for exclusion"),
                  QStringLiteral("reason for exclusion"),
                  QStringLiteral("Begründung"),
                  QStringLiteral("Begründung des Ausschlusses"),
                  QStringLiteral("justification de l'exclusion")},
                 QT_TRANSLATE_NOOP("isms::FieldSpec",
                                   "Why an excluded control does not apply; the auditor reads it.")),
        longText(QStringLiteral("implementation"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Implementation"),
                 {QStringLiteral("implementation description"),
                  QStringLiteral("description"),
                  QStringLiteral("how implemented"),
                  QStringLiteral("Umsetzungsbeschreibung"),
                  QStringLiteral("Beschreibung"),
                  QStringLiteral("mise en œuvre")},
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "How the control is implemented.")),
        date(QStringLiteral("last_reviewed"),
             QT_TRANSLATE_NOOP("isms::FieldSpec", "Last reviewed"),
             {QStringLiteral("last review"),
              QStringLiteral("reviewed"),
              QStringLiteral("letzte Prüfung"),
              QStringLiteral("dernière revue")}),
        {.key = QStringLiteral("documents"),
         .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Related documents"),
         .type = FieldType::MultilineText,
         .flags = Logged | Exported | Importable,
         .maxLength = 2000,
         .importSynonyms = {QStringLiteral("related documents"),
                            QStringLiteral("documents"),
                            QStringLiteral("documentation"),
                            QStringLiteral("Dokumente"),
                            QStringLiteral("Dokumentation"),
                            QStringLiteral("documents associés")},
         .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                          "The policies, procedures and records that carry out or show the "
                                          "control, by their ids or titles.")},
    };
}

/// The words of a reasons text ("Legal; business") as keywords in the enum's order, and the words
/// that are none ("risk treatment", "whim").
std::pair<QStringList, QStringList> readReasons(const QString &text)
{
    QStringList unknown;
    QList<bool> present(inclusionReasons().values.size(), false);
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        if (word.isEmpty()) {
            continue;
        }
        const EnumValue *value = inclusionReasons().match(word);
        if (!value) {
            unknown.append(word);
            continue;
        }
        present[value - inclusionReasons().values.constData()] = true;
    }
    QStringList keywords;
    for (qsizetype i = 0; i < present.size(); ++i) {
        if (present.at(i)) {
            keywords.append(inclusionReasons().values.at(i).keyword);
        }
    }
    return {keywords, unknown};
}

void deriveApplicability(const EntitySpec &spec, Record &record, const RecordContext & /*context*/)
{
    const int status = spec.indexOf(u"status");
    record.values[spec.indexOf(u"applicable")] = record.values.at(status).toString() != u"not-applicable";
    // Reasons are kept in one spelling, so that filters, exports and comparisons agree.
    const int reasons = spec.indexOf(u"reasons");
    const auto [keywords, unknown] = readReasons(record.values.at(reasons).toString());
    if (unknown.isEmpty()) {
        record.values[reasons] = keywords.join(QStringLiteral(", "));
    }
}

Result<void> validateApplicability(const EntitySpec &spec,
                                   const Record &record,
                                   const RecordContext & /*context*/)
{
    const auto [keywords, unknown] = readReasons(record.values.at(spec.indexOf(u"reasons")).toString());
    if (unknown.isEmpty()) {
        return {};
    }
    const bool isRiskTreatment =
        inclusionReasons().match(unknown.constFirst()) == nullptr
        && unknown.constFirst().contains(QStringLiteral("risk"), Qt::CaseInsensitive);
    return Error{
        ErrorCode::InvalidArgument,
        isRiskTreatment
            ? QCoreApplication::translate("isms::RequirementSpecs",
                                          "The risk-treatment reason comes from the risks that name "
                                          "the control; link the control to a risk instead of typing "
                                          "it.")
            : QCoreApplication::translate("isms::RequirementSpecs",
                                          "\"%1\" is not a reason for including a control; use %2.")
                  .arg(unknown.constFirst(), inclusionReasons().keywordList()),
        {}};
}

} // namespace

const EnumSpec &inclusionReasons()
{
    static const EnumSpec spec{
        QStringLiteral("inclusion_reason"),
        {
            {QStringLiteral("legal"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Legal or regulatory"),
             0,
             {QStringLiteral("law"),
              QStringLiteral("regulatory"),
              QStringLiteral("legal requirement"),
              QStringLiteral("gesetzlich"),
              QStringLiteral("rechtlich"),
              QStringLiteral("légal"),
              QStringLiteral("réglementaire")}},
            {QStringLiteral("contractual"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Contractual"),
             0,
             {QStringLiteral("contract"), QStringLiteral("vertraglich"), QStringLiteral("contractuel")}},
            {QStringLiteral("business"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Business requirement"),
             0,
             {QStringLiteral("business"),
              QStringLiteral("geschäftlich"),
              QStringLiteral("Geschäftsanforderung"),
              QStringLiteral("métier"),
              QStringLiteral("exigence métier")}},
            {QStringLiteral("good-practice"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Good practice"),
             0,
             {QStringLiteral("best practice"),
              QStringLiteral("best practise"),
              QStringLiteral("gute Praxis"),
              QStringLiteral("bewährte Praxis"),
              QStringLiteral("bonne pratique")}},
        }};
    return spec;
}

namespace {

/// Clauses 4 to 10 apply to every ISMS: unlike an Annex A control, none can be excluded.
Result<void> validateClause(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    if (record.values.at(spec.indexOf(u"status")).toString() == u"not-applicable") {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::RequirementSpecs",
                                                 "Clause %1 cannot be \"not applicable\": clauses 4 to 10 "
                                                 "apply to every ISMS. Set its status to where the work "
                                                 "stands, from \"not started\" to \"implemented\".")
                         .arg(EntitySpec::refOf(record)),
                     {}};
    }
    return {};
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
        control.fields.append(applicabilityFields());
        control.derive = &deriveApplicability;
        control.validate = &validateApplicability;
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

const EntitySpec &additionalControlSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec additional{
            .key = QStringLiteral("additional-controls"),
            .entity = QStringLiteral("additional_control"),
            .table = QStringLiteral("additional_control"),
            .refPrefix = QStringLiteral("AC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Additional control"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Additional controls"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "additional control"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "additional controls"),
            .fields = {},
        };
        additional.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("control"),
                  QStringLiteral("name"),
                  QStringLiteral("Titel"),
                  QStringLiteral("Maßnahme"),
                  QStringLiteral("titre")}),
            {.key = QStringLiteral("source"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Source"),
             .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
             .importSynonyms = {QStringLiteral("standard"),
                                QStringLiteral("origin"),
                                QStringLiteral("Quelle"),
                                QStringLiteral("Herkunft")},
             .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                              "Where the control comes from: a sector rule, ISO/IEC 27017 or "
                                              "27018, a contract, or the organisation's own decision.")},
            {.key = QStringLiteral("source_ref"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Reference in the source"),
             .flags = DefaultFieldFlags | EditableInTable,
             .maxLength = 60,
             .importSynonyms = {QStringLiteral("source reference"),
                                QStringLiteral("source id"),
                                QStringLiteral("Fundstelle"),
                                QStringLiteral("référence source")}},
            longText(QStringLiteral("requirement"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "What it requires"),
                     {QStringLiteral("control text"),
                      QStringLiteral("requirement text"),
                      QStringLiteral("Anforderung"),
                      QStringLiteral("exigence")}),
        };
        additional.fields.append(trackingFields());
        additional.fields.append(applicabilityFields());
        additional.derive = &deriveApplicability;
        additional.validate = &validateApplicability;
        return additional;
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
        clause.validate = &validateClause;
        return clause;
    }();
    return spec;
}

} // namespace isms
