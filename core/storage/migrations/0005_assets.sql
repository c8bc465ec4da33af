-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 5: the asset register and the dependencies between assets. Columns are named after
-- the field keys of the registers' EntitySpecs. A dependency names two assets by row id; an asset that
-- a dependency names cannot be deleted (the program refuses first, with the links named).

CREATE TABLE asset (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    type TEXT NOT NULL
        CHECK (type IN ('information', 'software', 'hardware', 'service', 'people', 'site', 'supplier')),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 200),
    classification TEXT NOT NULL DEFAULT ''
        CHECK (classification IN ('', 'public', 'internal', 'confidential', 'strictly-confidential')),
    confidentiality INTEGER CHECK (confidentiality BETWEEN 1 AND 4),
    integrity INTEGER CHECK (integrity BETWEEN 1 AND 4),
    availability INTEGER CHECK (availability BETWEEN 1 AND 4),
    location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000)
);

CREATE TABLE asset_dependency (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 20),
    asset INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    depends_on INTEGER NOT NULL REFERENCES asset (id) ON DELETE RESTRICT,
    CHECK (asset <> depends_on),
    UNIQUE (asset, depends_on)
);

CREATE INDEX asset_dependency_depends_on ON asset_dependency (depends_on);
