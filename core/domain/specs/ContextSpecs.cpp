// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The context of the organisation (clause 4): issues, interested parties and the scope.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec lastReviewedField()
{
    return date(
        QStringLiteral("last_reviewed"),
        QT_TRANSLATE_NOOP("isms::FieldSpec", "Last reviewed"),
        {QStringLiteral("last review"), QStringLiteral("letzte Prüfung"), QStringLiteral("dernière revue")});
}

const EnumSpec &origins()
{
    static const EnumSpec spec{QStringLiteral("issue_origin"),
                               {
                                   {QStringLiteral("internal"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Internal"),
                                    0x1565C0,
                                    {QStringLiteral("intern"), QStringLiteral("interne")}},
                                   {QStringLiteral("external"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "External"),
                                    0x6A1B9A,
                                    {QStringLiteral("extern"), QStringLiteral("externe")}},
                               }};
    return spec;
}

const EnumSpec &issueCategories()
{
    static const EnumSpec spec{
        QStringLiteral("issue_category"),
        {
            {QStringLiteral("strategic"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Strategic"),
             0,
             {QStringLiteral("strategisch"), QStringLiteral("stratégique")}},
            {QStringLiteral("organisational"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Organisational"),
             0,
             {QStringLiteral("organizational"),
              QStringLiteral("organisatorisch"),
              QStringLiteral("organisationnel")}},
            {QStringLiteral("people"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "People and culture"),
             0,
             {QStringLiteral("culture"), QStringLiteral("Personal"), QStringLiteral("personnel")}},
            {QStringLiteral("technological"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Technological"),
             0,
             {QStringLiteral("technology"), QStringLiteral("technisch"), QStringLiteral("technologique")}},
            {QStringLiteral("legal"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Legal and regulatory"),
             0,
             {QStringLiteral("regulatory"), QStringLiteral("rechtlich"), QStringLiteral("juridique")}},
            {QStringLiteral("economic"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Economic and market"),
             0,
             {QStringLiteral("market"), QStringLiteral("wirtschaftlich"), QStringLiteral("économique")}},
            {QStringLiteral("social"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Social"),
             0,
             {QStringLiteral("gesellschaftlich"), QStringLiteral("sozial")}},
            {QStringLiteral("environmental"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Environmental and climate"),
             0,
             {QStringLiteral("climate"),
              QStringLiteral("Umwelt"),
              QStringLiteral("Klima"),
              QStringLiteral("environnemental")}},
        }};
    return spec;
}

const EnumSpec &issueStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("issue_status"),
        {
            {QStringLiteral("current"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Current"),
             0x2E7D32,
             {QStringLiteral("open"), QStringLiteral("aktuell"), QStringLiteral("actuel")}},
            {QStringLiteral("watched"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Watched"),
             0xEF6C00,
             {QStringLiteral("monitored"), QStringLiteral("beobachtet"), QStringLiteral("surveillé")}},
            {QStringLiteral("closed"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "No longer relevant"),
             0x9E9E9E,
             {QStringLiteral("closed"), QStringLiteral("erledigt"), QStringLiteral("clos")}},
        }};
    return spec;
}

const EnumSpec &obligations()
{
    static const EnumSpec spec{
        QStringLiteral("obligation"),
        {
            {QStringLiteral("legal"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Legal"),
             0,
             {QStringLiteral("law"), QStringLiteral("gesetzlich"), QStringLiteral("légal")}},
            {QStringLiteral("regulatory"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Regulatory"),
             0,
             {QStringLiteral("regulatorisch"),
              QStringLiteral("aufsichtsrechtlich"),
              QStringLiteral("réglementaire")}},
            {QStringLiteral("contractual"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Contractual"),
             0,
             {QStringLiteral("contract"), QStringLiteral("vertraglich"), QStringLiteral("contractuel")}},
            {QStringLiteral("voluntary"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Voluntary"),
             0,
             {QStringLiteral("none"), QStringLiteral("freiwillig"), QStringLiteral("volontaire")}},
        }};
    return spec;
}

const EnumSpec &addressedValues()
{
    static const EnumSpec spec{
        QStringLiteral("addressed"),
        {
            {QStringLiteral("undecided"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not decided yet"),
             0x757575,
             {QStringLiteral("open"), QStringLiteral("offen"), QStringLiteral("à décider")}},
            {QStringLiteral("yes"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Addressed"),
             0x2E7D32,
             {QStringLiteral("ja"), QStringLiteral("oui")}},
            {QStringLiteral("partly"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Partly addressed"),
             0xF6C23E,
             {QStringLiteral("partial"), QStringLiteral("teilweise"), QStringLiteral("en partie")}},
            {QStringLiteral("no"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not addressed"),
             0xC62828,
             {QStringLiteral("nein"), QStringLiteral("non")}},
        }};
    return spec;
}

const EnumSpec &climateDecisions()
{
    static const EnumSpec spec{
        QStringLiteral("climate_decision"),
        {
            {QStringLiteral("undecided"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not decided yet"),
             0x757575,
             {QStringLiteral("open"), QStringLiteral("offen"), QStringLiteral("à décider")}},
            {QStringLiteral("relevant"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Relevant"),
             0xEF6C00,
             {QStringLiteral("yes"), QStringLiteral("relevant"), QStringLiteral("pertinent")}},
            {QStringLiteral("not-relevant"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not relevant"),
             0x2E7D32,
             {QStringLiteral("no"), QStringLiteral("nicht relevant"), QStringLiteral("non pertinent")}},
        }};
    return spec;
}

const EnumSpec &scopeStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("scope_status"),
        {
            {QStringLiteral("draft"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Draft"),
             0x757575,
             {QStringLiteral("Entwurf"), QStringLiteral("brouillon")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x2E7D32,
             {QStringLiteral("freigegeben"), QStringLiteral("genehmigt"), QStringLiteral("approuvé")}},
            {QStringLiteral("superseded"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Superseded"),
             0x9E9E9E,
             {QStringLiteral("obsolete"), QStringLiteral("ersetzt"), QStringLiteral("remplacé")}},
        }};
    return spec;
}

/// An approved scope names who approved it and when (not in the future); a climate decision gives its
/// rationale.
Result<void> validateScope(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const auto text = [&](QStringView key) {
        return record.values.at(spec.indexOf(key)).toString().trimmed();
    };
    const QDate approved = record.values.at(spec.indexOf(u"approval_date")).toDate();
    if (text(u"status") == u"approved" && (text(u"approved_by").isEmpty() || !approved.isValid())) {
        return invalid(
            QCoreApplication::translate("isms::ContextSpecs",
                                        "An approved scope names who approved it and on which date; "
                                        "fill in \"Approved by\" and \"Approval date\", or keep it a "
                                        "draft."));
    }
    if (approved.isValid() && approved > QDate::currentDate()) {
        return invalid(
            QCoreApplication::translate("isms::ContextSpecs",
                                        "The approval date %1 lies in the future; give the date on "
                                        "which the scope was approved.")
                .arg(approved.toString(Qt::ISODate)));
    }
    if (text(u"climate") != u"undecided" && text(u"climate_rationale").isEmpty()) {
        return invalid(
            QCoreApplication::translate("isms::ContextSpecs",
                                        "A decision on climate change needs its rationale; write why "
                                        "it is or is not a relevant issue."));
    }
    return {};
}

} // namespace

const EntitySpec &contextIssueSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("context-issues"),
        .entity = QStringLiteral("context_issue"),
        .table = QStringLiteral("context_issue"),
        .refPrefix = QStringLiteral("CI-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Issue"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Internal and external issues"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "issue"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "issues"),
        .fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Issue"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("title"), QStringLiteral("Thema"), QStringLiteral("enjeu")}),
            enumField(QStringLiteral("origin"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Internal or external"),
                      origins(),
                      Required,
                      {QStringLiteral("type"), QStringLiteral("Art"), QStringLiteral("origine")}),
            enumField(QStringLiteral("category"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Category"),
                      issueCategories(),
                      0,
                      {QStringLiteral("Kategorie"), QStringLiteral("catégorie")}),
            longText(QStringLiteral("description"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                     {QStringLiteral("Beschreibung")}),
            longText(QStringLiteral("effect"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Effect on the ISMS"),
                     {QStringLiteral("impact on the ISMS"),
                      QStringLiteral("Auswirkung"),
                      QStringLiteral("effet")}),
            text(QStringLiteral("related_risks"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Related risks"),
                 0,
                 {QStringLiteral("risks"), QStringLiteral("Risiken"), QStringLiteral("risques")}),
            ownerText(),
            enumField(QStringLiteral("status"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      issueStatuses(),
                      Required,
                      {QStringLiteral("state"), QStringLiteral("statut")}),
            lastReviewedField(),
        }};
    return spec;
}

const EntitySpec &interestedPartySpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("interested-parties"),
        .entity = QStringLiteral("interested_party"),
        .table = QStringLiteral("interested_party"),
        .refPrefix = QStringLiteral("IP-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Interested party"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Interested parties"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "interested party"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "interested parties"),
        .fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Interested party"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("party"),
                  QStringLiteral("stakeholder"),
                  QStringLiteral("interessierte Partei"),
                  QStringLiteral("partie intéressée")}),
            enumField(QStringLiteral("side"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Internal or external"),
                      origins(),
                      Required,
                      {QStringLiteral("type"), QStringLiteral("Art")}),
            longText(QStringLiteral("requirements"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Requirements"),
                     {QStringLiteral("needs and expectations"),
                      QStringLiteral("Anforderungen"),
                      QStringLiteral("exigences")}),
            enumField(QStringLiteral("obligation"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Binding as"),
                      obligations(),
                      0,
                      {QStringLiteral("obligation"),
                       QStringLiteral("legal basis"),
                       QStringLiteral("Verbindlichkeit")}),
            enumField(
                QStringLiteral("addressed"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Addressed by the ISMS"),
                addressedValues(),
                Required,
                {QStringLiteral("addressed"), QStringLiteral("berücksichtigt"), QStringLiteral("traité")}),
            longText(
                QStringLiteral("how_addressed"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "How the ISMS addresses them"),
                {QStringLiteral("how addressed"), QStringLiteral("Umsetzung"), QStringLiteral("comment")}),
            ownerText(),
            lastReviewedField(),
        }};
    return spec;
}

const EntitySpec &scopeSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec scope{
            .key = QStringLiteral("scope"),
            .entity = QStringLiteral("isms_scope"),
            .table = QStringLiteral("isms_scope"),
            .refPrefix = QStringLiteral("SC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Scope statement"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Scope of the ISMS"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "scope statement"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "scope statements"),
            .fields = {},
        };
        FieldSpec statement = longText(
            QStringLiteral("statement"),
            QT_TRANSLATE_NOOP("isms::FieldSpec", "Scope statement"),
            {QStringLiteral("scope"), QStringLiteral("Geltungsbereich"), QStringLiteral("périmètre")},
            Required | InTable);
        FieldSpec soaVersion{.key = QStringLiteral("soa_version"),
                             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "SoA version"),
                             .type = FieldType::Integer,
                             .flags = DefaultFieldFlags,
                             .importSynonyms = {QStringLiteral("SoA"), QStringLiteral("SoA-Version")},
                             .minimum = 1,
                             .maximum = 9999,
                             .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                              "The issued version of the Statement of "
                                                              "Applicability that this scope goes with.")};
        FieldSpec approvalDate{.key = QStringLiteral("approval_date"),
                               .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Approval date"),
                               .type = FieldType::Date,
                               .flags = DefaultFieldFlags,
                               .importSynonyms = {QStringLiteral("approved on"),
                                                  QStringLiteral("Freigabedatum"),
                                                  QStringLiteral("date d'approbation")}};
        scope.fields = {
            referenceFieldSpec(),
            statement,
            longText(QStringLiteral("sites"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Sites"),
                     {QStringLiteral("locations"), QStringLiteral("Standorte"), QStringLiteral("sites")}),
            longText(QStringLiteral("boundaries"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Boundaries"),
                     {QStringLiteral("Grenzen"), QStringLiteral("limites")}),
            longText(QStringLiteral("in_scope"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "In scope"),
                     {QStringLiteral("included"), QStringLiteral("enthalten"), QStringLiteral("inclus")}),
            longText(
                QStringLiteral("out_of_scope"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Out of scope"),
                {QStringLiteral("excluded"), QStringLiteral("ausgeschlossen"), QStringLiteral("exclus")}),
            longText(QStringLiteral("interfaces"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Interfaces and dependencies"),
                     {QStringLiteral("dependencies"),
                      QStringLiteral("Schnittstellen"),
                      QStringLiteral("interfaces")}),
            longText(QStringLiteral("considered"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Issues and requirements considered"),
                     {QStringLiteral("considered"), QStringLiteral("berücksichtigt")}),
            soaVersion,
            enumField(QStringLiteral("climate"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Climate change"),
                      climateDecisions(),
                      Required,
                      {QStringLiteral("climate change"),
                       QStringLiteral("Klimawandel"),
                       QStringLiteral("changement climatique")}),
            longText(QStringLiteral("climate_rationale"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Climate change rationale"),
                     {QStringLiteral("climate rationale"), QStringLiteral("Begründung Klima")}),
            enumField(QStringLiteral("status"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                      scopeStatuses(),
                      Required,
                      {QStringLiteral("statut")}),
            text(QStringLiteral("approved_by"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Approved by"),
                 Filterable,
                 {QStringLiteral("approver"),
                  QStringLiteral("freigegeben von"),
                  QStringLiteral("approuvé par")}),
            approvalDate,
        };
        scope.validate = &validateScope;
        return scope;
    }();
    return spec;
}

} // namespace isms
