-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 11: the context of the organisation (ISO/IEC 27001:2022 clause 4) as registers: the
-- internal and external issues (4.1), the interested parties with their requirements and whether the
-- ISMS addresses them (4.2), and the scope (4.3) with its approval and the decision whether climate
-- change is a relevant issue (Amendment 1 of 2024). Columns are named after the field keys of the
-- registers' EntitySpecs.

CREATE TABLE context_issue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    origin TEXT NOT NULL CHECK (origin IN ('internal', 'external')),
    category TEXT NOT NULL DEFAULT ''
        CHECK (category IN ('', 'strategic', 'organisational', 'people', 'technological', 'legal',
                            'economic', 'social', 'environmental')),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    effect TEXT NOT NULL DEFAULT '' CHECK (length(effect) <= 20000),
    related_risks TEXT NOT NULL DEFAULT '' CHECK (length(related_risks) <= 200),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    status TEXT NOT NULL CHECK (status IN ('current', 'watched', 'closed')),
    last_reviewed TEXT
);

CREATE TABLE interested_party (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    side TEXT NOT NULL CHECK (side IN ('internal', 'external')),
    requirements TEXT NOT NULL DEFAULT '' CHECK (length(requirements) <= 20000),
    obligation TEXT NOT NULL DEFAULT ''
        CHECK (obligation IN ('', 'legal', 'regulatory', 'contractual', 'voluntary')),
    addressed TEXT NOT NULL CHECK (addressed IN ('undecided', 'yes', 'partly', 'no')),
    how_addressed TEXT NOT NULL DEFAULT '' CHECK (length(how_addressed) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    last_reviewed TEXT
);

CREATE TABLE isms_scope (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 20000),
    sites TEXT NOT NULL DEFAULT '' CHECK (length(sites) <= 20000),
    boundaries TEXT NOT NULL DEFAULT '' CHECK (length(boundaries) <= 20000),
    in_scope TEXT NOT NULL DEFAULT '' CHECK (length(in_scope) <= 20000),
    out_of_scope TEXT NOT NULL DEFAULT '' CHECK (length(out_of_scope) <= 20000),
    interfaces TEXT NOT NULL DEFAULT '' CHECK (length(interfaces) <= 20000),
    considered TEXT NOT NULL DEFAULT '' CHECK (length(considered) <= 20000),
    soa_version INTEGER CHECK (soa_version BETWEEN 1 AND 9999),
    climate TEXT NOT NULL CHECK (climate IN ('undecided', 'relevant', 'not-relevant')),
    climate_rationale TEXT NOT NULL DEFAULT '' CHECK (length(climate_rationale) <= 20000),
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'superseded')),
    approved_by TEXT NOT NULL DEFAULT '' CHECK (length(approved_by) <= 200),
    approval_date TEXT
);
