-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 22: documented information (7.5) and the policy parts of leadership (5.1, 5.2).
-- Documents (policies, topic-specific policies, procedures, records, plans, external documents) with
-- their owner, classification, retention, review date, distribution, access and disposal; their
-- versions, each with its file stored in the project (the bytes in evidence_blob, once per SHA-256),
-- author, approver and approval date; an approved version never changes, and its approval is logged
-- with a hash of its fields and file. Acknowledgements record who read which policy and how it reached
-- them. Leadership duties are top management's commitment (5.1) as a checklist, one row per duty,
-- seeded by the program. Columns are named after the field keys of the registers' EntitySpecs.

CREATE TABLE document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    type TEXT NOT NULL
        CHECK (type IN ('policy', 'topic_policy', 'procedure', 'record', 'plan', 'external')),
    clauses TEXT NOT NULL DEFAULT '' CHECK (length(clauses) <= 200),
    topic TEXT NOT NULL DEFAULT '' CHECK (length(topic) <= 200),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'obsolete')),
    current_version TEXT NOT NULL DEFAULT '' CHECK (length(current_version) <= 40),
    next_review TEXT CHECK (next_review IS NULL OR length(next_review) = 10),
    classification TEXT NOT NULL DEFAULT '' CHECK (length(classification) <= 200),
    retention TEXT NOT NULL DEFAULT '' CHECK (length(retention) <= 200),
    distribution TEXT NOT NULL DEFAULT '' CHECK (length(distribution) <= 200),
    access TEXT NOT NULL DEFAULT '' CHECK (length(access) <= 200),
    disposal TEXT NOT NULL DEFAULT '' CHECK (length(disposal) <= 200),
    states_objectives INTEGER NOT NULL DEFAULT 0 CHECK (states_objectives IN (0, 1)),
    commits_requirements INTEGER NOT NULL DEFAULT 0 CHECK (commits_requirements IN (0, 1)),
    commits_improvement INTEGER NOT NULL DEFAULT 0 CHECK (commits_improvement IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

CREATE TABLE document_version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    document INTEGER NOT NULL REFERENCES document (id) ON DELETE RESTRICT,
    version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 40),
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved')),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
    approver TEXT NOT NULL DEFAULT '' CHECK (length(approver) <= 200),
    approval_date TEXT CHECK (approval_date IS NULL OR length(approval_date) = 10),
    change_note TEXT NOT NULL DEFAULT '' CHECK (length(change_note) <= 20000)
);

CREATE INDEX document_version_document ON document_version (document);

CREATE INDEX document_version_sha256 ON document_version (sha256);

CREATE TABLE acknowledgement (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    document INTEGER NOT NULL REFERENCES document (id) ON DELETE RESTRICT,
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    acknowledged_on TEXT CHECK (acknowledged_on IS NULL OR length(acknowledged_on) = 10),
    channel TEXT NOT NULL
        CHECK (channel IN ('email', 'intranet', 'meeting', 'training', 'signed_copy', 'other')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

CREATE INDEX acknowledgement_document ON acknowledgement (document);

CREATE INDEX acknowledgement_person ON acknowledgement (person);

CREATE TABLE leadership_duty (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    duty TEXT NOT NULL CHECK (length(duty) BETWEEN 1 AND 200),
    item TEXT NOT NULL DEFAULT '' CHECK (length(item) <= 20),
    status TEXT NOT NULL CHECK (status IN ('not_shown', 'partly_shown', 'shown')),
    how_shown TEXT NOT NULL DEFAULT '' CHECK (length(how_shown) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    last_reviewed TEXT CHECK (last_reviewed IS NULL OR length(last_reviewed) = 10)
);
