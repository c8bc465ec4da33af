-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 25: internal audit (9.2). The audit programme spans a cycle of years with its
-- objectives, methods and weighting, an owner from the people register and the date its results were
-- reported to management. An audit belongs to a programme and covers clauses and Annex A controls
-- (two link tables), with a lead auditor and further auditors (a link table to people), planned and
-- actual dates in order, and a report date once reported. Checklist items and findings are children of
-- their audit; a finding may name the checklist item it came from. Columns are named after field keys.

CREATE TABLE audit_programme (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    cycle_start TEXT NOT NULL CHECK (length(cycle_start) = 10),
    cycle_end TEXT NOT NULL CHECK (length(cycle_end) = 10),
    objectives TEXT NOT NULL DEFAULT '' CHECK (length(objectives) <= 20000),
    methods TEXT NOT NULL DEFAULT '' CHECK (length(methods) <= 20000),
    weighting TEXT NOT NULL DEFAULT '' CHECK (length(weighting) <= 20000),
    owner INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    reported_on TEXT CHECK (reported_on IS NULL OR length(reported_on) = 10),
    reported_to INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'completed')),
    CHECK (cycle_end >= cycle_start)
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    programme INTEGER REFERENCES audit_programme (id) ON DELETE RESTRICT,
    full_scope INTEGER NOT NULL DEFAULT 0 CHECK (full_scope IN (0, 1)),
    scope TEXT NOT NULL DEFAULT '' CHECK (length(scope) <= 20000),
    criteria TEXT NOT NULL DEFAULT '' CHECK (length(criteria) <= 20000),
    method TEXT NOT NULL CHECK (method IN ('on_site', 'remote', 'document_review', 'combined')),
    planned_start TEXT CHECK (planned_start IS NULL OR length(planned_start) = 10),
    planned_end TEXT CHECK (planned_end IS NULL OR length(planned_end) = 10),
    actual_start TEXT CHECK (actual_start IS NULL OR length(actual_start) = 10),
    actual_end TEXT CHECK (actual_end IS NULL OR length(actual_end) = 10),
    lead_auditor INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'reported', 'closed')),
    report_date TEXT CHECK (report_date IS NULL OR length(report_date) = 10),
    conclusion TEXT NOT NULL DEFAULT '' CHECK (length(conclusion) <= 20000)
);

CREATE INDEX audit_programme_index ON audit (programme);

CREATE TABLE audit_clause (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    audit INTEGER NOT NULL REFERENCES audit (id) ON DELETE RESTRICT,
    clause TEXT NOT NULL CHECK (length(clause) BETWEEN 1 AND 10),
    UNIQUE (audit, clause)
);

CREATE TABLE audit_control (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    audit INTEGER NOT NULL REFERENCES audit (id) ON DELETE RESTRICT,
    control TEXT NOT NULL CHECK (length(control) BETWEEN 3 AND 10),
    UNIQUE (audit, control)
);

CREATE INDEX audit_control_control ON audit_control (control);

CREATE TABLE audit_auditor (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    audit INTEGER NOT NULL REFERENCES audit (id) ON DELETE RESTRICT,
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    UNIQUE (audit, person)
);

CREATE TABLE checklist_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    audit INTEGER NOT NULL REFERENCES audit (id) ON DELETE RESTRICT,
    requirement TEXT NOT NULL CHECK (length(requirement) BETWEEN 1 AND 40),
    question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 20000),
    result TEXT NOT NULL
        CHECK (result IN ('not_assessed', 'conforming', 'nonconformity', 'observation', 'improvement')),
    grade TEXT NOT NULL DEFAULT '' CHECK (grade IN ('', 'major', 'minor')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    evidence TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 20000)
);

CREATE INDEX checklist_item_audit ON checklist_item (audit);

CREATE TABLE finding (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    audit INTEGER NOT NULL REFERENCES audit (id) ON DELETE RESTRICT,
    type TEXT NOT NULL CHECK (type IN ('major_nc', 'minor_nc', 'observation', 'improvement')),
    requirement TEXT NOT NULL DEFAULT '' CHECK (length(requirement) <= 40),
    description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 20000),
    evidence TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 20000),
    checklist_item INTEGER REFERENCES checklist_item (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_treatment', 'closed'))
);

CREATE INDEX finding_audit ON finding (audit);
