-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 23: every report the program prints can be put under document control. Version 14
-- knew four reports; the RACI matrix, the process map, the metrics report and the reports of the
-- audit and improvement registers printed "Working draft" whatever the project said. SQLite cannot
-- change a CHECK constraint in place, so the table is rebuilt with its rows, ids and sequence kept.

CREATE TABLE document_control_next (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    report TEXT NOT NULL UNIQUE
        CHECK (report IN ('control-status', 'risk-report', 'treatment-plan', 'readiness', 'raci',
                          'processes', 'metrics', 'audit-report', 'review-minutes', 'nonconformities',
                          'audit-pack')),
    document_id TEXT NOT NULL CHECK (length(document_id) BETWEEN 1 AND 40),
    version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 20),
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'withdrawn')),
    approved_by TEXT NOT NULL DEFAULT '' CHECK (length(approved_by) <= 200),
    approval_date TEXT,
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

INSERT INTO document_control_next (id, ref, report, document_id, version, status, approved_by,
                                   approval_date, notes)
    SELECT id, ref, report, document_id, version, status, approved_by, approval_date, notes
    FROM document_control;

DROP TABLE document_control;
ALTER TABLE document_control_next RENAME TO document_control;
