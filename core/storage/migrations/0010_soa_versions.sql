-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 10: issued versions of the Statement of Applicability. Issuing a version freezes the
-- whole SoA (the 93 Annex A controls, then the additional controls) as canonical JSON with its
-- SHA-256, the approver, the approval date and a change summary. A version is never changed or
-- removed: the program has no path that does, and `check` recomputes every hash and compares every row
-- with the change-log entry written when it was issued.

CREATE TABLE soa_version (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    issued_at_utc TEXT NOT NULL CHECK (length(issued_at_utc) BETWEEN 1 AND 40),
    approver TEXT NOT NULL CHECK (length(approver) BETWEEN 1 AND 200),
    approval_date TEXT NOT NULL CHECK (length(approval_date) = 10),
    change_summary TEXT NOT NULL CHECK (length(change_summary) BETWEEN 1 AND 20000),
    entries TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
);
