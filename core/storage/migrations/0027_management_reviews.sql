-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 27: management reviews (ISO/IEC 27001:2022 clause 9.3). A review is planned, held and
-- then its minutes are approved; its chair and attendees are people of the people register, so that the
-- presence of top management can be checked. Each of the nine inputs of 9.3.2 has a column for the
-- discussion it led to. When a review is held, the inputs as the project then stood are frozen beside
-- it as canonical JSON with its SHA-256 (like an assessment run) and never change again. The outputs of
-- 9.3.3 are review actions, children of their review, one of which may have become a planned change.
-- Columns are named after the field keys of the registers' EntitySpecs.

CREATE TABLE management_review (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    planned_date TEXT,
    held_on TEXT,
    chair INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'minutes-approved')),
    minutes_approved_by INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    minutes_approved_on TEXT,
    notes_actions TEXT NOT NULL DEFAULT '' CHECK (length(notes_actions) <= 20000),
    notes_context TEXT NOT NULL DEFAULT '' CHECK (length(notes_context) <= 20000),
    notes_nonconformities TEXT NOT NULL DEFAULT '' CHECK (length(notes_nonconformities) <= 20000),
    notes_monitoring TEXT NOT NULL DEFAULT '' CHECK (length(notes_monitoring) <= 20000),
    notes_audits TEXT NOT NULL DEFAULT '' CHECK (length(notes_audits) <= 20000),
    notes_objectives TEXT NOT NULL DEFAULT '' CHECK (length(notes_objectives) <= 20000),
    notes_feedback TEXT NOT NULL DEFAULT '' CHECK (length(notes_feedback) <= 20000),
    notes_risks TEXT NOT NULL DEFAULT '' CHECK (length(notes_risks) <= 20000),
    notes_improvement TEXT NOT NULL DEFAULT '' CHECK (length(notes_improvement) <= 20000),
    conclusions TEXT NOT NULL DEFAULT '' CHECK (length(conclusions) <= 20000)
);

CREATE TABLE review_attendee (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    review INTEGER NOT NULL REFERENCES management_review (id) ON DELETE RESTRICT,
    person INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    UNIQUE (review, person)
);

CREATE INDEX review_attendee_person ON review_attendee (person);

CREATE TABLE review_action (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    review INTEGER NOT NULL REFERENCES management_review (id) ON DELETE RESTRICT,
    type TEXT NOT NULL CHECK (type IN ('improvement', 'change', 'resource', 'other')),
    decision TEXT NOT NULL CHECK (length(decision) BETWEEN 1 AND 2000),
    owner INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    due_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
    done_on TEXT,
    planned_change INTEGER REFERENCES planned_change (id) ON DELETE RESTRICT
);

CREATE INDEX review_action_review ON review_action (review);

CREATE TABLE management_review_snapshot (
    -- CASCADE only so that the program can refuse removing a held review with its own sentence (the
    -- removal is rolled back); a planned review has no snapshot.
    review INTEGER PRIMARY KEY REFERENCES management_review (id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
);
