// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

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
    static const EntitySpec spec{
        .key = QStringLiteral("treatment-tasks"),
        .entity = QStringLiteral("treatment_task"),
        .table = QStringLiteral("treatment_task"),
        .refPrefix = QStringLiteral("TT-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Treatment task"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Treatment tasks"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "treatment task"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "treatment tasks"),
        .fields = {
            referenceFieldSpec(),
            {.key = QStringLiteral("risk"),
             .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk"),
             .type = FieldType::Reference,
             .flags = DefaultFieldFlags | Required | Filterable | CascadeDelete,
             .referenceKind = QStringLiteral("risks"),
             .importSynonyms = {QStringLiteral("Risiko"), QStringLiteral("risque")}},
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Task"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("title"),
                  QStringLiteral("action"),
                  QStringLiteral("Aufgabe"),
                  QStringLiteral("Maßnahme"),
                  QStringLiteral("tâche")}),
            ownerText(),
            date(QStringLiteral("due_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                 {QStringLiteral("due"),
                  QStringLiteral("deadline"),
                  QStringLiteral("Termin"),
                  QStringLiteral("Fälligkeit"),
                  QStringLiteral("échéance")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        taskStatuses(),
                        {QStringLiteral("state"), QStringLiteral("Zustand"), QStringLiteral("statut")}),
            longText(QStringLiteral("notes"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                     {QStringLiteral("comment"), QStringLiteral("Bemerkung"), QStringLiteral("remarques")}),
        }};
    return spec;
}

} // namespace isms
