-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 8: evidence files stored in the project file. The bytes are stored once per SHA-256
-- (evidence_blob), however often they are attached; each attachment is a record of the evidence
-- register (evidence) that names the record it proves by its register's key and its reference
-- ("controls" and "5.1", "risks" and "R-001"). The program keeps both in step and logs every
-- attachment and removal; `check` recomputes every hash. The size limit per file is a setting of the
-- project (evidence_setting), 50 MB unless changed.

CREATE TABLE evidence_blob (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    data BLOB NOT NULL
);

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    record_ref TEXT NOT NULL CHECK (length(record_ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    media_type TEXT NOT NULL DEFAULT '' CHECK (length(media_type) <= 200),
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL REFERENCES evidence_blob (sha256) ON DELETE RESTRICT,
    evidence_date TEXT CHECK (evidence_date IS NULL OR length(evidence_date) = 10),
    expires TEXT CHECK (expires IS NULL OR length(expires) = 10),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

CREATE INDEX evidence_target ON evidence (kind, record_ref);

CREATE INDEX evidence_sha256 ON evidence (sha256);

CREATE TABLE evidence_setting (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    max_file_size INTEGER NOT NULL CHECK (max_file_size BETWEEN 1 AND 1000000000)
);

INSERT INTO evidence_setting (id, max_file_size) VALUES (1, 52428800);
