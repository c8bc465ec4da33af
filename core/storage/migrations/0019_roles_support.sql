-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 19: roles and responsibilities (clause 5.3) and support (7.2 to 7.4).
-- A role names who holds it and a deputy, its responsibilities and authorities, how and when it was
-- communicated, and whether it carries one of the two assignments 5.3 asks for (the ISMS conforms to
-- the standard; its performance is reported to top management). The RACI matrix stores one link per
-- role and process with its letter. Competences say what a role needs and whether a person holding it
-- has it; trainings record training and awareness with the evaluation of their effectiveness; the
-- communication plan says what is communicated, when, to whom, by whom and how.
-- Columns are named after the field keys of the registers' EntitySpecs.

CREATE TABLE role (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    responsibilities TEXT NOT NULL DEFAULT '' CHECK (length(responsibilities) <= 20000),
    authorities TEXT NOT NULL DEFAULT '' CHECK (length(authorities) <= 20000),
    holder INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    deputy INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    ensures_conformity INTEGER NOT NULL DEFAULT 0 CHECK (ensures_conformity IN (0, 1)),
    reports_performance INTEGER NOT NULL DEFAULT 0 CHECK (reports_performance IN (0, 1)),
    communicated_how TEXT NOT NULL DEFAULT '' CHECK (length(communicated_how) <= 200),
    communicated_on TEXT,
    CHECK (holder IS NULL OR deputy IS NULL OR holder <> deputy)
);

CREATE TABLE raci_assignment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    process INTEGER NOT NULL REFERENCES process (id) ON DELETE RESTRICT,
    role INTEGER NOT NULL REFERENCES role (id) ON DELETE RESTRICT,
    letter TEXT NOT NULL CHECK (letter IN ('R', 'A', 'C', 'I')),
    UNIQUE (process, role)
);

CREATE INDEX raci_assignment_role ON raci_assignment (role);

CREATE TABLE competence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    role INTEGER NOT NULL REFERENCES role (id) ON DELETE RESTRICT,
    competence TEXT NOT NULL CHECK (length(competence) BETWEEN 1 AND 200),
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    level TEXT NOT NULL CHECK (level IN ('missing', 'partly', 'held')),
    determined_how TEXT NOT NULL DEFAULT '' CHECK (length(determined_how) <= 20000),
    assessed_on TEXT
);

CREATE TABLE training (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('training', 'awareness', 'other')),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    campaign TEXT NOT NULL DEFAULT '' CHECK (length(campaign) <= 200),
    training_date TEXT,
    competence INTEGER REFERENCES competence (id) ON DELETE RESTRICT,
    effectiveness TEXT NOT NULL CHECK (effectiveness IN ('not-evaluated', 'effective', 'not-effective')),
    evaluated_on TEXT,
    evaluation_note TEXT NOT NULL DEFAULT '' CHECK (length(evaluation_note) <= 20000)
);

CREATE INDEX training_person ON training (person);

CREATE TABLE communication (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    timing TEXT NOT NULL DEFAULT '' CHECK (length(timing) <= 200),
    planned_date TEXT,
    audience TEXT NOT NULL DEFAULT '' CHECK (length(audience) <= 200),
    communicator INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    channel TEXT NOT NULL DEFAULT '' CHECK (length(channel) <= 200),
    last_done TEXT
);
