-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 7: what the Statement of Applicability says of each Annex A control, beside its
-- implementation status: the reasons for including it that people state (legal, contractual,
-- business, good practice; the risk-treatment reason is derived from the risks), the justification
-- of an exclusion, how it is implemented and when it was last reviewed. Whether a control applies is
-- the status itself ("not-applicable" is the exclusion), so the two can never disagree; the column
-- `applicable` repeats it for filters and exports and is reconciled here with the existing statuses.
-- Clause rows carry the columns with their defaults.

ALTER TABLE requirement ADD COLUMN applicable INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1));
ALTER TABLE requirement ADD COLUMN reasons TEXT NOT NULL DEFAULT '' CHECK (length(reasons) <= 200);
ALTER TABLE requirement ADD COLUMN justification TEXT NOT NULL DEFAULT '' CHECK (length(justification) <= 20000);
ALTER TABLE requirement ADD COLUMN implementation TEXT NOT NULL DEFAULT '' CHECK (length(implementation) <= 20000);
ALTER TABLE requirement ADD COLUMN last_reviewed TEXT;
UPDATE requirement SET applicable = 0 WHERE status = 'not-applicable';
