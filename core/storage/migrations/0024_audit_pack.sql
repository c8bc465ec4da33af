-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 24: how the audit pack treats each evidence file. 'include' lists the file in the
-- pack's evidence index and writes it into the evidence folder; 'redact' lists it as redacted without
-- writing it; 'leave_out' leaves it out of the pack altogether. Every existing file is included, as
-- the pack treated it before the setting existed. The column is named after the field key of the
-- evidence register's EntitySpec.

ALTER TABLE evidence ADD COLUMN pack_export TEXT NOT NULL DEFAULT 'include'
    CHECK (pack_export IN ('include', 'leave_out', 'redact'));
