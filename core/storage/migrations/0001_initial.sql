-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 1: the project, the Annex A 2022 and clause catalogues, requirement tracking and
-- the change log. Statements end with a semicolon at the end of a line; no trigger bodies here.

CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    organisation TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
    catalogue_edition TEXT NOT NULL,
    created_utc TEXT NOT NULL
);

CREATE TABLE annex_a_control (
    ref TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    theme TEXT NOT NULL CHECK (theme IN ('Organizational', 'People', 'Physical', 'Technological')),
    control_types TEXT NOT NULL,
    security_properties TEXT NOT NULL,
    cybersecurity_concepts TEXT NOT NULL,
    operational_capabilities TEXT NOT NULL,
    security_domains TEXT NOT NULL,
    new_in_2022 INTEGER NOT NULL CHECK (new_in_2022 IN (0, 1))
);

CREATE TABLE clause (
    ref TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    parent_ref TEXT REFERENCES clause (ref),
    documented_information TEXT NOT NULL DEFAULT ''
);

CREATE TABLE requirement (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('clause', 'control')),
    ref TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not-started'
        CHECK (status IN ('not-started', 'planned', 'partial', 'implemented', 'not-applicable')),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    target_date TEXT,
    UNIQUE (kind, ref)
);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX change_log_by_record ON change_log (entity, entity_id, field, seq);
