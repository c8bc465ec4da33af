-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 28: an audit finding becomes a nonconformity in one step, and the two name each other
-- (10.2, 9.2): the nonconformity its finding, the finding the nonconformity it raised. A finding that
-- raised a nonconformity cannot be removed while the nonconformity names it. Columns are named after
-- the field keys of the registers' EntitySpecs.

ALTER TABLE nonconformity ADD COLUMN finding INTEGER REFERENCES finding (id) ON DELETE RESTRICT;
ALTER TABLE finding ADD COLUMN nonconformity INTEGER REFERENCES nonconformity (id) ON DELETE RESTRICT;

CREATE INDEX nonconformity_finding ON nonconformity (finding);
