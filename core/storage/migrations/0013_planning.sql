-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 13: the planning registers of ISO/IEC 27001:2022 clause 6 beside the risk register:
-- the risks and opportunities of the ISMS itself with their actions and a review of whether the action
-- worked (6.1.1), the information security objectives (6.2) and the planned changes to the ISMS (6.3)
-- with their review for unintended consequences (8.1). Columns are named after the field keys of the
-- registers' EntitySpecs.

CREATE TABLE isms_risk (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    type TEXT NOT NULL CHECK (type IN ('risk', 'opportunity')),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    related_issues TEXT NOT NULL DEFAULT '' CHECK (length(related_issues) <= 200),
    related_parties TEXT NOT NULL DEFAULT '' CHECK (length(related_parties) <= 200),
    action TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    due_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'cancelled')),
    effective TEXT NOT NULL CHECK (effective IN ('undecided', 'yes', 'no')),
    review_date TEXT,
    review_note TEXT NOT NULL DEFAULT '' CHECK (length(review_note) <= 20000)
);

CREATE TABLE objective (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    objective TEXT NOT NULL CHECK (length(objective) BETWEEN 1 AND 200),
    target TEXT NOT NULL DEFAULT '' CHECK (length(target) <= 200),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    start_date TEXT,
    due_date TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('planned', 'on-track', 'at-risk', 'achieved', 'missed', 'withdrawn')),
    resources TEXT NOT NULL DEFAULT '' CHECK (length(resources) <= 20000),
    evaluation_method TEXT NOT NULL DEFAULT '' CHECK (length(evaluation_method) <= 20000),
    metrics TEXT NOT NULL DEFAULT '' CHECK (length(metrics) <= 200),
    policy_statement TEXT NOT NULL DEFAULT '' CHECK (length(policy_statement) <= 200),
    related_risks TEXT NOT NULL DEFAULT '' CHECK (length(related_risks) <= 200),
    communicated TEXT NOT NULL DEFAULT '' CHECK (length(communicated) <= 20000),
    evaluation TEXT NOT NULL DEFAULT '' CHECK (length(evaluation) <= 20000),
    last_reviewed TEXT
);

CREATE TABLE planned_change (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    purpose TEXT NOT NULL DEFAULT '' CHECK (length(purpose) <= 20000),
    consequences TEXT NOT NULL DEFAULT '' CHECK (length(consequences) <= 20000),
    resources TEXT NOT NULL DEFAULT '' CHECK (length(resources) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    planned_date TEXT,
    status TEXT NOT NULL
        CHECK (status IN ('proposed', 'approved', 'in-progress', 'done', 'cancelled')),
    consequences_reviewed TEXT NOT NULL CHECK (consequences_reviewed IN ('no', 'yes')),
    review_note TEXT NOT NULL DEFAULT '' CHECK (length(review_note) <= 20000),
    triggers_reassessment TEXT NOT NULL CHECK (triggers_reassessment IN ('no', 'yes')),
    reassessment TEXT NOT NULL DEFAULT '' CHECK (length(reassessment) <= 20000)
);
