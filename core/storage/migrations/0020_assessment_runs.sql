-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 20: dated risk assessment runs (clauses 8.2 and 8.3). A run records when the risks
-- were assessed, for which scope and by whom, and freezes the method and the whole risk register as
-- they stood (risks with their current and residual levels, treatment, owners, sign-offs and tasks) as
-- canonical JSON with its SHA-256, like an issued SoA version. A run is never changed or removed: the
-- program has no path that does, and `check` recomputes the hash and compares the run with the change
-- log. Planned changes gain the date on which they were implemented, so that a significant change made
-- after the latest run calls for a new one. Columns are named after the field keys of the EntitySpecs.

CREATE TABLE assessment_run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    run_date TEXT NOT NULL CHECK (length(run_date) = 10),
    scope TEXT NOT NULL CHECK (length(scope) BETWEEN 1 AND 2000),
    performed_by TEXT NOT NULL CHECK (length(performed_by) BETWEEN 1 AND 200),
    risk_count INTEGER NOT NULL CHECK (risk_count >= 0),
    above_threshold INTEGER NOT NULL CHECK (above_threshold >= 0),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
);

CREATE TABLE assessment_run_snapshot (
    run INTEGER PRIMARY KEY REFERENCES assessment_run (id),
    content TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
);

ALTER TABLE planned_change ADD COLUMN implemented_date TEXT;
