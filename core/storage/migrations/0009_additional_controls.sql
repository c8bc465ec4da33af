-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 9: controls that the organisation found necessary beyond Annex A (a sector rule,
-- ISO/IEC 27017 or 27018, its own), added to the Statement of Applicability with their own
-- references ("AC-001"), the source they come from and the same applicability and tracking fields as an
-- Annex A control. Columns are named after the field keys of the register's EntitySpec.

CREATE TABLE additional_control (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    source_ref TEXT NOT NULL DEFAULT '' CHECK (length(source_ref) <= 60),
    requirement TEXT NOT NULL DEFAULT '' CHECK (length(requirement) <= 20000),
    status TEXT NOT NULL DEFAULT 'not-started'
        CHECK (status IN ('not-started', 'planned', 'partial', 'implemented', 'not-applicable')),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    target_date TEXT,
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    applicable INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
    reasons TEXT NOT NULL DEFAULT '' CHECK (length(reasons) <= 200),
    justification TEXT NOT NULL DEFAULT '' CHECK (length(justification) <= 20000),
    implementation TEXT NOT NULL DEFAULT '' CHECK (length(implementation) <= 20000),
    last_reviewed TEXT
);
