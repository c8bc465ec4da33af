-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 4: the first registers on the declarative framework (threats and vulnerabilities)
-- and the reference counter that keeps references from being reused after a deletion. Columns are
-- named after the field keys of the registers' EntitySpecs. The data step copies in the program's
-- threat and vulnerability catalogues, logged as creations.

CREATE TABLE record_counter (
    entity TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE threat (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    category TEXT NOT NULL
        CHECK (category IN ('natural', 'human-deliberate', 'human-accidental', 'technical', 'environmental')),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    sources TEXT NOT NULL DEFAULT '' CHECK (length(sources) <= 200)
);

CREATE TABLE vulnerability (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    category TEXT NOT NULL
        CHECK (category IN ('organisational', 'people', 'physical', 'technical', 'supplier')),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000)
);
