-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
-- Schema version 12: the documents that an Annex A or additional control relates to (its policy, the
-- procedure that carries it out, the records it produces), as the Statement of Applicability names
-- them. Clause rows carry the column with its default.

ALTER TABLE requirement ADD COLUMN documents TEXT NOT NULL DEFAULT '' CHECK (length(documents) <= 2000);
ALTER TABLE additional_control ADD COLUMN documents TEXT NOT NULL DEFAULT '' CHECK (length(documents) <= 2000);
