-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 18: the resources the ISMS needs (clause 7.1): people's time, budget, tools,
-- facilities and external services, each with what it serves, how much, who is responsible and
-- whether it is requested, approved, provided or withdrawn. Columns are named after the field keys of
-- the register's EntitySpec.

CREATE TABLE isms_resource (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type TEXT NOT NULL
        CHECK (type IN ('people', 'budget', 'tools', 'facilities', 'external-services', 'other')),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    serves TEXT NOT NULL DEFAULT '' CHECK (length(serves) <= 200),
    amount TEXT NOT NULL DEFAULT '' CHECK (length(amount) <= 200),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'provided', 'withdrawn')),
    next_review TEXT CHECK (next_review IS NULL OR length(next_review) = 10)
);
