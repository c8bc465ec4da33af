-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 16: the people of the ISMS (clauses 5 and 7). A person has a name, a job title, a
-- department and an e-mail address; the top-management flag says who counts as top management for
-- leadership (5.1) and for the management review's attendance (9.3). People who left stay in the
-- register, marked as such, so that their past roles, trainings and sign-offs still name them.
-- Columns are named after the field keys of the register's EntitySpec.

CREATE TABLE person (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    job_title TEXT NOT NULL DEFAULT '' CHECK (length(job_title) <= 200),
    department TEXT NOT NULL DEFAULT '' CHECK (length(department) <= 200),
    email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    top_management INTEGER NOT NULL DEFAULT 0 CHECK (top_management IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('active', 'left')),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);
