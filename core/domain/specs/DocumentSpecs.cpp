// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Documented information (7.5): the documents of the ISMS, among them the information security policy
// (5.2) and the topic-specific policies (Annex A 5.1), and their versions, each with its file.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/DocumentRules.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec checkItem(const QString &key, const char *label, const char *description)
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Boolean,
                     .flags = Logged | Exported | Importable,
                     .description = description};
}

const EnumSpec &documentTypes()
{
    static const EnumSpec spec{
        QStringLiteral("document_type"),
        {
            {QStringLiteral("policy"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Information security policy"),
             0x6A1B9A,
             {QStringLiteral("security policy"), QStringLiteral("Leitlinie"), QStringLiteral("politique")}},
            {QStringLiteral("topic_policy"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Topic-specific policy"),
             0x8E24AA,
             {QStringLiteral("topic policy"),
              QStringLiteral("Richtlinie"),
              QStringLiteral("politique thématique")}},
            {QStringLiteral("procedure"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Procedure"),
             0x1565C0,
             {QStringLiteral("process description"),
              QStringLiteral("Verfahren"),
              QStringLiteral("procédure")}},
            {QStringLiteral("record"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Record"),
             0x2E7D32,
             {QStringLiteral("Aufzeichnung"), QStringLiteral("Nachweis"), QStringLiteral("enregistrement")}},
            {QStringLiteral("plan"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Plan"),
             0xEF6C00,
             {QStringLiteral("Plan"), QStringLiteral("plan")}},
            {QStringLiteral("external"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "External document"),
             0x757575,
             {QStringLiteral("external"),
              QStringLiteral("externes Dokument"),
              QStringLiteral("document externe")}},
        }};
    return spec;
}

const EnumSpec &documentStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("document_status"),
        {
            {QStringLiteral("draft"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Draft"),
             0x757575,
             {QStringLiteral("Entwurf"), QStringLiteral("brouillon")}},
            {QStringLiteral("in_review"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In review"),
             0x1565C0,
             {QStringLiteral("review"), QStringLiteral("in Prüfung"), QStringLiteral("en revue")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x2E7D32,
             {QStringLiteral("released"),
              QStringLiteral("freigegeben"),
              QStringLiteral("genehmigt"),
              QStringLiteral("approuvé")}},
            {QStringLiteral("obsolete"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Obsolete"),
             0x9E9E9E,
             {QStringLiteral("withdrawn"), QStringLiteral("veraltet"), QStringLiteral("obsolète")}},
        }};
    return spec;
}

const EnumSpec &versionStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("document_version_status"),
        {
            {QStringLiteral("draft"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Draft"),
             0x757575,
             {QStringLiteral("Entwurf"), QStringLiteral("brouillon")}},
            {QStringLiteral("in_review"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In review"),
             0x1565C0,
             {QStringLiteral("review"), QStringLiteral("in Prüfung"), QStringLiteral("en revue")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x2E7D32,
             {QStringLiteral("released"),
              QStringLiteral("freigegeben"),
              QStringLiteral("genehmigt"),
              QStringLiteral("approuvé")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &documentSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("documents"),
        .entity = QStringLiteral("document"),
        .table = QStringLiteral("document"),
        .refPrefix = QStringLiteral("DOC-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Document"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Documents"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "document"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "documents"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("title"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("document"),
                      QStringLiteral("name"),
                      QStringLiteral("Titel"),
                      QStringLiteral("Dokument"),
                      QStringLiteral("titre")}),
                enumeration(QStringLiteral("type"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Type"),
                            documentTypes(),
                            {QStringLiteral("kind"), QStringLiteral("Art"), QStringLiteral("Typ")}),
                {.key = QStringLiteral("clauses"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Clauses"),
                 .flags = DefaultFieldFlags | EditableInTable,
                 .importSynonyms = {QStringLiteral("clause"),
                                    QStringLiteral("requirements"),
                                    QStringLiteral("Kapitel"),
                                    QStringLiteral("Abschnitte"),
                                    QStringLiteral("chapitres")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "The clauses of ISO/IEC 27001 (4 to 10) the document "
                                                  "serves, separated by commas: \"5.2\" or \"6.1.3, 8.3\".")},
                formText(QStringLiteral("topic"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Annex A controls or topic"),
                         {QStringLiteral("controls"),
                          QStringLiteral("topic"),
                          QStringLiteral("Thema"),
                          QStringLiteral("Maßnahmen"),
                          QStringLiteral("thème")}),
                text(QStringLiteral("owner"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                     Filterable | EditableInTable,
                     {QStringLiteral("responsible"),
                      QStringLiteral("Verantwortlich"),
                      QStringLiteral("Eigentümer"),
                      QStringLiteral("responsable")}),
                enumeration(QStringLiteral("status"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                            documentStatuses(),
                            {QStringLiteral("state"), QStringLiteral("statut")}),
                {.key = QStringLiteral("current_version"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Current version"),
                 .flags = InTable | Exported | Derived,
                 .maxLength = 40,
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "The latest approved version of the document, from its "
                                                  "versions.")},
                date(QStringLiteral("next_review"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Next review"),
                     {QStringLiteral("review date"),
                      QStringLiteral("review"),
                      QStringLiteral("nächste Prüfung"),
                      QStringLiteral("prochaine revue")}),
                formText(QStringLiteral("classification"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Classification"),
                         {QStringLiteral("Klassifizierung"), QStringLiteral("Einstufung")}),
                formText(QStringLiteral("retention"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Retention"),
                         {QStringLiteral("retention period"),
                          QStringLiteral("Aufbewahrung"),
                          QStringLiteral("conservation")}),
                formText(
                    QStringLiteral("distribution"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "Distribution"),
                    {QStringLiteral("Verteiler"), QStringLiteral("Verteilung"), QStringLiteral("diffusion")}),
                formText(QStringLiteral("access"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Access"),
                         {QStringLiteral("Zugriff"), QStringLiteral("accès")}),
                formText(QStringLiteral("disposal"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Disposal"),
                         {QStringLiteral("destruction"),
                          QStringLiteral("Vernichtung"),
                          QStringLiteral("Löschung")}),
                checkItem(QStringLiteral("states_objectives"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Policy: sets objectives or how they are set"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec",
                                            "For the information security policy: it states the "
                                            "security objectives, or the frame in which they are set.")),
                checkItem(QStringLiteral("commits_requirements"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Policy: promises to meet requirements"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec",
                                            "For the information security policy: it promises that the "
                                            "requirements that apply to information security will be met.")),
                checkItem(QStringLiteral("commits_improvement"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Policy: promises ongoing improvement"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec",
                                            "For the information security policy: it promises to keep "
                                            "improving the ISMS.")),
                longText(
                    QStringLiteral("notes"),
                    QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                    {QStringLiteral("comment"), QStringLiteral("Bemerkungen"), QStringLiteral("remarques")}),
            },
        .validate = &DocumentRules::validateDocument};
    return spec;
}

const EntitySpec &documentVersionSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("document-versions"),
        .entity = QStringLiteral("document_version"),
        .table = QStringLiteral("document_version"),
        .refPrefix = QStringLiteral("DV-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Document version"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Document versions"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "document version"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "document versions"),
        .fields =
            {
                referenceFieldSpec(),
                {.key = QStringLiteral("document"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Document"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete | ReadOnly,
                 .referenceKind = QStringLiteral("documents"),
                 .importSynonyms = {QStringLiteral("Dokument")}},
                {.key = QStringLiteral("version"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Version"),
                 .flags = DefaultFieldFlags | Required | EditableInTable,
                 .maxLength = 40,
                 .importSynonyms = {QStringLiteral("label"), QStringLiteral("Fassung")}},
                {.key = QStringLiteral("status"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                 .type = FieldType::Enum,
                 .flags = DefaultFieldFlags | Required | Filterable,
                 .enumSpec = &versionStatuses(),
                 .importSynonyms = {QStringLiteral("state"), QStringLiteral("statut")}},
                {.key = QStringLiteral("file_name"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "File"),
                 .flags = DefaultFieldFlags | Required | ReadOnly,
                 .maxLength = 255,
                 .importSynonyms = {QStringLiteral("file"),
                                    QStringLiteral("Datei"),
                                    QStringLiteral("fichier")}},
                {.key = QStringLiteral("size"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Size (bytes)"),
                 .type = FieldType::Integer,
                 .flags = Logged | Exported | ReadOnly,
                 .maximum = 1'000'000'000},
                {.key = QStringLiteral("sha256"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "SHA-256"),
                 .flags = Logged | Exported | Required | ReadOnly,
                 .maxLength = 64},
                text(QStringLiteral("author"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Author"),
                     Filterable,
                     {QStringLiteral("Autor"), QStringLiteral("auteur")}),
                text(QStringLiteral("approver"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Approver"),
                     Filterable,
                     {QStringLiteral("approved by"),
                      QStringLiteral("Freigabe durch"),
                      QStringLiteral("approbateur")}),
                {.key = QStringLiteral("approval_date"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Approval date"),
                 .type = FieldType::Date,
                 .flags = DefaultFieldFlags,
                 .importSynonyms = {QStringLiteral("approved on"),
                                    QStringLiteral("Freigabedatum"),
                                    QStringLiteral("date d'approbation")}},
                longText(QStringLiteral("change_note"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Change note"),
                         {QStringLiteral("changes"),
                          QStringLiteral("Änderungen"),
                          QStringLiteral("modifications")}),
            },
        .validate = &DocumentRules::validateVersion,
        .createdElsewhere = QT_TRANSLATE_NOOP("isms::EntitySpec",
                                              "A document version comes with its file: add it with "
                                              "\"isms-cli add document-versions FILE --document DOC-001 "
                                              "--version 1.0 --file PATH\" or \"Add version…\" on the "
                                              "documents page."),
        .afterRemove = &DocumentRules::afterVersionsRemoved,
        .frozen = &DocumentRules::versionFrozen,
        .seal = &DocumentRules::versionSeal,
        .afterWrite = &DocumentRules::afterVersionsWritten};
    return spec;
}

} // namespace isms
