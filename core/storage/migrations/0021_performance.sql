-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 21: performance evaluation (9.1) and the improvement log (10.1). A metric says what is
-- measured, how, how often and by whom, who analyses and evaluates the results and when, and its target
-- with the direction in which it counts as met; it serves Annex A controls and objectives through two
-- link tables. Its measurements and the evaluations that close each analysis period are its children.
-- Numbers with decimals (a measured value, a target) are stored as text in plain decimal form ("12.5"),
-- so that no binary rounding enters the file or the change log. Columns are named after field keys.

CREATE TABLE metric (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    measured TEXT NOT NULL DEFAULT '' CHECK (length(measured) <= 20000),
    method TEXT NOT NULL DEFAULT '' CHECK (length(method) <= 20000),
    frequency TEXT NOT NULL
        CHECK (frequency IN ('monthly', 'quarterly', 'half-yearly', 'yearly', 'custom')),
    interval_days INTEGER CHECK (interval_days IS NULL OR interval_days BETWEEN 1 AND 730),
    measured_by TEXT NOT NULL DEFAULT '' CHECK (length(measured_by) <= 200),
    analysis_frequency TEXT NOT NULL
        CHECK (analysis_frequency IN ('monthly', 'quarterly', 'half-yearly', 'yearly')),
    analysed_by TEXT NOT NULL DEFAULT '' CHECK (length(analysed_by) <= 200),
    evaluated_by TEXT NOT NULL DEFAULT '' CHECK (length(evaluated_by) <= 200),
    unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 40),
    target TEXT NOT NULL DEFAULT '' CHECK (length(target) <= 20),
    direction TEXT NOT NULL CHECK (direction IN ('at-least', 'at-most')),
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'retired'))
);

CREATE TABLE metric_objective (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    metric INTEGER NOT NULL REFERENCES metric (id) ON DELETE RESTRICT,
    objective INTEGER NOT NULL REFERENCES objective (id) ON DELETE RESTRICT,
    UNIQUE (metric, objective)
);

CREATE INDEX metric_objective_objective ON metric_objective (objective);

CREATE TABLE metric_control (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    metric INTEGER NOT NULL REFERENCES metric (id) ON DELETE RESTRICT,
    control TEXT NOT NULL CHECK (length(control) BETWEEN 3 AND 10),
    UNIQUE (metric, control)
);

CREATE INDEX metric_control_control ON metric_control (control);

CREATE TABLE measurement (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    metric INTEGER NOT NULL REFERENCES metric (id) ON DELETE RESTRICT,
    measured_on TEXT NOT NULL CHECK (length(measured_on) = 10),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 20),
    measured_by TEXT NOT NULL DEFAULT '' CHECK (length(measured_by) <= 200),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 20000)
);

CREATE INDEX measurement_metric ON measurement (metric, measured_on);

CREATE TABLE metric_evaluation (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    metric INTEGER NOT NULL REFERENCES metric (id) ON DELETE RESTRICT,
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    period_end TEXT NOT NULL CHECK (length(period_end) = 10),
    evaluated_on TEXT NOT NULL CHECK (length(evaluated_on) = 10),
    evaluated_by TEXT NOT NULL DEFAULT '' CHECK (length(evaluated_by) <= 200),
    target_met TEXT NOT NULL CHECK (target_met IN ('yes', 'no', 'partly')),
    conclusion TEXT NOT NULL CHECK (length(conclusion) BETWEEN 1 AND 20000),
    action_taken TEXT NOT NULL DEFAULT '' CHECK (length(action_taken) <= 20000),
    CHECK (period_end >= period_start)
);

CREATE INDEX metric_evaluation_metric ON metric_evaluation (metric, period_end);

CREATE TABLE improvement (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    raised_on TEXT NOT NULL CHECK (length(raised_on) = 10),
    source TEXT NOT NULL
        CHECK (source IN ('audit', 'review', 'incident', 'metric', 'suggestion', 'other')),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    opportunity TEXT NOT NULL DEFAULT '' CHECK (length(opportunity) <= 20000),
    action TEXT NOT NULL DEFAULT '' CHECK (length(action) <= 20000),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    status TEXT NOT NULL
        CHECK (status IN ('proposed', 'accepted', 'in-progress', 'done', 'rejected')),
    result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 20000)
);
