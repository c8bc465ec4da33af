// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Dated risk assessment runs (8.2, 8.3): each run freezes the method and the risk register as they
// stood. The fields here are the run's record; the frozen register itself is kept beside it
// (AssessmentRunService), so every field is fixed once the run is recorded.
#include "domain/Entities.h"

#include <QtGlobal>

namespace isms {

namespace {

/// Shown and logged, never imported or changed: a run is recorded by AssessmentRunService.
constexpr quint32 Fixed = Logged | InTable | Exported | ReadOnly;

} // namespace

const EntitySpec &assessmentRunSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("assessment-runs"),
        .entity = QStringLiteral("assessment_run"),
        .table = QStringLiteral("assessment_run"),
        .refPrefix = QStringLiteral("RUN-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Assessment run"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Assessment runs"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "assessment run"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "assessment runs"),
        .fields =
            {
                FieldSpec{.key = QStringLiteral("ref"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Reference"),
                          .flags = Fixed | Required | Unique | Filterable,
                          .maxLength = 20},
                {.key = QStringLiteral("run_date"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Assessed on"),
                 .type = FieldType::Date,
                 .flags = Fixed | Required | Filterable},
                {.key = QStringLiteral("scope"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Scope"),
                 .flags = Fixed | Required | Filterable,
                 .maxLength = 2000},
                {.key = QStringLiteral("performed_by"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Performed by"),
                 .flags = Fixed | Required | Filterable,
                 .maxLength = 200},
                {.key = QStringLiteral("risk_count"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Risks"),
                 .type = FieldType::Integer,
                 .flags = Fixed | Required,
                 .minimum = 0,
                 .maximum = 10000000},
                {.key = QStringLiteral("above_threshold"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Above threshold"),
                 .type = FieldType::Integer,
                 .flags = Fixed | Required,
                 .minimum = 0,
                 .maximum = 10000000,
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "Risks whose residual level was above the acceptance "
                                                  "threshold when the run was recorded")},
                {.key = QStringLiteral("notes"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                 .type = FieldType::MultilineText,
                 .flags = Logged | Exported | ReadOnly,
                 .maxLength = 20000},
                {.key = QStringLiteral("sha256"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "SHA-256"),
                 .flags = Logged | Exported | Required | ReadOnly,
                 .maxLength = 64,
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "The fingerprint of the frozen method and register; "
                                                  "\"isms-cli check\" recomputes it")},
            },
        .createdElsewhere = QT_TRANSLATE_NOOP("isms::EntitySpec",
                                              "An assessment run freezes the whole risk register: record "
                                              "one with \"isms-cli run-assessment FILE --scope TEXT --by "
                                              "NAME\" or \"Record assessment run…\" on its page rather "
                                              "than adding or importing rows."),
        .alwaysFrozen =
            QT_TRANSLATE_NOOP("isms::EntitySpec",
                              "An assessment run is frozen as it was recorded and cannot be changed "
                              "or removed; record a new run instead.")};
    return spec;
}

} // namespace isms
