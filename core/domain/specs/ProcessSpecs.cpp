// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The processes of the ISMS and their interactions (clause 4.4), controlled by criteria (8.1).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/ProcessMap.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec processEnd(const QString &key, const char *label, QStringList synonyms)
{
    // A link: created and deleted, never changed (REGISTERS.md decision 4), so both ends are ReadOnly.
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Reference,
                     .flags = DefaultFieldFlags | Required | Filterable | ReadOnly,
                     .referenceKind = QStringLiteral("processes"),
                     .importSynonyms = std::move(synonyms)};
}

const EnumSpec &processStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("process_status"),
        {
            {QStringLiteral("operating"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Operating"),
             0x2E7D32,
             {QStringLiteral("active"),
              QStringLiteral("in place"),
              QStringLiteral("in Betrieb"),
              QStringLiteral("aktiv"),
              QStringLiteral("en service"),
              QStringLiteral("actif")}},
            {QStringLiteral("planned"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
             0xEF6C00,
             {QStringLiteral("geplant"), QStringLiteral("prévu"), QStringLiteral("planifié")}},
            {QStringLiteral("retired"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Retired"),
             0x9E9E9E,
             {QStringLiteral("obsolete"),
              QStringLiteral("eingestellt"),
              QStringLiteral("außer Betrieb"),
              QStringLiteral("abandonné")}},
        }};
    return spec;
}

/// A process provided from outside the organisation names its supplier (8.1: externally provided
/// processes are controlled, so who provides them is known).
Result<void> validateProcess(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const bool external = record.values.at(spec.indexOf(u"externally_provided")).toBool();
    if (external && record.values.at(spec.indexOf(u"supplier")).toString().trimmed().isEmpty()) {
        return invalid(QCoreApplication::translate("isms::ProcessSpecs",
                                                   "A process provided from outside names its supplier; "
                                                   "fill in \"Supplier\", or mark the process as run "
                                                   "in-house."));
    }
    return {};
}

} // namespace

const EntitySpec &processSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec process{
            .key = QStringLiteral("processes"),
            .entity = QStringLiteral("process"),
            .table = QStringLiteral("process"),
            .refPrefix = QStringLiteral("PR-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Process"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "ISMS processes"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "process"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "processes"),
            .fields = {},
        };
        FieldSpec external{.key = QStringLiteral("externally_provided"),
                           .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Externally provided"),
                           .type = FieldType::Boolean,
                           .flags = DefaultFieldFlags | Filterable | EditableInTable,
                           .importSynonyms = {QStringLiteral("external"),
                                              QStringLiteral("outsourced"),
                                              QStringLiteral("extern bereitgestellt"),
                                              QStringLiteral("ausgelagert"),
                                              QStringLiteral("externalisé"),
                                              QStringLiteral("fourni par un tiers")},
                           .description =
                               QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                 "Whether another organisation runs the process for you; it "
                                                 "then names its supplier.")};
        FieldSpec lastReviewed = date(QStringLiteral("last_reviewed"),
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Last reviewed"),
                                      {QStringLiteral("last review"),
                                       QStringLiteral("letzte Prüfung"),
                                       QStringLiteral("dernière revue")});
        process.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Process"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("process"),
                  QStringLiteral("title"),
                  QStringLiteral("Prozess"),
                  QStringLiteral("processus")}),
            longText(QStringLiteral("purpose"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Purpose"),
                     {QStringLiteral("description"), QStringLiteral("Zweck"), QStringLiteral("finalité")}),
            text(QStringLiteral("owner"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                 Filterable | EditableInTable,
                 {QStringLiteral("responsible"),
                  QStringLiteral("process owner"),
                  QStringLiteral("Verantwortlich"),
                  QStringLiteral("Prozesseigner"),
                  QStringLiteral("responsable"),
                  QStringLiteral("propriétaire")}),
            longText(QStringLiteral("inputs"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Inputs"),
                     {QStringLiteral("input"), QStringLiteral("Eingaben"), QStringLiteral("entrées")}),
            longText(QStringLiteral("outputs"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Outputs"),
                     {QStringLiteral("output"),
                      QStringLiteral("results"),
                      QStringLiteral("Ergebnisse"),
                      QStringLiteral("sorties")}),
            longText(QStringLiteral("criteria"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Criteria and control"),
                     {QStringLiteral("process criteria"),
                      QStringLiteral("controls"),
                      QStringLiteral("Kriterien"),
                      QStringLiteral("Steuerung"),
                      QStringLiteral("critères")},
                     QT_TRANSLATE_NOOP("isms::FieldSpec",
                                       "How the process is controlled (8.1): the criteria it must meet and "
                                       "how you know it meets them.")),
            longText(QStringLiteral("interfaces"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Interfaces"),
                     {QStringLiteral("dependencies"),
                      QStringLiteral("Schnittstellen"),
                      QStringLiteral("interfaces")}),
            external,
            text(QStringLiteral("supplier"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Supplier"),
                 Filterable,
                 {QStringLiteral("provider"),
                  QStringLiteral("Lieferant"),
                  QStringLiteral("Dienstleister"),
                  QStringLiteral("fournisseur"),
                  QStringLiteral("prestataire")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        processStatuses(),
                        {QStringLiteral("state"), QStringLiteral("statut")}),
            lastReviewed,
        };
        process.validate = &validateProcess;
        return process;
    }();
    return spec;
}

const EntitySpec &processInteractionSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("process-interactions"),
        .entity = QStringLiteral("process_interaction"),
        .table = QStringLiteral("process_interaction"),
        .refPrefix = QStringLiteral("PI-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Process interaction"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Process interactions"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "process interaction"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "process interactions"),
        .fields =
            {
                referenceFieldSpec(ReadOnly),
                processEnd(QStringLiteral("from_process"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "From process"),
                           {QStringLiteral("from"),
                            QStringLiteral("source"),
                            QStringLiteral("von"),
                            QStringLiteral("von Prozess"),
                            QStringLiteral("de"),
                            QStringLiteral("processus source")}),
                processEnd(QStringLiteral("to_process"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "To process"),
                           {QStringLiteral("to"),
                            QStringLiteral("target"),
                            QStringLiteral("an"),
                            QStringLiteral("an Prozess"),
                            QStringLiteral("vers"),
                            QStringLiteral("processus cible")}),
                text(QStringLiteral("exchange"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "What passes between them"),
                     Filterable | EditableInTable,
                     {QStringLiteral("what passes"),
                      QStringLiteral("passes"),
                      QStringLiteral("label"),
                      QStringLiteral("Übergabe"),
                      QStringLiteral("Austausch"),
                      QStringLiteral("échange")}),
            },
        .validate = &ProcessMap::validateInteraction,
        .validateBatch = &ProcessMap::validateInteractions};
    return spec;
}

} // namespace isms
