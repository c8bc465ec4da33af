<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentRunPanel</name>
    <message numerus="yes">
        <source>%1 of %2, performed by %3: %n risks frozen, as they stood then.</source>
        <translation>
            <numerusform>%1 of %2, performed by %3: %n risk frozen, as it stood then.</numerusform>
            <numerusform>%1 of %2, performed by %3: %n risks frozen, as they stood then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%1 of %n control(s) need no more work</source>
        <translation>
            <numerusform>%1 of %n control needs no more work</numerusform>
            <numerusform>%1 of %n controls need no more work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the ISMS itself</source>
        <translation>
            <numerusform>%n requirement of the ISMS itself</numerusform>
            <numerusform>%n requirements of the ISMS itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s) with documented information still to complete</source>
        <translation>
            <numerusform>%n clause requirement with documented information still to complete</numerusform>
            <numerusform>%n clause requirements with documented information still to complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue target date(s)</source>
        <translation>
            <numerusform>%n overdue target date</numerusform>
            <numerusform>%n overdue target dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable control(s) without an owner</source>
        <translation>
            <numerusform>%n applicable control without an owner</numerusform>
            <numerusform>%n applicable controls without an owner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <extracomment>Undo text; %n files attached as evidence.</extracomment>
        <translation>
            <numerusform>Attach %n evidence file</numerusform>
            <numerusform>Attach %n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence file(s)</source>
        <translation>
            <numerusform>Remove %n evidence file</numerusform>
            <numerusform>Remove %n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 of %n change shown</numerusform>
            <numerusform>%1 of %n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file or map its columns, then look again. Nothing has been imported.</source>
        <translation>
            <numerusform>%n problem found: correct the file or map its columns, then look again. Nothing has been imported.</numerusform>
            <numerusform>%n problems found: correct the file or map its columns, then look again. Nothing has been imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementSummaryWidget</name>
    <message numerus="yes">
        <source>%n nonconformity(ies) not closed</source>
        <translation>
            <numerusform>%n nonconformity not closed</numerusform>
            <numerusform>%n nonconformities not closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) overdue</source>
        <translation>
            <numerusform>%n corrective action overdue</numerusform>
            <numerusform>%n corrective actions overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n control</numerusform>
            <numerusform>%n controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s)</source>
        <translation>
            <numerusform>%n clause requirement</numerusform>
            <numerusform>%n clause requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n change logged</numerusform>
            <numerusform>%n changes logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message numerus="yes">
        <source>%n measurement(s); latest %1 on %2.</source>
        <extracomment>Under a metric&apos;s trend chart: &quot;12 measurements; latest 4.5 on 2026-10-31. Target: at most 5&quot;</extracomment>
        <translation>
            <numerusform>%n measurement; latest %1 on %2.</numerusform>
            <numerusform>%n measurements; latest %1 on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueDutiesWidget</name>
    <message numerus="yes">
        <source>%n more in the ISMS calendar</source>
        <translation>
            <numerusform>%n more in the ISMS calendar</numerusform>
            <numerusform>%n more in the ISMS calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectHistoryWatcher</name>
    <message numerus="yes">
        <source>The change log of this project failed its tamper check with %n problem(s); run &quot;isms-cli check&quot; on the file to list them, and compare the file with a backup copy before relying on it.</source>
        <translation>
            <numerusform>The change log of this project failed its tamper check with %n problem; run &quot;isms-cli check&quot; on the file to see it, and compare the file with a backup copy before relying on it.</numerusform>
            <numerusform>The change log of this project failed its tamper check with %n problems; run &quot;isms-cli check&quot; on the file to list them, and compare the file with a backup copy before relying on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::AuditRules</name>
    <message numerus="yes">
        <source>%n clause(s) or applicable control(s) are not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</source>
        <translation>
            <numerusform>%n clause or applicable control is not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</numerusform>
            <numerusform>%n clauses or applicable controls are not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ChangeLogHead</name>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <extracomment>The head of the change log: its entry count and the start of the newest entry&apos;s hash.</extracomment>
        <translation>
            <numerusform>%n entry, head %1</numerusform>
            <numerusform>%n entries, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::HistoryAnchor</name>
    <message numerus="yes">
        <source>This project&apos;s change log has %n entries, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</source>
        <translation>
            <numerusform>This project&apos;s change log has %n entry, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</numerusform>
            <numerusform>This project&apos;s change log has %n entries, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::HistoryPlausibility</name>
    <message numerus="yes">
        <source>%n more change-log entries break the same rule.</source>
        <translation>
            <numerusform>%n more change-log entry breaks the same rule.</numerusform>
            <numerusform>%n more change-log entries break the same rule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformation</name>
    <message numerus="yes">
        <source>%n objective(s) with measurable targets.</source>
        <translation>
            <numerusform>%n objective with a measurable target.</numerusform>
            <numerusform>%n objectives with measurable targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operating process(es) with their criteria.</source>
        <translation>
            <numerusform>%n operating process with its criteria.</numerusform>
            <numerusform>%n operating processes with their criteria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved procedure(s), plan(s) or record(s).</source>
        <translation>
            <numerusform>%n approved procedure, plan or record.</numerusform>
            <numerusform>%n approved procedures, plans or records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of external origin identified.</source>
        <translation>
            <numerusform>%n document of external origin identified.</numerusform>
            <numerusform>%n documents of external origin identified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment run(s) recorded, the latest %1.</source>
        <translation>
            <numerusform>%n assessment run recorded, the latest %1.</numerusform>
            <numerusform>%n assessment runs recorded, the latest %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) recorded.</source>
        <translation>
            <numerusform>%n measurement recorded.</numerusform>
            <numerusform>%n measurements recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) recorded.</source>
        <translation>
            <numerusform>%n nonconformity recorded.</numerusform>
            <numerusform>%n nonconformities recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) with corrective actions and a reviewed effectiveness.</source>
        <translation>
            <numerusform>%n nonconformity with corrective actions and a reviewed effectiveness.</numerusform>
            <numerusform>%n nonconformities with corrective actions and a reviewed effectiveness.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::RiskHeatMap</name>
    <message numerus="yes">
        <source>Not yet rated: %n</source>
        <translation>
            <numerusform>Not yet rated: %n</numerusform>
            <numerusform>Not yet rated: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::cli::AssessmentCommands</name>
    <message numerus="yes">
        <source>Wrote %n duties to %1.</source>
        <translation>
            <numerusform>Wrote %n duty to %1.</numerusform>
            <numerusform>Wrote %n duties to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditPackCommand</name>
    <message numerus="yes">
        <source>Wrote %n evidence file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n evidence file to %1.</numerusform>
            <numerusform>Wrote %n evidence files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectCommands</name>
    <message numerus="yes">
        <source>%n point(s) of the ISMS to settle before an audit, listed above.</source>
        <translation>
            <numerusform>%n point of the ISMS to settle before an audit, listed above.</numerusform>
            <numerusform>%n points of the ISMS to settle before an audit, listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordOutput</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordTransferCommands</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, so nothing was imported from %1; correct the file and import it again.</source>
        <translation>
            <numerusform>%n problem found, so nothing was imported from %1; correct the file and import it again.</numerusform>
            <numerusform>%n problems found, so nothing was imported from %1; correct the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::text</name>
    <message numerus="yes">
        <source> […cut: %n more character(s)]</source>
        <extracomment>Appended where a stored text that is longer than its field allows was cut for display.</extracomment>
        <translation>
            <numerusform> […cut: %n more character]</numerusform>
            <numerusform> […cut: %n more characters]</numerusform>
        </translation>
    </message>
</context>
</TS>
