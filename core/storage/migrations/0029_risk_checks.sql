-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 29: the risk table's treatment and status are checked with comparisons joined by OR
-- instead of IN lists. The meaning is the same, but SQLite runs an IN list of a CHECK constraint by
-- building a temporary index each time a row is written, which was a tenth of a risk import. SQLite
-- cannot change a CHECK constraint in place, so the table is rebuilt with its rows, ids and id sequence
-- kept (the change log names risks by id); its links and tasks keep naming the same ids. The program
-- runs this migration with foreign keys off and checks them before it commits.

CREATE TABLE risk_next (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    threat INTEGER REFERENCES threat (id) ON DELETE RESTRICT,
    vulnerability INTEGER REFERENCES vulnerability (id) ON DELETE RESTRICT,
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 7),
    impact INTEGER CHECK (impact BETWEEN 1 AND 7),
    level TEXT NOT NULL DEFAULT '' CHECK (length(level) <= 60),
    level_rank INTEGER CHECK (level_rank BETWEEN 1 AND 6),
    treatment TEXT NOT NULL DEFAULT ''
        CHECK (treatment = '' OR treatment = 'modify' OR treatment = 'retain' OR treatment = 'avoid'
               OR treatment = 'share'),
    residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 7),
    residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 7),
    residual_level TEXT NOT NULL DEFAULT '' CHECK (length(residual_level) <= 60),
    residual_level_rank INTEGER CHECK (residual_level_rank BETWEEN 1 AND 6),
    status TEXT NOT NULL
        CHECK (status = 'identified' OR status = 'assessed' OR status = 'in-treatment'
               OR status = 'accepted' OR status = 'closed'),
    next_review TEXT CHECK (next_review IS NULL OR length(next_review) = 10),
    signoff_by TEXT NOT NULL DEFAULT '' CHECK (length(signoff_by) <= 200),
    signoff_date TEXT CHECK (signoff_date IS NULL OR length(signoff_date) = 10),
    signoff_comment TEXT NOT NULL DEFAULT '' CHECK (length(signoff_comment) <= 2000),
    acceptance_rationale TEXT NOT NULL DEFAULT '' CHECK (length(acceptance_rationale) <= 2000)
);

INSERT INTO risk_next (id, ref, title, description, threat, vulnerability, owner, likelihood, impact, level,
                       level_rank, treatment, residual_likelihood, residual_impact, residual_level,
                       residual_level_rank, status, next_review, signoff_by, signoff_date, signoff_comment,
                       acceptance_rationale)
    SELECT id, ref, title, description, threat, vulnerability, owner, likelihood, impact, level, level_rank,
           treatment, residual_likelihood, residual_impact, residual_level, residual_level_rank, status,
           next_review, signoff_by, signoff_date, signoff_comment, acceptance_rationale
    FROM risk;

DELETE FROM sqlite_sequence WHERE name = 'risk_next';
INSERT INTO sqlite_sequence (name, seq) SELECT 'risk_next', seq FROM sqlite_sequence WHERE name = 'risk';

DROP TABLE risk;
ALTER TABLE risk_next RENAME TO risk;

CREATE INDEX risk_threat ON risk (threat);
CREATE INDEX risk_vulnerability ON risk (vulnerability);
