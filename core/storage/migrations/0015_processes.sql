-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 15: the processes of the ISMS and their interactions (ISO/IEC 27001:2022 clause 4.4),
-- with the criteria by which each is controlled (8.1) and, for a process provided from outside, its
-- supplier. An interaction links one process to another and says what passes between them; processes
-- feed each other, so interactions may run in a circle, but never from a process to itself and never
-- twice in one direction. Columns are named after the field keys of the registers' EntitySpecs.

CREATE TABLE process (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    purpose TEXT NOT NULL DEFAULT '' CHECK (length(purpose) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    inputs TEXT NOT NULL DEFAULT '' CHECK (length(inputs) <= 20000),
    outputs TEXT NOT NULL DEFAULT '' CHECK (length(outputs) <= 20000),
    criteria TEXT NOT NULL DEFAULT '' CHECK (length(criteria) <= 20000),
    interfaces TEXT NOT NULL DEFAULT '' CHECK (length(interfaces) <= 20000),
    externally_provided INTEGER NOT NULL DEFAULT 0 CHECK (externally_provided IN (0, 1)),
    supplier TEXT NOT NULL DEFAULT '' CHECK (length(supplier) <= 200),
    status TEXT NOT NULL CHECK (status IN ('planned', 'operating', 'retired')),
    last_reviewed TEXT
);

CREATE TABLE process_interaction (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    from_process INTEGER NOT NULL REFERENCES process (id) ON DELETE RESTRICT,
    to_process INTEGER NOT NULL REFERENCES process (id) ON DELETE RESTRICT,
    exchange TEXT NOT NULL DEFAULT '' CHECK (length(exchange) <= 200),
    CHECK (from_process <> to_process),
    UNIQUE (from_process, to_process)
);

CREATE INDEX process_interaction_to_process ON process_interaction (to_process);
