-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 6: the risk assessment method (one row of canonical JSON, logged like a field), the
-- risk register, its links to assets and Annex A controls, and the treatment tasks. Columns are named
-- after the field keys of the registers' EntitySpecs. Links and tasks name their risk by row id and go
-- with it when it is removed (the program removes and logs them first, in the same transaction).

CREATE TABLE risk_method (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    definition TEXT NOT NULL CHECK (length(definition) BETWEEN 2 AND 200000)
);

CREATE TABLE risk (
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
    treatment TEXT NOT NULL DEFAULT '' CHECK (treatment IN ('', 'modify', 'retain', 'avoid', 'share')),
    residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 7),
    residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 7),
    residual_level TEXT NOT NULL DEFAULT '' CHECK (length(residual_level) <= 60),
    residual_level_rank INTEGER CHECK (residual_level_rank BETWEEN 1 AND 6),
    status TEXT NOT NULL
        CHECK (status IN ('identified', 'assessed', 'in-treatment', 'accepted', 'closed')),
    next_review TEXT CHECK (next_review IS NULL OR length(next_review) = 10),
    signoff_by TEXT NOT NULL DEFAULT '' CHECK (length(signoff_by) <= 200),
    signoff_date TEXT CHECK (signoff_date IS NULL OR length(signoff_date) = 10),
    signoff_comment TEXT NOT NULL DEFAULT '' CHECK (length(signoff_comment) <= 2000),
    acceptance_rationale TEXT NOT NULL DEFAULT '' CHECK (length(acceptance_rationale) <= 2000)
);

CREATE INDEX risk_threat ON risk (threat);
CREATE INDEX risk_vulnerability ON risk (vulnerability);

CREATE TABLE risk_asset (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    risk INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    asset INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    UNIQUE (risk, asset)
);

CREATE INDEX risk_asset_asset ON risk_asset (asset);

CREATE TABLE risk_control (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    risk INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    control TEXT NOT NULL CHECK (length(control) BETWEEN 3 AND 10),
    role TEXT NOT NULL CHECK (role IN ('existing', 'planned')),
    UNIQUE (risk, control, role)
);

CREATE INDEX risk_control_control ON risk_control (control);

CREATE TABLE treatment_task (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    risk INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

CREATE INDEX treatment_task_risk ON treatment_task (risk);
