-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 14: the document control of the reports (7.5.2, 7.5.3): for each report the program
-- prints, the document id, version, status and approval that its cover and footers show, kept in the
-- project and logged like any register, so that no report prints a version the project never gave it.
-- Columns are named after the field keys of the register's EntitySpec.

CREATE TABLE document_control (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    report TEXT NOT NULL UNIQUE
        CHECK (report IN ('control-status', 'risk-report', 'treatment-plan', 'readiness')),
    document_id TEXT NOT NULL CHECK (length(document_id) BETWEEN 1 AND 40),
    version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 20),
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'withdrawn')),
    approved_by TEXT NOT NULL DEFAULT '' CHECK (length(approved_by) <= 200),
    approval_date TEXT,
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);
