-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 3: a random id for the project, so that a machine can remember the head of the
-- change log it last saw for this project. The migration's data step assigns the id.

CREATE TABLE project_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    project_id TEXT NOT NULL CHECK (length(project_id) = 36)
);
