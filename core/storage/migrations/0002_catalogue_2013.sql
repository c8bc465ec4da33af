-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 2: the ISO/IEC 27001:2013 Annex A controls and their mapping to 2022.
-- The migration's data step fills both tables from the program's catalogue.

CREATE TABLE annex_a_2013_control (
    ref TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL
);

CREATE TABLE annex_a_2013_mapping (
    ref_2013 TEXT NOT NULL REFERENCES annex_a_2013_control (ref),
    ref_2022 TEXT NOT NULL REFERENCES annex_a_control (ref),
    PRIMARY KEY (ref_2013, ref_2022)
);

CREATE INDEX annex_a_2013_mapping_by_2022 ON annex_a_2013_mapping (ref_2022);
