-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 26: nonconformities and corrective actions (10.2), information security incidents
-- (Annex A 5.24-5.28) and suppliers (Annex A 5.19-5.23). A nonconformity records where it came from,
-- the correction, its root cause (with up to five "why?" answers), whether similar nonconformities exist
-- or could occur, the ISMS changes it led to (links to planned changes) and the review of whether its
-- actions were effective; its corrective actions are its children. Incidents link the assets and risks
-- they touched and may raise a nonconformity; suppliers link their risks and assets. Columns are named
-- after the field keys of the registers' EntitySpecs.

CREATE TABLE nonconformity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    raised_on TEXT CHECK (raised_on IS NULL OR length(raised_on) = 10),
    raised_by INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    source TEXT NOT NULL
        CHECK (source IN ('audit-finding', 'incident', 'complaint', 'management-review', 'other')),
    source_ref TEXT NOT NULL DEFAULT '' CHECK (length(source_ref) <= 200),
    incident INTEGER REFERENCES incident (id) ON DELETE RESTRICT,
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    requirement TEXT NOT NULL DEFAULT '' CHECK (length(requirement) <= 200),
    classification TEXT NOT NULL CHECK (classification IN ('minor', 'major')),
    correction TEXT NOT NULL DEFAULT '' CHECK (length(correction) <= 20000),
    correction_date TEXT CHECK (correction_date IS NULL OR length(correction_date) = 10),
    why1 TEXT NOT NULL DEFAULT '' CHECK (length(why1) <= 200),
    why2 TEXT NOT NULL DEFAULT '' CHECK (length(why2) <= 200),
    why3 TEXT NOT NULL DEFAULT '' CHECK (length(why3) <= 200),
    why4 TEXT NOT NULL DEFAULT '' CHECK (length(why4) <= 200),
    why5 TEXT NOT NULL DEFAULT '' CHECK (length(why5) <= 200),
    root_cause TEXT NOT NULL DEFAULT '' CHECK (length(root_cause) <= 20000),
    similar TEXT NOT NULL CHECK (similar IN ('unknown', 'no', 'yes')),
    similar_note TEXT NOT NULL DEFAULT '' CHECK (length(similar_note) <= 20000),
    status TEXT NOT NULL
        CHECK (status IN ('open', 'correction-done', 'action-planned', 'verifying', 'closed')),
    review_date TEXT CHECK (review_date IS NULL OR length(review_date) = 10),
    review_result TEXT NOT NULL CHECK (review_result IN ('pending', 'not-effective', 'effective')),
    reviewed_by INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    review_note TEXT NOT NULL DEFAULT '' CHECK (length(review_note) <= 20000),
    closed_on TEXT CHECK (closed_on IS NULL OR length(closed_on) = 10)
);

CREATE TABLE corrective_action (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    nonconformity INTEGER NOT NULL REFERENCES nonconformity (id) ON DELETE RESTRICT,
    action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 200),
    owner INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    due_date TEXT CHECK (due_date IS NULL OR length(due_date) = 10),
    status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
    done_on TEXT CHECK (done_on IS NULL OR length(done_on) = 10),
    result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 20000)
);

CREATE INDEX corrective_action_nonconformity ON corrective_action (nonconformity);

CREATE TABLE nonconformity_change (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    nonconformity INTEGER NOT NULL REFERENCES nonconformity (id) ON DELETE RESTRICT,
    planned_change INTEGER NOT NULL REFERENCES planned_change (id) ON DELETE RESTRICT,
    UNIQUE (nonconformity, planned_change)
);

CREATE INDEX nonconformity_change_change ON nonconformity_change (planned_change);

CREATE TABLE incident (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    occurred_on TEXT CHECK (occurred_on IS NULL OR length(occurred_on) = 10),
    detected_on TEXT CHECK (detected_on IS NULL OR length(detected_on) = 10),
    reported_on TEXT CHECK (reported_on IS NULL OR length(reported_on) = 10),
    reported_by INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    category TEXT NOT NULL CHECK (category IN ('malware', 'phishing', 'unauthorised-access', 'data-loss',
                                                'outage', 'physical', 'human-error', 'other')),
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    response TEXT NOT NULL DEFAULT '' CHECK (length(response) <= 20000),
    evidence TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 20000),
    lessons TEXT NOT NULL DEFAULT '' CHECK (length(lessons) <= 20000),
    status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'resolved', 'closed')),
    nonconformity INTEGER REFERENCES nonconformity (id) ON DELETE RESTRICT
);

CREATE TABLE incident_asset (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    incident INTEGER NOT NULL REFERENCES incident (id) ON DELETE RESTRICT,
    asset INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    UNIQUE (incident, asset)
);

CREATE INDEX incident_asset_asset ON incident_asset (asset);

CREATE TABLE incident_risk (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    incident INTEGER NOT NULL REFERENCES incident (id) ON DELETE RESTRICT,
    risk INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    UNIQUE (incident, risk)
);

CREATE INDEX incident_risk_risk ON incident_risk (risk);

CREATE TABLE supplier (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    service TEXT NOT NULL DEFAULT '' CHECK (length(service) <= 200),
    criticality TEXT NOT NULL CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
    contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
    security_requirements TEXT NOT NULL DEFAULT '' CHECK (length(security_requirements) <= 20000),
    contract_clauses TEXT NOT NULL DEFAULT '' CHECK (length(contract_clauses) <= 20000),
    contract_end TEXT CHECK (contract_end IS NULL OR length(contract_end) = 10),
    last_review TEXT CHECK (last_review IS NULL OR length(last_review) = 10),
    next_review TEXT CHECK (next_review IS NULL OR length(next_review) = 10),
    cloud TEXT NOT NULL CHECK (cloud IN ('no', 'yes')),
    status TEXT NOT NULL CHECK (status IN ('active', 'onboarding', 'offboarded'))
);

CREATE TABLE supplier_risk (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    supplier INTEGER NOT NULL REFERENCES supplier (id) ON DELETE RESTRICT,
    risk INTEGER NOT NULL REFERENCES risk (id) ON DELETE RESTRICT,
    UNIQUE (supplier, risk)
);

CREATE INDEX supplier_risk_risk ON supplier_risk (risk);

CREATE TABLE supplier_asset (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    supplier INTEGER NOT NULL REFERENCES supplier (id) ON DELETE RESTRICT,
    asset INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    UNIQUE (supplier, asset)
);

CREATE INDEX supplier_asset_asset ON supplier_asset (asset);
