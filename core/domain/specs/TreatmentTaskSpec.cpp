// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"

#include <QtGlobal>

namespace isms {

namespace {

const EnumSpec &taskStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("task_status"),
        {
            {QStringLiteral("open"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
             0x757575,
             {QStringLiteral("to do"),
              QStringLiteral("new"),
              QStringLiteral("offen"),
              QStringLiteral("ouvert")}},
            {QStringLiteral("in-progress"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
             0x1565C0,
             {QStringLiteral("started"), QStringLiteral("in Arbeit"), QStringLiteral("en cours")}},
            {QStringLiteral("done"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
             0x2E7D32,
             {QStringLiteral("complete"),
              QStringLiteral("completed"),
              QStringLiteral("erledigt"),
              QStringLiteral("abgeschlossen"),
              QStringLiteral("terminé")}},
            {QStringLiteral("cancelled"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Cancelled"),
             0x9E9E9E,
             {QStringLiteral("canceled"), QStringLiteral("abgebrochen"), QStringLiteral("annulé")}},
        }};
    return spec;
}

} // namespace

const EntitySpec &treatmentTaskSpec()
{
    static const EntitySpec spec{.key = QStringLiteral("treatment-tasks"),
                                 .entity = QStringLiteral("treatment_task"),
                                 .table = QStringLiteral("treatment_task"),
                                 .refPrefix = QStringLiteral("TT-"),
                                 .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Treatment task"),
                                 .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Treatment tasks"),
                                 .singularInSentence =
                                     QT_TRANSLATE_NOOP("isms::EntitySpec", "treatment task"),
                                 .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "treatment tasks"),
                                 .fields = {
                                     referenceFieldSpec(),
                                     {.key = QStringLiteral("risk"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk"),
                                      .type = FieldType::Reference,
                                      .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete,
                                      .referenceKind = QStringLiteral("risks"),
                                      .importSynonyms = {QStringLiteral("Risiko"), QStringLiteral("risque")}},
                                     {.key = QStringLiteral("title"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Task"),
                                      .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                                      .importSynonyms = {QStringLiteral("title"),
                                                         QStringLiteral("action"),
                                                         QStringLiteral("Aufgabe"),
                                                         QStringLiteral("Maßnahme"),
                                                         QStringLiteral("tâche")}},
                                     {.key = QStringLiteral("owner"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                                      .flags = DefaultFieldFlags | Filterable | EditableInTable,
                                      .importSynonyms = {QStringLiteral("responsible"),
                                                         QStringLiteral("Verantwortlich"),
                                                         QStringLiteral("responsable")}},
                                     {.key = QStringLiteral("due_date"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                                      .type = FieldType::Date,
                                      .flags = DefaultFieldFlags | EditableInTable,
                                      .importSynonyms = {QStringLiteral("due"),
                                                         QStringLiteral("deadline"),
                                                         QStringLiteral("Termin"),
                                                         QStringLiteral("Fälligkeit"),
                                                         QStringLiteral("échéance")}},
                                     {.key = QStringLiteral("status"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                                      .type = FieldType::Enum,
                                      .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                                      .enumSpec = &taskStatuses(),
                                      .importSynonyms = {QStringLiteral("state"),
                                                         QStringLiteral("Zustand"),
                                                         QStringLiteral("statut")}},
                                     {.key = QStringLiteral("notes"),
                                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                                      .type = FieldType::MultilineText,
                                      .flags = Logged | Exported | Importable,
                                      .maxLength = 20000,
                                      .importSynonyms = {QStringLiteral("comment"),
                                                         QStringLiteral("Bemerkung"),
                                                         QStringLiteral("remarques")}},
                                 }};
    return spec;
}

} // namespace isms
