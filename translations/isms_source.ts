<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AssessmentRunDialog</name>
    <message>
        <source>Record assessment run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run freezes the risk method and the whole risk register as they stand now. A recorded run cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole ISMS, or the part assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRunPanel</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the risk method and the whole risk register as they stand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see the register it froze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, performed by %3: %n risks frozen, as they stood then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current level %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual level %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk register has not changed in these points since the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the current risk register:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDependencyPanel</name>
    <message>
        <source>1 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <extracomment>No level entered for this requirement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets this one needs; they inherit its requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset depends on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depended on by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. Remove one of its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add asset dependency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCoveragePage</name>
    <message>
        <source>Audit coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit programme is recorded yet. Record one on the Audit programmes page to see which clauses and controls its audits cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: every clause and applicable control is covered by an audit of the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 clauses and applicable controls are not covered by any audit of the cycle yet (tinted). Covering each once per cycle is good practice, not a requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPackDialog</name>
    <message>
        <source>Audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the last certification audit: the surveillance pack covers the time since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder: the evidence files are not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last certification audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF for the certification body. The readiness summary is an internal document: no preset ticks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section is ticked; tick at least one section of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the audit pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit pack could not be saved to %1; check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit pack %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a question for every clause, applicable control and approved policy or procedure the audit covers; items already on the checklist stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 items; %2 were already on the checklist and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the checklist of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>Dialog title: &quot;Edit 3 risks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the fields to set on all %1 selected %2. The other fields keep the values each record has; Undo reverses the whole change in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>ISMS calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dated duty the records hold: reviews, due dates, expiry and the next risk assessment. Overdue duties come first, then month by month. Double-click a duty, or press Enter, to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated duty is recorded yet.</source>
        <extracomment>%1: all duties, %2: of them overdue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties: %1 · Overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueFactsPanel</name>
    <message>
        <source>From the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see what the standard says about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form label: &quot;Theme:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a control new in 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogLabels</name>
    <message>
        <source>Risk method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>History: the field of an SoA version&apos;s entry, written when it was issued.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2: %3</source>
        <extracomment>History: an issued SoA version; %1 is the approver, %2 the approval date, %3 the change summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogTableModel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRiskMethodCommand</name>
    <message>
        <source>Change risk assessment method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemPanel</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records this answer as a finding of the audit, linked to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding is raised from this answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nonconformity, an observation or an opportunity for improvement can be raised as a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the finding of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClauseFulfilmentPanel</name>
    <message>
        <source>Select a clause to see what fulfils it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Kept as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that serve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 naming this clause (%2)</source>
        <extracomment>A register and how many of its records serve the clause: &quot;Risks (12)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveActionPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action names no nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effectiveness: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateRecordCommand</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a kind of record: &quot;New threat&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: &quot;Add 3 threats&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented and not applicable controls count as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) need no more work</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the ISMS itself</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show the controls that are “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a change to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause requirements that ask for documented information and are not yet implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause requirements and controls whose target date has passed and that are neither implemented nor not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable controls that nobody owns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s) with documented information still to complete</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue target date(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable control(s) without an owner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionQuestion</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and a kind of records: &quot;2 treatment tasks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link</source>
        <extracomment>A number of links of a record (to assets, controls): &quot;4 links&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;2 treatment tasks, 1 version and 4 links&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, which is deleted with it. Undo brings both back.</source>
        <extracomment>%1 is a reference, %2 the one record that goes with it: &quot;R-003 has 1 link&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2; they are deleted with it. Undo brings everything back.</source>
        <extracomment>%1 is a reference, %2 what goes with it: &quot;R-003 has 2 treatment tasks and 4 links&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 selected %2 have %3; they are deleted with them. Undo brings everything back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records, %3 what goes with them</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogFileChooser</name>
    <message>
        <source>ISMS projects (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentVersionPanel</name>
    <message>
        <source>Add version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of this document, each with its file stored in the project. Approve a version on the Document versions page; an approved version never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a file as a new draft version of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <extracomment>Undo text; %n files attached as evidence.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <extracomment>Undo text: &quot;Remove evidence report.pdf&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLimitDialog</name>
    <message>
        <source>Evidence size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size limit: megabytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest evidence file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting of this project file, logged in its history. Files larger than this are refused when attached; evidence already stored is kept. Between 1 and %1 MB (1 MB = 1,048,576 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB is not a size limit; choose between 1 and %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files that prove this record, stored in the project file. Drop files here or attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>An evidence file&apos;s expiry date once it has passed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: this file no longer proves the record. Attach current evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to; use Save as… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save as… and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditorFactory</name>
    <message>
        <source>(none)</source>
        <extracomment>The choice of an optional enum field that holds no value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A record in a list of choices: reference and name, &quot;T-003 — Fire&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this date is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiveWhysDialog</name>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask why the nonconformity happened, then why that happened, up to five times, until you reach a cause that an action can remove. Stop as soon as you reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1: why did this happen?
%2</source>
        <extracomment>A question of the five-whys helper about the previous answer: &quot;Why 2: why did this happen? ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before treatment, with the controls already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After treatment; risks not yet re-rated count at their current rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How treatment moves the risks between the levels of the method. Levels above the acceptance threshold need a rationale when a risk is retained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks in the register: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet rated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold after treatment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell, or choose it with the arrow keys and press Enter, to see its risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <extracomment>A risk level&apos;s name with a note: &quot;Low (acceptance threshold)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the residual heat map, including those not yet re-rated after treatment.</source>
        <extracomment>%1 and %3 are numbers, %2 and %4 the names of the steps: &quot;likelihood 2 (Unlikely)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the current heat map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Likelihood %1 of %2: %3</source>
        <extracomment>&quot;Likelihood 4 of 5: Likely&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact %1 of %2: %3</source>
        <extracomment>&quot;Impact 3 of 5: Moderate&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks in this cell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this project: when, by whom, and the value before and after. The log is chained with SHA-256, so later tampering can be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person, record, field or value (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a register in from a spreadsheet (CSV or XLSX) or from our own JSON export. Columns are recognised by their names in English, German or French; map any column by hand below. Nothing is written until the preview is free of problems and you choose Import, and the import is one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each column is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to import into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file or map its columns, then look again. Nothing has been imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 new and %2 changed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(computed by the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed %3; Undo takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Statement of &amp;Applicability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SoA from a spreadsheet, our own export, or an SoA of the 2013 edition carried over to the 2022 controls with a list of what needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRecordsCommand</name>
    <message>
        <source>Import %1 %2</source>
        <extracomment>%1 is the number of rows, %2 a kind of records: &quot;Import 12 risks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSoaCommand</name>
    <message>
        <source>Import the Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementSummaryWidget</name>
    <message numerus="yes">
        <source>%n nonconformity(ies) not closed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the nonconformities not closed, from the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the overdue corrective actions, from the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit and improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit programme yet: its coverage shows here.</source>
        <extracomment>The dashboard&apos;s audit coverage: &quot;Audit coverage of AP-001: 95 of 123 clauses and applicable controls&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit coverage of %1: %2 of %3 clauses and applicable controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelEditor</name>
    <message>
        <source>Colour of the level &quot;%1&quot;</source>
        <extracomment>Title of the colour dialog; %1 is the name of a risk level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of &quot;%1&quot;</source>
        <extracomment>%1 is the name of a risk level</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 to link to this %2</source>
        <extracomment>%1 are records or catalogue entries (&quot;people&quot;, &quot;Annex A controls&quot;), %2 a kind of record (&quot;audit&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected entries (Delete); the records themselves stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None linked yet; click Add… to choose.</source>
        <extracomment>Under the heading of an empty link list (&quot;Auditors (0)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A catalogue entry in a link list: number and title, &quot;A.5.18 Access rights&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A linked record in a list: reference and name, &quot;P-003 — Ruth Calder&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The heading of a link list with how many it holds: &quot;Auditors (2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 already; choose only entries the list does not show.</source>
        <extracomment>%1 is a linked entry (&quot;P-003 — Ruth Calder&quot;), %2 the list (&quot;Auditors&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>Undo text: &quot;Add P-003 — Ruth Calder to Auditors&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 entries to %2</source>
        <extracomment>Undo text for two or more: &quot;Add 3 entries to Auditors&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <extracomment>Undo text: &quot;Remove P-003 — Ruth Calder from Auditors&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 entries from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 is linked already.</source>
        <extracomment>In the link picker when nothing is left: &quot;Every person is linked already.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no %1 yet; add them on their page first.</source>
        <extracomment>In the link picker of an empty register: &quot;There are no people yet; add them on their page.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>The title of the link picker: &quot;Add to Auditors&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkListPanel</name>
    <message>
        <source>Links</source>
        <extracomment>The tab beside a record&apos;s form with the lists of what it is linked to</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Search by reference, number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown; tick the ones to add.</source>
        <extracomment>Under the list of the link picker: &quot;12 of 93 shown; tick the ones to add.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 ticked.</source>
        <extracomment>Under the list of the link picker: &quot;12 of 93 shown, 2 ticked.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clauses 4–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ISMS Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only. You can look at everything and export reports, but changes cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be made to this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is written to the file as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) logged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.isms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the control status report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 control status %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS Workbench %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline workbench for running an information security management system according to ISO/IEC 27001:2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ISMS Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Remove it from the recent projects?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project again for editing, for example once the other program has closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by an older version of ISMS Workbench. Upgrade it to the current format so that it can be edited? A backup copy of the old file is kept beside it; if you do not upgrade it, it opens read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is open read-only here: you can look at everything and export reports, but changes cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk report %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the risk report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 treatment plan %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the treatment plan to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statement of applicability %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the Statement of Applicability to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence size &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest file this project accepts as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the evidence size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue SoA version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fulfils it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF for the certification body, with the evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to raise its level, Shift+click to lower it; a digit key chooses a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A row of the risk matrix: &quot;5 Almost certain&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood %1 (%2), impact %3 (%4): %5</source>
        <extracomment>Tooltip of a matrix cell: &quot;Likelihood 4 (Likely), impact 3 (Moderate): High&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompt</name>
    <message>
        <source>Another program is editing this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was left locked by %1 on %2 since %3, and that program is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has been editing this project since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only, or take over the lock if you are sure nobody else is working on it. Two programs writing to one project can lose changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely a risk is to occur, from the least likely (1) up. Describe each step so that two assessors choose the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How severe the consequences would be, from the mildest (1) up, in terms the organisation already uses: money, downtime, customers, the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of each combination of likelihood and impact. Click a cell to raise its level, Shift+click to lower it, or press a level&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classes that label information by how much protection it needs, lowest first. Leave it empty if the organisation does not classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the method statement should say: sources of threat information, who assesses and who approves, how results are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest level at which a risk may be retained without a recorded rationale; the risk owner accepts anything above it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels the matrix assigns, from the lowest (1) up, each with the colour that shows it in tables, heat maps and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that call for a reassessment sooner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk is assessed again at least this often, and sooner when one of these events happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <extracomment>A level without a name yet in the list of the acceptance threshold: &quot;Level 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodologyPage</name>
    <message>
        <source>Risk assessment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method sets the criteria every risk assessment uses, so that assessments made by different people, or repeated a year later, give results that are consistent, valid and comparable (ISO/IEC 27001, 6.1.2). It fixes the scales assessors rate on, the level each rating leads to, the level up to which a risk may be retained, and when risks are assessed again. Applying a change moves every rating onto the new scales and derives each level again; the change log keeps the old values and Undo restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the method, see what it changes in the risk register, and use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes made here since the method was last applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the default 5×5 method in the editor; it is used only once applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: the method can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method is in use, and every risk is rated on it. Undo puts the previous method and every rating back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>Record a measurement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives whose achievement this metric shows; double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Annex A controls whose effectiveness this metric shows; double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement is recorded yet; record the first one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s); latest %1 on %2.</source>
        <extracomment>Under a metric&apos;s trend chart: &quot;12 measurements; latest 4.5 on 2026-10-31. Target: at most 5&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link metric to objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link metric to control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>ISMS project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is one file that holds your whole ISMS: the clause requirements, the Annex A controls and their change log. Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;demo data (a fictitious organisation, to try things out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NonconformityPanel</name>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an action to open it. Add actions on the Corrective actions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the root cause by asking why up to five times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>A corrective action&apos;s due date in the list beside its nonconformity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrective action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet. The nonconformity can be closed once a review finds its actions effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reviewed on %2)</source>
        <extracomment>Where a nonconformity&apos;s effectiveness review stands: &quot;Effective (reviewed on 2026-10-01)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the root cause of %1</source>
        <extracomment>Undo text: &quot;Record the root cause of NC-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveMetricsPanel</name>
    <message>
        <source>Measured by metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a metric to open it with its trend chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest %1 on %2</source>
        <extracomment>A metric that measures an objective, with its latest value: &quot;latest 4.5 on 2026-10-31&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric measures this objective yet; link one on the Metrics page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueDutiesWidget</name>
    <message>
        <source>Overdue duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ISMS calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>After &quot;Overdue duties&quot;: how many there are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in the ISMS calendar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>6 Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence and checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the change log with every change you make. Leave it empty to use your user name on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from your region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessBoxItem</name>
    <message>
        <source>Provided from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>On a process&apos;s box on the process map, after its owner: the process is not in place yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>On a process&apos;s box on the process map, after its owner: the process is no longer run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMapPage</name>
    <message>
        <source>Process map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1. Interactions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the processes of the ISMS and how they interact on the pages ISMS processes and Process interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows show what one process passes to another. Dashed boxes are provided from outside, grey ones planned or retired. Click a box to select it; double-click it to open it in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No process, in &quot;Receives from: none.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3). Receives from: %4. Passes to: %5.</source>
        <extracomment>%1 reference, %2 name, %3 &quot;owner NAME&quot; or &quot;provided by SUPPLIER&quot;, %4 and %5 lists of references.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <source>Interaction map of the ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectHistoryWatcher</name>
    <message numerus="yes">
        <source>The change log of this project failed its tamper check with %n problem(s); run &quot;isms-cli check&quot; on the file to list them, and compare the file with a backup copy before relying on it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tooltip of a RACI cell: &quot;ISMS Manager in Incident management: A: Accountable&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role is Accountable for this process; mark exactly one with A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles are Accountable for this process; keep exactly one A.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaciPage</name>
    <message>
        <source>(not involved)</source>
        <extracomment>The choice that clears a RACI cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix needs ISMS processes (its rows) and roles (its columns); record them on the pages ISMS processes and Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1. Roles: %2. Processes without exactly one Accountable role: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R does the work, A answers for it, C is consulted, I is informed. Type R, A, C or I in a cell, Delete to clear it, or double-click it to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set RACI of %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaisedNonconformityPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a nonconformity with this incident as its source, linked both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a nonconformity with this finding as its source, linked both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident has raised no nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding has raised no nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a nonconformity from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPreviewDialog</name>
    <message>
        <source>Apply risk assessment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating or level changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to ratings and levels: %1, in risks: %2. The change log keeps every old value, and Undo puts them all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a readiness finding about a record that does not exist yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <extracomment>Tooltip of a rule id: the clause it serves and what it requires.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to settle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a certification auditor would find missing, rule by rule. Double-click a point, or press Enter, to open the record to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score, of 100</source>
        <extracomment>Under the large readiness score number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the rules checked that pass; a major rule weighs three times a minor one. Points do not block anything: settle them before the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter points (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a point to open its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major points: %1 · Minor points: %2 · Rules passed: %3 of %4</source>
        <extracomment>%1, %2: counts of points; %3 of %4: rules without a point of the rules checked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>&quot;Points: 12&quot; or &quot;Points: 4 of 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1:</source>
        <extracomment>A form label: &quot;Name:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A referenced record in a table cell: reference and name, &quot;P-003 — Ruth Calder&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a kind of record: &quot;New threat&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows into new ones (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: &quot;Duplicate threat T-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Dialog title: &quot;Delete threats&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: &quot;Category: any&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Threats: 40&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>&quot;Threats: 12 of 40&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 selected %2? Undo brings them back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected rows the same values, such as an owner or a status (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: &quot;Edit risk R-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Removes the filter that another page (the heat map) set on this register</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <comment>initial name of a new record</comment>
        <extracomment>The name a new record starts with, typed over by the user; %1 is its kind (&quot;risk&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading the rest…)</source>
        <extracomment>While the rest of a large register is read: &quot;Risks: 100 (reading the rest…)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveRecordsCommand</name>
    <message>
        <source>Delete %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: &quot;Delete threat T-003&quot;
----------
%1 is a number of two or more, %2 a kind of records: &quot;Delete 3 threats&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Hold review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (9.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the review held today and freezes its inputs as the project stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the planned change of the selected &quot;Change needed&quot; action and links them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a review to see its inputs and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management attends this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of top management is among the attendees yet; add one before the review is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of top management attended this review; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: the inputs below were frozen when the review was held and no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled live from the project; holding the review freezes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold management review %1 today? Its inputs are frozen as the project stands now and cannot be compiled again; this step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a planned change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the risk owner&apos;s approval of the treatment plan and acceptance of the residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the sign-off, for instance after the risk was assessed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <extracomment>A tab of the risk panel with how many it holds: &quot;Assets (2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <extracomment>%1 is a name, %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without a recorded sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off by the risk owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2), so the sign-off needs an acceptance rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Undo text: &quot;Sign off risk R-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw sign-off of risk %1</source>
        <extracomment>Undo text: &quot;Withdraw sign-off of risk R-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskSummaryWidget</name>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks by the level of their current rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks by the level expected after treatment (the current one while no residual rating is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the risks at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register: %1, not yet rated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue treatment tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open treatment tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTaskTable</name>
    <message>
        <source>Double-click a cell to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment task yet. Add the steps that carry out the treatment, each with an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a treatment task to this risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tasks; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New treatment task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Number of steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name assessors choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step means, so that two assessors choose the same one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetEvidenceLimitCommand</name>
    <message>
        <source>%1 MB</source>
        <extracomment>A size limit in whole megabytes: &quot;20 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the evidence size limit to %1</source>
        <extracomment>Undo text; %1 is a size such as &quot;20 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1 is a field (&quot;Name&quot;), %2 a kind of record (&quot;threat&quot;): &quot;Change Name of threat&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Dialog title: &quot;Sign off risk R-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk is not rated yet. By signing off, its owner approves the treatment plan and accepts the residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2). The risk owner can still accept it, but only with a written rationale: why the risk is retained at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual level %1 is within the acceptance threshold (%2). By signing off, the risk owner approves the treatment plan and accepts the residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this residual risk is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rationale (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person who signs off, normally the risk owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaChangeModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>A row of the SoA comparison: the whole entry is new on the later side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>A row of the SoA comparison: the entry is gone on the later side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Column of the SoA comparison: the value on the earlier side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Column of the SoA comparison: the value on the later side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaComparePage</name>
    <message>
        <source>SoA versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued versions of the Statement of Applicability never change. Compare two versions, or a version with the working state, to see what changed control by control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue SoA version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>Between the two sides of the SoA comparison: &quot;Compare [version 1] with [working state]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (working state)</source>
        <extracomment>A side of the SoA comparison: the SoA as it is now, not yet issued.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields: %1 · controls: %2</source>
        <extracomment>Above the SoA comparison: how many fields differ, and in how many controls. No plural forms, so that the line reads right in every language without a plural catalogue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the Statement of Applicability was issued, approved by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaImportDialog</name>
    <message>
        <source>Import a Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in an SoA kept in a spreadsheet (CSV or XLSX) or exported as JSON. Control ids may be written with or without &quot;A.&quot;; rows such as AC-001, or with a source, are additional controls. An SoA of the 2013 edition is carried over to the 2022 controls, and what needs your decision is listed below. Nothing is written until the file is free of problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the control ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 (carried over to 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide: the controls the 2013 SoA does not settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the SoA from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to correct in the file: %1; nothing will be imported until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read as a 2013 SoA and carried over to the 2022 controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: new in 2022, no 2013 control maps to it; decide whether it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the 2013 controls it merges were answered differently; decide its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back. Tick off the controls below as you decide them on the SoA page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaIssueDialog</name>
    <message>
        <source>Issue SoA version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 freezes the Statement of Applicability as it stands now, with who approved it and what it changes. Issuing is logged and cannot be undone: an issued version never changes, and later edits go into the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. the managing director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version changes, e.g. &quot;A.8.11 now applicable after the data platform risk assessment&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since version %1. Issue it only as a deliberate re-approval of the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a re-approval of unchanged content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoaPage</name>
    <message>
        <source>Control type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason yet</source>
        <extracomment>Filter of the SoA page: included controls for which no reason is stated or derived.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label of the SoA page&apos;s filters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An item of the SoA page&apos;s attribute filter: &quot;Control type: Preventive&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A: %1 controls, %2 applicable, %3 excluded, %4 implemented · Additional controls: %5 · Evidence files: %6 · Points still open: %7</source>
        <extracomment>Summary of the SoA page. %1 Annex A controls, %2 applicable, %3 excluded, %4 implemented, %5 additional controls, %6 evidence files, %7 open points.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls (%1)</source>
        <extracomment>Tab of the SoA page with the number of controls shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional controls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and comparison</source>
        <extracomment>Button of the SoA page that opens the page of issued versions and their comparison.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>ISMS Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your ISO/IEC 27001:2022 information security management system from one file: clauses 4 to 10, the Annex A controls, and a tamper-evident change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project file for your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictitious organisation with realistic data, to explore the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists or cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is a single file. Every change is saved the moment you make it and recorded in the project&apos;s change log under your name, so the file can be copied, backed up or taken to a client site at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · changed %3</source>
        <extracomment>A recent project: file name, then folder and date of the last change on a second line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <source>Controls per theme and status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentPlanModel</name>
    <message>
        <source>no date</source>
        <extracomment>A treatment task without a due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>%1 is a date: &quot;2026-03-01, overdue&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the task is neither done nor cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentPlanPage</name>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment tasks of every risk, by due date. Double-click a task to open its risk; tasks are edited there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks and risks (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: any</source>
        <extracomment>The first choice of a filter: &quot;Status: any&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a task to open its risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: any</source>
        <extracomment>The first choice of a filter: &quot;Owner: any&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <extracomment>&quot;Tasks: 16&quot; or &quot;Tasks: 4 of 16&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <extracomment>The count of tasks, then how many are overdue: &quot;Tasks: 16 · 3 overdue&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>Trend of the measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateRecordsCommand</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a kind of record: &quot;Change risk&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: &quot;Change 3 risks&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFilterComboBox</name>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: &quot;Owner: any&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchMain</name>
    <message>
        <source>Self-test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project does not hold the 93 Annex A controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported report is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors were reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline workbench for an ISO/IEC 27001:2022 ISMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, reopen and migrate a temporary project, export a PDF report, and exit (0 on success).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page for --screenshot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;isms-workbench --help&quot; for the usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page only chooses what --screenshot shows; add --screenshot PATH or leave --page out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a page; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one project file; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and exit; the extension chooses the format (.png, .bmp, .jpg...), PNG when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture cannot be saved as &quot;%1&quot;; end the file name with one of .%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --page of a register: the reference of the record to select before the picture (&quot;6.1.3&quot;, &quot;R-004&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 has no record %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ApplicabilityRules</name>
    <message>
        <source>%1 is excluded without a justification; write why it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded, but the risks %2 name it as a control; include it or change those risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is included without a reason; state one (legal, contractual, business, good practice) or link it to the risks it treats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not implemented yet and has neither a target date nor a treatment task; plan it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRules</name>
    <message>
        <source>No risk assessment run is recorded (8.2); assess the risks and record the run, dated, with what it covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest risk assessment run %1 of %2 is older than the %3 months the risk method sets; it was due again on %4. Assess the risks and record a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a significant change implemented on %3, after the latest risk assessment run %4 of %5; assess the risks it affects and record a new run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunReport</name>
    <message>
        <source>Risk assessment run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk register as it stood on %1, frozen when the run was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report prints the method and the risk register exactly as they were frozen when the run was recorded. Later changes to the risks do not appear here; the fingerprint below lets anyone confirm with &quot;isms-cli check&quot; that the frozen register was not altered since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the frozen register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunService</name>
    <message>
        <source>The frozen register of assessment run %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment run %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 differs from the record logged when it was frozen; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the assessment covered in its scope (the whole ISMS, or a part of it); a run is recorded only with its scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who performed the assessment; a run is recorded only with its assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment date %1 lies in the future; give the date on which the risks were assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 cannot be read; it was damaged outside ISMS Workbench. Run &quot;isms-cli check&quot; on the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment run %1 has no frozen register; it was removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of assessment run %1 differs from that of its frozen register; one of them was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AssetGraph</name>
    <message>
        <source>An asset cannot depend on itself; choose another asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency names an asset that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot depend on %2: that would close the cycle %3. Dependencies must not run in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditChecklist</name>
    <message>
        <source>Which internal and external issues has the organisation identified, and when were they last looked at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are the interested parties, what do they expect, and which of those expectations does the ISMS address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the scope written down and approved, and do its boundaries and interfaces match what staff describe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the processes of the ISMS and the way they feed each other recorded and kept current?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has top management done this year to show it leads the ISMS: resources, decisions, communication?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the policy approved, available to staff and known to the people you talk to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are roles for information security assigned and known, including who reports on the ISMS to top management?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which risks and opportunities of the ISMS itself were identified, and what was planned about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the risk assessment follow the documented method, with owners and repeatable ratings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the treatment plan and the Statement of Applicability agree with the risks, and have the owners accepted the residual risks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the objectives measurable, planned with owners and dates, and is progress tracked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were changes to the ISMS planned before they were made, with their purpose and consequences considered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the ISMS have the people, time and budget it needs, and who decided this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sample of roles: what competence is needed, how is it shown, and what was done about gaps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the staff you meet explain the policy, their part in security and what happens if it is ignored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it decided what is communicated about security, to whom, when and by whom, and does it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the organisation hold the documented information the ISMS needs, including what it decided it needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do documents carry an identity, a version and an approval, and are they reviewed on time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are documents available where needed, protected, and are old versions and external documents controlled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the processes run to their criteria, and are outsourced processes and planned changes controlled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are risk assessments repeated at planned times and after significant changes, with the results kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the treatment plan carried out, and are its results recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured, how often and by whom, and are the results analysed and acted on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are internal audits held at planned intervals against both the standard and the organisation&apos;s own rules?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the programme set criteria, scope and objective auditors, and are results reported to management?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did top management review the ISMS at the planned interval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the last review consider every input it should, with facts from the ISMS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the review decide, and are its decisions recorded and followed up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which improvements were made to the ISMS since the last audit, and where did they come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sample of nonconformities: was the cause found, the action taken, and its effect checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the people concerned know and apply &quot;%1&quot;, and what shows that they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a walk through the site: how is &quot;%1&quot; put into practice, and how is it checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is &quot;%1&quot; configured and monitored, and which system records show it works?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is &quot;%1&quot; defined and assigned, and which records show it is followed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit %1; &quot;isms-cli list audits FILE&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 &quot;%2&quot; followed in practice? Take a few recent cases and compare what was done with what it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1 is not answered as a nonconformity, an observation or an opportunity for improvement; set its result first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1 already has its finding, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditCoverage</name>
    <message>
        <source>There is no audit programme %1; &quot;isms-cli list audit-programme FILE&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditIndependence</name>
    <message>
        <source>%1 (%2) audits %3 %4 in %5 but owns it; give that part of the audit to someone who does not own it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditPack</name>
    <message>
        <source>Document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy and topic-specific policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, responsibilities and RACI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks and opportunities of the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment run with heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan and risk owners&apos; sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability (latest issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness summary (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2: implementation, with the evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance: the period since the last certification audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1: documentation review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the audit pack; use one or more of %2, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of sections is empty; name one or more of %1, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance audit: the ISMS from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2 certification audit: the ISMS as implemented, with the evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 certification audit: the documented ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit pack was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence file dated in the period is included in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence file is included in the pack: none is attached to a record yet, or every one is set to be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evidence files, %2 of them redacted. Each included file is supplied beside this pack under the name in the first column; its SHA-256 lets the recipient confirm that it is the file the project holds. A redacted file is listed so that its existence is known, but not supplied; ask for it on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(redacted, not supplied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A heading of the audit pack that names its section and its part: &quot;Points to settle: Clause 6&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, responsibilities and authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment run is recorded yet, so there is no dated assessment to present; record one on the risk register&apos;s page or with &quot;isms-cli run-assessment&quot; before the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment run was recorded in the period; the latest one, of %1, follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk of the run lies above the acceptance threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment and sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet, and a working draft is not handed to an auditor; issue a version on the Statement of Applicability page or with &quot;isms-cli soa issue&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This surveillance pack covers the period from %1 to %2: dated records from before it are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was assembled from the project file on the date below. Every section prints the records as they stood then; the change-log head on the cover lets anyone confirm later which state of the project it shows. The controlled reports of the ISMS are listed below with their version and approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report is under document control yet: every report, this pack included, is a working draft until the document-control register records its version and approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external and internal issues that affect the ISMS, the interested parties with their requirements, and which of those requirements are legal, regulatory or contractual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External and internal issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No external or internal issue is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interested party is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal, regulatory and contractual requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interested party&apos;s requirement is marked as legal, regulatory or contractual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope of the ISMS is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundaries and applicability of the ISMS as the scope statement records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document of the type &quot;Policy&quot; is recorded in the documented-information register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic-specific policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic-specific policy is recorded in the documented-information register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks and opportunities the ISMS itself must address so that it achieves its intended outcomes, with the actions planned for them; the information security risks follow in their own sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security objective is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competence each role needs and the training and other actions taken to acquire it, with whether they were effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competence requirement is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and other actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training or other action to acquire competence is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the ISMS, planned and carried out in a planned manner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the ISMS is planned for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the ISMS is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of documented information with owner, status, current version and next review, then every version with its approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is recorded in the register yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document version was approved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document version is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme of internal audits over its cycle, with its methods and the weighting by the importance of the processes and earlier results, then which audits cover each clause and each applicable Annex A control in each year of the cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal audit programme is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal audit was reported in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal audit is reported yet: an audit is printed here once its status is reported or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of each completed internal audit: scope, criteria, team and independence, the checklist with its results, and the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review was held in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review is held yet: a review is printed here once it is held and its inputs are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditPackEvidence</name>
    <message>
        <source>The evidence folder %1 is a file; give the name of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence folder %1 could not be created; check the permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 could not be written; check the free space and permissions of the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditReport</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which audit to report on, for example AUD-001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every clause from 4 to 10 and every applicable Annex A control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clauses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clause or control is linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead auditor alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope is written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria are written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers, as far as the owners recorded in the project show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit team is not independent of everything it audited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist is recorded for this audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items: %2 conforming, %3 nonconformities, %4 observations, %5 opportunities for improvement, %6 not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit raised no finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion is written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit coverage of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clause and every applicable control is covered by an audit of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 clauses and applicable controls are not covered by any audit of the programme yet. Covering each once per cycle is good practice, not a requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit %1: scope, team, independence, checklist, findings and conclusion (9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::AuditRules</name>
    <message>
        <source>The programme&apos;s cycle ends (%1) before it starts (%2); swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results reported to management name to whom; fill in &quot;Reported to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results reported to management have a date; fill in &quot;Results reported on&quot;, or clear &quot;Reported to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end (%1) lies before the planned start (%2); swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit ended (%1) before it started (%2); correct the actual dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reported or closed audit has its report date; fill in &quot;Report date&quot;, or keep the audit in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of 4 to 10; use its number, such as 6.1.2 or 9.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nonconformity is graded; choose major or minor in &quot;Grade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a nonconformity has a grade; clear &quot;Grade&quot;, or set the result to nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1 belongs to another audit; link an item of this finding&apos;s audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit programme is recorded; plan the internal audits of a cycle of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of audit %1 (reported on %2) are not yet reported to management; record the date and to whom on its programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) or applicable control(s) are not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::AuditorCompetence</name>
    <message>
        <source>%1 (%2) holds the auditing competence %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but the competences register records no competence in auditing for them; record it with how it was shown, or choose a competent auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but their competence in auditing is recorded as &quot;%4&quot; (%5); close the gap with a training, or pair them with a competent auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Catalogue</name>
    <message>
        <source>The program&apos;s built-in catalogue %1 is damaged; reinstall ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::CatalogueCheck</name>
    <message>
        <source>position</source>
        <extracomment>Attributes of an Annex A control, as in &quot;The theme of A.5.1 differs from the ... catalogue.&quot;
----------
Attributes of a clause, as in &quot;The title of clause 4.1 differs from the ... catalogue.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control types attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security properties attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cybersecurity concepts attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational capabilities attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security domains attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;new in 2022&quot; mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A control A.%1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds an Annex A control A.%1 that the %2 catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of A.%2 differs from the %3 catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a clause %1 that the %2 catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of clause %2 differs from the %3 catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 control %1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of ISO/IEC 27001:2013 control %2 differs from the %3 catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file maps an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking row of control A.%1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking row of clause %1 is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a tracking row &quot;%1&quot; that matches no control or clause of the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file records the catalogue edition &quot;%1&quot;, which this version of ISMS Workbench does not know, so its catalogue rows could not be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2022 controls that ISO/IEC 27001:2013 control %1 maps to differ from the %2 catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ChangeLog</name>
    <message>
        <source>Change-log rows before row %1 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-log row %1 does not follow the row before it; rows were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-log row %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ChangeLogHead</name>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <extracomment>The head of the change log: its entry count and the start of the newest entry&apos;s hash.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ContextRules</name>
    <message>
        <source>The scope of the ISMS (4.3) is not recorded; write it on the Scope page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %1 is still a draft; have it approved and record by whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %1 does not say yet whether climate change is a relevant issue; record the decision and its rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current internal or external issue (4.1) is recorded; list the issues that affect what the ISMS can achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interested party (4.2) is recorded; list the parties that matter to the ISMS and their requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it is not decided yet which of its requirements the ISMS addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: its requirements are addressed, but not how; describe it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ContextSpecs</name>
    <message>
        <source>An approved scope names who approved it and on which date; fill in &quot;Approved by&quot; and &quot;Approval date&quot;, or keep it a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the scope was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on climate change needs its rationale; write why it is or is not a relevant issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ControlStatusReport</name>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of a report section: &quot;A.5 Organizational controls&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in percent, e.g. &quot;54.8 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a theme&apos;s summary: &quot;12 Implemented&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls in this theme: %1 (%2).</source>
        <extracomment>Summary under a theme heading: &quot;Controls in this theme: 37 (12 Implemented, 8 Planned).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report shows the implementation status of every Annex A control of %1 as recorded in the project on %2. A control needs no further work when it is implemented or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (implemented or not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status per theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls per theme and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation status of the %1 Annex A controls</source>
        <extracomment>Subtitle on the cover of the control status report; %1 is &quot;ISO/IEC 27001:2022&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Csv</name>
    <message>
        <source>The CSV text has a quoted field that is never closed (line %1); check the quotes in that line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Database</name>
    <message>
        <source>The check of &quot;%1&quot; was stopped before it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist; check the file name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read; check that it is a file and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened; check that the file is readable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only on disk; open it read-only or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an upgrade, but its backup copy could not be written; free some disk space or move the file to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to 200 characters; enter a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another file name (existing files are never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project could not be written in &quot;%1&quot;; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project could not be saved as &quot;%1&quot;; check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a fixture there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only; open it again for editing to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved because the project file is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to the project file; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written in &quot;%1&quot;; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written; check the disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;; check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISMS Workbench project; choose a .isms file made by ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of ISMS Workbench (schema %2; this version reads up to %3); install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains database objects that ISMS Workbench did not create, so it was not opened; ask for a clean copy or run &quot;isms-cli check&quot; on it for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project could not be written; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new project could not be written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left half-saved by a program that stopped during a save; its last complete save was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left half-saved and must be restored before it can be edited, but its folder cannot be written; copy it together with &quot;%2&quot; to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being saved by the program that holds its lock, or that program stopped half-way; try again in a moment, or take over the lock to restore its last complete save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was made by an older version of ISMS Workbench and must be upgraded before it can be edited; a backup copy is kept when it is upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was updated to the current file format; the previous version is kept as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left half-saved by a program that stopped during a save; you see its last complete save, and the file is restored when it is next opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the format of an older version; it was read through an updated temporary copy and left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ISMS Workbench project, but the file is damaged; open your latest backup copy of it instead and keep the damaged file for &quot;isms-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ISMS Workbench project, but the file is damaged; open a backup copy instead, such as &quot;%2&quot; beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::DemoData</name>
    <message>
        <source>The demo holds between 1 and %1 risks; %2 is outside that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s built-in demo table %1 is damaged; reinstall ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::DocumentControl</name>
    <message>
        <source>Working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>On a report&apos;s cover: who approved this version and when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <extracomment>A report&apos;s version when its document control says it was withdrawn: &quot;2.1 (withdrawn)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>A report&apos;s version while its document control says it is a draft: &quot;2.1 (draft)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::DocumentControlSpec</name>
    <message>
        <source>An approved report names who approved it and on which date; fill in &quot;Approved by&quot; and &quot;Approval date&quot;, or keep it a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the report was approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::DocumentRules</name>
    <message>
        <source>A topic-specific policy names the Annex A controls or the topic it covers; fill in &quot;Annex A controls or topic&quot; (for example &quot;A.5.15, A.8.2&quot; or &quot;access control&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clause of ISO/IEC 27001 from 4 to 10; give clause numbers such as 5.2 or 6.1.3, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved version names who approved it and when; fill in the approver and the approval date, or keep the version in draft or in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document already has a version %1 (%2); give the new version another label, such as the next number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement date %1 lies in the future; give the date the person acknowledged the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a policy; acknowledgements record who has read the information security policy or a topic-specific policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty that top management shows says how it is shown; fill in &quot;How it is shown&quot; (the meeting, decision or document), or set the status to not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document version %1 is approved and never changes; for any change add a new version of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document version %1 is marked approved but was never approved in ISMS Workbench; it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved document version %1 differs from what was frozen when it was approved; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document version %1 was approved but is no longer marked so; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::DocumentService</name>
    <message>
        <source>A document version needs its file; give the path of the file to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document version has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of document version %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run &quot;isms-cli check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::EntitySpec</name>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is stored with its file: attach it with &quot;isms-cli attach FILE KIND ID PATH&quot; rather than adding or importing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal and external issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document control of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS risk or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS risks and opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment run freezes the whole risk register: record one with &quot;isms-cli run-assessment FILE --scope TEXT --by NAME&quot; or &quot;Record assessment run…&quot; on its page rather than adding or importing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment run is frozen as it was recorded and cannot be changed or removed; record a new run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document version comes with its file: add it with &quot;isms-cli add document-versions FILE --document DOC-001 --version 1.0 --file PATH&quot; or &quot;Add version…&quot; on the documents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric objective link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric objective links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric objective link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric objective links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit clause link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit clause links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit clause link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit clause links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit control link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit control links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident risk link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident risk links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident risk link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident risk links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier risk link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier risk links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier risk link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier risk links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier asset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier asset links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity change link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity change links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonconformity change link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonconformity change links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::EnumSpec</name>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human, deliberate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human, accidental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal or regulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal and regulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic and market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental and climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic-specific policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R: Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: Accountable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I: Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity and corrective-action register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing or social engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data leak or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::EvidenceService</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size limit per evidence file differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project holds a stored file (SHA-256 %1) that no evidence names; it was added outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256; it was changed outside ISMS Workbench. Attach the original again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of %1 is missing from the project; it was removed outside ISMS Workbench. Attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size recorded for %1 differs from its stored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to a register that does not exist (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached to %2 %3, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist; check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the path of one file to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2, more than the project&apos;s limit of %3 per evidence file; nothing was stored. Attach a smaller file or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a register evidence can be attached to; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run &quot;isms-cli check&quot; and attach the original again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written; check that its folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size limit per evidence file must lie between 1 byte and 1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence %1 of %2 %3 expired on %4; attach current evidence, or remove it once it is no longer needed.</source>
        <extracomment>%1: evidence and file name, &quot;EV-003 (backup-test.log)&quot;; %2: &quot;control&quot;; %3: &quot;A.8.13&quot;; %4: the expiry date, YYYY-MM-DD.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::EvidenceSpec</name>
    <message>
        <source>&quot;%1&quot; is not a register evidence can be attached to; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date %1 lies before the evidence date %2; give a later expiry date or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::EvidenceStore</name>
    <message>
        <source>The stored file is missing from the project; run &quot;isms-cli check&quot; on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Field</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::FieldSpec</name>
    <message>
        <source>%1 is required; enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2, which it may not hold; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between the years %2 and %3; enter a realistic date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 low, 2 medium, 3 high, 4 very high; empty while not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the risk is with the existing controls in place, on the method&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How severe the consequences would be, on the method&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the risk is once the treatment is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How severe the consequences would be once treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual level number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk owner who approved the treatment plan and accepted the residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a residual risk above the acceptance threshold is accepted; needed for its sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the control applies: every status but &quot;Not applicable&quot; includes it in the Statement of Applicability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal, contractual, business or good practice, as many as apply; risk treatment is added from the risks that name the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an excluded control does not apply; the auditor reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the control is implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date or period end the file proves, not when it was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the control comes from: a sector rule, ISO/IEC 27017 or 27018, a contract, or the organisation&apos;s own decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed by the ISMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ISMS addresses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issued version of the Statement of Applicability that this scope goes with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues and requirements considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate change rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policies, procedures and records that carry out or show the control, by their ids or titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will show that the objective is met: a number, a date or a state that can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How results are evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy statement served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was communicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the change meets one of the reassessment triggers of the risk methodology; its risks are then assessed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the change was reviewed for unintended consequences, and those mitigated where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Externally provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether another organisation runs the process for you; it then names its supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the process is controlled (8.1): the criteria it must meet and how you know it meets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passes between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks whose residual level was above the acceptance threshold when the run was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the frozen method and register; &quot;isms-cli check&quot; recomputes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clauses of ISO/IEC 27001 (4 to 10) the document serves, separated by commas: &quot;5.2&quot; or &quot;6.1.3, 8.3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest approved version of the document, from its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: sets objectives or how they are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the information security policy: it states the security objectives, or the frame in which they are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: promises to meet requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the information security policy: it promises that the requirements that apply to information security will be met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: promises ongoing improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the information security policy: it promises to keep improving the ISMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the person belongs to the top management that directs the organisation: leadership duties and the management review&apos;s attendance count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a custom frequency: the days between two measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value that counts as met, as a number such as 95 or 2.5; the direction says whether it is a minimum or a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed and evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the change took effect; a significant change implemented after the latest assessment run calls for a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the resource is for: a process, an objective, a control or a treatment task (&quot;PR-003&quot;, &quot;OBJ-002&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the holder may decide or approve on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who holds the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who stands in while the holder is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role makes sure that the ISMS meets the requirements of ISO/IEC 27001 (5.3 a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role reports on how the ISMS performs to top management (5.3 b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the organisation was told who holds the role: an intranet page, an announcement, the organisation chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R does the work, A answers for it (one per process), C is asked before, I is told after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the person has the competence; a gap is closed by a training that names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, training or experience that shows the competence, and how it was checked; attach proof on the Evidence tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the person attended; a date to come marks a planned training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the training reached its aim (7.2 c), judged some time after it took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How effectiveness was judged: a test, an observation, a phishing simulation&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who communicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How audits gather evidence: on site, remote, document review, sampling, interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the importance of the processes and the results of earlier audits decide what is audited when and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit covers every clause from 4 to 10 and every applicable Annex A control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause (9.2), an Annex A control (A.5.15) or a document of your own (DOC-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own grading of a nonconformity: major or minor. Only a nonconformity has a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the audit pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the audit pack lists the file and supplies it (included), lists it without supplying it (redacted), or leaves it out altogether</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the supplier provides a cloud service, whose acquisition, use, management and exit the ISMS governs as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer of the five-whys analysis: why did the previous step happen? The helper on the page walks through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar ones exist or could occur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether nonconformities like this one exist elsewhere or could occur; say where in the note below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement not fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar nonconformities: where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the nonconformity happened, found for instance with the five-whys helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done at once to control and correct the nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding a review freezes its inputs as the project stands on that day; a held review cannot be planned or held again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: previous actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: issues, parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the review decided: an improvement, a change to the ISMS (which becomes a planned change), a resource, or something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned change (6.3) that carries out a change needed; &quot;Make planned change&quot; creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::FieldText</name>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::FileRecovery</name>
    <message>
        <source>&quot;%1&quot; was left half-saved and cannot be restored here because the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was left half-saved and its last complete save could not be restored; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be copied to a temporary folder for reading; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::HistoryAnchor</name>
    <message>
        <source>Change-log entries of this project that this computer saw on %1 were rewritten (at or before entry %2); compare the file with a backup copy and run &quot;isms-cli check&quot; on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This project&apos;s change log has %n entries, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::HistoryPlausibility</name>
    <message numerus="yes">
        <source>%n more change-log entries break the same rule.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change-log entry %1 has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, before entry %3 (%4); times were changed or entries reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s creation date is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s creation date (%1) does not match the time of its first change-log entry (%2); it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author of change-log entry %1 is not a plausible name (empty, too long, or with control characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ImprovementRules</name>
    <message>
        <source>%1 %2 is closed without an effectiveness review that found it effective; record the review or reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was raised on %3 and its root cause is still not recorded; determine it, for instance with the five-whys helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no corrective action; plan one that removes its cause, or record why none is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action %1 %2 was due on %3 and is not done; finish it or agree a new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 %2 is resolved but states no lessons learned; record what it taught and what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 %2 was due for review on %3; review its security performance and record the next date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier %1 %2 is of high or critical importance but has no security requirements; agree them and record them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::IncidentSpecs</name>
    <message>
        <source>The incident was detected on %1, before it occurred on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was reported on %1, before it was detected or occurred on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed incident states what was learned from it; fill in &quot;Lessons learned&quot; before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review on %1 lies before the last review on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last review date %1 lies in the future; plan it as the next review instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::IntegrityService</name>
    <message>
        <source>control A.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s organisation name has no entry in the change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s creation date differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s catalogue edition differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s id differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 was set without an entry in the change log; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset dependencies run in a circle: %1. Remove one of its links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::IsmsCalendar</name>
    <message>
        <source>Assess the information security risks again and record the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review risk %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete treatment task %1 %2 (risk %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the action on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieve and evaluate objective %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review process %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review document %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure metric %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew evidence %1 &quot;%2&quot; for %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete corrective action %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review supplier %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformation</name>
    <message>
        <source>ISMS scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved scope in the scope register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved policy in the documented-information register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk method, approved with the risk report under document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment options and acceptance threshold of the risk method, approved with the risk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued version of the SoA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks for every risk that is modified, avoided or shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives with measurable targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records and competences held, or an approved record naming 7.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information the ISMS needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved procedures, plans and records in the documented-information register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented information of external origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of external origin identified in the documented-information register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence that processes run as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating ISMS processes with the criteria that control them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated risk assessment runs that freeze the rated register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual ratings and the risk owners&apos; sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements of the metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities and the actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope %1 is a draft; have it approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scope is recorded; state the ISMS scope and have it approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk report %1, which states the method, is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk method is recorded, but the risk report that states it is not approved; approve it under document control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the SoA is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability is issued; decide every control and issue version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk is recorded, so there is no treatment plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk %1 is to be treated but has no treatment task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk being treated has its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective %1 has no measurable target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) with measurable targets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The process %1 does not say by which criteria it is controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating ISMS process is recorded with its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operating process(es) with their criteria.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No risk is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk %1 has no residual rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk %1 is not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of the risk %1 has not signed off its treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open risk has its residual rating and its owner&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open risk is rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security policy is recorded in the documented-information register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the other documents are not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documented-information register holds no procedure, plan or record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document of external origin (a law, a contract, a supplier&apos;s manual) is identified in the documented-information register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training record(s) and %2 competence(s) held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences are required but none is recorded as held, and no training is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competence or training is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks are rated, but no dated assessment run keeps the results; record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics are defined but nothing is measured yet; start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric is defined or measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the project holds it yet; record it in the documented-information register, naming the clause, and approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved and names clause %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names clause %2 but is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approved procedure(s), plan(s) or record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of external origin identified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment run(s) recorded, the latest %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit programme %1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit programme %1 is still a draft; approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit programme is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits are planned but none is reported yet; start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal audit is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity is recorded; record each one with its correction and corrective actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) with corrective actions and a reviewed effectiveness.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities are recorded, but none has a corrective action whose effectiveness was reviewed; start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity with corrective actions and their results is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 was held on %2 and its minutes are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 was held but its minutes are not approved yet; record who approved them and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review is held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved audit programme, or an approved document naming 9.2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported audits, or approved audit reports naming 9.2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held management review with approved minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities with their corrections and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions with the review of their effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformationSection</name>
    <message>
        <source>Mandatory documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 4 to 10 of ISO/IEC 27001 require documented information in fifteen places; split into the items they hold, these are the %1 below. The project holds %2 of them in full. An item is present when the record that holds it exists and is approved or complete, incomplete when it is a draft or leaves records out, and missing when nothing holds it; a document of the documented-information register that names the clause and is approved counts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::MetricRules</name>
    <message>
        <source>%1 %2: it has no target value; say which value counts as met and whether it is a minimum or a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it has never been measured; record its first measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it was last measured on %3 and was due again on %4; record a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: its measurements since %3 have not been evaluated; close the period with a dated conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no metric measures it; link a metric that shows whether its target is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not done; finish it, reject it or set a new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for &quot;%2&quot;; write digits with at most %3 before and %4 after the decimal point, such as 12.5 or -3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric measured at a custom frequency gives its interval; fill in &quot;Every how many days&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Every how many days&quot; is only for a custom frequency; clear it or choose &quot;Custom&quot; as the frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement is dated %1, which lies in the future; record it on the day it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was evaluated on %1, before it started on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation is dated %1, which lies in the future; give the day on which the conclusion was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the improvement was raised; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement is raised on %1, which lies in the future; give the day it was raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done improvement states what it achieved; fill in &quot;Result&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::MetricTrend</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::MetricsReport</name>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period on the metrics report: &quot;2026-01-01 to 2026-03-31&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics with their measurements, trends and evaluations; the improvement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>The latest measurement of a metric: &quot;4.5 on 2026-10-31&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurement is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period has been evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Migrations</name>
    <message>
        <source>The program&apos;s schema migration %1 is missing; reinstall ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be upgraded because a transaction could not start; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the project to schema version %1 failed; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite could not be started; reinstall ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a %1 named &quot;%2&quot; that ISMS Workbench does not create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 named &quot;%2&quot; differs from the definition ISMS Workbench creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 named &quot;%2&quot; is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::NonconformityRegisterSection</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity is recorded; the register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>An effectiveness review in the register table: &quot;Effective, 2026-10-01, Nora Eklund&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No corrective action is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security incident is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from %1: the nonconformities raised or closed in it and those still open, with their corrective actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonconformity was raised or closed in the period, and none is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period from %1: the incidents that occurred in it and those not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security incident occurred in the period, and none is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::NonconformityReport</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities with their correction, root cause, actions and effectiveness review (10.2); incidents and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::NonconformityService</name>
    <message>
        <source>Incident %1 has already raised nonconformity %2; open that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 has already raised nonconformity %2; open that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 is no nonconformity, so it raises none; record an observation or an opportunity in the improvement log instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <extracomment>The source reference of a nonconformity raised by an audit finding: &quot;AUD-001, finding F-003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::NonconformitySpecs</name>
    <message>
        <source>A nonconformity is closed only after an effectiveness review found its actions effective; record the review date and the result &quot;Effective&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An effectiveness result comes from a review; give the date of the review in &quot;Reviewed on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; record the review once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing date belongs to a closed nonconformity; set the status to &quot;Closed&quot; or clear &quot;Closed on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date %1 lies before the effectiveness review of %2; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completion date belongs to a done action; set the status to &quot;Done&quot; or clear &quot;Done on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion date %1 lies in the future; give it once the action is done, and use &quot;Due date&quot; until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::PdfExport</name>
    <message>
        <source>The report could not be saved because %1 exists and cannot be replaced; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved because the folder of %1 does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check the free space and permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::PeopleRules</name>
    <message>
        <source>no one holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its holder %1 has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3; name the person who holds the role now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 lacks this competence %4 and no training is planned to close the gap; record one that names it, or another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entirely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, held on %3: whether it was effective is not evaluated after %4 days; evaluate it and record the result (7.2 c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role is given the duty of making sure that the ISMS conforms to ISO/IEC 27001 (5.3 a); assign it to a role and name who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ensures the conformity of the ISMS (5.3 a), but %3; name an active holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role is given the duty of reporting on the performance of the ISMS to top management (5.3 b); assign it to a role and name who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 reports the performance of the ISMS to top management (5.3 b), but %3; name an active holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no role is Accountable for the process in the RACI matrix; mark exactly one role with A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 roles are Accountable for the process in the RACI matrix; keep exactly one A and make the others R, C or I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communication is planned (7.4); record what the ISMS communicates, when, to whom, by whom and how.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::PeopleSpec</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; write it as name@example.org, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::PlanningRules</name>
    <message>
        <source>%1 %2: no action is planned for it yet; record how the ISMS addresses it, who owns it and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: its action was due on %3 and is not done; finish it or set a new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it has no measurable target; say what will show that it is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not achieved; evaluate its results or set a new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a significant change is done, but no risk reassessment is recorded; note which assessment covered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the change is done but was not reviewed for unintended consequences; review it and note what was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::PlanningSpecs</name>
    <message>
        <source>Whether the action worked is decided in a review; write what the review found in &quot;Review note&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; give the date on which the action was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objective that was achieved or missed records the evaluation of its results; fill in &quot;Evaluation of results&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the objective was set; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective was last reviewed on %1, before it was set on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The implementation date %1 lies in the future; give it once the change has taken effect, and use &quot;Planned date&quot; until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProcessMap</name>
    <message>
        <source>A process cannot interact with itself; choose another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interaction names a process that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already passes something to %2; describe everything that passes in that one interaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProcessMapChart</name>
    <message>
        <source>No process is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>In a box of the process map: who provides an external process.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProcessReport</name>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes the ISMS needs (4.4), the criteria that control them (8.1) and what passes between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each box is a process, each arrow what one process passes to another; a curve below the boxes closes a circle. Dashed boxes are provided from outside, grey ones planned or retired. %1 processes, %2 interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house</source>
        <extracomment>Who runs a process: the organisation itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProcessRules</name>
    <message>
        <source>%1 %2: the process has no owner; name who is responsible for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no criteria say how the process is controlled (8.1); state them and how you know they are met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process of the ISMS (4.4) is recorded; list the processes it needs and how they interact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProcessSpecs</name>
    <message>
        <source>A process provided from outside names its supplier; fill in &quot;Supplier&quot;, or mark the process as run in-house.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProjectIdentity</name>
    <message>
        <source>The project file has no valid project id; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProjectLock</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already open for editing by %2 on %3 since %4; close it there or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file beside &quot;%1&quot; cannot be written; open the project read-only or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ProjectService</name>
    <message>
        <source>The project file has no project record; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to %1 characters; enter a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RaciMatrix</name>
    <message>
        <source>Role %1 already has a letter for process %2; change that assignment instead of adding a second one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RaciReport</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <extracomment>A person in a report who has left the organisation: &quot;Erik Sand (left)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A role without a holder or deputy in the roles table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How and when a role was communicated: &quot;Intranet page, 2026-03-02&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per ISMS process, one column per role. R does the work, A answers for the result and approves it (exactly one role per process), C is asked before, I is told after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix is empty: it needs ISMS processes and roles to be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A column of the RACI matrix: the role&apos;s reference and name, &quot;RL-002 ISMS Manager&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes without exactly one Accountable role: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of the ISMS, the assignments of clause 5.3 and the RACI matrix over the ISMS processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheck</name>
    <message>
        <source>Major</source>
        <extracomment>Severity of a readiness finding: likely a major nonconformity in a certification audit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning (6.1.1, 6.2, 6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks and opportunities of the ISMS itself are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk and opportunity of the ISMS has an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on the ISMS&apos;s risks and opportunities are done by their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information security objectives are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every objective has a measurable target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives past their due date are achieved or evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A significant change that is done says how the risks were reassessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that is done was reviewed for unintended consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security objective (6.2) is recorded; set measurable objectives with their owners and due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS itself (6.1.1) is recorded; record what could keep it from its outcomes and what could help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS processes (4.4, 8.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes of the ISMS are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every process of the ISMS has an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every process of the ISMS states the criteria by which it is controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context of the organisation (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope of the ISMS is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope in force is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope says whether climate change is a relevant issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current internal and external issues are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested parties are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every interested party it is decided which requirements the ISMS addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ISMS addresses a party&apos;s requirements, it says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability (6.1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every included control has a reason: a risk it treats or a stated one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every excluded control has a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No excluded control is named by a risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every included control not yet implemented has a target date or a treatment task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment and treatment (6.1, 8.2, 8.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has a treatment option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every residual risk above the acceptance threshold is accepted by its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk is past its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence file is past its expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment runs (8.2, 8.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated risk assessment run is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest assessment run lies within the interval the risk method sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant change was implemented after the latest assessment run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses 4 to 10 and their documented information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clause of 4 to 10 is marked &quot;not applicable&quot;: they apply to every ISMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of documented information that clauses 4 to 10 require is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of required documented information is approved and complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 is marked &quot;not applicable&quot;, but clauses 4 to 10 apply to every ISMS; set its status to where the work stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership, policy and documented information (5, 7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management shows each of its leadership duties, with evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An information security policy is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information security policy is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy covers objectives, meeting requirements and ongoing improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active person has acknowledged the approved policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is past its review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every approved document has an approved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and support (5.3, 7.2 to 7.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role held by an active person ensures that the ISMS conforms to the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role held by an active person reports the performance of the ISMS to top management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role is held by a person who is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one role is Accountable for each ISMS process in the RACI matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every competence that is missing or held in part has a training planned to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effectiveness of every training is evaluated within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communication plan says what is communicated, when, to whom, by whom and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance evaluation and improvement (9.1, 10.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics say what is monitored and measured to evaluate the ISMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active metric has a target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active metric is measured as often as it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements are analysed and evaluated, each period closed with a dated conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every objective with a target is measured by a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements are done, or rejected, by their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active metric (9.1) is recorded; say what is measured, how, how often and by whom, and who evaluates the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest internal audit (%1, %2) is more than twelve months old; hold the next one and record its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal audit is recorded (9.2); hold one and record its results as an approved record naming clause 9.2.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest management review (%1, %2) is more than twelve months old; hold the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No management review is recorded (9.3); hold one and record its results as an approved record naming clause 9.3.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the internal audit %1 of %2 have not gone to a management review held after it; put them on the next review&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal audit was held in the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management reviewed the ISMS in the last twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest internal audit&apos;s results went to a management review held after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal audit (9.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit programme plans the internal audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auditor audits an area they own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of every completed audit are reported to management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: the audits of the cycle cover every clause and applicable control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities, incidents and suppliers (10.2, A.5.19-A.5.28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open nonconformity has its root cause within 30 days of being raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every nonconformity that is not closed has a corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed nonconformity had an effectiveness review that found it effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions are done by their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved or closed incident states its lessons learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers are reviewed by their next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplier of high or critical importance has security requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review (9.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management attends every held management review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every held management review considered each input of 9.3.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions decided in management reviews are done by their due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every auditor has a competence in auditing recorded as held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheckReport</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness check walks the whole project on %1 and lists, rule by rule, what a certification auditor would find missing, each point naming the record to fix. The score is the share of the rules checked that pass, a major rule weighing three times a minor one; 100 means that no rule found a point, and a rule about a record that is missing does not pass either. Rules whose registers this project does not hold yet are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <extracomment>The readiness score: &quot;68 of 100&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement of the standard is not met: likely a major nonconformity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requirement is met in part or a record is incomplete: likely a minor nonconformity or an observation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule found a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a finding about a record that does not exist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No point in this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule of the check, with the clause of ISO/IEC 27001 it serves and its result. Rule ids are stable, so that a finding can be traced from one check to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>Result of a rule whose register this project file does not hold yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>Result of a rule: how many points it found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <extracomment>Result of a rule that cannot pass while another rule (its id) finds a point.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score %1 of 100: what a certification auditor would find missing, rule by rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReadinessRules</name>
    <message>
        <source>%1 &quot;%2&quot; is rated %3, above the acceptance threshold, and has no owner; name the person accountable for it.</source>
        <extracomment>%1 %2: risk reference and title; %3: its level (&quot;High&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is rated %3, above the acceptance threshold, and no treatment is chosen; decide how to treat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; remains at %3, above the acceptance threshold, without its owner&apos;s sign-off; have the owner accept it or treat it further.</source>
        <extracomment>%3: the residual level (&quot;High&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was due for review on %3; reassess it and set the next review date.</source>
        <extracomment>%3: the review date, YYYY-MM-DD.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment task %1 &quot;%2&quot; of risk %3 was due on %4 and is not done; finish it or set a new date.</source>
        <extracomment>%1 %2: task reference and title; %3: its risk&apos;s reference; %4: the due date, YYYY-MM-DD.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no information security policy; add a document of type &quot;Information security policy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information security policy %1 is not approved; have top management approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objectives or how they are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promise to meet requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promise of ongoing improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information security policy %1 lacks %2; add it to the policy and tick it in the content checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not acknowledged the information security policy %2; record their acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1 was due on %2; review it and set the next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved but has no approved version; add the approved file as a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management has not yet shown the leadership duty %1; record how it is shown and attach evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leadership duty %1 is marked as shown but has no evidence; attach the minutes, decision or message that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordExtras</name>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordHistoryCheck</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no creation entry in the change log; it was added outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creation entry of %1 in the change log cannot be read; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing although the change log never recorded its deletion; it was deleted outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordImport</name>
    <message>
        <source>&quot;%1&quot; cannot be read; check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it again as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row and one row per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON array of objects (%1); export one with &quot;isms-cli list %2 FILE --format json&quot; to see the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the JSON array is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping; write &apos;Header=field&apos; with a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column and &quot;%1&quot; both give %2; remove one or map it to another field with --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column for %1, which every new %2 needs; add the column or map one to it with --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first worksheet is empty; it needs a header row and one row per record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file that can be imported; use a .csv, .xlsx or .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the %2; give a reference such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordLinks</name>
    <message>
        <source>there is no %1 &quot;%2&quot;; list them with &quot;isms-cli list %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordRepository</name>
    <message>
        <source>The register does not name records of other registers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RecordService</name>
    <message>
        <source>The reference %1 is already used by another %2; choose another or leave it empty to get the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 &quot;%2&quot;; list them with &quot;isms-cli list %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not fit its register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed by hand; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed while records of %2 refer to it (%3); remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link target &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 come from the catalogue of the standard: their tracking can be changed, but none can be added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference of %1 cannot be changed while %2 name it (%3); keep the reference, or remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RegisterCatalogue</name>
    <message>
        <source>The program&apos;s starting catalogue of %1 is damaged; reinstall ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RegisterTable</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A value left empty in a record printed as labels and values.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReportOptions</name>
    <message>
        <source>Internal</source>
        <extracomment>The default classification label printed on every page of a report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReportRenderer</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Version %2</source>
        <extracomment>Footer of report pages: document id and version, e.g. &quot;ISMS-RPT-CTL · Version 1.0&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Generation time in report footers and covers, e.g. &quot;2026-11-23 17:40 UTC&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no output to be drawn on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn because its output could not be opened; check the printer or the target file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn because the output refused a new page; check the printer or the target file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>Above a table that continues from the previous page: &quot;A.5 Organizational controls (continued)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RequirementService</name>
    <message>
        <source>There is no Annex A control &quot;%1&quot;; use an id from A.5.1 to A.8.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clause &quot;%1&quot;; use a clause number from 4 to 10.3, such as 6.1.2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RequirementSpecs</name>
    <message>
        <source>The risk-treatment reason comes from the risks that name the control; link the control to a risk instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for including a control; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause %1 cannot be &quot;not applicable&quot;: clauses 4 to 10 apply to every ISMS. Set its status to where the work stands, from &quot;not started&quot; to &quot;implemented&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ResourceSpec</name>
    <message>
        <source>An approved or provided resource names who is responsible for it; fill in &quot;Owner&quot;, or keep it as requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReviewInputs</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 recorded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new since the previous review on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new since records began (no earlier review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2) %3 - %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action was decided in an earlier review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue or interested party changed since the previous review on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue or interested party is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: latest %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target %1 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target %1 not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; evaluated %1 (target met: %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active metric is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): addressed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [updated since the previous review]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interested party is recorded, so no feedback was compiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest assessment run %1 on %2: %3 risks, %4 above the acceptance threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk assessment run is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register: %1 risks (%2); %3 without a treatment decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue treatment task %1 %2 (due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks: %1 open (%2 overdue), %3 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open improvement or opportunity is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 register in this project, so nothing could be compiled from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in external and internal issues and interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment of the information security objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from interested parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of risk assessment and status of risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities for continual improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of the review cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReviewMinutesReport</name>
    <message>
        <source>There is no management review %1; &quot;isms-cli list FILE management-reviews&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendee is recorded for this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of top management attended this review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs (9.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs below were compiled from the project and frozen when the review was held (period up to %1, SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled from the project as it stands on %1 and will be frozen when the review is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: no notes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review decided no action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1: inputs, discussion, decisions and actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReviewRules</name>
    <message>
        <source>No member of top management attended management review %1; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs frozen with management review %1 miss %2; consider them in the next review and record them in its discussion notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review action %1 was due on %2 and is not done; finish it, or record a new due date that the next review confirms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::ReviewService</name>
    <message>
        <source>The frozen inputs of management review %1 no longer match their SHA-256; they were changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 have no entry in the change log; they were added outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 differ from those logged when it was held; they were changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are missing from the project; they were removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned review has no &quot;Held on&quot; date yet; clear it, or mark the review held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held review says when it was held; fill in &quot;Held on&quot;, or leave the review planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review cannot have been held on %1, which lies in the future; give the day it was held, or leave it planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved minutes say who approved them and when; fill in &quot;Minutes approved by&quot; and &quot;Minutes approved on&quot;, or set the status to held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes cannot be approved on %1, before the review was held on %2; correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done action says when it was done; fill in &quot;Done on&quot;, or choose another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a done action has a &quot;Done on&quot; date; clear it, or mark the action done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen; a review is held only once. Plan the next review as a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen, so it stays in the project as the record of that review; only a planned review can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 was already held on %2 and its inputs are frozen as they stood then; a review is held only once. Plan the next review as a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a &quot;Change needed&quot; output becomes a planned change; %1 is another kind of output. Change its type first if it needs a change to the ISMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has its planned change; open it from the action&apos;s &quot;Planned change&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided in management review %1 as output %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 cannot be read; they were damaged outside ISMS Workbench. Run &quot;isms-cli check&quot; on the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 is held but has no frozen inputs; they were removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management review %1 has frozen inputs but is marked planned; its status was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskCells</name>
    <message>
        <source>Not rated</source>
        <extracomment>A risk level cell of a risk that has no likelihood or impact yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A risk rating under its level: likelihood times impact, &quot;4 × 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskHeatMap</name>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet rated: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::RiskMethod</name>
    <message>
        <source>Rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected within the next five years; no known occurrence here or at peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could happen within five years; it has happened to peers, not to us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could happen within two years; it has happened here before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected within the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected several times a year, or already happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No noticeable effect on customers, operations or compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short disruption or small loss, handled within normal operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruption of a service for up to a day, a loss that needs management attention, or a reportable but contained breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disruption for several days, a significant financial loss, regulatory action or damage to reputation in the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s existence, licence or key customer relationships are at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be shared with anyone; disclosure causes no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff and contracted partners; disclosure causes little harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For named groups with a need to know; disclosure harms the organisation or the people concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For named people only; disclosure causes severe harm. Encrypted at rest and in transit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A significant change to the scope, the organisation or its processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or changed system, supplier or location that handles classified information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security incident or a nonconformity that reveals an unassessed risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new legal, regulatory or contractual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the risk level &quot;%1&quot; is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix needs one row for each step of the likelihood scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix needs one column for each step of the impact scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix cell for likelihood %1 and impact %2 names no risk level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance threshold must be one of the risk levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks must be reviewed at least every 60 months; the interval is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 reassessment triggers can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reassessment trigger must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method&apos;s notes must be plain text of at most 20000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored risk assessment method is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs between %2 and %3 steps; it has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the %2 needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of step %1 of the %2 must be one line of at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of step %1 of the %2 must be plain text of at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two steps of the %1 are called &quot;%2&quot;; give each its own label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodSection</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood \ Impact</source>
        <extracomment>Corner of the risk matrix table: likelihood down the side, impact across the top.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold: the risk is treated, or it is retained only with a written acceptance rationale and the risk owner&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the acceptance threshold: the risk may be retained; the risk owner signs off the residual risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <extracomment>A risk level named in a sentence: &quot;Medium (level 2)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every information security risk of this ISMS is assessed with the criteria below. Each risk is rated for likelihood and impact on the two scales; the matrix turns the pair of ratings into a risk level, and the level is compared with the acceptance threshold. Because every assessment uses the same scales, matrix and threshold, an assessment made later or by someone else reaches the same level for the same situation, and results can be compared over time. The method is stored in the project file, and every change to it is recorded in the change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely a risk is to occur with the controls that are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How severe the consequences would be if the risk occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of a risk is read where its likelihood row meets its impact column. The same matrix gives the residual level from the ratings expected once the treatment is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels and acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance threshold is %1. A risk whose residual level is at or below it may be retained once its owner signs it off. A risk above it needs treatment; where it is retained nevertheless, its owner signs it off only with a written acceptance rationale, which this report prints with the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and assets are classified on this scheme, lowest first; the classification of the assets concerned informs the impact rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and reassessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk is reassessed at least every %1 months, and its next review date is set in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None are defined beyond the review interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodService</name>
    <message>
        <source>The project&apos;s risk assessment method was damaged outside the program (%1); the default method is used until it is set again on the Methodology page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment method has no entry in the change log; it was written outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment method differs from the last version in the change log; it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk assessment method is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskRegisterSection</name>
    <message>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat / vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each risk owner approves the treatment of the risk and accepts the residual risk by signing it off. The acceptance threshold is %1; a residual level above it is signed off only with an acceptance rationale. Where a risk has not been re-rated for its treatment, its current level stands for the residual one. Signed off: %2 risks. Awaiting sign-off: %3 open risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-off risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk has been signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: within the acceptance threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open risk is signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These open risks have no sign-off yet. They are part of the register like every other risk and are listed here so that their owners can be asked to review and sign them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a risk owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate likelihood and impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold: treat it further, or write an acceptance rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the owner&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every risk of the register, by reference.</source>
        <extracomment>The first sentence of the risk register&apos;s introduction when it prints only some risks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risks named above, by reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rating shows the level the matrix gives and, below it, likelihood × impact on the scales of the method. The current rating takes the existing controls into account; the residual rating is the one expected once the treatment is in place (&quot;Not rated&quot;: not re-rated for its treatment yet). Controls are Annex A controls; planned controls are part of the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskReport</name>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a count per risk level: &quot;3 Low&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A count followed by the references it counts: &quot;2 (R-003, R-007)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report sets out how information security risks are assessed, the risks found, how each is treated and who accepted the residual risk, as recorded in the project on %1. The sections follow the order of the work: the method, the heat maps, the register, the sign-offs and the treatment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By residual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the acceptance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of risks in each cell of the matrix, before and after treatment. The residual map places risks that have not been re-rated for their treatment yet by their current rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment method, heat maps, risk register, sign-offs and treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskReportJson</name>
    <message>
        <source>The risk method frozen in this run cannot be read; run &quot;isms-cli check&quot; on the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RiskRules</name>
    <message>
        <source>%1: &quot;%2&quot; read as %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off needs both the risk owner&apos;s name and the date; give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2): write the acceptance rationale before the risk owner signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Annex A control; use its number, such as 5.15 or 8.24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a step of the method&apos;s scale (%2); %3 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::RoleSpecs</name>
    <message>
        <source>The deputy is the holder of the role; name another person as deputy, or leave &quot;Deputy&quot; empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SoaCarryOver</name>
    <message>
        <source>%1 %2: applicable, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.%1 (from %2)</source>
        <extracomment>%1 is a 2022 control, %2 the 2013 controls it was carried over from</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SoaExport</name>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SoaImport</name>
    <message>
        <source>Review list: what the 2013 SoA leaves to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in ISO/IEC 27001:2022, no 2013 control maps to them (%1): decide whether each applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged from 2013 controls whose answers differ (%1): the control was left as it was; decide its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping; write &apos;Header=field&apos; with one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column and &quot;%1&quot; both give %2; remove one or map it to another field with --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column of control ids (such as &quot;id&quot; or &quot;Control&quot;); add one or name it with --map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no control id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded, so it needs a justification; say why it does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the 114 Annex A controls of ISO/IEC 27001:2013; give an id such as A.9.2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a control of ISO/IEC 27001:2013, not 2022; import the whole file as a 2013 SoA (--edition 2013) to carry it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the 93 Annex A controls; give an id such as A.5.7 or 5.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; write Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row says the control applies but gives the status not-applicable; correct one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row says the control does not apply but gives the status %1; leave the status empty or write not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for including a control; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SoaReport</name>
    <message>
        <source>Risk treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, or justification of the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Annex A controls of %1: which apply, why, and how far they are implemented</source>
        <extracomment>Subtitle on the cover of the SoA; %1 is &quot;ISO/IEC 27001:2022&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not yet issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement lists every control of Annex A of %1 with the decision whether it applies to the information security management system of %2. Included controls give the reasons for their inclusion; excluded controls give the justification of their exclusion. The risk-treatment reason comes from the risks whose treatment names the control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented (of the applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A summary line: &quot;Reason: Legal or regulatory&quot; with the number of controls included for it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of an SoA section: &quot;A.5 Organizational controls&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Column of the SoA: the number of evidence files attached to the control.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the SoA&apos;s additional controls: where a control comes from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional controls</source>
        <extracomment>A summary line of the SoA: the number of controls added beyond Annex A.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls that the organisation found necessary beyond Annex A, from sector rules, other standards or its own decisions, with the same decisions as the Annex A controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft after version %1</source>
        <extracomment>Version of a printed SoA draft: the issued version it follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not yet approved; version %1 is in force (approved on %2 by %3)</source>
        <extracomment>Status of a printed SoA draft: the issued version still in force, its approval date and approver.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changes since version %1, not yet approved: %2.</source>
        <extracomment>Document control of an SoA draft; %2 counts the field changes since the version in force.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <extracomment>In the SoA&apos;s implementation column: the documents a control relates to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SoaVersionService</name>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SoA version; give a version number such as 1, or current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no SoA version %1; its versions are 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no SoA version %1; no version has been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 cannot be read; it was damaged outside ISMS Workbench. Run &quot;isms-cli check&quot; on the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who approved this version of the Statement of Applicability; a version is issued only with its approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s name must be one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what this version of the Statement of Applicability changes; a version is issued only with a change summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change summary is longer than %1 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; issue it again only as a deliberate re-approval of the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version %1 is logged as issued more than once; the change log was written outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version %1 differs from the approval record logged when it was issued (approver, dates, summary or hash); it was changed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA version %1 was issued but is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Sql</name>
    <message>
        <source>The project file cannot be written; check that it is not read-only and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the project file failed; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an ISMS Workbench project; choose a .isms file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is damaged; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file could not be read or changed (%1); nothing was changed. Try again; if it happens again, run "isms-cli check" on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of field names: &quot;audit and control&quot;, &quot;risk, asset and role&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same %1 is recorded already; each may be recorded once. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Status</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::StatusChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::SupportSpecs</name>
    <message>
        <source>An evaluated training says when it was evaluated; fill in &quot;Evaluated on&quot;, or set the effectiveness to &quot;Not yet evaluated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation on %1 lies before the training on %2; an evaluation comes on or after the training, so correct one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Last done&quot; is %1, a date in the future; give the date on which the communication last took place, and put a coming one in &quot;Planned date&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::TextLimitCheck</name>
    <message>
        <source>control A.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 has %3 characters, more than the %4 the program allows; it was written outside ISMS Workbench and is shown cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 contains %3; it was written outside ISMS Workbench and is shown with that character replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Theme</name>
    <message>
        <source>Organizational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technological</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanReport</name>
    <message>
        <source>Risk treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tasks by due date, with their owners, status and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan lists every risk treatment task recorded in the project on %1, with the risk it treats and that risk&apos;s current level. A task that is neither done nor cancelled and whose due date lies before that date is marked &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanSection</name>
    <message>
        <source>Treatment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark of a treatment task past its due date; printed in tables.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open past their due date, marked &quot;%2&quot; below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks that carry out the risk treatments, by due date and then owner, each with the risk it treats and that risk&apos;s current level. A task that is neither done nor cancelled and whose due date lies before %1, the date of this report, is marked &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::TrendChart</name>
    <message>
        <source>at most %1</source>
        <extracomment>A metric&apos;s target: &quot;at least 95 %&quot;, &quot;at most 5 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <extracomment>On a metric&apos;s trend chart: &quot;Target: at least 95 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::UniqueValues</name>
    <message>
        <source>%1 &quot;%2&quot; already has its %4, %3; change that one instead.</source>
        <extracomment>%1: a field (&quot;Report&quot;), %2: its value, %3: the record that holds it (&quot;DC-001&quot;), %4: the register&apos;s noun (&quot;document control&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::Xlsx</name>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook that can be read; save it again as .xlsx or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written; check the folder and the disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read; check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::AssessmentCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the assessment covered with --scope TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who performed the assessment with --by NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is written as an iCalendar file only; give an output file name that ends in .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISMS calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n duties to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records a risk assessment run: freezes the method and the whole risk register as they stand and prints the run&apos;s reference; a run never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is logged and cannot be changed or removed. The date defaults to today; overdue tasks and reviews in the frozen register are judged on that date. &quot;isms-cli list assessment-runs FILE&quot; lists the runs, &quot;isms-cli export assessment-run FILE RUN-001 -o OUT.pdf&quot; prints one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the assessment covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who performed the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was performed (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to record with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the ISMS calendar: every dated duty taken from the records, overdue ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one risk assessment run (its heat maps, register and treatment plan as frozen) as a PDF/A file in landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s reference, such as RUN-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment run is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote assessment run %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the ISMS calendar as an iCalendar file: one event per duty, which a calendar program updates on a later import rather than adding it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditCommands</name>
    <message>
        <source>Say which audit the checklist is for, for example AUD-001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 checklist items; %2 were already on the checklist and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which checklist item to raise, for example CL-0004.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit&apos;s reference, such as AUD-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds an audit&apos;s checklist from the clauses and applicable controls it covers and the approved policies and procedures; items already on it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the finding of a checklist item answered as a nonconformity, an observation or an opportunity for improvement, linked to the item, and prints its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist item&apos;s reference, such as CL-0004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report of one internal audit (scope, team, independence, checklist, findings by grade, conclusion) as a PDF/A file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which finding or incident raises the nonconformity, for example F-001 or INC-002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the nonconformity that an audit finding graded as a nonconformity, or an incident, raises, linked both ways, and prints its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding or incident, such as F-001 or INC-002</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditPackCommand</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit pack is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: give the date of the last certification audit as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since belongs to the surveillance preset; add --preset surveillance or leave --since out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the audit pack is written in; use en, de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--evidence: give the folder to write the evidence files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit pack to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n evidence file(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pack has no evidence index, so no file was written; use --preset stage2 or add &quot;evidence&quot; to --sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the audit pack for the certification body as one PDF/A file: cover, document control, contents, then the sections of the preset, taken from the other reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 (the default) presents the documented ISMS; stage 2 adds the evidence index; surveillance covers the period since the last certification audit, given with --since (a year before today without it). --sections replaces the preset&apos;s sections with the keys given, in the pack&apos;s order: %1. The readiness summary (&quot;readiness&quot;) and the full risk register (&quot;risk-register&quot;) are printed only when named. --evidence DIR writes the included evidence files of the index into DIR under the names the index gives; files set to be redacted are listed but not written, files set to be left out are neither. --language writes the pack in English, German or French. The project file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage1 (the default), stage2 or surveillance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section keys, separated by commas, instead of the preset&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance: the date of the last certification audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the evidence files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, de or fr: the language of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::CliApplication</name>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help; &quot;isms-cli COMMAND --help&quot; shows a command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the program&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check found problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened as a project (not one, newer, damaged, locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another input or output error (missing file, disk full...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: isms-cli COMMAND FILE [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works with ISMS Workbench project files (*.isms) without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given; run &quot;isms-cli --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an isms-cli command; run &quot;isms-cli --help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option here; the command comes first, see &quot;isms-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: isms-cli export KIND FILE -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds available in this version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export, for example &quot;isms-cli export controls FILE -o controls.pdf&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot; is not available in this version yet; it exports %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something isms-cli can export; this version exports %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run &quot;isms-cli %1 --help&quot; for its usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one argument too many; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a command that changes a project: takes over its lock from another program or computer. Use it only when nobody is working on the project there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which register, for example &quot;isms-cli %1 threats FILE&quot;; the registers are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a register; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Change one with &quot;isms-cli set %1 FILE %2 --status ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what &quot;isms-cli %1&quot; should do: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something &quot;isms-cli %2&quot; does; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::CommandHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::ControlCommands</name>
    <message>
        <source>There is no Annex A control &quot;%1&quot;; run &quot;isms-cli controls %2&quot; to list the 93 controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls by status: %1 (%2 in total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an output format; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (new control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, for example 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had these values; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the 93 Annex A controls with theme, status and owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are id, title, theme, status and owner. CSV has a header row and neutralises cells that a spreadsheet would run as a formula; JSON is an array of objects with the same fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one Annex A control, or changes its tracking as one logged action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without options the control is shown with its attributes, its tracking and the 2013 controls that map to it. With options the given fields change together, in one transaction that the change log records field by field; the name recorded is the one set in the preferences, or the ISMS_ACTOR environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control id, with or without &quot;A.&quot; (A.5.1 or 5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-started, planned, partial, implemented or not-applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible; &quot;&quot; clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text notes; &quot;&quot; clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is due; &quot;&quot; clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::DocumentCommands</name>
    <message>
        <source>The file of the version, stored in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which document the version belongs to, for example --document DOC-001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document version needs its file; give it with --file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a file in the project as a new version of a document and prints the version&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files over the project&apos;s size limit per stored file (50 MB unless changed) are refused. An approved version names its approver and approval date and never changes afterwards; a later change is a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the stored file of a document version out, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s reference, such as DV-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::EvidenceCommands</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is missing after %1; give a record, for example &quot;isms-cli evidence FILE controls 5.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register of the record, such as controls, clauses, risks or assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record&apos;s reference, such as 5.1, 4.3 or R-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores a file in the project as evidence of a record and prints the evidence&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same bytes are stored once however often they are attached. Files over the project&apos;s size limit (50 MB unless changed) are refused. The evidence date is the date or period end the file proves, not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the file proves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the file stops proving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evidence of the project or of one record; expired files are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a stored evidence file out, byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence&apos;s reference, such as EV-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit per evidence file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size limit; give a whole number of megabytes from 1 to %2, for example 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the project&apos;s size limit per evidence file, or sets it (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is a setting of the project file, 50 MB unless changed; files over it are refused when attached. One megabyte is 1,048,576 bytes; the limit lies between 1 and 953 MB. Evidence already stored is kept when the limit is lowered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new limit, a whole number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::ExportCommands</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper size; use a4, letter or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the control status report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file is only read. The classification printed on every page defaults to the one set in the preferences; the paper size follows the locale unless --paper is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification label printed on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4, letter or auto (from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the risk report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the risk report (method, heat maps, register, sign-offs, treatment plan) as a PDF/A file in landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment plan is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the treatment plan to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the risk treatment plan (every task by due date, overdue ones marked) as a PDF/A file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the control status report (all 93 controls by theme, with a chart) as a PDF/A file, or the controls as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued version of the Statement of Applicability instead of the working state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability (%1 entries) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version: give the number of an issued version, such as 1; leave it out for the working state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in .pdf, .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote version %1 of the Statement of Applicability to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the Statement of Applicability (every Annex A control, then the additional ones, with applicability, reasons or justification, status and implementation) as a PDF/A file in landscape, or as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --version the working state is written; the PDF then names the latest issued version it follows. With --version N the issued version N is written as it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The readiness report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the readiness report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the readiness check (the score, the points an auditor would raise by area and clause, and every rule with its result) as a PDF/A file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the roles and the RACI matrix to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the roles and the RACI matrix over the ISMS processes (5.3) as a PDF/A file in landscape, or the RACI assignments as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the performance evaluation report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the performance evaluation report (each metric with its trend chart, measurements and evaluations, then the improvement log) as a PDF/A file, or the metrics as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the ISMS processes and their interaction map to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the ISMS processes (4.4, 8.1) with their interaction map as a PDF/A file in landscape, or the process register as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the nonconformity and corrective-action register to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the nonconformities with their corrective actions and effectiveness reviews (10.2), then the incidents and suppliers, as a PDF/A file in landscape, or the nonconformities as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the minutes of one management review (attendees, each input of 9.3.2 as frozen when the review was held with its discussion, the decisions and actions of 9.3.3, the approval) as a PDF/A file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review not held yet shows its inputs as they stand today, marked as not yet frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the management review (MR-002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review minutes are written as PDF only; give an output file name that ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the minutes of management review %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectAccess</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited by %2 on %3 since %4; close it there, or run the command again with --%5 if nobody is working on it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the project&apos;s lock from another program or computer; only when nobody is working on it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is missing; give its name with --org NAME (or use --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation name is empty; give it with --org NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name, isms-cli never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 with the demo data: %3 Annex A controls and %4 clause requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 Annex A controls and %4 clause requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% implemented or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1 (schema version %2, change log entries verified: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems in %1 (%2 in total, listed above); compare it with a backup copy and review the change history before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id needs --entity; for example --entity control --id A.5.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of entries; give a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are recorded for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new project file with the ISO/IEC 27001:2022 catalogues copied in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation the ISMS belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the demo organisation&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, its schema and its tamper-evident change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the change log: who changed which field, when, from what to what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of this kind: control, clause or project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record with this id (A.5.1 or 5.1 for a control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest N entries (still listed oldest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log head</source>
        <extracomment>The hash of the newest change-log entry; printed so that a copy of it anchors the history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen history</source>
        <extracomment>Area of a check finding: the change log compared with what this computer saw before.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change-log entry %1 does not have the hash %2 given with --head; entries up to it were changed or removed since that head was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--head needs the entry count and the hash as printed, for example --head 42:0123456789abcdef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left half-saved by a program that stopped during a save; its last complete save was checked, and the file is restored when it is next opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the organisation, the file format, control status counts, the change log&apos;s head and the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s quick check, compares the schema with the one this version creates, recomputes the SHA-256 chain of the change log, checks that its times never go backwards and its authors are plausible, compares the catalogue rows with the catalogue of the file&apos;s edition, compares every logged field with its current value, and compares the change log with the head this computer saw last. With --head it also checks that the file still holds the head printed on a report or by info. Exits with 1 when it finds a problem. The file is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change-log head printed earlier: the entry count and the hash (or its first 16 characters), e.g. 42:0123456789abcdef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT:HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies</source>
        <extracomment>Area of a check finding: links between records, such as asset dependencies.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale sizes the demo data; add --demo or leave --scale out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of risks for --scale; give a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing file is never overwritten. With --demo the project is filled with a synthetic sample organisation; --org may then be left out. --scale N repeats the demo&apos;s registers for further branches until they hold N risks (1 to 1,000,000), with assets, links and tasks in proportion, for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: about N risks instead of 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicability</source>
        <extracomment>Area of a check finding: the Statement of Applicability.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of the ISMS to settle before an audit, listed above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>evidence</source>
        <extracomment>Area of a check finding: evidence files stored in the project.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoA versions</source>
        <extracomment>Area of a check finding: the issued versions of the Statement of Applicability.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <extracomment>Area of a check finding: the context of the organisation (issues, interested parties, scope).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <extracomment>Area of a check finding: the risk register and its treatment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning</source>
        <extracomment>Area of a check finding: planning (ISMS risks and opportunities, objectives, planned changes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <extracomment>Area of a check finding: the processes of the ISMS and their interactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100 (major points: %2, minor points: %3).</source>
        <extracomment>%1: 0 to 100; %2, %3: counts of findings. Worded without plural forms for scripts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an output format of check; use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also runs the readiness check: the points a certification auditor would raise (scope not approved, excluded control without justification, risk above the acceptance threshold without owner, overdue task, expired evidence...), each with its rule id, and a readiness score from 0 to 100. Readiness points do not change the exit code: they are gaps in the ISMS, not faults of the file. --format json writes one object with the file&apos;s findings and the readiness score and findings (rule, severity, kind, id, message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (the default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clauses</source>
        <extracomment>Area of a check finding: clauses 4 to 10 and the documented information they require.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles and support</source>
        <extracomment>Area of a check finding: roles, competences, training and awareness, communication.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment runs</source>
        <extracomment>Area of a check finding: the dated risk assessment runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance</source>
        <extracomment>Area of a check finding: metrics, their measurements and evaluations, and the improvement log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <extracomment>Area of a check finding: documented information (documents, versions, policies, leadership).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management reviews</source>
        <extracomment>Area of a check finding: the management reviews, their frozen inputs and their actions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal audit</source>
        <extracomment>Area of a check finding: the audit programme, the audits, their checklists and findings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improvement</source>
        <extracomment>Area of a check finding: nonconformities, corrective actions, incidents and suppliers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordCommands</name>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change, for example --%1 VALUE; run &quot;isms-cli set %2 --help&quot; for the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, recorded in the change log as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s reference, such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--where keeps the records whose field has the value (repeat it to combine filters): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose FIELD has VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every field of one %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --ref the next free reference is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes fields of one %1 as one logged action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes one %1 (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 with the records that belonged to it (%2), recorded in the change log as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a record to the register of %1 and prints its reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordOutput</name>
    <message>
        <source>&quot;%1&quot; is not a filter of %2; write FIELD=VALUE with one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordTransferCommands</name>
    <message>
        <source>The output file is the project file itself; give another name with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, so nothing was imported from %1; correct the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of %2 matches them; use --map to assign one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV cells that a spreadsheet would run as a formula are written with a leading apostrophe; importing the file gives the same records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.csv, -o OUT.xlsx or -o OUT.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be exported as .csv, .xlsx or .json; give an output file name that ends in one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 would be created and %3 changed; nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported: %2 created, %3 changed, recorded in the change log as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the %1 as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates and changes %1 from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row whose reference exists changes that record; other rows create records. Headers are matched by field key or label, or by the English, German and French names each field lists. Problems are listed as &quot;line N: COLUMN: what is wrong&quot; and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign columns to fields by hand; &apos;Header=&apos; leaves a column out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaCommands</name>
    <message>
        <source>&quot;%1&quot; is not a format; use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who approved the version with --approver NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the version changes with --summary TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; add --unchanged to issue it as a re-approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued version %1 of the Statement of Applicability (%2 entries, approved by %3 on %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version number, or current for the working state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues the Statement of Applicability as it stands as its next version, approved by NAME; an issued version never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing is logged and cannot be undone. The approval date defaults to today. A version whose content equals the latest one is refused unless --unchanged says it is a re-approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the version changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue even when nothing changed since the latest version (a re-approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the issued versions of the Statement of Applicability with their approver, date and change summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists what changed, control by control and field by field, from A to B (version numbers, or current).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaImportCommand</name>
    <message>
        <source>&quot;%1&quot; is not an edition; use 2013 or 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1, so nothing was imported from %2; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of the SoA matches them; use --map to assign one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as an SoA of ISO/IEC 27001:2013 and carried over to the 2022 controls through the mapping in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability, nothing written (--dry-run): Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of Applicability imported, recorded in the change log as %4: Annex A controls changed: %1; additional controls created: %2, changed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a Statement of Applicability from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: the control id (A.5.7 or 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x), status, justification, owner, implementation, reasons, last_reviewed, and for additional controls (AC-001, or rows with a source) title, source and source_ref. &quot;isms-cli list soa FILE --format csv&quot; writes a file in this form. An SoA of the 2013 edition (A.9.2.3) is carried over to the 2022 controls, and the controls that need a decision are listed. Problems are listed as &quot;line N: COLUMN: what is wrong&quot; and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign columns to SoA fields by hand (%1); &apos;Header=&apos; leaves a column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition of the file&apos;s control ids; found from the ids when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaRecordCommands</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls: %1 in total, %2 applicable, %3 excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control of the SoA: A.5.7, 5.7 or AC-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Statement of Applicability has no control &quot;%1&quot;; run &quot;isms-cli list soa %2&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not a field of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for applicable; use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change; write FIELD=VALUE with a field of %2, or applicable=yes|no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the Statement of Applicability: the 93 Annex A controls, then the additional controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON gives one object per control with the keys id, title, applicable, reasons, justification, status, owner, implementation, theme, source, source_ref, last_reviewed, evidence and additional; CSV has the same columns, and imports back with &quot;isms-cli import soa&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the SoA says of one control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an additional control to the SoA and prints its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as &quot;isms-cli add additional-controls&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes what the SoA says of one control as one logged action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Annex A id (A.5.7 or 5.7) changes that control, an additional control&apos;s reference (AC-001) that control. applicable=no sets the status not-applicable; applicable=yes keeps the status, or sets not-started for an excluded control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field and its new value, such as owner=Alice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>isms::text</name>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text direction control %1</source>
        <extracomment>A character that changes the direction text is shown in (not an Annex A control).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control character %1</source>
        <extracomment>A non-printing character such as ESC or BEL (not an Annex A control).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> […cut: %n more character(s)]</source>
        <extracomment>Appended where a stored text that is longer than its field allows was cut for display.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
