<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AssessmentRunDialog</name>
    <message>
        <source>Record assessment run</source>
        <translation>Beurteilungslauf erfassen</translation>
    </message>
    <message>
        <source>The run freezes the risk method and the whole risk register as they stand now. A recorded run cannot be changed or removed.</source>
        <translation>Der Durchgang friert die Methode zur Risikobeurteilung und das gesamte Risikoregister im jetzigen Stand ein. Ein erfasster Durchgang kann weder geändert noch entfernt werden.</translation>
    </message>
    <message>
        <source>The whole ISMS, or the part assessed</source>
        <translation>Das gesamte ISMS oder der beurteilte Teil</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Durchgeführt von:</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Beurteilt am:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Record run</source>
        <translation>Durchgang erfassen</translation>
    </message>
</context>
<context>
    <name>AssessmentRunPanel</name>
    <message>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>Record assessment run…</source>
        <translation>Beurteilungslauf erfassen…</translation>
    </message>
    <message>
        <source>Freeze the risk method and the whole risk register as they stand now</source>
        <translation>Die Methode zur Risikobeurteilung und das gesamte Risikoregister im jetzigen Stand einfrieren</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Since the run</source>
        <translation>Seit dem Durchgang</translation>
    </message>
    <message>
        <source>Select a run to see the register it froze.</source>
        <translation>Wählen Sie einen Durchgang aus, um das eingefrorene Register zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, performed by %3: %n risks frozen, as they stood then.</source>
        <translation>
            <numerusform>%1 vom %2, durchgeführt von %3: %n Risiko eingefroren, wie es damals stand.</numerusform>
            <numerusform>%1 vom %2, durchgeführt von %3: %n Risiken eingefroren, wie sie damals standen.</numerusform>
        </translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>current level %1 → %2</source>
        <translation>aktuelles Risikoniveau %1 → %2</translation>
    </message>
    <message>
        <source>residual level %1 → %2</source>
        <translation>Restrisikoniveau %1 → %2</translation>
    </message>
    <message>
        <source>treatment %1 → %2</source>
        <translation>Behandlung %1 → %2</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>Eigentümer %1 → %2</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>The risk register has not changed in these points since the run.</source>
        <translation>Das Risikoregister hat sich in diesen Punkten seit dem Durchgang nicht geändert.</translation>
    </message>
    <message>
        <source>Compared with the current risk register:</source>
        <translation>Im Vergleich mit dem aktuellen Risikoregister:</translation>
    </message>
</context>
<context>
    <name>AssetDependencyPanel</name>
    <message>
        <source>1 Low</source>
        <translation>1 Niedrig</translation>
    </message>
    <message>
        <source>2 Medium</source>
        <translation>2 Mittel</translation>
    </message>
    <message>
        <source>3 High</source>
        <translation>3 Hoch</translation>
    </message>
    <message>
        <source>4 Very high</source>
        <translation>4 Sehr hoch</translation>
    </message>
    <message>
        <source>not assessed</source>
        <extracomment>No level entered for this requirement.</extracomment>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Protection requirements</source>
        <translation>Schutzbedarf</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <source>Inherited from</source>
        <translation>Geerbt von</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>The assets this one needs; they inherit its requirements.</source>
        <translation>Die Assets, die dieses Asset benötigt; sie erben seinen Schutzbedarf.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No asset depends on this one.</source>
        <translation>Kein Asset hängt von diesem ab.</translation>
    </message>
    <message>
        <source>Depended on by: %1</source>
        <translation>Abhängige Assets: %1</translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. Remove one of its links.</source>
        <translation>Die Abhängigkeiten bilden einen Kreis: %1. Entfernen Sie eine seiner Verknüpfungen.</translation>
    </message>
    <message>
        <source>Add asset dependency</source>
        <translation>Asset-Abhängigkeit hinzufügen</translation>
    </message>
</context>
<context>
    <name>AuditCoveragePage</name>
    <message>
        <source>Audit coverage</source>
        <translation>Auditabdeckung</translation>
    </message>
    <message>
        <source>No audit programme is recorded yet. Record one on the Audit programmes page to see which clauses and controls its audits cover.</source>
        <translation>Es ist noch kein Auditprogramm erfasst. Erfassen Sie eines auf der Seite „Auditprogramme“, um zu sehen, welche Abschnitte und Maßnahmen seine Audits abdecken.</translation>
    </message>
    <message>
        <source>%1 %2: every clause and applicable control is covered by an audit of the cycle.</source>
        <translation>%1 %2: Jeder Abschnitt und jede anwendbare Maßnahme ist durch ein Audit des Zyklus abgedeckt.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 clauses and applicable controls are not covered by any audit of the cycle yet (tinted). Covering each once per cycle is good practice, not a requirement.</source>
        <translation>%1 %2: %3 von %4 Abschnitten und anwendbaren Maßnahmen sind noch durch kein Audit des Zyklus abgedeckt (farbig hinterlegt). Jeden Punkt einmal pro Zyklus abzudecken, ist bewährte Praxis, aber keine Anforderung.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>AuditPackDialog</name>
    <message>
        <source>Audit pack</source>
        <translation>Auditpaket</translation>
    </message>
    <message>
        <source>The date of the last certification audit: the surveillance pack covers the time since</source>
        <translation>Das Datum des letzten Zertifizierungsaudits: Das Paket für das Überwachungsaudit deckt die Zeit seitdem ab</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>In diesem Paket</translation>
    </message>
    <message>
        <source>No folder: the evidence files are not written</source>
        <translation>Kein Ordner: Die Nachweisdateien werden nicht geschrieben</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Last certification audit:</source>
        <translation>Letztes Zertifizierungsaudit:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Kapitel:</translation>
    </message>
    <message>
        <source>&amp;Evidence files:</source>
        <translation>&amp;Nachweisdateien:</translation>
    </message>
    <message>
        <source>Evidence folder:</source>
        <translation>Nachweisordner:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>One PDF for the certification body. The readiness summary is an internal document: no preset ticks it.</source>
        <translation>Ein PDF für die Zertifizierungsstelle. Die Zusammenfassung der Auditbereitschaft ist ein internes Dokument: Keine Vorlage kreuzt sie an.</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>Nachweisordner</translation>
    </message>
    <message>
        <source>No section is ticked; tick at least one section of the pack.</source>
        <translation>Kein Kapitel ist angekreuzt; kreuzen Sie mindestens ein Kapitel des Pakets an.</translation>
    </message>
    <message>
        <source>Building the audit pack…</source>
        <translation>Auditpaket wird erstellt…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Kapitel: %1</translation>
    </message>
    <message>
        <source>Writing the evidence files…</source>
        <translation>Nachweisdateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF wird gespeichert…</translation>
    </message>
    <message>
        <source>The audit pack could not be saved to %1; check that the folder is writable and try again.</source>
        <translation>Das Auditpaket konnte nicht unter %1 gespeichert werden; prüfen Sie, ob der Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>audit pack %1.pdf</source>
        <translation>Auditpaket %1.pdf</translation>
    </message>
    <message>
        <source>Save the audit pack</source>
        <translation>Auditpaket speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot build the audit pack</source>
        <translation>Auditpaket kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Independence</source>
        <translation>Unabhängigkeit</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Generate checklist</source>
        <translation>Checkliste erzeugen</translation>
    </message>
    <message>
        <source>Adds a question for every clause, applicable control and approved policy or procedure the audit covers; items already on the checklist stay as they are.</source>
        <translation>Fügt für jeden Abschnitt, jede anwendbare Maßnahme und jede freigegebene Leitlinie oder jedes freigegebene Verfahren, die das Audit abdeckt, eine Frage hinzu; Punkte, die bereits auf der Checkliste stehen, bleiben unverändert.</translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers.</source>
        <translation>Kein Mitglied des Auditteams ist für einen Abschnitt, eine Maßnahme, ein Asset oder einen Prozess im Umfang dieses Audits verantwortlich.</translation>
    </message>
    <message>
        <source>Added %1 items; %2 were already on the checklist and stay as they are.</source>
        <translation>%1 Punkte hinzugefügt; %2 standen bereits auf der Checkliste und bleiben unverändert.</translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation>Kompetenz der Auditoren</translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named yet.</source>
        <translation>Es ist noch kein leitender Auditor und kein Auditor benannt.</translation>
    </message>
    <message>
        <source>Generate the checklist of %1</source>
        <translation>Checkliste von %1 erstellen</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>Dialog title: "Edit 3 risks"</extracomment>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Tick the fields to set on all %1 selected %2. The other fields keep the values each record has; Undo reverses the whole change in one step.</source>
        <translation>Kreuzen Sie die Felder an, die für alle %1 ausgewählten %2 gesetzt werden sollen. Die übrigen Felder behalten die Werte des jeweiligen Datensatzes; „Rückgängig“ nimmt die gesamte Änderung in einem Schritt zurück.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>ISMS calendar</source>
        <translation>ISMS-Kalender</translation>
    </message>
    <message>
        <source>Every dated duty the records hold: reviews, due dates, expiry and the next risk assessment. Overdue duties come first, then month by month. Double-click a duty, or press Enter, to open its record.</source>
        <translation>Jede datierte Pflicht aus den Datensätzen: Überprüfungen, Fälligkeitsdaten, Abläufe und die nächste Risikobeurteilung. Überfällige Pflichten stehen zuerst, danach Monat für Monat. Doppelklicken Sie auf eine Pflicht oder drücken Sie die Eingabetaste, um ihren Datensatz zu öffnen.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation>Doppelklicken Sie auf eine Pflicht, um ihren Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No dated duty is recorded yet.</source>
        <extracomment>%1: all duties, %2: of them overdue.</extracomment>
        <translation>Es ist noch keine datierte Pflicht erfasst.</translation>
    </message>
    <message>
        <source>Duties: %1 · Overdue: %2</source>
        <translation>Pflichten: %1 · Überfällig: %2</translation>
    </message>
</context>
<context>
    <name>CatalogueFactsPanel</name>
    <message>
        <source>From the standard</source>
        <translation>Aus der Norm</translation>
    </message>
    <message>
        <source>Select a row to see what the standard says about it.</source>
        <translation>Wählen Sie eine Zeile, um zu sehen, was die Norm dazu festlegt.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation>ISO/IEC 27001:2013</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form label: "Theme:"</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>None: a control new in 2022</source>
        <translation>Keine: eine 2022 neu aufgenommene Maßnahme</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Named by risks</source>
        <translation>Von Risiken genannt</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>Risikobehandlung</translation>
    </message>
</context>
<context>
    <name>ChangeLogLabels</name>
    <message>
        <source>Risk method</source>
        <translation>Methode zur Risikobeurteilung</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation>SoA-Version</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>History: the field of an SoA version's entry, written when it was issued.</extracomment>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Approved by %1 on %2: %3</source>
        <extracomment>History: an issued SoA version; %1 is the approver, %2 the approval date, %3 the change summary.</extracomment>
        <translation>Freigegeben von %1 am %2: %3</translation>
    </message>
</context>
<context>
    <name>ChangeLogTableModel</name>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>Katalogausgabe</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
</context>
<context>
    <name>ChangeRiskMethodCommand</name>
    <message>
        <source>Change risk assessment method</source>
        <translation>Methode zur Risikobeurteilung ändern</translation>
    </message>
</context>
<context>
    <name>ChecklistItemPanel</name>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Feststellung erfassen</translation>
    </message>
    <message>
        <source>Records this answer as a finding of the audit, linked to this item.</source>
        <translation>Erfasst diese Antwort als Feststellung des Audits, verknüpft mit diesem Punkt.</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Als Feststellung %1 erfasst.</translation>
    </message>
    <message>
        <source>No finding is raised from this answer yet.</source>
        <translation>Aus dieser Antwort wurde noch keine Feststellung erfasst.</translation>
    </message>
    <message>
        <source>A nonconformity, an observation or an opportunity for improvement can be raised as a finding.</source>
        <translation>Eine Nichtkonformität, eine Beobachtung oder ein Verbesserungspotenzial kann als Feststellung erfasst werden.</translation>
    </message>
    <message>
        <source>Raise the finding of %1</source>
        <translation>Feststellung von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>ClauseFulfilmentPanel</name>
    <message>
        <source>Select a clause to see what fulfils it.</source>
        <translation>Wählen Sie einen Abschnitt aus, um zu sehen, was ihn erfüllt.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Double-click an entry to open its record.</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Datensatz zu öffnen.</translation>
    </message>
    <message>
        <source>Documented information it requires</source>
        <translation>Geforderte dokumentierte Information</translation>
    </message>
    <message>
        <source>None of its own</source>
        <translation>Keine eigene</translation>
    </message>
    <message>
        <source>%1
Kept as: %2</source>
        <translation>%1
Geführt als: %2</translation>
    </message>
    <message>
        <source>Records that serve it</source>
        <translation>Datensätze, die ihn erfüllen</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Noch kein Datensatz</translation>
    </message>
    <message>
        <source>%1 naming this clause (%2)</source>
        <extracomment>A register and how many of its records serve the clause: "Risks (12)".</extracomment>
        <translation>%1, die diesen Abschnitt nennen (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation>Nichtkonformität öffnen</translation>
    </message>
    <message>
        <source>This action names no nonconformity.</source>
        <translation>Diese Korrekturmaßnahme nennt keine Nichtkonformität.</translation>
    </message>
    <message>
        <source>effectiveness: %1</source>
        <translation>Wirksamkeit: %1</translation>
    </message>
</context>
<context>
    <name>CreateRecordCommand</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a kind of record: "New threat"</extracomment>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: "Add 3 threats"</extracomment>
        <translation>%1 %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Annex A completion</source>
        <translation>Erfüllungsgrad Anhang A</translation>
    </message>
    <message>
        <source>Implemented and not applicable controls count as complete.</source>
        <translation>Umgesetzte und nicht anwendbare Maßnahmen gelten als erledigt.</translation>
    </message>
    <message>
        <source>Annex A controls by theme</source>
        <translation>Maßnahmen aus Anhang A nach Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Abschnitte 4–10</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) need no more work</source>
        <translation>
            <numerusform>%1 von %n Maßnahme erledigt</numerusform>
            <numerusform>%1 von %n Maßnahmen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of controls</source>
        <translation>%1 % der Maßnahmen</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the ISMS itself</source>
        <translation>
            <numerusform>%n Anforderung an das ISMS selbst</numerusform>
            <numerusform>%n Anforderungen an das ISMS selbst</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the controls that are “%1”</source>
        <translation>Die Maßnahmen mit Status „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Double-click a change to open its record.</source>
        <translation>Doppelklicken Sie auf eine Änderung, um ihren Datensatz zu öffnen.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Clause requirements that ask for documented information and are not yet implemented</source>
        <translation>Anforderungen der Abschnitte, die dokumentierte Information verlangen und noch nicht umgesetzt sind</translation>
    </message>
    <message>
        <source>Clause requirements and controls whose target date has passed and that are neither implemented nor not applicable</source>
        <translation>Anforderungen der Abschnitte und Maßnahmen, deren Zieltermin verstrichen ist und die weder umgesetzt noch nicht anwendbar sind</translation>
    </message>
    <message>
        <source>Applicable controls that nobody owns yet</source>
        <translation>Anwendbare Maßnahmen, für die noch niemand verantwortlich ist</translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s) with documented information still to complete</source>
        <translation>
            <numerusform>%n Anforderung der Abschnitte mit noch offener dokumentierter Information</numerusform>
            <numerusform>%n Anforderungen der Abschnitte mit noch offener dokumentierter Information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue target date(s)</source>
        <translation>
            <numerusform>%n überschrittener Zieltermin</numerusform>
            <numerusform>%n überschrittene Zieltermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable control(s) without an owner</source>
        <translation>
            <numerusform>%n anwendbare Maßnahme ohne Verantwortlichen</numerusform>
            <numerusform>%n anwendbare Maßnahmen ohne Verantwortlichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionQuestion</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and a kind of records: "2 treatment tasks"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 link</source>
        <extracomment>A number of links of a record (to assets, controls): "4 links"</extracomment>
        <translation>1 Verknüpfung</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: "2 treatment tasks, 1 version and 4 links"</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 has %2, which is deleted with it. Undo brings both back.</source>
        <extracomment>%1 is a reference, %2 the one record that goes with it: "R-003 has 1 link"</extracomment>
        <translation>Mit %1 wird auch Folgendes gelöscht: %2. „Rückgängig“ stellt beides wieder her.</translation>
    </message>
    <message>
        <source>%1 has %2; they are deleted with it. Undo brings everything back.</source>
        <extracomment>%1 is a reference, %2 what goes with it: "R-003 has 2 treatment tasks and 4 links"</extracomment>
        <translation>Mit %1 wird auch Folgendes gelöscht: %2. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <source>The %1 selected %2 have %3; they are deleted with them. Undo brings everything back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records, %3 what goes with them</extracomment>
        <translation>Mit den %1 ausgewählten %2 wird auch Folgendes gelöscht: %3. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
</context>
<context>
    <name>DialogFileChooser</name>
    <message>
        <source>ISMS projects (*.isms)</source>
        <translation>ISMS-Projekte (*.isms)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Nachweis speichern unter</translation>
    </message>
</context>
<context>
    <name>DocumentVersionPanel</name>
    <message>
        <source>Add version %1</source>
        <translation>Version %1 hinzufügen</translation>
    </message>
    <message>
        <source>The versions of this document, each with its file stored in the project. Approve a version on the Document versions page; an approved version never changes.</source>
        <translation>Die Versionen dieses Dokuments, jede mit ihrer im Projekt gespeicherten Datei. Geben Sie eine Version auf der Seite „Dokumentversionen“ frei; eine freigegebene Version ändert sich nie.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Add version…</source>
        <translation>Version hinzufügen…</translation>
    </message>
    <message>
        <source>Stores a file as a new draft version of this document</source>
        <translation>Speichert eine Datei als neue Entwurfsversion dieses Dokuments</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation>Öffnet eine schreibgeschützte Kopie mit dem Programm für ihren Typ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to.</source>
        <translation>In den temporären Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Kein Programm auf diesem Computer kann %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <extracomment>Undo text; %n files attached as evidence.</extracomment>
        <translation>
            <numerusform>%n Nachweisdatei anhängen</numerusform>
            <numerusform>%n Nachweisdateien anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <extracomment>Undo text: "Remove evidence report.pdf"</extracomment>
        <translation>Nachweis %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei entfernen</numerusform>
            <numerusform>%n Nachweisdateien entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLimitDialog</name>
    <message>
        <source>Evidence size limit</source>
        <translation>Größenlimit für Nachweise</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size limit: megabytes.</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Largest evidence file:</source>
        <translation>&amp;Größte Nachweisdatei:</translation>
    </message>
    <message>
        <source>A setting of this project file, logged in its history. Files larger than this are refused when attached; evidence already stored is kept. Between 1 and %1 MB (1 MB = 1,048,576 bytes).</source>
        <translation>Eine Einstellung dieser Projektdatei, in ihrer Historie protokolliert. Größere Dateien werden beim Anhängen abgelehnt; bereits gespeicherte Nachweise bleiben erhalten. Zwischen 1 und %1 MB (1 MB = 1.048.576 Byte).</translation>
    </message>
    <message>
        <source>%1 MB is not a size limit; choose between 1 and %2 MB.</source>
        <translation>%1 MB ist kein Größenlimit; wählen Sie zwischen 1 und %2 MB.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files that prove this record, stored in the project file. Drop files here or attach them.</source>
        <translation>Dateien, die diesen Datensatz belegen, in der Projektdatei gespeichert. Ziehen Sie Dateien hierher oder hängen Sie sie an.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>An evidence file's expiry date once it has passed.</extracomment>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Expired on %1: this file no longer proves the record. Attach current evidence.</source>
        <translation>Abgelaufen am %1: Diese Datei belegt den Datensatz nicht mehr. Hängen Sie einen aktuellen Nachweis an.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation>Öffnet eine schreibgeschützte Kopie mit dem Programm für ihren Typ</translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to; use Save as… instead.</source>
        <translation>In den temporären Ordner %1 kann nicht geschrieben werden; verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save as… and open it from there.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1; verwenden Sie „Speichern unter…“ und öffnen Sie die Datei von dort.</translation>
    </message>
</context>
<context>
    <name>FieldEditorFactory</name>
    <message>
        <source>(none)</source>
        <extracomment>The choice of an optional enum field that holds no value</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A record in a list of choices: reference and name, "T-003 — Fire"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Whether this date is set</source>
        <translation>Ob dieses Datum festgelegt ist</translation>
    </message>
</context>
<context>
    <name>FiveWhysDialog</name>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Ask why the nonconformity happened, then why that happened, up to five times, until you reach a cause that an action can remove. Stop as soon as you reach it.</source>
        <translation>Fragen Sie, warum die Nichtkonformität aufgetreten ist, dann, warum das geschehen ist, bis zu fünfmal, bis Sie eine Ursache erreichen, die eine Maßnahme beseitigen kann. Hören Sie auf, sobald Sie sie erreicht haben.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Record root cause</source>
        <translation>Grundursache erfassen</translation>
    </message>
    <message>
        <source>Why %1: why did this happen?
%2</source>
        <extracomment>A question of the five-whys helper about the previous answer: "Why 2: why did this happen? ..."</extracomment>
        <translation>Warum %1: Warum ist das geschehen?
%2</translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Current risk heat map</source>
        <translation>Heatmap des aktuellen Risikos</translation>
    </message>
    <message>
        <source>Residual risk heat map</source>
        <translation>Heatmap des Restrisikos</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Aktuelles Risiko</translation>
    </message>
    <message>
        <source>Before treatment, with the controls already in place.</source>
        <translation>Vor der Behandlung, mit den bereits vorhandenen Maßnahmen.</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>After treatment; risks not yet re-rated count at their current rating.</source>
        <translation>Nach der Behandlung; noch nicht neu eingestufte Risiken zählen mit ihrer aktuellen Einstufung.</translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation>Risiken je Risikoniveau</translation>
    </message>
    <message>
        <source>How treatment moves the risks between the levels of the method. Levels above the acceptance threshold need a rationale when a risk is retained.</source>
        <translation>Wie die Behandlung die Risiken zwischen den Risikoniveaus der Methode verschiebt. Risikoniveaus über der Akzeptanzschwelle erfordern eine Begründung, wenn ein Risiko beibehalten wird.</translation>
    </message>
    <message>
        <source>Risks in the register: %1.</source>
        <translation>Risiken im Register: %1.</translation>
    </message>
    <message>
        <source>Not yet rated: %1.</source>
        <translation>Noch nicht eingestuft: %1.</translation>
    </message>
    <message>
        <source>Above the acceptance threshold after treatment: %1.</source>
        <translation>Nach der Behandlung über der Akzeptanzschwelle: %1.</translation>
    </message>
    <message>
        <source>Click a cell, or choose it with the arrow keys and press Enter, to see its risks.</source>
        <translation>Klicken Sie auf eine Zelle oder wählen Sie sie mit den Pfeiltasten aus und drücken Sie die Eingabetaste, um ihre Risiken zu sehen.</translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>Eingestuft: %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <extracomment>A risk level's name with a note: "Low (acceptance threshold)"</extracomment>
        <translation>%1 (Akzeptanzschwelle)</translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the residual heat map, including those not yet re-rated after treatment.</source>
        <extracomment>%1 and %3 are numbers, %2 and %4 the names of the steps: "likelihood 2 (Unlikely)"</extracomment>
        <translation>Angezeigt werden die Risiken mit Eintrittswahrscheinlichkeit %1 (%2) und Auswirkung %3 (%4) in der Heatmap des Restrisikos, einschließlich der nach der Behandlung noch nicht neu eingestuften.</translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the current heat map.</source>
        <translation>Angezeigt werden die Risiken mit Eintrittswahrscheinlichkeit %1 (%2) und Auswirkung %3 (%4) in der Heatmap des aktuellen Risikos.</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Likelihood %1 of %2: %3</source>
        <extracomment>"Likelihood 4 of 5: Likely"</extracomment>
        <translation>Eintrittswahrscheinlichkeit %1 von %2: %3</translation>
    </message>
    <message>
        <source>Impact %1 of %2: %3</source>
        <extracomment>"Impact 3 of 5: Moderate"</extracomment>
        <translation>Auswirkung %1 von %2: %3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Risikoniveau: %1</translation>
    </message>
    <message>
        <source>Risks in this cell: %1</source>
        <translation>Risiken in dieser Zelle: %1</translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them.</source>
        <translation>Klicken Sie oder drücken Sie die Eingabetaste, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every change to this project: when, by whom, and the value before and after. The log is chained with SHA-256, so later tampering can be detected.</source>
        <translation>Jede Änderung an diesem Projekt: wann, von wem und der Wert davor und danach. Das Protokoll ist mit SHA-256 verkettet, sodass spätere Manipulationen erkannt werden können.</translation>
    </message>
    <message>
        <source>Filter by person, record, field or value (Ctrl+F)</source>
        <translation>Nach Person, Datensatz, Feld oder Wert filtern (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 von %n Änderung angezeigt</numerusform>
            <numerusform>%1 von %n Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihren Datensatz zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import records</source>
        <translation>Datensätze importieren</translation>
    </message>
    <message>
        <source>Bring a register in from a spreadsheet (CSV or XLSX) or from our own JSON export. Columns are recognised by their names in English, German or French; map any column by hand below. Nothing is written until the preview is free of problems and you choose Import, and the import is one step you can undo.</source>
        <translation>Übernehmen Sie ein Register aus einer Tabellenkalkulation (CSV oder XLSX) oder aus dem eigenen JSON-Export des Programms. Spalten werden an ihren Namen auf Englisch, Deutsch oder Französisch erkannt; unten können Sie jede Spalte von Hand zuordnen. Es wird nichts geschrieben, bevor die Vorschau frei von Problemen ist und Sie „Importieren“ wählen, und der Import ist ein einziger Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation>Eine .csv-, .xlsx- oder .json-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>How each column is read</source>
        <translation>Wie jede Spalte gelesen wird</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wie sie importiert würde.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation>Tabellen und Exporte (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>Open a project to import into it.</source>
        <translation>Öffnen Sie ein Projekt, in das importiert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file or map its columns, then look again. Nothing has been imported.</source>
        <translation>
            <numerusform>%n Problem gefunden: Korrigieren Sie die Datei oder ordnen Sie ihre Spalten zu, und prüfen Sie dann erneut. Es wurde nichts importiert.</numerusform>
            <numerusform>%n Probleme gefunden: Korrigieren Sie die Datei oder ordnen Sie ihre Spalten zu, und prüfen Sie dann erneut. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 new and %2 changed %3.</source>
        <translation>Bereit: %1 neue und %2 geänderte %3.</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(diese Spalte ignorieren)</translation>
    </message>
    <message>
        <source>(computed by the program)</source>
        <translation>(vom Programm berechnet)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed %3; Undo takes the import back.</source>
        <translation>%1 neue und %2 geänderte %3 importiert; „Rückgängig“ nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Import a Statement of &amp;Applicability…</source>
        <translation>Eine &amp;Erklärung zur Anwendbarkeit importieren…</translation>
    </message>
    <message>
        <source>An SoA from a spreadsheet, our own export, or an SoA of the 2013 edition carried over to the 2022 controls with a list of what needs a decision.</source>
        <translation>Eine SoA aus einer Tabelle, aus unserem eigenen Export oder eine SoA der Ausgabe 2013, auf die Maßnahmen von 2022 übertragen, mit einer Liste dessen, was zu entscheiden ist.</translation>
    </message>
</context>
<context>
    <name>ImportRecordsCommand</name>
    <message>
        <source>Import %1 %2</source>
        <extracomment>%1 is the number of rows, %2 a kind of records: "Import 12 risks"</extracomment>
        <translation>%1 %2 importieren</translation>
    </message>
</context>
<context>
    <name>ImportSoaCommand</name>
    <message>
        <source>Import the Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit importieren</translation>
    </message>
</context>
<context>
    <name>ImprovementSummaryWidget</name>
    <message numerus="yes">
        <source>%n nonconformity(ies) not closed</source>
        <translation>
            <numerusform>%n Nichtkonformität nicht abgeschlossen</numerusform>
            <numerusform>%n Nichtkonformitäten nicht abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) overdue</source>
        <translation>
            <numerusform>%n Korrekturmaßnahme überfällig</numerusform>
            <numerusform>%n Korrekturmaßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the nonconformities not closed, from the dashboard</source>
        <translation>Angezeigt werden die nicht geschlossenen Nichtkonformitäten, aus dem Dashboard</translation>
    </message>
    <message>
        <source>Showing the overdue corrective actions, from the dashboard</source>
        <translation>Angezeigt werden die überfälligen Korrekturmaßnahmen, aus dem Dashboard</translation>
    </message>
    <message>
        <source>Audit and improvement</source>
        <translation>Audit und Verbesserung</translation>
    </message>
    <message>
        <source>No audit programme yet: its coverage shows here.</source>
        <extracomment>The dashboard's audit coverage: "Audit coverage of AP-001: 95 of 123 clauses and applicable controls"</extracomment>
        <translation>Noch kein Auditprogramm: Seine Abdeckung erscheint hier.</translation>
    </message>
    <message>
        <source>Audit coverage of %1: %2 of %3 clauses and applicable controls</source>
        <translation>Auditabdeckung von %1: %2 von %3 Abschnitten und anwendbaren Maßnahmen</translation>
    </message>
</context>
<context>
    <name>LevelEditor</name>
    <message>
        <source>Colour of the level "%1"</source>
        <extracomment>Title of the colour dialog; %1 is the name of a risk level</extracomment>
        <translation>Farbe des Risikoniveaus „%1“</translation>
    </message>
    <message>
        <source>Number of levels:</source>
        <translation>Anzahl der Risikoniveaus:</translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation>Anzahl der Risikoniveaus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Choose the colour of "%1"</source>
        <extracomment>%1 is the name of a risk level</extracomment>
        <translation>Farbe von „%1“ wählen</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Choose %1 to link to this %2</source>
        <extracomment>%1 are records or catalogue entries ("people", "Annex A controls"), %2 a kind of record ("audit")</extracomment>
        <translation>%1 wählen, die mit diesem Datensatz (%2) verknüpft werden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Unlink the selected entries (Delete); the records themselves stay</source>
        <translation>Die gewählten Einträge lösen (Entf); die Datensätze selbst bleiben erhalten</translation>
    </message>
    <message>
        <source>Double-click an entry to open it</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>None linked yet; click Add… to choose.</source>
        <extracomment>Under the heading of an empty link list ("Auditors (0)")</extracomment>
        <translation>Noch nichts verknüpft; klicken Sie auf „Hinzufügen…“, um zu wählen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A catalogue entry in a link list: number and title, "A.5.18 Access rights"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A linked record in a list: reference and name, "P-003 — Ruth Calder"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The heading of a link list with how many it holds: "Auditors (2)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2 already; choose only entries the list does not show.</source>
        <extracomment>%1 is a linked entry ("P-003 — Ruth Calder"), %2 the list ("Auditors")</extracomment>
        <translation>%1 ist bereits in %2; wählen Sie nur Einträge, die die Liste nicht zeigt.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>Undo text: "Add P-003 — Ruth Calder to Auditors"</extracomment>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 entries to %2</source>
        <extracomment>Undo text for two or more: "Add 3 entries to Auditors"</extracomment>
        <translation>%1 Einträge zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <extracomment>Undo text: "Remove P-003 — Ruth Calder from Auditors"</extracomment>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 entries from %2</source>
        <translation>%1 Einträge aus %2 entfernen</translation>
    </message>
    <message>
        <source>Every %1 is linked already.</source>
        <extracomment>In the link picker when nothing is left: "Every person is linked already."</extracomment>
        <translation>Alle %1 sind bereits verknüpft.</translation>
    </message>
    <message>
        <source>There are no %1 yet; add them on their page first.</source>
        <extracomment>In the link picker of an empty register: "There are no people yet; add them on their page."</extracomment>
        <translation>Es gibt noch keine %1; legen Sie sie zuerst auf ihrer Seite an.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>The title of the link picker: "Add to Auditors"</extracomment>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>LinkListPanel</name>
    <message>
        <source>Links</source>
        <extracomment>The tab beside a record's form with the lists of what it is linked to</extracomment>
        <translation>Verknüpfungen</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Search by reference, number or name</source>
        <translation>Nach Referenz, Nummer oder Name suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2 shown; tick the ones to add.</source>
        <extracomment>Under the list of the link picker: "12 of 93 shown; tick the ones to add."</extracomment>
        <translation>%1 von %2 angezeigt; haken Sie die hinzuzufügenden an.</translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 ticked.</source>
        <extracomment>Under the list of the link picker: "12 of 93 shown, 2 ticked."</extracomment>
        <translation>%1 von %2 angezeigt, %3 angehakt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Abschnitte 4–10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Clauses 4–10</source>
        <translation>&amp;Abschnitte 4–10</translation>
    </message>
    <message>
        <source>&amp;Annex A controls</source>
        <translation>&amp;Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;About ISMS Workbench</source>
        <translation>&amp;Über ISMS Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>This project is open read-only. You can look at everything and export reports, but changes cannot be made.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet. Sie können alles ansehen und Berichte exportieren, aber keine Änderungen vornehmen.</translation>
    </message>
    <message>
        <source>ISMS Workbench</source>
        <translation>ISMS Workbench</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>Changes cannot be made to this project.</source>
        <translation>An diesem Projekt können keine Änderungen vorgenommen werden.</translation>
    </message>
    <message>
        <source>Every change is written to the file as you make it.</source>
        <translation>Jede Änderung wird sofort in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s)</source>
        <translation>
            <numerusform>%n Anforderung der Abschnitte</numerusform>
            <numerusform>%n Anforderungen der Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n Änderung protokolliert</numerusform>
            <numerusform>%n Änderungen protokolliert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 copy.isms</source>
        <translation>%1 Kopie.isms</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the control status report to %1</source>
        <translation>Maßnahmenstatusbericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>%1 control status %2.pdf</source>
        <translation>%1 Maßnahmenstatus %2.pdf</translation>
    </message>
    <message>
        <source>Cannot build the report</source>
        <translation>Bericht kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Bericht kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>ISMS Workbench %1</source>
        <translation>ISMS Workbench %1</translation>
    </message>
    <message>
        <source>An offline workbench for running an information security management system according to ISO/IEC 27001:2022.</source>
        <translation>Eine Offline-Arbeitsumgebung für den Betrieb eines Informationssicherheits-Managementsystems nach ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Erstellt mit Qt %1; läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>About ISMS Workbench</source>
        <translation>Über ISMS Workbench</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>%1 Remove it from the recent projects?</source>
        <translation>%1 Aus den zuletzt geöffneten Projekten entfernen?</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Open the project again for editing, for example once the other program has closed it</source>
        <translation>Das Projekt erneut zum Bearbeiten öffnen, zum Beispiel sobald das andere Programm es geschlossen hat</translation>
    </message>
    <message>
        <source>Upgrade project</source>
        <translation>Projekt aktualisieren</translation>
    </message>
    <message>
        <source>"%1" was made by an older version of ISMS Workbench. Upgrade it to the current format so that it can be edited? A backup copy of the old file is kept beside it; if you do not upgrade it, it opens read-only.</source>
        <translation>„%1“ wurde mit einer älteren Version von ISMS Workbench erstellt. Möchten Sie die Datei auf das aktuelle Format aktualisieren, damit sie bearbeitet werden kann? Eine Sicherungskopie der alten Datei wird daneben aufbewahrt; wenn Sie die Datei nicht aktualisieren, wird sie schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>It is open read-only here: you can look at everything and export reports, but changes cannot be made.</source>
        <translation>Hier ist es schreibgeschützt geöffnet: Sie können alles ansehen und Berichte exportieren, aber keine Änderungen vornehmen.</translation>
    </message>
    <message>
        <source>&amp;Risk report</source>
        <translation>&amp;Risikobericht</translation>
    </message>
    <message>
        <source>%1 risk report %2.pdf</source>
        <translation>%1 Risikobericht %2.pdf</translation>
    </message>
    <message>
        <source>Exported the risk report to %1</source>
        <translation>Risikobericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation>Risikobehandlungs&amp;plan</translation>
    </message>
    <message>
        <source>%1 treatment plan %2.pdf</source>
        <translation>%1 Risikobehandlungsplan %2.pdf</translation>
    </message>
    <message>
        <source>Exported the treatment plan to %1</source>
        <translation>Risikobehandlungsplan nach %1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Control status report</source>
        <translation>&amp;Maßnahmenstatusbericht</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Statement of Applicability</source>
        <translation>&amp;Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>%1 statement of applicability %2.pdf</source>
        <translation>%1 Erklärung zur Anwendbarkeit %2.pdf</translation>
    </message>
    <message>
        <source>Exported the Statement of Applicability to %1</source>
        <translation>Erklärung zur Anwendbarkeit nach %1 exportiert</translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation>Aus der Norm</translation>
    </message>
    <message>
        <source>Evidence size &amp;limit…</source>
        <translation>Größen&amp;limit für Nachweise…</translation>
    </message>
    <message>
        <source>The largest file this project accepts as evidence</source>
        <translation>Die größte Datei, die dieses Projekt als Nachweis annimmt</translation>
    </message>
    <message>
        <source>Cannot change the evidence size limit</source>
        <translation>Das Größenlimit für Nachweise kann nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;Issue SoA version…</source>
        <translation>SoA-Version &amp;herausgeben…</translation>
    </message>
    <message>
        <source>What fulfils it</source>
        <translation>Erfüllt durch</translation>
    </message>
    <message>
        <source>&amp;Audit pack…</source>
        <translation>&amp;Auditpaket…</translation>
    </message>
    <message>
        <source>One PDF for the certification body, with the evidence files</source>
        <translation>Ein PDF für die Zertifizierungsstelle, mit den Nachweisdateien</translation>
    </message>
    <message>
        <source>Built the audit pack</source>
        <translation>Auditpaket erstellt</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Der Bericht wird exportiert…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Click a cell to raise its level, Shift+click to lower it; a digit key chooses a level.</source>
        <translation>Klicken Sie auf eine Zelle, um ihr Risikoniveau zu erhöhen, Umschalt+Klick senkt es; eine Zifferntaste wählt ein Risikoniveau.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A row of the risk matrix: "5 Almost certain"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Likelihood %1 (%2), impact %3 (%4): %5</source>
        <extracomment>Tooltip of a matrix cell: "Likelihood 4 (Likely), impact 3 (Moderate): High"</extracomment>
        <translation>Eintrittswahrscheinlichkeit %1 (%2), Auswirkung %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompt</name>
    <message>
        <source>Another program is editing this project.</source>
        <translation>Ein anderes Programm bearbeitet dieses Projekt.</translation>
    </message>
    <message>
        <source>The project was left locked by %1 on %2 since %3, and that program is no longer running.</source>
        <translation>Das Projekt ist seit %3 von %1 auf %2 gesperrt, und dieses Programm läuft nicht mehr.</translation>
    </message>
    <message>
        <source>%1 on %2 has been editing this project since %3.</source>
        <translation>%1 auf %2 bearbeitet dieses Projekt seit %3.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt wird verwendet</translation>
    </message>
    <message>
        <source>“%1” is in use.</source>
        <translation>„%1“ wird gerade verwendet.</translation>
    </message>
    <message>
        <source>You can open it read-only, or take over the lock if you are sure nobody else is working on it. Two programs writing to one project can lose changes.</source>
        <translation>Sie können es schreibgeschützt öffnen oder die Sperre übernehmen, wenn Sie sicher sind, dass niemand sonst daran arbeitet. Wenn zwei Programme in ein Projekt schreiben, können Änderungen verloren gehen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Sperre übernehmen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Likelihood scale</source>
        <translation>Skala der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>How likely a risk is to occur, from the least likely (1) up. Describe each step so that two assessors choose the same one.</source>
        <translation>Wie wahrscheinlich ein Risiko eintritt, von der geringsten Wahrscheinlichkeit (1) aufwärts. Beschreiben Sie jede Stufe so, dass zwei Beurteilende dieselbe wählen.</translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation>Skala der Auswirkung</translation>
    </message>
    <message>
        <source>How severe the consequences would be, from the mildest (1) up, in terms the organisation already uses: money, downtime, customers, the law.</source>
        <translation>Wie schwer die Folgen wären, von den geringsten (1) aufwärts, in Begriffen, die die Organisation bereits verwendet: Geld, Ausfallzeit, Kunden, Recht.</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>The level of each combination of likelihood and impact. Click a cell to raise its level, Shift+click to lower it, or press a level's number.</source>
        <translation>Das Risikoniveau jeder Kombination aus Eintrittswahrscheinlichkeit und Auswirkung. Klicken Sie auf eine Zelle, um ihr Risikoniveau zu erhöhen, Umschalt+Klick senkt es, oder drücken Sie die Nummer eines Risikoniveaus.</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Klassifizierungsschema</translation>
    </message>
    <message>
        <source>The classes that label information by how much protection it needs, lowest first. Leave it empty if the organisation does not classify.</source>
        <translation>Die Klassen, mit denen Informationen nach ihrem Schutzbedarf gekennzeichnet werden, die niedrigste zuerst. Lassen Sie das Schema leer, wenn die Organisation nicht klassifiziert.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else the method statement should say: sources of threat information, who assesses and who approves, how results are reported.</source>
        <translation>Alles Weitere, was die Beschreibung der Methode enthalten soll: Quellen für Informationen über Bedrohungen, wer beurteilt und wer freigibt, wie über Ergebnisse berichtet wird.</translation>
    </message>
    <message>
        <source>Acceptance threshold:</source>
        <translation>Akzeptanzschwelle:</translation>
    </message>
    <message>
        <source>The highest level at which a risk may be retained without a recorded rationale; the risk owner accepts anything above it explicitly.</source>
        <translation>Das höchste Risikoniveau, auf dem ein Risiko ohne erfasste Begründung beibehalten werden darf; alles darüber akzeptiert der Risikoeigentümer ausdrücklich.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Risikoniveaus</translation>
    </message>
    <message>
        <source>The levels the matrix assigns, from the lowest (1) up, each with the colour that shows it in tables, heat maps and reports.</source>
        <translation>Die Risikoniveaus, die die Matrix vergibt, vom niedrigsten (1) aufwärts, jedes mit der Farbe, in der es in Tabellen, Heatmaps und Berichten erscheint.</translation>
    </message>
    <message>
        <source>Review every (months):</source>
        <translation>Überprüfung alle (Monate):</translation>
    </message>
    <message>
        <source>Events that call for a reassessment sooner:</source>
        <translation>Ereignisse, die eine frühere Neubeurteilung erfordern:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>Neuer Auslöser</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Neubeurteilung</translation>
    </message>
    <message>
        <source>Every risk is assessed again at least this often, and sooner when one of these events happens.</source>
        <translation>Jedes Risiko wird mindestens in diesem Abstand erneut beurteilt, und früher, wenn eines dieser Ereignisse eintritt.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <extracomment>A level without a name yet in the list of the acceptance threshold: "Level 5"</extracomment>
        <translation>Risikoniveau %1</translation>
    </message>
</context>
<context>
    <name>MethodologyPage</name>
    <message>
        <source>Risk assessment method</source>
        <translation>Methode zur Risikobeurteilung</translation>
    </message>
    <message>
        <source>The method sets the criteria every risk assessment uses, so that assessments made by different people, or repeated a year later, give results that are consistent, valid and comparable (ISO/IEC 27001, 6.1.2). It fixes the scales assessors rate on, the level each rating leads to, the level up to which a risk may be retained, and when risks are assessed again. Applying a change moves every rating onto the new scales and derives each level again; the change log keeps the old values and Undo restores them.</source>
        <translation>Die Methode legt die Kriterien fest, die jede Risikobeurteilung verwendet, damit Beurteilungen durch verschiedene Personen oder eine Wiederholung ein Jahr später zu konsistenten, gültigen und vergleichbaren Ergebnissen führen (ISO/IEC 27001, 6.1.2). Sie bestimmt die Skalen, auf denen eingestuft wird, das Risikoniveau, zu dem jede Einstufung führt, das Risikoniveau, bis zu dem ein Risiko beibehalten werden darf, und wann Risiken erneut beurteilt werden. Beim Anwenden einer Änderung werden alle Einstufungen auf die neuen Skalen übertragen und alle Risikoniveaus neu abgeleitet; das Änderungsprotokoll bewahrt die alten Werte, und „Rückgängig“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>Check the method, see what it changes in the risk register, and use it</source>
        <translation>Die Methode prüfen, sehen, was sie im Risikoregister ändert, und sie verwenden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the changes made here since the method was last applied</source>
        <translation>Die hier seit dem letzten Anwenden der Methode vorgenommenen Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put the default 5×5 method in the editor; it is used only once applied</source>
        <translation>Die 5×5-Standardmethode in den Editor laden; sie wird erst nach dem Anwenden verwendet</translation>
    </message>
    <message>
        <source>The project is open read-only: the method can be read here but not changed.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: Die Methode kann hier gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Changed here, not applied yet</source>
        <translation>Hier geändert, noch nicht angewendet</translation>
    </message>
    <message>
        <source>The method in use</source>
        <translation>Die verwendete Methode</translation>
    </message>
    <message>
        <source>The method is in use, and every risk is rated on it. Undo puts the previous method and every rating back.</source>
        <translation>Die Methode wird verwendet, und jedes Risiko ist nach ihr eingestuft. „Rückgängig“ stellt die vorherige Methode und alle Einstufungen wieder her.</translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>Record a measurement:</source>
        <translation>Messung erfassen:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>Unterstützte Ziele</translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation>Unterstützte Maßnahmen</translation>
    </message>
    <message>
        <source>The objectives whose achievement this metric shows; double-click to open one.</source>
        <translation>Die Ziele, deren Erreichung diese Kennzahl zeigt; doppelklicken Sie, um eines zu öffnen.</translation>
    </message>
    <message>
        <source>The Annex A controls whose effectiveness this metric shows; double-click to open one.</source>
        <translation>Die Maßnahmen aus Anhang A, deren Wirksamkeit diese Kennzahl zeigt; doppelklicken Sie, um eine zu öffnen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No measurement is recorded yet; record the first one below.</source>
        <translation>Es ist noch keine Messung erfasst; erfassen Sie die erste unten.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s); latest %1 on %2.</source>
        <extracomment>Under a metric's trend chart: "12 measurements; latest 4.5 on 2026-10-31. Target: at most 5"</extracomment>
        <translation>
            <numerusform>%n Messung; zuletzt %1 am %2.</numerusform>
            <numerusform>%n Messungen; zuletzt %1 am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link metric to objective</source>
        <translation>Kennzahl mit Ziel verknüpfen</translation>
    </message>
    <message>
        <source>Link metric to control</source>
        <translation>Kennzahl mit Maßnahme verknüpfen</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>Messung erfassen</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>ISMS project</source>
        <translation>ISMS-Projekt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>A project is one file that holds your whole ISMS: the clause requirements, the Annex A controls and their change log. Every change is saved as you make it.</source>
        <translation>Ein Projekt ist eine Datei, die Ihr gesamtes ISMS enthält: die Anforderungen der Abschnitte, die Maßnahmen aus Anhang A und ihr Änderungsprotokoll. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Your organisation's name</source>
        <translation>Name Ihrer Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data (a fictitious organisation, to try things out)</source>
        <translation>Mit De&amp;modaten füllen (fiktive Organisation zum Ausprobieren)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>NonconformityPanel</name>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Double-click an action to open it. Add actions on the Corrective actions page.</source>
        <translation>Doppelklicken Sie auf eine Korrekturmaßnahme, um sie zu öffnen. Fügen Sie Korrekturmaßnahmen auf der Seite „Korrekturmaßnahmen“ hinzu.</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>Five whys...</source>
        <translation>Fünf Warum...</translation>
    </message>
    <message>
        <source>Find the root cause by asking why up to five times.</source>
        <translation>Finden Sie die Grundursache, indem Sie bis zu fünfmal nach dem Warum fragen.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>A corrective action's due date in the list beside its nonconformity.</extracomment>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>No corrective action yet.</source>
        <translation>Noch keine Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>Not reviewed yet. The nonconformity can be closed once a review finds its actions effective.</source>
        <translation>Noch nicht geprüft. Die Nichtkonformität kann geschlossen werden, sobald eine Prüfung ihre Korrekturmaßnahmen als wirksam bewertet.</translation>
    </message>
    <message>
        <source>%1 (reviewed on %2)</source>
        <extracomment>Where a nonconformity's effectiveness review stands: "Effective (reviewed on 2026-10-01)".</extracomment>
        <translation>%1 (geprüft am %2)</translation>
    </message>
    <message>
        <source>Record the root cause of %1</source>
        <extracomment>Undo text: "Record the root cause of NC-003"</extracomment>
        <translation>Grundursache von %1 erfassen</translation>
    </message>
</context>
<context>
    <name>ObjectiveMetricsPanel</name>
    <message>
        <source>Measured by metrics</source>
        <translation>Gemessen durch Kennzahlen</translation>
    </message>
    <message>
        <source>Double-click a metric to open it with its trend chart.</source>
        <translation>Doppelklicken Sie auf eine Kennzahl, um sie mit ihrem Trenddiagramm zu öffnen.</translation>
    </message>
    <message>
        <source>latest %1 on %2</source>
        <extracomment>A metric that measures an objective, with its latest value: "latest 4.5 on 2026-10-31"</extracomment>
        <translation>zuletzt %1 am %2</translation>
    </message>
    <message>
        <source>No metric measures this objective yet; link one on the Metrics page.</source>
        <translation>Noch keine Kennzahl misst dieses Ziel; verknüpfen Sie eine auf der Seite „Kennzahlen“.</translation>
    </message>
</context>
<context>
    <name>OverdueDutiesWidget</name>
    <message>
        <source>Overdue duties</source>
        <translation>Überfällige Pflichten</translation>
    </message>
    <message>
        <source>Open the ISMS calendar</source>
        <translation>Den ISMS-Kalender öffnen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation>Doppelklicken Sie auf eine Pflicht, um ihren Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>After "Overdue duties": how many there are.</extracomment>
        <translation>keinem</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the ISMS calendar</source>
        <translation>
            <numerusform>%n weitere im ISMS-Kalender</numerusform>
            <numerusform>%n weitere im ISMS-Kalender</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>6 Planning</source>
        <translation>6 Planung</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>4 Context</source>
        <translation>4 Kontext</translation>
    </message>
    <message>
        <source>SoA versions</source>
        <translation>SoA-Versionen</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Prüfung der Auditbereitschaft</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>5 Leadership</source>
        <translation>5 Führung</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>7 Support</source>
        <translation>7 Unterstützung</translation>
    </message>
    <message>
        <source>8 Operation</source>
        <translation>8 Betrieb</translation>
    </message>
    <message>
        <source>9 Performance</source>
        <translation>9 Bewertung der Leistung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>10 Improvement</source>
        <translation>10 Verbesserung</translation>
    </message>
    <message>
        <source>ISMS calendar</source>
        <translation>ISMS-Kalender</translation>
    </message>
    <message>
        <source>Independence and checklist</source>
        <translation>Unabhängigkeit und Checkliste</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation>Auditabdeckung</translation>
    </message>
    <message>
        <source>Inputs and actions</source>
        <translation>Eingaben und Aktionen</translation>
    </message>
    <message>
        <source>Actions and review</source>
        <translation>Korrekturmaßnahmen und Prüfung</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Written to the change log with every change you make. Leave it empty to use your user name on this computer.</source>
        <translation>Wird bei jeder Ihrer Änderungen in das Änderungsprotokoll geschrieben. Lassen Sie das Feld leer, um Ihren Benutzernamen auf diesem Computer zu verwenden.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Classification label:</source>
        <translation>&amp;Klassifizierungsvermerk:</translation>
    </message>
    <message>
        <source>Automatic (from your region)</source>
        <translation>Automatisch (aus Ihrer Region)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ProcessBoxItem</name>
    <message>
        <source>Provided from outside</source>
        <translation>Extern bereitgestellt</translation>
    </message>
    <message>
        <source>Provided by %1</source>
        <translation>Bereitgestellt von %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>On a process's box on the process map, after its owner: the process is not in place yet.</extracomment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>On a process's box on the process map, after its owner: the process is no longer run.</extracomment>
        <translation>außer Betrieb</translation>
    </message>
</context>
<context>
    <name>ProcessMapPage</name>
    <message>
        <source>Process map</source>
        <translation>Prozesslandkarte</translation>
    </message>
    <message>
        <source>Open in the register</source>
        <translation>Im Register öffnen</translation>
    </message>
    <message>
        <source>Processes: %1. Interactions: %2.</source>
        <translation>Prozesse: %1. Wechselwirkungen: %2.</translation>
    </message>
    <message>
        <source>Record the processes of the ISMS and how they interact on the pages ISMS processes and Process interactions.</source>
        <translation>Erfassen Sie die Prozesse des ISMS und ihre Wechselwirkungen auf den Seiten „ISMS-Prozesse“ und „Prozesswechselwirkungen“.</translation>
    </message>
    <message>
        <source>Arrows show what one process passes to another. Dashed boxes are provided from outside, grey ones planned or retired. Click a box to select it; double-click it to open it in the register.</source>
        <translation>Pfeile zeigen, was ein Prozess an einen anderen übergibt. Gestrichelte Kästen werden extern bereitgestellt, graue sind geplant oder außer Betrieb. Klicken Sie auf einen Kasten, um ihn auszuwählen; doppelklicken Sie darauf, um ihn im Register zu öffnen.</translation>
    </message>
    <message>
        <source>No process selected.</source>
        <translation>Kein Prozess ausgewählt.</translation>
    </message>
    <message>
        <source>provided by %1</source>
        <translation>bereitgestellt von %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Eigentümer</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No process, in "Receives from: none."</extracomment>
        <translation>keinem</translation>
    </message>
    <message>
        <source>%1 %2 (%3). Receives from: %4. Passes to: %5.</source>
        <extracomment>%1 reference, %2 name, %3 "owner NAME" or "provided by SUPPLIER", %4 and %5 lists of references.</extracomment>
        <translation>%1 %2 (%3). Erhält von: %4. Übergibt an: %5.</translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <source>Interaction map of the ISMS processes</source>
        <translation>Wechselwirkungskarte der ISMS-Prozesse</translation>
    </message>
</context>
<context>
    <name>ProjectHistoryWatcher</name>
    <message numerus="yes">
        <source>The change log of this project failed its tamper check with %n problem(s); run "isms-cli check" on the file to list them, and compare the file with a backup copy before relying on it.</source>
        <translation>
            <numerusform>Das Änderungsprotokoll dieses Projekts hat die Manipulationsprüfung nicht bestanden (%n Problem); führen Sie „isms-cli check“ für die Datei aus, um das Problem anzuzeigen, und vergleichen Sie die Datei mit einer Sicherungskopie, bevor Sie sich auf sie verlassen.</numerusform>
            <numerusform>Das Änderungsprotokoll dieses Projekts hat die Manipulationsprüfung nicht bestanden (%n Probleme); führen Sie „isms-cli check“ für die Datei aus, um die Probleme aufzulisten, und vergleichen Sie die Datei mit einer Sicherungskopie, bevor Sie sich auf sie verlassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tooltip of a RACI cell: "ISMS Manager in Incident management: A: Accountable".</extracomment>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>not involved</source>
        <translation>nicht beteiligt</translation>
    </message>
    <message>
        <source>(no holder)</source>
        <translation>(nicht besetzt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No role is Accountable for this process; mark exactly one with A.</source>
        <translation>Keine Rolle ist für diesen Prozess rechenschaftspflichtig (Accountable); kennzeichnen Sie genau eine mit A.</translation>
    </message>
    <message>
        <source>%1 roles are Accountable for this process; keep exactly one A.</source>
        <translation>%1 Rollen sind für diesen Prozess rechenschaftspflichtig (Accountable); behalten Sie genau ein A.</translation>
    </message>
</context>
<context>
    <name>RaciPage</name>
    <message>
        <source>(not involved)</source>
        <extracomment>The choice that clears a RACI cell.</extracomment>
        <translation>(nicht beteiligt)</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>The matrix needs ISMS processes (its rows) and roles (its columns); record them on the pages ISMS processes and Roles.</source>
        <translation>Die Matrix braucht ISMS-Prozesse (ihre Zeilen) und Rollen (ihre Spalten); erfassen Sie diese auf den Seiten „ISMS-Prozesse“ und „Rollen“.</translation>
    </message>
    <message>
        <source>Processes: %1. Roles: %2. Processes without exactly one Accountable role: %3.</source>
        <translation>Prozesse: %1. Rollen: %2. Prozesse ohne genau eine rechenschaftspflichtige Rolle: %3.</translation>
    </message>
    <message>
        <source>R does the work, A answers for it, C is consulted, I is informed. Type R, A, C or I in a cell, Delete to clear it, or double-click it to choose.</source>
        <translation>R führt die Arbeit aus, A ist rechenschaftspflichtig, C wird konsultiert, I wird informiert. Geben Sie R, A, C oder I in eine Zelle ein, leeren Sie sie mit Entf, oder doppelklicken Sie darauf, um auszuwählen.</translation>
    </message>
    <message>
        <source>Set RACI of %1 in %2 to %3</source>
        <translation>RACI von %1 in %2 auf %3 setzen</translation>
    </message>
</context>
<context>
    <name>RaisedNonconformityPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Raise nonconformity</source>
        <translation>Nichtkonformität erfassen</translation>
    </message>
    <message>
        <source>Record a nonconformity with this incident as its source, linked both ways.</source>
        <translation>Erfasst eine Nichtkonformität mit diesem Vorfall als Quelle, in beide Richtungen verknüpft.</translation>
    </message>
    <message>
        <source>Record a nonconformity with this finding as its source, linked both ways.</source>
        <translation>Eine Nichtkonformität mit dieser Feststellung als Quelle erfassen, in beide Richtungen verknüpft.</translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation>Nichtkonformität öffnen</translation>
    </message>
    <message>
        <source>This incident has raised no nonconformity.</source>
        <translation>Dieser Vorfall hat keine Nichtkonformität ausgelöst.</translation>
    </message>
    <message>
        <source>This finding has raised no nonconformity.</source>
        <translation>Diese Feststellung hat keine Nichtkonformität ausgelöst.</translation>
    </message>
    <message>
        <source>Raise a nonconformity from %1</source>
        <translation>Nichtkonformität aus %1 erfassen</translation>
    </message>
</context>
<context>
    <name>RatingPreviewDialog</name>
    <message>
        <source>Apply risk assessment method</source>
        <translation>Methode zur Risikobeurteilung anwenden</translation>
    </message>
    <message>
        <source>No rating or level changes.</source>
        <translation>Keine Einstufung und kein Risikoniveau ändert sich.</translation>
    </message>
    <message>
        <source>Changes to ratings and levels: %1, in risks: %2. The change log keeps every old value, and Undo puts them all back.</source>
        <translation>Änderungen an Einstufungen und Risikoniveaus: %1, in Risiken: %2. Das Änderungsprotokoll bewahrt jeden alten Wert, und „Rückgängig“ stellt alle wieder her.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Apply method</source>
        <translation>Methode anwenden</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a readiness finding about a record that does not exist yet.</extracomment>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <extracomment>Tooltip of a rule id: the clause it serves and what it requires.</extracomment>
        <translation>Abschnitt %1: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What to settle</source>
        <translation>Was zu klären ist</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation>Prüfung der Auditbereitschaft</translation>
    </message>
    <message>
        <source>What a certification auditor would find missing, rule by rule. Double-click a point, or press Enter, to open the record to fix.</source>
        <translation>Was ein Zertifizierungsauditor vermissen würde, Regel für Regel. Doppelklicken Sie auf einen Punkt oder drücken Sie die Eingabetaste, um den zu korrigierenden Datensatz zu öffnen.</translation>
    </message>
    <message>
        <source>Readiness score, of 100</source>
        <extracomment>Under the large readiness score number.</extracomment>
        <translation>Auditbereitschaft, von 100</translation>
    </message>
    <message>
        <source>The share of the rules checked that pass; a major rule weighs three times a minor one. Points do not block anything: settle them before the audit.</source>
        <translation>Der Anteil der geprüften Regeln, die bestanden sind; eine erhebliche Regel zählt dreimal so viel wie eine geringfügige. Punkte blockieren nichts: Klären Sie sie vor dem Audit.</translation>
    </message>
    <message>
        <source>Filter points (Ctrl+F)</source>
        <translation>Punkte filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Double-click a point to open its record</source>
        <translation>Doppelklicken Sie auf einen Punkt, um seinen Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Major points: %1 · Minor points: %2 · Rules passed: %3 of %4</source>
        <extracomment>%1, %2: counts of points; %3 of %4: rules without a point of the rules checked.</extracomment>
        <translation>Erhebliche Punkte: %1 · Geringfügige Punkte: %2 · Bestandene Regeln: %3 von %4</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>"Points: 12" or "Points: 4 of 12"</extracomment>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>Points: %1 of %2</source>
        <translation>Punkte: %1 von %2</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1:</source>
        <extracomment>A form label: "Name:"</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Select a row to see and edit it.</source>
        <translation>Wählen Sie eine Zeile aus, um sie anzusehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A referenced record in a table cell: reference and name, "P-003 — Ruth Calder"</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a kind of record: "New threat"</extracomment>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Add a %1 (Insert or Ctrl+Shift+N)</source>
        <translation>%1 anlegen (Einfg oder Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected rows into new ones (Ctrl+D)</source>
        <translation>Die ausgewählten Zeilen als neue Zeilen kopieren (Strg+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation>Die ausgewählten Zeilen löschen (Entf); „Rückgängig“ stellt sie wieder her</translation>
    </message>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Duplicate threat T-003"</extracomment>
        <translation>%1 %2 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Dialog title: "Delete threats"</extracomment>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: "Category: any"</extracomment>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>"Threats: 40"</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>"Threats: 12 of 40"</extracomment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Delete the %1 selected %2? Undo brings them back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records</extracomment>
        <translation>Die %1 ausgewählten %2 löschen? „Rückgängig“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Give the selected rows the same values, such as an owner or a status (Ctrl+Shift+E)</source>
        <translation>Den ausgewählten Zeilen dieselben Werte geben, etwa einen Eigentümer oder einen Status (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Edit risk R-003"</extracomment>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Removes the filter that another page (the heat map) set on this register</extracomment>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Wieder alle Datensätze anzeigen</translation>
    </message>
    <message>
        <source>New %1</source>
        <comment>initial name of a new record</comment>
        <extracomment>The name a new record starts with, typed over by the user; %1 is its kind ("risk").</extracomment>
        <translation>%1 ohne Namen</translation>
    </message>
    <message>
        <source>Frozen register</source>
        <translation>Eingefrorenes Register</translation>
    </message>
    <message>
        <source>%1 (reading the rest…)</source>
        <extracomment>While the rest of a large register is read: "Risks: 100 (reading the rest…)"</extracomment>
        <translation>%1 (der Rest wird gelesen…)</translation>
    </message>
</context>
<context>
    <name>RemoveRecordsCommand</name>
    <message>
        <source>Delete %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Delete threat T-003"
----------
%1 is a number of two or more, %2 a kind of records: "Delete 3 threats"</extracomment>
        <translation>%1 %2 löschen</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gezeichnet…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Hold review</source>
        <translation>Bewertung abhalten</translation>
    </message>
    <message>
        <source>Make planned change</source>
        <translation>Geplante Änderung anlegen</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Input (9.3.2)</source>
        <translation>Eingabe (9.3.2)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <source>Marks the review held today and freezes its inputs as the project stands now.</source>
        <translation>Kennzeichnet die Bewertung als heute abgehalten und friert ihre Eingaben im jetzigen Stand des Projekts ein.</translation>
    </message>
    <message>
        <source>Creates the planned change of the selected "Change needed" action and links them.</source>
        <translation>Legt die geplante Änderung zur ausgewählten Aktion „Änderungsbedarf“ an und verknüpft beide.</translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation>Ausgaben (9.3.3)</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Select a review to see its inputs and actions.</source>
        <translation>Wählen Sie eine Bewertung aus, um ihre Eingaben und Aktionen zu sehen.</translation>
    </message>
    <message>
        <source>Top management attends this review.</source>
        <translation>Die oberste Leitung nimmt an dieser Bewertung teil.</translation>
    </message>
    <message>
        <source>No member of top management is among the attendees yet; add one before the review is held.</source>
        <translation>Noch kein Mitglied der obersten Leitung ist unter den Teilnehmenden; fügen Sie eines hinzu, bevor die Bewertung abgehalten wird.</translation>
    </message>
    <message>
        <source>No member of top management attended this review; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation>Kein Mitglied der obersten Leitung hat an dieser Bewertung teilgenommen; erfassen Sie, wer teilgenommen hat, oder kennzeichnen Sie im Register „Personen“ die Teilnehmenden, die zur obersten Leitung gehören.</translation>
    </message>
    <message>
        <source>Held: the inputs below were frozen when the review was held and no longer change.</source>
        <translation>Abgehalten: Die folgenden Eingaben wurden beim Abhalten der Bewertung eingefroren und ändern sich nicht mehr.</translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled live from the project; holding the review freezes them.</source>
        <translation>Noch nicht eingefroren: Die folgenden Eingaben werden laufend aus dem Projekt zusammengestellt; das Abhalten der Bewertung friert sie ein.</translation>
    </message>
    <message>
        <source>Hold management review %1 today? Its inputs are frozen as the project stands now and cannot be compiled again; this step cannot be undone.</source>
        <translation>Managementbewertung %1 heute abhalten? Ihre Eingaben werden im jetzigen Stand des Projekts eingefroren und können nicht erneut zusammengestellt werden; dieser Schritt kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Minutes %1.pdf</source>
        <translation>Protokoll %1.pdf</translation>
    </message>
    <message>
        <source>Make a planned change of %1</source>
        <translation>Geplante Änderung aus %1 anlegen</translation>
    </message>
    <message>
        <source>Exporting the minutes…</source>
        <translation>Das Protokoll wird exportiert…</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Sign off…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Record the risk owner's approval of the treatment plan and acceptance of the residual risk</source>
        <translation>Die Freigabe des Risikobehandlungsplans und die Akzeptanz des Restrisikos durch den Risikoeigentümer festhalten</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the sign-off, for instance after the risk was assessed again</source>
        <translation>Die Freigabe zurückziehen, etwa nachdem das Risiko erneut beurteilt wurde</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <extracomment>A tab of the risk panel with how many it holds: "Assets (2)"</extracomment>
        <translation>Assets (%1)</translation>
    </message>
    <message>
        <source>Controls (%1)</source>
        <translation>Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Treatment tasks (%1)</source>
        <translation>Behandlungsaufgaben (%1)</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <extracomment>%1 is a name, %2 a date</extracomment>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>Closed without a recorded sign-off.</source>
        <translation>Ohne erfasste Freigabe geschlossen.</translation>
    </message>
    <message>
        <source>Awaiting sign-off by the risk owner.</source>
        <translation>Freigabe durch den Risikoeigentümer ausstehend.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2), so the sign-off needs an acceptance rationale.</source>
        <translation>Das Restrisikoniveau %1 liegt über der Akzeptanzschwelle (%2), daher braucht die Freigabe eine Akzeptanzbegründung.</translation>
    </message>
    <message>
        <source>Sign off again…</source>
        <translation>Erneut freigeben…</translation>
    </message>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Undo text: "Sign off risk R-003"</extracomment>
        <translation>Risiko %1 freigeben</translation>
    </message>
    <message>
        <source>Withdraw sign-off of risk %1</source>
        <extracomment>Undo text: "Withdraw sign-off of risk R-003"</extracomment>
        <translation>Freigabe von Risiko %1 zurückziehen</translation>
    </message>
</context>
<context>
    <name>RiskSummaryWidget</name>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Open the risk register</source>
        <translation>Das Risikoregister öffnen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Risks by the level of their current rating</source>
        <translation>Risiken nach dem Risikoniveau ihrer aktuellen Einstufung</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Risks by the level expected after treatment (the current one while no residual rating is given)</source>
        <translation>Risiken nach dem Risikoniveau, das nach der Behandlung erwartet wird (dem aktuellen, solange keine Einstufung des Restrisikos vorliegt)</translation>
    </message>
    <message>
        <source>Show the risks at this level</source>
        <translation>Die Risiken auf diesem Risikoniveau anzeigen</translation>
    </message>
    <message>
        <source>In the register: %1, not yet rated: %2</source>
        <translation>Im Register: %1, noch nicht eingestuft: %2</translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation>Im Register: %1</translation>
    </message>
    <message>
        <source>Awaiting sign-off: %1</source>
        <translation>Freigabe ausstehend: %1</translation>
    </message>
    <message>
        <source>Overdue treatment tasks: %1</source>
        <translation>Überfällige Behandlungsaufgaben: %1</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Überfällige Überprüfungen: %1</translation>
    </message>
    <message>
        <source>Open treatment tasks: %1</source>
        <translation>Offene Behandlungsaufgaben: %1</translation>
    </message>
</context>
<context>
    <name>RiskTaskTable</name>
    <message>
        <source>Double-click a cell to change it</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu ändern</translation>
    </message>
    <message>
        <source>No treatment task yet. Add the steps that carry out the treatment, each with an owner and a due date.</source>
        <translation>Noch keine Behandlungsaufgabe. Fügen Sie die Schritte hinzu, mit denen die Behandlung umgesetzt wird, jeweils mit einem Verantwortlichen und einem Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add a treatment task to this risk</source>
        <translation>Diesem Risiko eine Behandlungsaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the selected tasks; Undo brings them back</source>
        <translation>Die ausgewählten Aufgaben löschen; „Rückgängig“ stellt sie wieder her</translation>
    </message>
    <message>
        <source>New treatment task</source>
        <translation>Neue Behandlungsaufgabe</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Number of steps:</source>
        <translation>Anzahl der Stufen:</translation>
    </message>
    <message>
        <source>Number of steps</source>
        <translation>Anzahl der Stufen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A short name assessors choose from</source>
        <translation>Eine kurze Bezeichnung, aus der Beurteilende wählen</translation>
    </message>
    <message>
        <source>What the step means, so that two assessors choose the same one</source>
        <translation>Was die Stufe bedeutet, damit zwei Beurteilende dieselbe wählen</translation>
    </message>
</context>
<context>
    <name>SetEvidenceLimitCommand</name>
    <message>
        <source>%1 MB</source>
        <extracomment>A size limit in whole megabytes: "20 MB".</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Set the evidence size limit to %1</source>
        <extracomment>Undo text; %1 is a size such as "20 MB".</extracomment>
        <translation>Größenlimit für Nachweise auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1 is a field ("Name"), %2 a kind of record ("threat"): "Change Name of threat"</extracomment>
        <translation>Feld „%1“ ändern (%2)</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Dialog title: "Sign off risk R-003"</extracomment>
        <translation>Risiko %1 freigeben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The risk is not rated yet. By signing off, its owner approves the treatment plan and accepts the residual risk.</source>
        <translation>Das Risiko ist noch nicht eingestuft. Mit der Freigabe gibt sein Eigentümer den Risikobehandlungsplan frei und akzeptiert das Restrisiko.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2). The risk owner can still accept it, but only with a written rationale: why the risk is retained at this level.</source>
        <translation>Das Restrisikoniveau %1 liegt über der Akzeptanzschwelle (%2). Der Risikoeigentümer kann es dennoch akzeptieren, aber nur mit einer schriftlichen Begründung: warum das Risiko auf diesem Niveau beibehalten wird.</translation>
    </message>
    <message>
        <source>The residual level %1 is within the acceptance threshold (%2). By signing off, the risk owner approves the treatment plan and accepts the residual risk.</source>
        <translation>Das Restrisikoniveau %1 liegt innerhalb der Akzeptanzschwelle (%2). Mit der Freigabe gibt der Risikoeigentümer den Risikobehandlungsplan frei und akzeptiert das Restrisiko.</translation>
    </message>
    <message>
        <source>Name of the risk owner</source>
        <translation>Name des Risikoeigentümers</translation>
    </message>
    <message>
        <source>Signed off by:</source>
        <translation>Freigegeben von:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Required: why this residual risk is accepted</source>
        <translation>Erforderlich: warum dieses Restrisiko akzeptiert wird</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Acceptance rationale (required):</source>
        <translation>Akzeptanzbegründung (erforderlich):</translation>
    </message>
    <message>
        <source>Acceptance rationale:</source>
        <translation>Akzeptanzbegründung:</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs off, normally the risk owner.</source>
        <translation>Geben Sie den Namen der Person ein, die freigibt, in der Regel den des Risikoeigentümers.</translation>
    </message>
</context>
<context>
    <name>SoaChangeModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>A row of the SoA comparison: the whole entry is new on the later side.</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>A row of the SoA comparison: the entry is gone on the later side.</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Column of the SoA comparison: the value on the earlier side.</extracomment>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Column of the SoA comparison: the value on the later side.</extracomment>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>SoaComparePage</name>
    <message>
        <source>SoA versions</source>
        <translation>SoA-Versionen</translation>
    </message>
    <message>
        <source>Issued versions of the Statement of Applicability never change. Compare two versions, or a version with the working state, to see what changed control by control.</source>
        <translation>Herausgegebene Versionen der Erklärung zur Anwendbarkeit ändern sich nie. Vergleichen Sie zwei Versionen oder eine Version mit dem Arbeitsstand, um Maßnahme für Maßnahme zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Issued versions</source>
        <translation>Herausgegebene Versionen</translation>
    </message>
    <message>
        <source>Issue SoA version…</source>
        <translation>SoA-Version herausgeben…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Änderungsübersicht</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>Between the two sides of the SoA comparison: "Compare [version 1] with [working state]".</extracomment>
        <translation>mit</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Current (working state)</source>
        <extracomment>A side of the SoA comparison: the SoA as it is now, not yet issued.</extracomment>
        <translation>Aktuell (Arbeitsstand)</translation>
    </message>
    <message>
        <source>Both sides are the same.</source>
        <translation>Beide Seiten sind gleich.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Changed fields: %1 · controls: %2</source>
        <extracomment>Above the SoA comparison: how many fields differ, and in how many controls. No plural forms, so that the line reads right in every language without a plural catalogue.</extracomment>
        <translation>Geänderte Felder: %1 · Maßnahmen: %2</translation>
    </message>
    <message>
        <source>Version %1 of the Statement of Applicability was issued, approved by %2.</source>
        <translation>Version %1 der Erklärung zur Anwendbarkeit wurde herausgegeben, freigegeben von %2.</translation>
    </message>
</context>
<context>
    <name>SoaImportDialog</name>
    <message>
        <source>Import a Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit importieren</translation>
    </message>
    <message>
        <source>Bring in an SoA kept in a spreadsheet (CSV or XLSX) or exported as JSON. Control ids may be written with or without "A."; rows such as AC-001, or with a source, are additional controls. An SoA of the 2013 edition is carried over to the 2022 controls, and what needs your decision is listed below. Nothing is written until the file is free of problems.</source>
        <translation>Übernehmen Sie eine SoA aus einer Tabelle (CSV oder XLSX) oder aus einem JSON-Export. Maßnahmen-IDs dürfen mit oder ohne „A.“ geschrieben sein; Zeilen wie AC-001 oder Zeilen mit einer Quelle sind zusätzliche Maßnahmen. Eine SoA der Ausgabe 2013 wird auf die Maßnahmen von 2022 übertragen, und was Sie entscheiden müssen, steht unten. Geschrieben wird erst, wenn die Datei keine Probleme mehr hat.</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation>Eine .csv-, .xlsx- oder .json-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Found from the control ids</source>
        <translation>Aus den Maßnahmen-IDs erkannt</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 (carried over to 2022)</source>
        <translation>ISO/IEC 27001:2013 (auf 2022 übertragen)</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>To decide: the controls the 2013 SoA does not settle</source>
        <translation>Zu entscheiden: die Maßnahmen, die die SoA von 2013 nicht klärt</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wie sie importiert würde.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import the SoA from</source>
        <translation>SoA importieren aus</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation>Tabellen und Exporte (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Problems to correct in the file: %1; nothing will be imported until then.</source>
        <translation>Probleme in der Datei: %1; bis sie behoben sind, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Ready: Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation>Bereit: zu ändernde Anhang-A-Maßnahmen: %1; anzulegende zusätzliche Maßnahmen: %2, zu ändernde: %3.</translation>
    </message>
    <message>
        <source>The file is read as a 2013 SoA and carried over to the 2022 controls.</source>
        <translation>Die Datei wird als SoA von 2013 gelesen und auf die Maßnahmen von 2022 übertragen.</translation>
    </message>
    <message>
        <source>%1 %2: new in 2022, no 2013 control maps to it; decide whether it applies.</source>
        <translation>%1 %2: neu in 2022, keine Maßnahme von 2013 entspricht ihr; entscheiden Sie, ob sie anwendbar ist.</translation>
    </message>
    <message>
        <source>%1 %2: the 2013 controls it merges were answered differently; decide its answer.</source>
        <translation>%1 %2: Die zusammengeführten Maßnahmen von 2013 wurden unterschiedlich beantwortet; entscheiden Sie die Antwort.</translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back. Tick off the controls below as you decide them on the SoA page.</source>
        <translation>Die SoA wurde importiert; Rückgängig nimmt den Import zurück. Haken Sie die Maßnahmen unten ab, sobald Sie sie auf der SoA-Seite entschieden haben.</translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back.</source>
        <translation>Die SoA wurde importiert; Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
</context>
<context>
    <name>SoaIssueDialog</name>
    <message>
        <source>Issue SoA version %1</source>
        <translation>SoA-Version %1 herausgeben</translation>
    </message>
    <message>
        <source>Version %1 freezes the Statement of Applicability as it stands now, with who approved it and what it changes. Issuing is logged and cannot be undone: an issued version never changes, and later edits go into the next version.</source>
        <translation>Version %1 friert die Erklärung zur Anwendbarkeit im jetzigen Stand ein, mit der Freigabe und den Änderungen. Das Herausgeben wird protokolliert und kann nicht rückgängig gemacht werden: Eine herausgegebene Version ändert sich nie, spätere Änderungen gehen in die nächste Version.</translation>
    </message>
    <message>
        <source>Name and role, e.g. the managing director</source>
        <translation>Name und Rolle, z. B. die Geschäftsführung</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Freigegeben &amp;von:</translation>
    </message>
    <message>
        <source>Approval &amp;date:</source>
        <translation>Freigabe&amp;datum:</translation>
    </message>
    <message>
        <source>What this version changes, e.g. "A.8.11 now applicable after the data platform risk assessment"</source>
        <translation>Was diese Version ändert, z. B. „A.8.11 nach der Risikobeurteilung der Datenplattform jetzt anwendbar“</translation>
    </message>
    <message>
        <source>&amp;Change summary:</source>
        <translation>&amp;Änderungsübersicht:</translation>
    </message>
    <message>
        <source>Nothing changed since version %1. Issue it only as a deliberate re-approval of the same content.</source>
        <translation>Seit Version %1 hat sich nichts geändert. Geben Sie sie nur als bewusste erneute Freigabe desselben Inhalts heraus.</translation>
    </message>
    <message>
        <source>This is a re-approval of unchanged content</source>
        <translation>Dies ist eine erneute Freigabe unveränderten Inhalts</translation>
    </message>
    <message>
        <source>&amp;Issue version %1</source>
        <translation>Version %1 &amp;herausgeben</translation>
    </message>
</context>
<context>
    <name>SoaPage</name>
    <message>
        <source>Control type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>Security property</source>
        <translation>Sicherheitseigenschaft</translation>
    </message>
    <message>
        <source>Cybersecurity concept</source>
        <translation>Cybersicherheitskonzept</translation>
    </message>
    <message>
        <source>Operational capability</source>
        <translation>Operative Fähigkeit</translation>
    </message>
    <message>
        <source>Security domain</source>
        <translation>Sicherheitsdomäne</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation>Aus der Norm</translation>
    </message>
    <message>
        <source>Applicable or not</source>
        <translation>Anwendbar oder nicht</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>Risikobehandlung</translation>
    </message>
    <message>
        <source>No reason yet</source>
        <extracomment>Filter of the SoA page: included controls for which no reason is stated or derived.</extracomment>
        <translation>Noch kein Grund</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Jedes Attribut</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label of the SoA page's filters.</extracomment>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An item of the SoA page's attribute filter: "Control type: Preventive".</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>Die Zusammenfassung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Annex A: %1 controls, %2 applicable, %3 excluded, %4 implemented · Additional controls: %5 · Evidence files: %6 · Points still open: %7</source>
        <extracomment>Summary of the SoA page. %1 Annex A controls, %2 applicable, %3 excluded, %4 implemented, %5 additional controls, %6 evidence files, %7 open points.</extracomment>
        <translation>Anhang A: %1 Maßnahmen, %2 anwendbar, %3 ausgeschlossen, %4 umgesetzt · Zusätzliche Maßnahmen: %5 · Nachweisdateien: %6 · Offene Punkte: %7</translation>
    </message>
    <message>
        <source>Annex A controls (%1)</source>
        <extracomment>Tab of the SoA page with the number of controls shown.</extracomment>
        <translation>Anhang-A-Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Additional controls (%1)</source>
        <translation>Zusätzliche Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>Versions and comparison</source>
        <extracomment>Button of the SoA page that opens the page of issued versions and their comparison.</extracomment>
        <translation>Versionen und Vergleich</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>ISMS Workbench</source>
        <translation>ISMS Workbench</translation>
    </message>
    <message>
        <source>Run your ISO/IEC 27001:2022 information security management system from one file: clauses 4 to 10, the Annex A controls, and a tamper-evident change log.</source>
        <translation>Betreiben Sie Ihr Informationssicherheits-Managementsystem nach ISO/IEC 27001:2022 aus einer einzigen Datei: Abschnitte 4 bis 10, die Maßnahmen aus Anhang A und ein Änderungsprotokoll, in dem Manipulationen erkennbar sind.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project file for your organisation</source>
        <translation>Eine Projektdatei für Ihre Organisation erstellen</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Eine vorhandene Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>A fictitious organisation with realistic data, to explore the program</source>
        <translation>Eine fiktive Organisation mit realistischen Daten, um das Programm kennenzulernen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>%1 no longer exists or cannot be reached.</source>
        <translation>%1 ist nicht mehr vorhanden oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Noch keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <source>A project is a single file. Every change is saved the moment you make it and recorded in the project's change log under your name, so the file can be copied, backed up or taken to a client site at any time.</source>
        <translation>Ein Projekt ist eine einzige Datei. Jede Änderung wird sofort gespeichert und unter Ihrem Namen im Änderungsprotokoll des Projekts aufgezeichnet, sodass die Datei jederzeit kopiert, gesichert oder zu einem Kunden mitgenommen werden kann.</translation>
    </message>
    <message>
        <source>%1
%2 · changed %3</source>
        <extracomment>A recent project: file name, then folder and date of the last change on a second line.</extracomment>
        <translation>%1
%2 · geändert %3</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (fehlt)
%2</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <source>Controls per theme and status</source>
        <translation>Maßnahmen nach Thema und Status</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanModel</name>
    <message>
        <source>no date</source>
        <extracomment>A treatment task without a due date</extracomment>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>%1 is a date: "2026-03-01, overdue"</extracomment>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the task is neither done nor cancelled.</source>
        <translation>Überfällig: Das Fälligkeitsdatum ist verstrichen, und die Aufgabe ist weder erledigt noch abgebrochen.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk title</source>
        <translation>Risikotitel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanPage</name>
    <message>
        <source>Treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>The treatment tasks of every risk, by due date. Double-click a task to open its risk; tasks are edited there.</source>
        <translation>Die Behandlungsaufgaben aller Risiken, nach Fälligkeitsdatum. Doppelklicken Sie auf eine Aufgabe, um ihr Risiko zu öffnen; dort werden die Aufgaben bearbeitet.</translation>
    </message>
    <message>
        <source>Filter tasks and risks (Ctrl+F)</source>
        <translation>Aufgaben und Risiken filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Status: any</source>
        <extracomment>The first choice of a filter: "Status: any"</extracomment>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Double-click a task to open its risk</source>
        <translation>Doppelklicken Sie auf eine Aufgabe, um ihr Risiko zu öffnen</translation>
    </message>
    <message>
        <source>Owner: any</source>
        <extracomment>The first choice of a filter: "Owner: any"</extracomment>
        <translation>Verantwortlich: alle</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <extracomment>"Tasks: 16" or "Tasks: 4 of 16"</extracomment>
        <translation>Aufgaben: %1</translation>
    </message>
    <message>
        <source>Tasks: %1 of %2</source>
        <translation>Aufgaben: %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <extracomment>The count of tasks, then how many are overdue: "Tasks: 16 · 3 overdue"</extracomment>
        <translation>%1 · %2 überfällig</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>Trend of the measurements</source>
        <translation>Verlauf der Messungen</translation>
    </message>
</context>
<context>
    <name>UpdateRecordsCommand</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a kind of record: "Change risk"</extracomment>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: "Change 3 risks"</extracomment>
        <translation>%1 %2 ändern</translation>
    </message>
</context>
<context>
    <name>ValueFilterComboBox</name>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: "Owner: any"</extracomment>
        <translation>%1: alle</translation>
    </message>
</context>
<context>
    <name>WorkbenchMain</name>
    <message>
        <source>Self-test failed: %1</source>
        <translation>Selbsttest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder.</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Self-test organisation</source>
        <translation>Selbsttest-Organisation</translation>
    </message>
    <message>
        <source>the project could not be reopened.</source>
        <translation>das Projekt konnte nicht erneut geöffnet werden.</translation>
    </message>
    <message>
        <source>the project does not hold the 93 Annex A controls.</source>
        <translation>das Projekt enthält nicht die 93 Maßnahmen aus Anhang A.</translation>
    </message>
    <message>
        <source>the exported report is not a PDF file.</source>
        <translation>der exportierte Bericht ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>errors were reported.</source>
        <translation>es wurden Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Selbsttest bestanden.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>ISMS Workbench</source>
        <translation>ISMS Workbench</translation>
    </message>
    <message>
        <source>An offline workbench for an ISO/IEC 27001:2022 ISMS.</source>
        <translation>Eine Offline-Arbeitsumgebung für ein ISMS nach ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>Die zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Open the demo project.</source>
        <translation>Das Demoprojekt öffnen.</translation>
    </message>
    <message>
        <source>Create, reopen and migrate a temporary project, export a PDF report, and exit (0 on success).</source>
        <translation>Ein temporäres Projekt erstellen, erneut öffnen und migrieren, einen PDF-Bericht exportieren und beenden (0 bei Erfolg).</translation>
    </message>
    <message>
        <source>The page for --screenshot: %1.</source>
        <translation>Die Seite für --screenshot: %1.</translation>
    </message>
    <message>
        <source>run "isms-workbench --help" for the usage</source>
        <translation>„isms-workbench --help“ zeigt den Aufruf</translation>
    </message>
    <message>
        <source>--page only chooses what --screenshot shows; add --screenshot PATH or leave --page out.</source>
        <translation>--page wählt nur aus, was --screenshot zeigt; geben Sie --screenshot PATH an oder lassen Sie --page weg.</translation>
    </message>
    <message>
        <source>"%1" is not a page; use one of %2.</source>
        <translation>„%1“ ist keine Seite; verwenden Sie eine der Seiten %2.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>Give at most one project file; %1.</source>
        <translation>Geben Sie höchstens eine Projektdatei an; %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and exit; the extension chooses the format (.png, .bmp, .jpg...), PNG when there is none.</source>
        <translation>Speichert ein Bild des Fensters unter PATH und beendet das Programm; die Dateiendung bestimmt das Format (.png, .bmp, .jpg...), ohne Endung PNG.</translation>
    </message>
    <message>
        <source>A picture cannot be saved as "%1"; end the file name with one of .%2.</source>
        <translation>Ein Bild kann nicht als "%1" gespeichert werden; der Dateiname muss auf eine dieser Endungen enden: .%2.</translation>
    </message>
    <message>
        <source>With --page of a register: the reference of the record to select before the picture ("6.1.3", "R-004").</source>
        <translation>Mit --page eines Registers: die Referenz des Datensatzes, der vor der Aufnahme ausgewählt wird („6.1.3“, „R-004“).</translation>
    </message>
    <message>
        <source>The page %1 has no record %2.</source>
        <translation>Die Seite %1 hat keinen Datensatz %2.</translation>
    </message>
</context>
<context>
    <name>isms::ApplicabilityRules</name>
    <message>
        <source>%1 is excluded without a justification; write why it does not apply.</source>
        <translation>%1 ist ohne Begründung ausgeschlossen; schreiben Sie, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>%1 is excluded, but the risks %2 name it as a control; include it or change those risks.</source>
        <translation>%1 ist ausgeschlossen, aber die Risiken %2 nennen sie als Maßnahme; nehmen Sie sie auf oder ändern Sie diese Risiken.</translation>
    </message>
    <message>
        <source>%1 is included without a reason; state one (legal, contractual, business, good practice) or link it to the risks it treats.</source>
        <translation>%1 ist ohne Grund aufgenommen; nennen Sie einen (gesetzlich, vertraglich, geschäftlich, bewährte Praxis) oder verknüpfen Sie sie mit den Risiken, die sie behandelt.</translation>
    </message>
    <message>
        <source>%1 is not implemented yet and has neither a target date nor a treatment task; plan it.</source>
        <translation>%1 ist noch nicht umgesetzt und hat weder Zieltermin noch Behandlungsaufgabe; planen Sie sie.</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRules</name>
    <message>
        <source>No risk assessment run is recorded (8.2); assess the risks and record the run, dated, with what it covered.</source>
        <translation>Es ist kein Durchgang der Risikobeurteilung erfasst (8.2); beurteilen Sie die Risiken und erfassen Sie den Durchgang mit Datum und Umfang.</translation>
    </message>
    <message>
        <source>The latest risk assessment run %1 of %2 is older than the %3 months the risk method sets; it was due again on %4. Assess the risks and record a new run.</source>
        <translation>Der letzte Durchgang der Risikobeurteilung %1 vom %2 ist älter als die %3 Monate, die die Methode zur Risikobeurteilung festlegt; er war am %4 wieder fällig. Beurteilen Sie die Risiken und erfassen Sie einen neuen Durchgang.</translation>
    </message>
    <message>
        <source>%1 %2: a significant change implemented on %3, after the latest risk assessment run %4 of %5; assess the risks it affects and record a new run.</source>
        <translation>%1 %2: Eine wesentliche Änderung wurde am %3 umgesetzt, nach dem letzten Durchgang der Risikobeurteilung %4 vom %5; beurteilen Sie die betroffenen Risiken und erfassen Sie einen neuen Durchgang.</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunReport</name>
    <message>
        <source>Risk assessment run %1</source>
        <translation>Durchgang der Risikobeurteilung %1</translation>
    </message>
    <message>
        <source>The risk register as it stood on %1, frozen when the run was recorded</source>
        <translation>Das Risikoregister im Stand vom %1, eingefroren bei der Erfassung des Durchgangs</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Durchgang</translation>
    </message>
    <message>
        <source>This report prints the method and the risk register exactly as they were frozen when the run was recorded. Later changes to the risks do not appear here; the fingerprint below lets anyone confirm with "isms-cli check" that the frozen register was not altered since.</source>
        <translation>Dieser Bericht gibt die Methode und das Risikoregister genau so wieder, wie sie bei der Erfassung des Durchgangs eingefroren wurden. Spätere Änderungen an den Risiken erscheinen hier nicht; mit dem Fingerabdruck unten kann jeder mit „isms-cli check“ bestätigen, dass das eingefrorene Register seither nicht verändert wurde.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beurteilt am</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation>Beurteilte Risiken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen register</source>
        <translation>SHA-256 des eingefrorenen Registers</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunService</name>
    <message>
        <source>The frozen register of assessment run %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 passt nicht mehr zu seinem SHA-256; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is not readable.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 hat keinen Eintrag im Änderungsprotokoll; es wurde außerhalb von ISMS Workbench hinzugefügt.</translation>
    </message>
    <message>
        <source>Assessment run %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation>Beurteilungslauf %1 ist mehr als einmal als eingefroren protokolliert; das Änderungsprotokoll wurde außerhalb von ISMS Workbench geschrieben.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 differs from the record logged when it was frozen; it was changed outside ISMS Workbench.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 weicht vom beim Einfrieren protokollierten Eintrag ab; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 fehlt im Projekt; es wurde außerhalb von ISMS Workbench entfernt.</translation>
    </message>
    <message>
        <source>Say what the assessment covered in its scope (the whole ISMS, or a part of it); a run is recorded only with its scope.</source>
        <translation>Geben Sie im Umfang an, was die Beurteilung abgedeckt hat (das gesamte ISMS oder einen Teil davon); ein Durchgang wird nur mit seinem Umfang erfasst.</translation>
    </message>
    <message>
        <source>Name who performed the assessment; a run is recorded only with its assessor.</source>
        <translation>Nennen Sie, wer die Beurteilung durchgeführt hat; ein Durchgang wird nur mit den Beurteilenden erfasst.</translation>
    </message>
    <message>
        <source>The assessment date %1 lies in the future; give the date on which the risks were assessed.</source>
        <translation>Das Beurteilungsdatum %1 liegt in der Zukunft; geben Sie das Datum an, an dem die Risiken beurteilt wurden.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 cannot be read; it was damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Das eingefrorene Register des Beurteilungslaufs %1 kann nicht gelesen werden; es wurde außerhalb von ISMS Workbench beschädigt. Führen Sie „isms-cli check“ für das Projekt aus.</translation>
    </message>
    <message>
        <source>Assessment run %1 has no frozen register; it was removed outside ISMS Workbench.</source>
        <translation>Beurteilungslauf %1 hat kein eingefrorenes Register; es wurde außerhalb von ISMS Workbench entfernt.</translation>
    </message>
    <message>
        <source>The SHA-256 of assessment run %1 differs from that of its frozen register; one of them was changed outside ISMS Workbench.</source>
        <translation>Der SHA-256 von Beurteilungslauf %1 weicht von dem seines eingefrorenen Registers ab; einer von beiden wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
</context>
<context>
    <name>isms::AssetGraph</name>
    <message>
        <source>An asset cannot depend on itself; choose another asset.</source>
        <translation>Ein Asset kann nicht von sich selbst abhängen; wählen Sie ein anderes Asset.</translation>
    </message>
    <message>
        <source>The dependency names an asset that does not exist.</source>
        <translation>Die Abhängigkeit verweist auf ein Asset, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 hängt bereits von %2 ab.</translation>
    </message>
    <message>
        <source>%1 cannot depend on %2: that would close the cycle %3. Dependencies must not run in a circle.</source>
        <translation>%1 kann nicht von %2 abhängen: Das würde den Zyklus %3 schließen. Abhängigkeiten dürfen keinen Kreis bilden.</translation>
    </message>
</context>
<context>
    <name>isms::AuditChecklist</name>
    <message>
        <source>Which internal and external issues has the organisation identified, and when were they last looked at?</source>
        <translation>Welche internen und externen Themen hat die Organisation bestimmt, und wann wurden sie zuletzt betrachtet?</translation>
    </message>
    <message>
        <source>Who are the interested parties, what do they expect, and which of those expectations does the ISMS address?</source>
        <translation>Wer sind die interessierten Parteien, was erwarten sie, und welche dieser Erwartungen behandelt das ISMS?</translation>
    </message>
    <message>
        <source>Is the scope written down and approved, and do its boundaries and interfaces match what staff describe?</source>
        <translation>Ist der Geltungsbereich schriftlich festgelegt und freigegeben, und stimmen seine Grenzen und Schnittstellen mit dem überein, was die Beschäftigten beschreiben?</translation>
    </message>
    <message>
        <source>Are the processes of the ISMS and the way they feed each other recorded and kept current?</source>
        <translation>Sind die Prozesse des ISMS und ihre Wechselwirkungen erfasst und werden sie aktuell gehalten?</translation>
    </message>
    <message>
        <source>What has top management done this year to show it leads the ISMS: resources, decisions, communication?</source>
        <translation>Was hat die oberste Leitung in diesem Jahr getan, um zu zeigen, dass sie das ISMS führt: Ressourcen, Entscheidungen, Kommunikation?</translation>
    </message>
    <message>
        <source>Is the policy approved, available to staff and known to the people you talk to?</source>
        <translation>Ist die Leitlinie freigegeben, den Beschäftigten zugänglich und den Personen bekannt, mit denen Sie sprechen?</translation>
    </message>
    <message>
        <source>Are roles for information security assigned and known, including who reports on the ISMS to top management?</source>
        <translation>Sind die Rollen für Informationssicherheit zugewiesen und bekannt, einschließlich der Rolle, die der obersten Leitung über das ISMS berichtet?</translation>
    </message>
    <message>
        <source>Which risks and opportunities of the ISMS itself were identified, and what was planned about them?</source>
        <translation>Welche Risiken und Chancen des ISMS selbst wurden bestimmt, und was wurde dazu geplant?</translation>
    </message>
    <message>
        <source>Does the risk assessment follow the documented method, with owners and repeatable ratings?</source>
        <translation>Folgt die Risikobeurteilung der dokumentierten Methode, mit Risikoeigentümern und wiederholbaren Einstufungen?</translation>
    </message>
    <message>
        <source>Do the treatment plan and the Statement of Applicability agree with the risks, and have the owners accepted the residual risks?</source>
        <translation>Stimmen der Risikobehandlungsplan und die Erklärung zur Anwendbarkeit mit den Risiken überein, und haben die Risikoeigentümer die Restrisiken akzeptiert?</translation>
    </message>
    <message>
        <source>Are the objectives measurable, planned with owners and dates, and is progress tracked?</source>
        <translation>Sind die Ziele messbar, mit Verantwortlichen und Terminen geplant, und wird der Fortschritt verfolgt?</translation>
    </message>
    <message>
        <source>Were changes to the ISMS planned before they were made, with their purpose and consequences considered?</source>
        <translation>Wurden Änderungen am ISMS geplant, bevor sie vorgenommen wurden, und wurden dabei ihr Zweck und ihre Folgen berücksichtigt?</translation>
    </message>
    <message>
        <source>Does the ISMS have the people, time and budget it needs, and who decided this?</source>
        <translation>Verfügt das ISMS über das Personal, die Zeit und das Budget, die es braucht, und wer hat das entschieden?</translation>
    </message>
    <message>
        <source>For a sample of roles: what competence is needed, how is it shown, and what was done about gaps?</source>
        <translation>Für eine Stichprobe von Rollen: Welche Kompetenz ist erforderlich, wie wird sie nachgewiesen, und was wurde gegen Lücken unternommen?</translation>
    </message>
    <message>
        <source>Can the staff you meet explain the policy, their part in security and what happens if it is ignored?</source>
        <translation>Können die Beschäftigten, die Sie treffen, die Leitlinie, ihren Beitrag zur Informationssicherheit und die Folgen einer Nichtbeachtung erklären?</translation>
    </message>
    <message>
        <source>Is it decided what is communicated about security, to whom, when and by whom, and does it happen?</source>
        <translation>Ist festgelegt, was über Informationssicherheit kommuniziert wird, an wen, wann und durch wen, und geschieht das auch?</translation>
    </message>
    <message>
        <source>Does the organisation hold the documented information the ISMS needs, including what it decided it needs?</source>
        <translation>Verfügt die Organisation über die dokumentierte Information, die das ISMS benötigt, einschließlich derjenigen, die sie selbst als notwendig bestimmt hat?</translation>
    </message>
    <message>
        <source>Do documents carry an identity, a version and an approval, and are they reviewed on time?</source>
        <translation>Tragen die Dokumente eine Kennzeichnung, eine Version und eine Freigabe, und werden sie fristgerecht überprüft?</translation>
    </message>
    <message>
        <source>Are documents available where needed, protected, and are old versions and external documents controlled?</source>
        <translation>Sind Dokumente dort verfügbar, wo sie gebraucht werden, und geschützt, und werden alte Versionen und externe Dokumente gelenkt?</translation>
    </message>
    <message>
        <source>Do the processes run to their criteria, and are outsourced processes and planned changes controlled?</source>
        <translation>Laufen die Prozesse nach ihren Kriterien, und werden extern bereitgestellte Prozesse und geplante Änderungen gesteuert?</translation>
    </message>
    <message>
        <source>Are risk assessments repeated at planned times and after significant changes, with the results kept?</source>
        <translation>Werden Risikobeurteilungen in geplanten Abständen und nach erheblichen Änderungen wiederholt, und werden die Ergebnisse aufbewahrt?</translation>
    </message>
    <message>
        <source>Is the treatment plan carried out, and are its results recorded?</source>
        <translation>Wird der Risikobehandlungsplan umgesetzt, und werden seine Ergebnisse aufgezeichnet?</translation>
    </message>
    <message>
        <source>What is measured, how often and by whom, and are the results analysed and acted on?</source>
        <translation>Was wird gemessen, wie oft und von wem, und werden die Ergebnisse analysiert und genutzt?</translation>
    </message>
    <message>
        <source>Are internal audits held at planned intervals against both the standard and the organisation's own rules?</source>
        <translation>Werden interne Audits in geplanten Abständen durchgeführt, sowohl gegen die Norm als auch gegen die eigenen Regeln der Organisation?</translation>
    </message>
    <message>
        <source>Does the programme set criteria, scope and objective auditors, and are results reported to management?</source>
        <translation>Legt das Programm Kriterien, Umfang und objektive Auditoren fest, und werden die Ergebnisse an die Leitung berichtet?</translation>
    </message>
    <message>
        <source>Did top management review the ISMS at the planned interval?</source>
        <translation>Hat die oberste Leitung das ISMS im geplanten Abstand bewertet?</translation>
    </message>
    <message>
        <source>Did the last review consider every input it should, with facts from the ISMS?</source>
        <translation>Hat die letzte Bewertung jede vorgesehene Eingabe berücksichtigt, mit Fakten aus dem ISMS?</translation>
    </message>
    <message>
        <source>What did the review decide, and are its decisions recorded and followed up?</source>
        <translation>Was hat die Bewertung entschieden, und sind ihre Entscheidungen aufgezeichnet und nachverfolgt?</translation>
    </message>
    <message>
        <source>Which improvements were made to the ISMS since the last audit, and where did they come from?</source>
        <translation>Welche Verbesserungen wurden seit dem letzten Audit am ISMS vorgenommen, und woher kamen sie?</translation>
    </message>
    <message>
        <source>For a sample of nonconformities: was the cause found, the action taken, and its effect checked?</source>
        <translation>Für eine Stichprobe von Nichtkonformitäten: Wurde die Ursache gefunden, die Korrekturmaßnahme ergriffen und ihre Wirkung überprüft?</translation>
    </message>
    <message>
        <source>Do the people concerned know and apply "%1", and what shows that they do?</source>
        <translation>Kennen und befolgen die betroffenen Personen die Maßnahme „%1“, und was zeigt, dass sie es tun?</translation>
    </message>
    <message>
        <source>On a walk through the site: how is "%1" put into practice, and how is it checked?</source>
        <translation>Bei einem Rundgang durch den Standort: Wie wird die Maßnahme „%1“ in die Praxis umgesetzt, und wie wird sie überprüft?</translation>
    </message>
    <message>
        <source>How is "%1" configured and monitored, and which system records show it works?</source>
        <translation>Wie ist die Maßnahme „%1“ konfiguriert und überwacht, und welche Systemaufzeichnungen zeigen, dass sie wirkt?</translation>
    </message>
    <message>
        <source>How is "%1" defined and assigned, and which records show it is followed?</source>
        <translation>Wie ist die Maßnahme „%1“ festgelegt und zugewiesen, und welche Aufzeichnungen zeigen, dass sie befolgt wird?</translation>
    </message>
    <message>
        <source>There is no audit %1; "isms-cli list audits FILE" lists them.</source>
        <translation>Es gibt kein Audit %1; „isms-cli list audits FILE“ listet sie auf.</translation>
    </message>
    <message>
        <source>Is %1 "%2" followed in practice? Take a few recent cases and compare what was done with what it asks.</source>
        <translation>Wird das Dokument %1 „%2“ in der Praxis befolgt? Nehmen Sie einige aktuelle Fälle und vergleichen Sie, was getan wurde, mit dem, was es verlangt.</translation>
    </message>
    <message>
        <source>Checklist item %1 is not answered as a nonconformity, an observation or an opportunity for improvement; set its result first.</source>
        <translation>Checklistenpunkt %1 ist nicht als Nichtkonformität, Beobachtung oder Verbesserungspotenzial beantwortet; legen Sie zuerst sein Ergebnis fest.</translation>
    </message>
    <message>
        <source>Checklist item %1 already has its finding, %2.</source>
        <translation>Checklistenpunkt %1 hat bereits seine Feststellung, %2.</translation>
    </message>
</context>
<context>
    <name>isms::AuditCoverage</name>
    <message>
        <source>There is no audit programme %1; "isms-cli list audit-programme FILE" lists them.</source>
        <translation>Es gibt kein Auditprogramm %1; „isms-cli list audit-programme FILE“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>isms::AuditIndependence</name>
    <message>
        <source>%1 (%2) audits %3 %4 in %5 but owns it; give that part of the audit to someone who does not own it.</source>
        <translation>%1 (%2) auditiert %3 %4 in %5, ist aber dafür verantwortlich; übertragen Sie diesen Teil des Audits jemandem, der nicht dafür verantwortlich ist.</translation>
    </message>
</context>
<context>
    <name>isms::AuditPack</name>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>Context of the organisation</source>
        <translation>Kontext der Organisation</translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation>Geltungsbereich des ISMS</translation>
    </message>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation>ISMS-Prozesse und ihre Wechselwirkungen</translation>
    </message>
    <message>
        <source>Policy and topic-specific policies</source>
        <translation>Leitlinie und themenspezifische Leitlinien</translation>
    </message>
    <message>
        <source>Roles, responsibilities and RACI</source>
        <translation>Rollen, Verantwortlichkeiten und RACI</translation>
    </message>
    <message>
        <source>Risks and opportunities of the ISMS</source>
        <translation>Risiken und Chancen des ISMS</translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation>Methode zur Risikobeurteilung</translation>
    </message>
    <message>
        <source>Risk assessment run with heat maps</source>
        <translation>Durchgang der Risikobeurteilung mit Heatmaps</translation>
    </message>
    <message>
        <source>Full risk register</source>
        <translation>Vollständiges Risikoregister</translation>
    </message>
    <message>
        <source>Treatment plan and risk owners' sign-offs</source>
        <translation>Risikobehandlungsplan und Freigaben der Risikoeigentümer</translation>
    </message>
    <message>
        <source>Statement of Applicability (latest issued)</source>
        <translation>Erklärung zur Anwendbarkeit (zuletzt herausgegebene Version)</translation>
    </message>
    <message>
        <source>Objectives and metrics</source>
        <translation>Ziele und Kennzahlen</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>Dokumentierte Information</translation>
    </message>
    <message>
        <source>Mandatory documented information</source>
        <translation>Verpflichtende dokumentierte Information</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Nachweisindex</translation>
    </message>
    <message>
        <source>Readiness summary (internal)</source>
        <translation>Zusammenfassung der Auditbereitschaft (intern)</translation>
    </message>
    <message>
        <source>Stage 2: implementation, with the evidence index</source>
        <translation>Stufe 2: Umsetzung, mit dem Nachweisindex</translation>
    </message>
    <message>
        <source>Surveillance: the period since the last certification audit</source>
        <translation>Überwachung: der Zeitraum seit dem letzten Zertifizierungsaudit</translation>
    </message>
    <message>
        <source>Stage 1: documentation review</source>
        <translation>Stufe 1: Prüfung der Dokumentation</translation>
    </message>
    <message>
        <source>"%1" is not a section of the audit pack; use one or more of %2, separated by commas.</source>
        <translation>„%1“ ist kein Kapitel des Auditpakets; verwenden Sie eines oder mehrere von %2, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The list of sections is empty; name one or more of %1, separated by commas.</source>
        <translation>Die Liste der Kapitel ist leer; nennen Sie eines oder mehrere von %1, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>"%1" is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation>„%1“ ist keine Vorlage des Auditpakets; verwenden Sie stage1, stage2 oder surveillance.</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Auditpaket</translation>
    </message>
    <message>
        <source>Surveillance audit: the ISMS from %1 to %2</source>
        <translation>Überwachungsaudit: das ISMS vom %1 bis %2</translation>
    </message>
    <message>
        <source>Stage 2 certification audit: the ISMS as implemented, with the evidence index</source>
        <translation>Zertifizierungsaudit Stufe 2: das ISMS in seiner Umsetzung, mit dem Nachweisindex</translation>
    </message>
    <message>
        <source>Stage 1 certification audit: the documented ISMS</source>
        <translation>Zertifizierungsaudit Stufe 1: das dokumentierte ISMS</translation>
    </message>
    <message>
        <source>The audit pack was cancelled.</source>
        <translation>Das Auditpaket wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No evidence file dated in the period is included in the pack.</source>
        <translation>Das Paket enthält keine Nachweisdatei mit einem Datum im Zeitraum.</translation>
    </message>
    <message>
        <source>No evidence file is included in the pack: none is attached to a record yet, or every one is set to be left out.</source>
        <translation>Das Paket enthält keine Nachweisdatei: Noch keine ist einem Datensatz zugeordnet, oder jede ist auf Auslassen gesetzt.</translation>
    </message>
    <message>
        <source>%1 evidence files, %2 of them redacted. Each included file is supplied beside this pack under the name in the first column; its SHA-256 lets the recipient confirm that it is the file the project holds. A redacted file is listed so that its existence is known, but not supplied; ask for it on site.</source>
        <translation>%1 Nachweisdateien, davon %2 geschwärzt. Jede enthaltene Datei liegt diesem Paket unter dem Namen in der ersten Spalte bei; anhand ihres SHA-256-Werts kann der Empfänger bestätigen, dass es die Datei ist, die das Projekt enthält. Eine geschwärzte Datei wird aufgeführt, damit ihr Vorhandensein bekannt ist, aber nicht beigelegt; fordern Sie sie vor Ort an.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>%1
(redacted, not supplied)</source>
        <translation>%1
(geschwärzt, nicht beigelegt)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A heading of the audit pack that names its section and its part: "Points to settle: Clause 6".</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Roles, responsibilities and authorities</source>
        <translation>Rollen, Verantwortlichkeiten und Befugnisse</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikobeurteilung</translation>
    </message>
    <message>
        <source>No risk assessment run is recorded yet, so there is no dated assessment to present; record one on the risk register's page or with "isms-cli run-assessment" before the audit.</source>
        <translation>Es ist noch kein Durchgang der Risikobeurteilung erfasst, daher gibt es keine datierte Beurteilung zum Vorlegen; erfassen Sie vor dem Audit einen Durchgang auf der Seite des Risikoregisters oder mit „isms-cli run-assessment“.</translation>
    </message>
    <message>
        <source>No risk assessment run was recorded in the period; the latest one, of %1, follows.</source>
        <translation>Im Zeitraum wurde kein Durchgang der Risikobeurteilung erfasst; es folgt der letzte, vom %1.</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risiken über der Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>No risk of the run lies above the acceptance threshold.</source>
        <translation>Kein Risiko des Durchgangs liegt über der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <source>Risk register of run %1</source>
        <translation>Risikoregister des Durchgangs %1</translation>
    </message>
    <message>
        <source>Risk treatment and sign-offs</source>
        <translation>Risikobehandlung und Freigaben</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet, and a working draft is not handed to an auditor; issue a version on the Statement of Applicability page or with "isms-cli soa issue".</source>
        <translation>Es wurde noch keine Version der Erklärung zur Anwendbarkeit herausgegeben, und ein Arbeitsentwurf wird keinem Auditor übergeben; geben Sie eine Version auf der Seite „Erklärung zur Anwendbarkeit“ oder mit „isms-cli soa issue“ heraus.</translation>
    </message>
    <message>
        <source>Statement of Applicability, version %1</source>
        <translation>Erklärung zur Anwendbarkeit, Version %1</translation>
    </message>
    <message>
        <source>This surveillance pack covers the period from %1 to %2: dated records from before it are left out.</source>
        <translation>Dieses Auditpaket für das Überwachungsaudit umfasst den Zeitraum vom %1 bis %2: Datierte Aufzeichnungen aus der Zeit davor sind nicht enthalten.</translation>
    </message>
    <message>
        <source>This pack was assembled from the project file on the date below. Every section prints the records as they stood then; the change-log head on the cover lets anyone confirm later which state of the project it shows. The controlled reports of the ISMS are listed below with their version and approval.</source>
        <translation>Dieses Paket wurde am unten angegebenen Datum aus der Projektdatei zusammengestellt. Jeder Abschnitt gibt die Datensätze so wieder, wie sie zu diesem Zeitpunkt vorlagen; anhand des Stands des Änderungsprotokolls auf dem Deckblatt kann später jeder bestätigen, welchen Stand des Projekts es zeigt. Die gelenkten Berichte des ISMS sind unten mit ihrer Version und Freigabe aufgeführt.</translation>
    </message>
    <message>
        <source>Controlled reports</source>
        <translation>Gelenkte Berichte</translation>
    </message>
    <message>
        <source>No report is under document control yet: every report, this pack included, is a working draft until the document-control register records its version and approval.</source>
        <translation>Noch kein Bericht unterliegt der Dokumentenlenkung: Jeder Bericht, auch dieses Paket, ist ein Arbeitsentwurf, bis das Register der Dokumentenlenkung seine Version und Freigabe erfasst.</translation>
    </message>
    <message>
        <source>The external and internal issues that affect the ISMS, the interested parties with their requirements, and which of those requirements are legal, regulatory or contractual.</source>
        <translation>Die externen und internen Themen, die das ISMS beeinflussen, die interessierten Parteien mit ihren Anforderungen und welche dieser Anforderungen gesetzlich, behördlich oder vertraglich sind.</translation>
    </message>
    <message>
        <source>External and internal issues</source>
        <translation>Externe und interne Themen</translation>
    </message>
    <message>
        <source>No external or internal issue is recorded yet.</source>
        <translation>Es ist noch kein externes oder internes Thema erfasst.</translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation>Interessierte Parteien</translation>
    </message>
    <message>
        <source>No interested party is recorded yet.</source>
        <translation>Es ist noch keine interessierte Partei erfasst.</translation>
    </message>
    <message>
        <source>Legal, regulatory and contractual requirements</source>
        <translation>Gesetzliche, behördliche und vertragliche Anforderungen</translation>
    </message>
    <message>
        <source>No interested party's requirement is marked as legal, regulatory or contractual.</source>
        <translation>Keine Anforderung einer interessierten Partei ist als gesetzlich, behördlich oder vertraglich gekennzeichnet.</translation>
    </message>
    <message>
        <source>The scope of the ISMS is not recorded yet.</source>
        <translation>Der Geltungsbereich des ISMS ist noch nicht erfasst.</translation>
    </message>
    <message>
        <source>The boundaries and applicability of the ISMS as the scope statement records them.</source>
        <translation>Die Grenzen und die Anwendbarkeit des ISMS, wie sie im Geltungsbereich festgehalten sind.</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Informationssicherheitsleitlinie</translation>
    </message>
    <message>
        <source>No document of the type "Policy" is recorded in the documented-information register.</source>
        <translation>Im Register der dokumentierten Information ist kein Dokument vom Typ „Informationssicherheitsleitlinie“ erfasst.</translation>
    </message>
    <message>
        <source>Topic-specific policies</source>
        <translation>Themenspezifische Leitlinien</translation>
    </message>
    <message>
        <source>No topic-specific policy is recorded in the documented-information register.</source>
        <translation>Im Register der dokumentierten Information ist keine themenspezifische Leitlinie erfasst.</translation>
    </message>
    <message>
        <source>The risks and opportunities the ISMS itself must address so that it achieves its intended outcomes, with the actions planned for them; the information security risks follow in their own sections.</source>
        <translation>Die Risiken und Chancen, die das ISMS selbst behandeln muss, damit es seine beabsichtigten Ergebnisse erreicht, mit den dafür geplanten Aktionen; die Informationssicherheitsrisiken folgen in eigenen Abschnitten.</translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS is recorded yet.</source>
        <translation>Es ist noch kein Risiko und keine Chance des ISMS erfasst.</translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation>Informationssicherheitsziele</translation>
    </message>
    <message>
        <source>No information security objective is recorded yet.</source>
        <translation>Es ist noch kein Informationssicherheitsziel erfasst.</translation>
    </message>
    <message>
        <source>The competence each role needs and the training and other actions taken to acquire it, with whether they were effective.</source>
        <translation>Die Kompetenz, die jede Rolle benötigt, und die Schulungen und sonstigen Aktionen zu ihrem Erwerb, mit der Angabe, ob sie wirksam waren.</translation>
    </message>
    <message>
        <source>Competence requirements</source>
        <translation>Kompetenzanforderungen</translation>
    </message>
    <message>
        <source>No competence requirement is recorded yet.</source>
        <translation>Es ist noch keine Kompetenzanforderung erfasst.</translation>
    </message>
    <message>
        <source>Training and other actions</source>
        <translation>Schulungen und sonstige Aktionen</translation>
    </message>
    <message>
        <source>No training or other action to acquire competence is recorded yet.</source>
        <translation>Es ist noch keine Schulung oder sonstige Aktion zum Erwerb von Kompetenz erfasst.</translation>
    </message>
    <message>
        <source>Changes to the ISMS, planned and carried out in a planned manner.</source>
        <translation>Änderungen am ISMS, geplant und in geplanter Weise durchgeführt.</translation>
    </message>
    <message>
        <source>No change to the ISMS is planned for the period.</source>
        <translation>Für den Zeitraum ist keine Änderung am ISMS geplant.</translation>
    </message>
    <message>
        <source>No change to the ISMS is recorded yet.</source>
        <translation>Es ist noch keine Änderung am ISMS erfasst.</translation>
    </message>
    <message>
        <source>The register of documented information with owner, status, current version and next review, then every version with its approval.</source>
        <translation>Das Register der dokumentierten Information mit Eigentümer, Status, aktueller Version und nächster Überprüfung, danach jede Version mit ihrer Freigabe.</translation>
    </message>
    <message>
        <source>No document is recorded in the register yet.</source>
        <translation>Im Register ist noch kein Dokument erfasst.</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Dokumentversionen</translation>
    </message>
    <message>
        <source>No document version was approved in the period.</source>
        <translation>Im Zeitraum wurde keine Dokumentversion freigegeben.</translation>
    </message>
    <message>
        <source>No document version is recorded yet.</source>
        <translation>Es ist noch keine Dokumentversion erfasst.</translation>
    </message>
    <message>
        <source>Internal audit programme</source>
        <translation>Internes Auditprogramm</translation>
    </message>
    <message>
        <source>Internal audit reports</source>
        <translation>Berichte der internen Audits</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Protokolle der Managementbewertungen</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Incidents and suppliers</source>
        <translation>Vorfälle und Lieferanten</translation>
    </message>
    <message>
        <source>The programme of internal audits over its cycle, with its methods and the weighting by the importance of the processes and earlier results, then which audits cover each clause and each applicable Annex A control in each year of the cycle.</source>
        <translation>Das Programm der internen Audits über seinen Zyklus mit seinen Methoden und der Gewichtung nach der Bedeutung der Prozesse und früheren Ergebnissen, danach, welche Audits jeden Abschnitt und jede anwendbare Maßnahme aus Anhang A in jedem Jahr des Zyklus abdecken.</translation>
    </message>
    <message>
        <source>No internal audit programme is recorded yet.</source>
        <translation>Es ist noch kein internes Auditprogramm erfasst.</translation>
    </message>
    <message>
        <source>No internal audit was reported in the period.</source>
        <translation>Im Zeitraum wurde kein internes Audit berichtet.</translation>
    </message>
    <message>
        <source>No internal audit is reported yet: an audit is printed here once its status is reported or closed.</source>
        <translation>Es ist noch kein internes Audit berichtet: Ein Audit erscheint hier, sobald sein Status „Berichtet“ oder „Abgeschlossen“ ist.</translation>
    </message>
    <message>
        <source>The report of each completed internal audit: scope, criteria, team and independence, the checklist with its results, and the findings.</source>
        <translation>Der Bericht jedes abgeschlossenen internen Audits: Umfang, Kriterien, Team und Unabhängigkeit, die Checkliste mit ihren Ergebnissen und die Feststellungen.</translation>
    </message>
    <message>
        <source>No management review was held in the period.</source>
        <translation>Im Zeitraum fand keine Managementbewertung statt.</translation>
    </message>
    <message>
        <source>No management review is held yet: a review is printed here once it is held and its inputs are frozen.</source>
        <translation>Es ist noch keine Managementbewertung abgehalten: Eine Bewertung erscheint hier, sobald sie abgehalten und ihre Eingaben eingefroren sind.</translation>
    </message>
</context>
<context>
    <name>isms::AuditPackEvidence</name>
    <message>
        <source>The evidence folder %1 is a file; give the name of a folder.</source>
        <translation>Der Nachweisordner %1 ist eine Datei; geben Sie den Namen eines Ordners an.</translation>
    </message>
    <message>
        <source>The evidence folder %1 could not be created; check the permissions and try again.</source>
        <translation>Der Nachweisordner %1 konnte nicht angelegt werden; prüfen Sie die Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The evidence file %1 could not be written; check the free space and permissions of the folder and try again.</source>
        <translation>Die Nachweisdatei %1 konnte nicht geschrieben werden; prüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>isms::AuditReport</name>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Say which audit to report on, for example AUD-001.</source>
        <translation>Geben Sie an, über welches Audit berichtet werden soll, zum Beispiel AUD-001.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinem</translation>
    </message>
    <message>
        <source>every clause from 4 to 10 and every applicable Annex A control</source>
        <translation>alle Abschnitte von 4 bis 10 und alle anwendbaren Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>clauses %1</source>
        <translation>Abschnitte %1</translation>
    </message>
    <message>
        <source>controls %1</source>
        <translation>Maßnahmen %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>no clause or control is linked</source>
        <translation>kein Abschnitt und keine Maßnahme verknüpft</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditleitung</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <source>the lead auditor alone</source>
        <translation>nur die Auditleitung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>No scope is written down.</source>
        <translation>Es ist kein Umfang festgehalten.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>No criteria are written down.</source>
        <translation>Es sind keine Kriterien festgehalten.</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Unabhängigkeit</translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers, as far as the owners recorded in the project show.</source>
        <translation>Soweit die im Projekt erfassten Eigentümer erkennen lassen, ist kein Mitglied des Auditteams Eigentümer eines Abschnitts, einer Maßnahme, eines Assets oder eines Prozesses im Umfang dieses Audits.</translation>
    </message>
    <message>
        <source>The audit team is not independent of everything it audited:</source>
        <translation>Das Auditteam ist nicht von allem unabhängig, was es auditiert hat:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notizen und Nachweise</translation>
    </message>
    <message>
        <source>No checklist is recorded for this audit.</source>
        <translation>Für dieses Audit ist keine Checkliste erfasst.</translation>
    </message>
    <message>
        <source>%1 items: %2 conforming, %3 nonconformities, %4 observations, %5 opportunities for improvement, %6 not assessed.</source>
        <translation>%1 Punkte: %2 konform, %3 Nichtkonformitäten, %4 Beobachtungen, %5 Verbesserungspotenziale, %6 nicht bewertet.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>The audit raised no finding.</source>
        <translation>Das Audit hat keine Feststellung ergeben.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>No conclusion is written down yet.</source>
        <translation>Es ist noch keine Schlussfolgerung festgehalten.</translation>
    </message>
    <message>
        <source>Audit coverage of %1</source>
        <translation>Auditabdeckung von %1</translation>
    </message>
    <message>
        <source>Every clause and every applicable control is covered by an audit of the programme.</source>
        <translation>Jeder Abschnitt und jede anwendbare Maßnahme ist durch ein Audit des Programms abgedeckt.</translation>
    </message>
    <message>
        <source>%1 of %2 clauses and applicable controls are not covered by any audit of the programme yet. Covering each once per cycle is good practice, not a requirement.</source>
        <translation>%1 von %2 Abschnitten und anwendbaren Maßnahmen sind noch durch kein Audit des Programms abgedeckt. Jeden einmal pro Zyklus abzudecken ist bewährte Praxis, keine Anforderung.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Bericht über das interne Audit</translation>
    </message>
    <message>
        <source>Audit %1: scope, team, independence, checklist, findings and conclusion (9.2)</source>
        <translation>Audit %1: Umfang, Team, Unabhängigkeit, Checkliste, Feststellungen und Schlussfolgerung (9.2)</translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation>Kompetenz der Auditoren</translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named.</source>
        <translation>Es ist kein leitender Auditor und kein Auditor benannt.</translation>
    </message>
</context>
<context>
    <name>isms::AuditRules</name>
    <message>
        <source>The programme's cycle ends (%1) before it starts (%2); swap the two dates.</source>
        <translation>Der Zyklus des Programms endet (%1), bevor er beginnt (%2); tauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <source>Results reported to management name to whom; fill in "Reported to".</source>
        <translation>Für an die Leitung berichtete Ergebnisse ist anzugeben, an wen; füllen Sie „Berichtet an“ aus.</translation>
    </message>
    <message>
        <source>Results reported to management have a date; fill in "Results reported on", or clear "Reported to".</source>
        <translation>An die Leitung berichtete Ergebnisse haben ein Datum; füllen Sie „Ergebnisse berichtet am“ aus oder leeren Sie „Berichtet an“.</translation>
    </message>
    <message>
        <source>The planned end (%1) lies before the planned start (%2); swap the two dates.</source>
        <translation>Das geplante Ende (%1) liegt vor dem geplanten Beginn (%2); tauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <source>The audit ended (%1) before it started (%2); correct the actual dates.</source>
        <translation>Das Audit endete (%1), bevor es begann (%2); korrigieren Sie die tatsächlichen Daten.</translation>
    </message>
    <message>
        <source>A reported or closed audit has its report date; fill in "Report date", or keep the audit in progress.</source>
        <translation>Ein Audit mit erstelltem Bericht oder ein geschlossenes Audit hat ein Berichtsdatum; füllen Sie „Berichtsdatum“ aus oder belassen Sie das Audit in Bearbeitung.</translation>
    </message>
    <message>
        <source>"%1" is not a clause of 4 to 10; use its number, such as 6.1.2 or 9.2.</source>
        <translation>„%1“ ist kein Abschnitt von 4 bis 10; verwenden Sie seine Nummer, etwa 6.1.2 oder 9.2.</translation>
    </message>
    <message>
        <source>A nonconformity is graded; choose major or minor in "Grade".</source>
        <translation>Eine Nichtkonformität wird eingestuft; wählen Sie unter „Schweregrad“ „Erheblich“ oder „Geringfügig“.</translation>
    </message>
    <message>
        <source>Only a nonconformity has a grade; clear "Grade", or set the result to nonconformity.</source>
        <translation>Nur eine Nichtkonformität hat einen Schweregrad; leeren Sie „Schweregrad“ oder setzen Sie das Ergebnis auf „Nichtkonformität“.</translation>
    </message>
    <message>
        <source>Checklist item %1 belongs to another audit; link an item of this finding's audit.</source>
        <translation>Der Checklistenpunkt %1 gehört zu einem anderen Audit; verknüpfen Sie einen Punkt aus dem Audit dieser Feststellung.</translation>
    </message>
    <message>
        <source>No audit programme is recorded; plan the internal audits of a cycle of years.</source>
        <translation>Es ist kein Auditprogramm erfasst; planen Sie die internen Audits eines mehrjährigen Zyklus.</translation>
    </message>
    <message>
        <source>The results of audit %1 (reported on %2) are not yet reported to management; record the date and to whom on its programme.</source>
        <translation>Die Ergebnisse des Audits %1 (Bericht vom %2) wurden der Leitung noch nicht berichtet; erfassen Sie in seinem Programm das Datum und den Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) or applicable control(s) are not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</source>
        <translation>
            <numerusform>%n Abschnitt oder anwendbare Maßnahme wird von keinem Audit des Programms %1 abgedeckt (%2); jeden einmal pro Zyklus abzudecken, ist gute Praxis, keine Anforderung.</numerusform>
            <numerusform>%n Abschnitte oder anwendbare Maßnahmen werden von keinem Audit des Programms %1 abgedeckt (%2); jeden einmal pro Zyklus abzudecken, ist gute Praxis, keine Anforderung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::AuditorCompetence</name>
    <message>
        <source>%1 (%2) holds the auditing competence %3.</source>
        <translation>%1 (%2) besitzt die Auditkompetenz %3.</translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but the competences register records no competence in auditing for them; record it with how it was shown, or choose a competent auditor.</source>
        <translation>%1 (%2) auditiert in %3, aber das Kompetenzregister verzeichnet für diese Person keine Kompetenz im Auditieren; erfassen Sie sie mit ihrem Nachweis oder wählen Sie einen kompetenten Auditor.</translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but their competence in auditing is recorded as "%4" (%5); close the gap with a training, or pair them with a competent auditor.</source>
        <translation>%1 (%2) auditiert in %3, aber die Kompetenz im Auditieren ist als „%4“ erfasst (%5); schließen Sie die Lücke mit einer Schulung oder stellen Sie einen kompetenten Auditor zur Seite.</translation>
    </message>
    <message>
        <source>partly held</source>
        <translation>teilweise vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>isms::Catalogue</name>
    <message>
        <source>The program's built-in catalogue %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>Der eingebaute Katalog %1 des Programms ist beschädigt; installieren Sie ISMS Workbench neu.</translation>
    </message>
</context>
<context>
    <name>isms::CatalogueCheck</name>
    <message>
        <source>position</source>
        <extracomment>Attributes of an Annex A control, as in "The theme of A.5.1 differs from the ... catalogue."
----------
Attributes of a clause, as in "The title of clause 4.1 differs from the ... catalogue."</extracomment>
        <translation>die Position</translation>
    </message>
    <message>
        <source>title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>das Thema</translation>
    </message>
    <message>
        <source>control types attribute</source>
        <translation>das Attribut „Maßnahmenart“</translation>
    </message>
    <message>
        <source>security properties attribute</source>
        <translation>das Attribut „Informationssicherheitseigenschaften“</translation>
    </message>
    <message>
        <source>cybersecurity concepts attribute</source>
        <translation>das Attribut „Cybersicherheitskonzepte“</translation>
    </message>
    <message>
        <source>operational capabilities attribute</source>
        <translation>das Attribut „operative Fähigkeiten“</translation>
    </message>
    <message>
        <source>security domains attribute</source>
        <translation>das Attribut „Sicherheitsdomänen“</translation>
    </message>
    <message>
        <source>"new in 2022" mark</source>
        <translation>die Kennzeichnung „Neu in 2022“</translation>
    </message>
    <message>
        <source>Annex A control A.%1 is missing from the file.</source>
        <translation>Die Maßnahme A.%1 aus Anhang A fehlt in der Datei.</translation>
    </message>
    <message>
        <source>The file holds an Annex A control A.%1 that the %2 catalogue does not have.</source>
        <translation>Die Datei enthält eine Maßnahme A.%1 aus Anhang A, die der Katalog der %2 nicht enthält.</translation>
    </message>
    <message>
        <source>The %1 of A.%2 differs from the %3 catalogue.</source>
        <translation>Bei A.%2 weicht %1 vom Katalog der %3 ab.</translation>
    </message>
    <message>
        <source>parent clause</source>
        <translation>der übergeordnete Abschnitt</translation>
    </message>
    <message>
        <source>required documented information</source>
        <translation>die geforderte dokumentierte Information</translation>
    </message>
    <message>
        <source>Clause %1 is missing from the file.</source>
        <translation>Abschnitt %1 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>The file holds a clause %1 that the %2 catalogue does not have.</source>
        <translation>Die Datei enthält einen Abschnitt %1, den der Katalog der %2 nicht enthält.</translation>
    </message>
    <message>
        <source>The %1 of clause %2 differs from the %3 catalogue.</source>
        <translation>Bei Abschnitt %2 weicht %1 vom Katalog der %3 ab.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 control %1 is missing from the file.</source>
        <translation>Die Maßnahme %1 aus ISO/IEC 27001:2013 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>The file holds an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation>Die Datei enthält eine Maßnahme %1 aus ISO/IEC 27001:2013, die der Katalog nicht enthält.</translation>
    </message>
    <message>
        <source>The %1 of ISO/IEC 27001:2013 control %2 differs from the %3 catalogue.</source>
        <translation>Bei der Maßnahme %2 aus ISO/IEC 27001:2013 weicht %1 vom Katalog der %3 ab.</translation>
    </message>
    <message>
        <source>The file maps an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation>Die Datei enthält eine Zuordnung für eine Maßnahme %1 aus ISO/IEC 27001:2013, die der Katalog nicht enthält.</translation>
    </message>
    <message>
        <source>The tracking row of control A.%1 is missing from the file.</source>
        <translation>Die Zeile zur Nachverfolgung der Maßnahme A.%1 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>The tracking row of clause %1 is missing from the file.</source>
        <translation>Die Zeile zur Nachverfolgung von Abschnitt %1 fehlt in der Datei.</translation>
    </message>
    <message>
        <source>The file holds a tracking row "%1" that matches no control or clause of the catalogue.</source>
        <translation>Die Datei enthält eine Zeile zur Nachverfolgung „%1“, die zu keiner Maßnahme und keinem Abschnitt des Katalogs passt.</translation>
    </message>
    <message>
        <source>The file records the catalogue edition "%1", which this version of ISMS Workbench does not know, so its catalogue rows could not be compared.</source>
        <translation>Die Datei verzeichnet die Katalogausgabe „%1“, die diese Version von ISMS Workbench nicht kennt; ihre Katalogzeilen konnten daher nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The 2022 controls that ISO/IEC 27001:2013 control %1 maps to differ from the %2 catalogue.</source>
        <translation>Die Maßnahmen der Ausgabe 2022, denen die Maßnahme %1 aus ISO/IEC 27001:2013 zugeordnet ist, weichen vom Katalog der %2 ab.</translation>
    </message>
</context>
<context>
    <name>isms::ChangeLog</name>
    <message>
        <source>Change-log rows before row %1 are missing.</source>
        <translation>Zeilen des Änderungsprotokolls vor Zeile %1 fehlen.</translation>
    </message>
    <message>
        <source>Change-log row %1 does not follow the row before it; rows were removed or reordered.</source>
        <translation>Zeile %1 des Änderungsprotokolls folgt nicht auf die Zeile davor; Zeilen wurden entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>Change-log row %1 was altered after it was written.</source>
        <translation>Zeile %1 des Änderungsprotokolls wurde nach dem Schreiben verändert.</translation>
    </message>
</context>
<context>
    <name>isms::ChangeLogHead</name>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <extracomment>The head of the change log: its entry count and the start of the newest entry's hash.</extracomment>
        <translation>
            <numerusform>%n Eintrag, Stand %1</numerusform>
            <numerusform>%n Einträge, Stand %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ContextRules</name>
    <message>
        <source>The scope of the ISMS (4.3) is not recorded; write it on the Scope page.</source>
        <translation>Der Geltungsbereich des ISMS (4.3) ist nicht erfasst; beschreiben Sie ihn auf der Seite Geltungsbereich.</translation>
    </message>
    <message>
        <source>The scope %1 is still a draft; have it approved and record by whom and when.</source>
        <translation>Der Geltungsbereich %1 ist noch ein Entwurf; lassen Sie ihn freigeben und erfassen Sie, von wem und wann.</translation>
    </message>
    <message>
        <source>The scope %1 does not say yet whether climate change is a relevant issue; record the decision and its rationale.</source>
        <translation>Der Geltungsbereich %1 sagt noch nicht, ob der Klimawandel ein relevantes Thema ist; erfassen Sie die Entscheidung und ihre Begründung.</translation>
    </message>
    <message>
        <source>No current internal or external issue (4.1) is recorded; list the issues that affect what the ISMS can achieve.</source>
        <translation>Kein aktuelles internes oder externes Thema (4.1) ist erfasst; listen Sie die Themen auf, die beeinflussen, was das ISMS erreichen kann.</translation>
    </message>
    <message>
        <source>No interested party (4.2) is recorded; list the parties that matter to the ISMS and their requirements.</source>
        <translation>Keine interessierte Partei (4.2) ist erfasst; listen Sie die für das ISMS wichtigen Parteien und ihre Anforderungen auf.</translation>
    </message>
    <message>
        <source>%1 %2: it is not decided yet which of its requirements the ISMS addresses.</source>
        <translation>%1 %2: Es ist noch nicht entschieden, welche ihrer Anforderungen das ISMS berücksichtigt.</translation>
    </message>
    <message>
        <source>%1 %2: its requirements are addressed, but not how; describe it.</source>
        <translation>%1 %2: Ihre Anforderungen werden berücksichtigt, aber nicht wie; beschreiben Sie es.</translation>
    </message>
</context>
<context>
    <name>isms::ContextSpecs</name>
    <message>
        <source>An approved scope names who approved it and on which date; fill in "Approved by" and "Approval date", or keep it a draft.</source>
        <translation>Ein freigegebener Geltungsbereich nennt, wer ihn wann freigegeben hat; füllen Sie „Freigegeben von“ und „Freigabedatum“ aus oder lassen Sie ihn einen Entwurf.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the scope was approved.</source>
        <translation>Das Freigabedatum %1 liegt in der Zukunft; geben Sie das Datum an, an dem der Geltungsbereich freigegeben wurde.</translation>
    </message>
    <message>
        <source>A decision on climate change needs its rationale; write why it is or is not a relevant issue.</source>
        <translation>Eine Entscheidung zum Klimawandel braucht ihre Begründung; schreiben Sie, warum er ein relevantes Thema ist oder nicht.</translation>
    </message>
</context>
<context>
    <name>isms::ControlStatusReport</name>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of a report section: "A.5 Organizational controls".</extracomment>
        <translation>A.%1 Maßnahmen: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in percent, e.g. "54.8 %".</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a theme's summary: "12 Implemented".</extracomment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Controls in this theme: %1 (%2).</source>
        <extracomment>Summary under a theme heading: "Controls in this theme: 37 (12 Implemented, 8 Planned)."</extracomment>
        <translation>Maßnahmen in diesem Thema: %1 (%2).</translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation>Maßnahmenstatusbericht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This report shows the implementation status of every Annex A control of %1 as recorded in the project on %2. A control needs no further work when it is implemented or not applicable.</source>
        <translation>Dieser Bericht zeigt den Umsetzungsstatus jeder Maßnahme aus Anhang A der %1, wie er am %2 im Projekt erfasst ist. Eine Maßnahme erfordert keine weitere Arbeit, wenn sie umgesetzt oder nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Erfüllungsgrad</translation>
    </message>
    <message>
        <source>%1 (implemented or not applicable)</source>
        <translation>%1 (umgesetzt oder nicht anwendbar)</translation>
    </message>
    <message>
        <source>Status per theme</source>
        <translation>Status nach Thema</translation>
    </message>
    <message>
        <source>Controls per theme and status</source>
        <translation>Maßnahmen nach Thema und Status</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Implementation status of the %1 Annex A controls</source>
        <extracomment>Subtitle on the cover of the control status report; %1 is "ISO/IEC 27001:2022".</extracomment>
        <translation>Umsetzungsstatus der %1 Maßnahmen aus Anhang A</translation>
    </message>
</context>
<context>
    <name>isms::Csv</name>
    <message>
        <source>The CSV text has a quoted field that is never closed (line %1); check the quotes in that line.</source>
        <translation>Der CSV-Text hat ein Feld in Anführungszeichen, das nie geschlossen wird (Zeile %1); prüfen Sie die Anführungszeichen in dieser Zeile.</translation>
    </message>
</context>
<context>
    <name>isms::Database</name>
    <message>
        <source>The check of "%1" was stopped before it ended.</source>
        <translation>Die Prüfung von „%1“ wurde angehalten, bevor sie endete.</translation>
    </message>
    <message>
        <source>"%1" does not exist; check the file name and folder.</source>
        <translation>„%1“ ist nicht vorhanden; prüfen Sie Dateinamen und Ordner.</translation>
    </message>
    <message>
        <source>"%1" cannot be read; check that it is a file and that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden; prüfen Sie, ob es eine Datei ist und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>"%1" could not be opened; check that the file is readable and try again.</source>
        <translation>„%1“ konnte nicht geöffnet werden; prüfen Sie, ob die Datei lesbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" is read-only on disk; open it read-only or copy it to a folder you can write to.</source>
        <translation>„%1“ ist auf dem Datenträger schreibgeschützt; öffnen Sie die Datei schreibgeschützt oder kopieren Sie sie in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>"%1" needs an upgrade, but its backup copy could not be written; free some disk space or move the file to a folder you can write to.</source>
        <translation>„%1“ muss aktualisiert werden, aber die Sicherungskopie konnte nicht geschrieben werden; geben Sie Speicherplatz frei oder verschieben Sie die Datei in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to 200 characters; enter a shorter name.</source>
        <translation>Der Name der Organisation muss eine Zeile mit 1 bis 200 Zeichen sein; geben Sie einen kürzeren Namen ein.</translation>
    </message>
    <message>
        <source>"%1" already exists; choose another file name (existing files are never overwritten).</source>
        <translation>„%1“ ist bereits vorhanden; wählen Sie einen anderen Dateinamen (vorhandene Dateien werden nie überschrieben).</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist; choose an existing folder.</source>
        <translation>Der Ordner „%1“ ist nicht vorhanden; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The new project could not be written in "%1"; choose a folder you can write to.</source>
        <translation>Das neue Projekt konnte nicht in „%1“ geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The new project could not be saved as "%1"; check the folder and try again.</source>
        <translation>Das neue Projekt konnte nicht als „%1“ gespeichert werden; prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create a fixture there.</source>
        <translation>Dort kann keine Testdatei erstellt werden.</translation>
    </message>
    <message>
        <source>This project is open read-only; open it again for editing to make changes.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet; öffnen Sie es erneut zum Bearbeiten, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The change could not be saved because the project file is busy; try again.</source>
        <translation>Die Änderung konnte nicht gespeichert werden, weil die Projektdatei belegt ist; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change could not be written to the project file; check the disk and try again.</source>
        <translation>Die Änderung konnte nicht in die Projektdatei geschrieben werden; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" already exists; choose another file name.</source>
        <translation>„%1“ ist bereits vorhanden; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The copy could not be written in "%1"; choose a folder you can write to.</source>
        <translation>Die Kopie konnte nicht in „%1“ geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The copy could not be written; check the disk space and try again.</source>
        <translation>Die Kopie konnte nicht geschrieben werden; prüfen Sie den Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The copy could not be saved as "%1"; check the folder and try again.</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden; prüfen Sie den Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" is not an ISMS Workbench project; choose a .isms file made by ISMS Workbench.</source>
        <translation>„%1“ ist kein ISMS-Workbench-Projekt; wählen Sie eine mit ISMS Workbench erstellte .isms-Datei.</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of ISMS Workbench (schema %2; this version reads up to %3); install the newer version to open it.</source>
        <translation>„%1“ wurde mit einer neueren Version von ISMS Workbench gespeichert (Schema %2; diese Version liest bis %3); installieren Sie die neuere Version, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>"%1" contains database objects that ISMS Workbench did not create, so it was not opened; ask for a clean copy or run "isms-cli check" on it for details.</source>
        <translation>„%1“ enthält Datenbankobjekte, die ISMS Workbench nicht erstellt hat, und wurde daher nicht geöffnet; fordern Sie eine saubere Kopie an oder führen Sie „isms-cli check“ darauf aus, um Details zu erhalten.</translation>
    </message>
    <message>
        <source>The new project could not be written; check that the folder is writable.</source>
        <translation>Das neue Projekt konnte nicht geschrieben werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The new project could not be written; try again.</source>
        <translation>Das neue Projekt konnte nicht geschrieben werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved by a program that stopped during a save; its last complete save was restored.</source>
        <translation>„%1“ wurde halb gespeichert hinterlassen, weil ein Programm während des Speicherns beendet wurde; der zuletzt vollständig gespeicherte Zustand wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved and must be restored before it can be edited, but its folder cannot be written; copy it together with "%2" to a folder you can write to and open the copy.</source>
        <translation>„%1“ wurde halb gespeichert hinterlassen und muss vor dem Bearbeiten wiederhergestellt werden, aber in den Ordner der Datei kann nicht geschrieben werden; kopieren Sie sie zusammen mit „%2“ in einen Ordner, in den Sie schreiben können, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>"%1" is being saved by the program that holds its lock, or that program stopped half-way; try again in a moment, or take over the lock to restore its last complete save.</source>
        <translation>„%1“ wird gerade von dem Programm gespeichert, das die Sperre hält, oder dieses Programm wurde mittendrin beendet; versuchen Sie es gleich noch einmal, oder übernehmen Sie die Sperre, um den zuletzt vollständig gespeicherten Zustand wiederherzustellen.</translation>
    </message>
    <message>
        <source>"%1" was made by an older version of ISMS Workbench and must be upgraded before it can be edited; a backup copy is kept when it is upgraded.</source>
        <translation>„%1“ wurde mit einer älteren Version von ISMS Workbench erstellt und muss vor dem Bearbeiten aktualisiert werden; bei der Aktualisierung wird eine Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>"%1" was updated to the current file format; the previous version is kept as "%2".</source>
        <translation>„%1“ wurde auf das aktuelle Dateiformat aktualisiert; die vorherige Version bleibt als „%2“ erhalten.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved by a program that stopped during a save; you see its last complete save, and the file is restored when it is next opened for editing.</source>
        <translation>„%1“ wurde halb gespeichert hinterlassen, weil ein Programm während des Speicherns beendet wurde; Sie sehen den zuletzt vollständig gespeicherten Zustand, und die Datei wird wiederhergestellt, wenn sie das nächste Mal zum Bearbeiten geöffnet wird.</translation>
    </message>
    <message>
        <source>"%1" is in the format of an older version; it was read through an updated temporary copy and left unchanged.</source>
        <translation>„%1“ liegt im Format einer älteren Version vor; die Datei wurde über eine aktualisierte temporäre Kopie gelesen und blieb unverändert.</translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation>Der Name der Organisation enthält %1, was in einem Namen nicht zulässig ist; entfernen Sie das Zeichen und geben Sie den Namen erneut ein.</translation>
    </message>
    <message>
        <source>"%1" is an ISMS Workbench project, but the file is damaged; open your latest backup copy of it instead and keep the damaged file for "isms-cli check".</source>
        <translation>„%1“ ist ein ISMS-Workbench-Projekt, aber die Datei ist beschädigt; öffnen Sie stattdessen Ihre neueste Sicherungskopie davon und bewahren Sie die beschädigte Datei für „isms-cli check“ auf.</translation>
    </message>
    <message>
        <source>"%1" is an ISMS Workbench project, but the file is damaged; open a backup copy instead, such as "%2" beside it.</source>
        <translation>„%1“ ist ein ISMS-Workbench-Projekt, aber die Datei ist beschädigt; öffnen Sie stattdessen eine Sicherungskopie, etwa „%2“ im selben Ordner.</translation>
    </message>
</context>
<context>
    <name>isms::DemoData</name>
    <message>
        <source>The demo holds between 1 and %1 risks; %2 is outside that range.</source>
        <translation>Die Demo enthält zwischen 1 und %1 Risiken; %2 liegt außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <source>The program's built-in demo table %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>Die eingebaute Demo-Tabelle %1 des Programms ist beschädigt; installieren Sie ISMS Workbench neu.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentControl</name>
    <message>
        <source>Working draft</source>
        <translation>Arbeitsentwurf</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>On a report's cover: who approved this version and when.</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <extracomment>A report's version when its document control says it was withdrawn: "2.1 (withdrawn)".</extracomment>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>A report's version while its document control says it is a draft: "2.1 (draft)".</extracomment>
        <translation>%1 (Entwurf)</translation>
    </message>
</context>
<context>
    <name>isms::DocumentControlSpec</name>
    <message>
        <source>An approved report names who approved it and on which date; fill in "Approved by" and "Approval date", or keep it a draft.</source>
        <translation>Ein freigegebener Bericht nennt, wer ihn wann freigegeben hat; füllen Sie „Freigegeben von“ und „Freigabedatum“ aus oder lassen Sie ihn einen Entwurf.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the report was approved.</source>
        <translation>Das Freigabedatum %1 liegt in der Zukunft; geben Sie das Datum an, an dem der Bericht freigegeben wurde.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentRules</name>
    <message>
        <source>A topic-specific policy names the Annex A controls or the topic it covers; fill in "Annex A controls or topic" (for example "A.5.15, A.8.2" or "access control").</source>
        <translation>Eine themenspezifische Leitlinie nennt die Maßnahmen aus Anhang A oder das Thema, das sie abdeckt; füllen Sie „Maßnahmen aus Anhang A oder Thema“ aus (zum Beispiel „A.5.15, A.8.2“ oder „Zugangssteuerung“).</translation>
    </message>
    <message>
        <source>"%1" is not a clause of ISO/IEC 27001 from 4 to 10; give clause numbers such as 5.2 or 6.1.3, separated by commas.</source>
        <translation>„%1“ ist kein Abschnitt der ISO/IEC 27001 von 4 bis 10; geben Sie Abschnittsnummern wie 5.2 oder 6.1.3 an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>An approved version names who approved it and when; fill in the approver and the approval date, or keep the version in draft or in review.</source>
        <translation>Eine freigegebene Version nennt, wer sie wann freigegeben hat; füllen Sie die freigebende Person und das Freigabedatum aus oder belassen Sie die Version im Entwurf oder in Prüfung.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation>Das Freigabedatum %1 liegt in der Zukunft; geben Sie das Datum der Freigabe der Version an.</translation>
    </message>
    <message>
        <source>The document already has a version %1 (%2); give the new version another label, such as the next number.</source>
        <translation>Das Dokument hat bereits eine Version %1 (%2); geben Sie der neuen Version eine andere Bezeichnung, etwa die nächste Nummer.</translation>
    </message>
    <message>
        <source>The acknowledgement date %1 lies in the future; give the date the person acknowledged the policy.</source>
        <translation>Das Datum der Kenntnisnahme %1 liegt in der Zukunft; geben Sie das Datum an, an dem die Person die Leitlinie zur Kenntnis genommen hat.</translation>
    </message>
    <message>
        <source>%1 is not a policy; acknowledgements record who has read the information security policy or a topic-specific policy.</source>
        <translation>%1 ist keine Leitlinie; Kenntnisnahmen erfassen, wer die Informationssicherheitsleitlinie oder eine themenspezifische Leitlinie gelesen hat.</translation>
    </message>
    <message>
        <source>A duty that top management shows says how it is shown; fill in "How it is shown" (the meeting, decision or document), or set the status to not shown.</source>
        <translation>Eine Pflicht, die die oberste Leitung nachweist, gibt an, wie sie nachgewiesen wird; füllen Sie „Wie sie nachgewiesen wird“ aus (die Besprechung, Entscheidung oder das Dokument) oder setzen Sie den Status auf „nicht nachgewiesen“.</translation>
    </message>
    <message>
        <source>Document version %1 is approved and never changes; for any change add a new version of the document.</source>
        <translation>Dokumentversion %1 ist freigegeben und ändert sich nie; fügen Sie für jede Änderung eine neue Version des Dokuments hinzu.</translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>Die gespeicherte Datei der Dokumentversion %1 (%2) fehlt im Projekt; sie wurde außerhalb von ISMS Workbench entfernt.</translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Die gespeicherte Datei der Dokumentversion %1 (%2) passt nicht mehr zu ihrem SHA-256; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>Document version %1 is marked approved but was never approved in ISMS Workbench; it was changed outside the program.</source>
        <translation>Dokumentversion %1 ist als freigegeben gekennzeichnet, wurde aber nie in ISMS Workbench freigegeben; sie wurde außerhalb des Programms geändert.</translation>
    </message>
    <message>
        <source>Approved document version %1 differs from what was frozen when it was approved; it was changed outside ISMS Workbench.</source>
        <translation>Die freigegebene Dokumentversion %1 weicht von dem ab, was bei ihrer Freigabe eingefroren wurde; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>Document version %1 was approved but is no longer marked so; it was changed outside ISMS Workbench.</source>
        <translation>Dokumentversion %1 wurde freigegeben, ist aber nicht mehr als freigegeben gekennzeichnet; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentService</name>
    <message>
        <source>A document version needs its file; give the path of the file to store.</source>
        <translation>Eine Dokumentversion braucht ihre Datei; geben Sie den Pfad der zu speichernden Datei an.</translation>
    </message>
    <message>
        <source>A document version has no field "%1".</source>
        <translation>Eine Dokumentversion hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The stored file of document version %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run "isms-cli check".</source>
        <translation>Die gespeicherte Datei der Dokumentversion %1 passt nicht mehr zu ihrem SHA-256: Sie wurde außerhalb von ISMS Workbench geändert. Führen Sie „isms-cli check“ aus.</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the folder and its permissions.</source>
        <translation>%1 kann nicht geschrieben werden; prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>isms::EntitySpec</name>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Asset dependency</source>
        <translation>Asset-Abhängigkeit</translation>
    </message>
    <message>
        <source>Asset dependencies</source>
        <translation>Asset-Abhängigkeiten</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>asset dependency</source>
        <translation>Asset-Abhängigkeit</translation>
    </message>
    <message>
        <source>asset dependencies</source>
        <translation>Asset-Abhängigkeiten</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Risk asset link</source>
        <translation>Risiko-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>Risk asset links</source>
        <translation>Risiko-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>risk asset link</source>
        <translation>Risiko-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>risk asset links</source>
        <translation>Risiko-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>Risk control link</source>
        <translation>Risiko-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>Risk control links</source>
        <translation>Risiko-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>risk control link</source>
        <translation>Risiko-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>risk control links</source>
        <translation>Risiko-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Treatment task</source>
        <translation>Behandlungsaufgabe</translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation>Behandlungsaufgaben</translation>
    </message>
    <message>
        <source>treatment task</source>
        <translation>Behandlungsaufgabe</translation>
    </message>
    <message>
        <source>treatment tasks</source>
        <translation>Behandlungsaufgaben</translation>
    </message>
    <message>
        <source>Annex A control</source>
        <translation>Maßnahme aus Anhang A</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Clause requirement</source>
        <translation>Anforderung eines Abschnitts</translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation>Anforderungen der Abschnitte</translation>
    </message>
    <message>
        <source>clause requirement</source>
        <translation>Anforderung eines Abschnitts</translation>
    </message>
    <message>
        <source>clause requirements</source>
        <translation>Anforderungen der Abschnitte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Evidence is stored with its file: attach it with "isms-cli attach FILE KIND ID PATH" rather than adding or importing rows.</source>
        <translation>Nachweise werden mit ihrer Datei gespeichert: Hängen Sie sie mit „isms-cli attach FILE KIND ID PATH“ an, statt Zeilen hinzuzufügen oder zu importieren.</translation>
    </message>
    <message>
        <source>Additional control</source>
        <translation>Zusätzliche Maßnahme</translation>
    </message>
    <message>
        <source>Additional controls</source>
        <translation>Zusätzliche Maßnahmen</translation>
    </message>
    <message>
        <source>additional control</source>
        <translation>zusätzliche Maßnahme</translation>
    </message>
    <message>
        <source>additional controls</source>
        <translation>zusätzliche Maßnahmen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Internal and external issues</source>
        <translation>Interne und externe Themen</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>Interessierte Partei</translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation>Interessierte Parteien</translation>
    </message>
    <message>
        <source>interested party</source>
        <translation>interessierte Partei</translation>
    </message>
    <message>
        <source>interested parties</source>
        <translation>interessierte Parteien</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation>Geltungsbereich des ISMS</translation>
    </message>
    <message>
        <source>scope statement</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>scope statements</source>
        <translation>Geltungsbereiche</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>Document control of reports</source>
        <translation>Dokumentenlenkung der Berichte</translation>
    </message>
    <message>
        <source>document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>document controls</source>
        <translation>Dokumentenlenkungen</translation>
    </message>
    <message>
        <source>ISMS risk or opportunity</source>
        <translation>ISMS-Risiko oder -Chance</translation>
    </message>
    <message>
        <source>ISMS risks and opportunities</source>
        <translation>ISMS-Risiken und -Chancen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>planned change</source>
        <translation>geplante Änderung</translation>
    </message>
    <message>
        <source>planned changes</source>
        <translation>geplante Änderungen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation>ISMS-Prozesse</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Process interaction</source>
        <translation>Prozesswechselwirkung</translation>
    </message>
    <message>
        <source>Process interactions</source>
        <translation>Prozesswechselwirkungen</translation>
    </message>
    <message>
        <source>process interaction</source>
        <translation>Prozesswechselwirkung</translation>
    </message>
    <message>
        <source>process interactions</source>
        <translation>Prozesswechselwirkungen</translation>
    </message>
    <message>
        <source>Assessment run</source>
        <translation>Beurteilungslauf</translation>
    </message>
    <message>
        <source>Assessment runs</source>
        <translation>Beurteilungsläufe</translation>
    </message>
    <message>
        <source>assessment run</source>
        <translation>Beurteilungslauf</translation>
    </message>
    <message>
        <source>assessment runs</source>
        <translation>Beurteilungsläufe</translation>
    </message>
    <message>
        <source>An assessment run freezes the whole risk register: record one with "isms-cli run-assessment FILE --scope TEXT --by NAME" or "Record assessment run…" on its page rather than adding or importing rows.</source>
        <translation>Ein Beurteilungslauf friert das gesamte Risikoregister ein: Erfassen Sie einen mit „isms-cli run-assessment FILE --scope TEXT --by NAME“ oder mit „Beurteilungslauf erfassen…“ auf seiner Seite, statt Zeilen hinzuzufügen oder zu importieren.</translation>
    </message>
    <message>
        <source>An assessment run is frozen as it was recorded and cannot be changed or removed; record a new run instead.</source>
        <translation>Ein Beurteilungslauf bleibt so eingefroren, wie er erfasst wurde, und kann weder geändert noch entfernt werden; erfassen Sie stattdessen einen neuen Durchgang.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Dokumentversionen</translation>
    </message>
    <message>
        <source>document version</source>
        <translation>Dokumentversion</translation>
    </message>
    <message>
        <source>document versions</source>
        <translation>Dokumentversionen</translation>
    </message>
    <message>
        <source>A document version comes with its file: add it with "isms-cli add document-versions FILE --document DOC-001 --version 1.0 --file PATH" or "Add version…" on the documents page.</source>
        <translation>Eine Dokumentversion gehört zu ihrer Datei: Fügen Sie sie mit „isms-cli add document-versions FILE --document DOC-001 --version 1.0 --file PATH“ oder mit „Version hinzufügen…“ auf der Seite der Dokumente hinzu.</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>improvements</source>
        <translation>Verbesserungen</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Kenntnisnahme der Leitlinie</translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation>Kenntnisnahmen der Leitlinien</translation>
    </message>
    <message>
        <source>policy acknowledgement</source>
        <translation>Kenntnisnahme der Leitlinie</translation>
    </message>
    <message>
        <source>policy acknowledgements</source>
        <translation>Kenntnisnahmen der Leitlinien</translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation>Führungsaufgabe</translation>
    </message>
    <message>
        <source>Leadership duties</source>
        <translation>Führungsaufgaben</translation>
    </message>
    <message>
        <source>leadership duty</source>
        <translation>Führungsaufgabe</translation>
    </message>
    <message>
        <source>leadership duties</source>
        <translation>Führungsaufgaben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Metric objective link</source>
        <translation>Kennzahl-Ziel-Verknüpfung</translation>
    </message>
    <message>
        <source>Metric objective links</source>
        <translation>Kennzahl-Ziel-Verknüpfungen</translation>
    </message>
    <message>
        <source>metric objective link</source>
        <translation>Kennzahl-Ziel-Verknüpfung</translation>
    </message>
    <message>
        <source>metric objective links</source>
        <translation>Kennzahl-Ziel-Verknüpfungen</translation>
    </message>
    <message>
        <source>Metric control link</source>
        <translation>Kennzahl-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>Metric control links</source>
        <translation>Kennzahl-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>metric control link</source>
        <translation>Kennzahl-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>metric control links</source>
        <translation>Kennzahl-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Metric evaluation</source>
        <translation>Bewertung der Kennzahl</translation>
    </message>
    <message>
        <source>Metric evaluations</source>
        <translation>Bewertungen der Kennzahlen</translation>
    </message>
    <message>
        <source>metric evaluation</source>
        <translation>Bewertung der Kennzahl</translation>
    </message>
    <message>
        <source>metric evaluations</source>
        <translation>Bewertungen der Kennzahlen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>RACI assignment</source>
        <translation>RACI-Zuordnung</translation>
    </message>
    <message>
        <source>RACI assignments</source>
        <translation>RACI-Zuordnungen</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Training and awareness</source>
        <translation>Schulung und Sensibilisierung</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>Schulungen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation>Auditprogramme</translation>
    </message>
    <message>
        <source>audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>audit programmes</source>
        <translation>Auditprogramme</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Internes Audit</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Interne Audits</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Audit clause link</source>
        <translation>Audit-Abschnitt-Verknüpfung</translation>
    </message>
    <message>
        <source>Audit clause links</source>
        <translation>Audit-Abschnitt-Verknüpfungen</translation>
    </message>
    <message>
        <source>audit clause link</source>
        <translation>Audit-Abschnitt-Verknüpfung</translation>
    </message>
    <message>
        <source>audit clause links</source>
        <translation>Audit-Abschnitt-Verknüpfungen</translation>
    </message>
    <message>
        <source>Audit control link</source>
        <translation>Audit-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>Audit control links</source>
        <translation>Audit-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>audit control link</source>
        <translation>Audit-Maßnahmen-Verknüpfung</translation>
    </message>
    <message>
        <source>audit control links</source>
        <translation>Audit-Maßnahmen-Verknüpfungen</translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation>Mitglied des Auditteams</translation>
    </message>
    <message>
        <source>Audit team members</source>
        <translation>Mitglieder des Auditteams</translation>
    </message>
    <message>
        <source>audit team member</source>
        <translation>Mitglied des Auditteams</translation>
    </message>
    <message>
        <source>audit team members</source>
        <translation>Mitglieder des Auditteams</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>Audit checklist</source>
        <translation>Auditcheckliste</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>Checklistenpunkte</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Auditfeststellung</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Auditfeststellungen</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Incident asset link</source>
        <translation>Vorfall-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>Incident asset links</source>
        <translation>Vorfall-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>incident asset link</source>
        <translation>Vorfall-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>incident asset links</source>
        <translation>Vorfall-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>Incident risk link</source>
        <translation>Vorfall-Risiko-Verknüpfung</translation>
    </message>
    <message>
        <source>Incident risk links</source>
        <translation>Vorfall-Risiko-Verknüpfungen</translation>
    </message>
    <message>
        <source>incident risk link</source>
        <translation>Vorfall-Risiko-Verknüpfung</translation>
    </message>
    <message>
        <source>incident risk links</source>
        <translation>Vorfall-Risiko-Verknüpfungen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Supplier risk link</source>
        <translation>Lieferant-Risiko-Verknüpfung</translation>
    </message>
    <message>
        <source>Supplier risk links</source>
        <translation>Lieferant-Risiko-Verknüpfungen</translation>
    </message>
    <message>
        <source>supplier risk link</source>
        <translation>Lieferant-Risiko-Verknüpfung</translation>
    </message>
    <message>
        <source>supplier risk links</source>
        <translation>Lieferant-Risiko-Verknüpfungen</translation>
    </message>
    <message>
        <source>Supplier asset link</source>
        <translation>Lieferant-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>Supplier asset links</source>
        <translation>Lieferant-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>supplier asset link</source>
        <translation>Lieferant-Asset-Verknüpfung</translation>
    </message>
    <message>
        <source>supplier asset links</source>
        <translation>Lieferant-Asset-Verknüpfungen</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Nonconformity change link</source>
        <translation>Nichtkonformität-Änderung-Verknüpfung</translation>
    </message>
    <message>
        <source>Nonconformity change links</source>
        <translation>Nichtkonformität-Änderung-Verknüpfungen</translation>
    </message>
    <message>
        <source>nonconformity change link</source>
        <translation>Nichtkonformität-Änderung-Verknüpfung</translation>
    </message>
    <message>
        <source>nonconformity change links</source>
        <translation>Nichtkonformität-Änderung-Verknüpfungen</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <source>management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>management reviews</source>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <source>Review attendee</source>
        <translation>Teilnehmende der Bewertung</translation>
    </message>
    <message>
        <source>Review attendees</source>
        <translation>Teilnehmende der Bewertungen</translation>
    </message>
    <message>
        <source>review attendee</source>
        <translation>Teilnehmende der Bewertung</translation>
    </message>
    <message>
        <source>review attendees</source>
        <translation>Teilnehmende der Bewertungen</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Aktion aus der Bewertung</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Aktionen aus Bewertungen</translation>
    </message>
    <message>
        <source>review action</source>
        <translation>Aktion aus der Bewertung</translation>
    </message>
    <message>
        <source>review actions</source>
        <translation>Aktionen aus Bewertungen</translation>
    </message>
</context>
<context>
    <name>isms::EnumSpec</name>
    <message>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
    <message>
        <source>Human, deliberate</source>
        <translation>Menschlich, vorsätzlich</translation>
    </message>
    <message>
        <source>Human, accidental</source>
        <translation>Menschlich, versehentlich</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Umweltbedingt</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>Modifizieren</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiziert</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Beurteilt</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Organizational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>Technologisch</translation>
    </message>
    <message>
        <source>Legal or regulatory</source>
        <translation>Gesetzlich oder behördlich</translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation>Vertraglich</translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation>Geschäftsanforderung</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bewährte Praxis</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>People and culture</source>
        <translation>Menschen und Kultur</translation>
    </message>
    <message>
        <source>Legal and regulatory</source>
        <translation>Recht und Regulierung</translation>
    </message>
    <message>
        <source>Economic and market</source>
        <translation>Wirtschaft und Markt</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <source>Environmental and climate</source>
        <translation>Umwelt und Klima</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Nicht mehr relevant</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Gesetzlich</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Berücksichtigt</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Teilweise berücksichtigt</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation>Maßnahmenstatusbericht</translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation>Bericht zur Risikobeurteilung und Risikobehandlung</translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Bericht zur Auditbereitschaft</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Informationssicherheitsleitlinie</translation>
    </message>
    <message>
        <source>Topic-specific policy</source>
        <translation>Themenspezifische Leitlinie</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>External document</source>
        <translation>Externes Dokument</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Unterschriebenes Exemplar</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht nachgewiesen</translation>
    </message>
    <message>
        <source>Partly shown</source>
        <translation>Teilweise nachgewiesen</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Nachgewiesen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Custom interval</source>
        <translation>Benutzerdefiniertes Intervall</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <source>People and time</source>
        <translation>Personal und Zeit</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tools and software</source>
        <translation>Werkzeuge und Software</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Räumlichkeiten und Einrichtungen</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Externe Dienstleistungen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>R: Responsible</source>
        <translation>R: Durchführungsverantwortlich</translation>
    </message>
    <message>
        <source>A: Accountable</source>
        <translation>A: Rechenschaftspflichtig</translation>
    </message>
    <message>
        <source>C: Consulted</source>
        <translation>C: Konsultiert</translation>
    </message>
    <message>
        <source>I: Informed</source>
        <translation>I: Informiert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Partly held</source>
        <translation>Teilweise vorhanden</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Sensibilisierung</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Aus der Ferne</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Dokumentenprüfung</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Kombiniert</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>Erhebliche Nichtkonformität</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>Geringfügige Nichtkonformität</translation>
    </message>
    <message>
        <source>Roles and RACI matrix</source>
        <translation>Rollen und RACI-Matrix</translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation>ISMS-Prozesse</translation>
    </message>
    <message>
        <source>Metrics report</source>
        <translation>Kennzahlenbericht</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Bericht über das interne Audit</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Protokoll der Managementbewertung</translation>
    </message>
    <message>
        <source>Nonconformity and corrective-action register</source>
        <translation>Register der Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Auditpaket</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Geschwärzt</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>Phishing or social engineering</source>
        <translation>Phishing oder Social Engineering</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>Unbefugter Zugriff</translation>
    </message>
    <message>
        <source>Data leak or loss</source>
        <translation>Datenabfluss oder Datenverlust</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Menschlicher Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>In Einführung</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Auditfeststellung</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Noch nicht ermittelt</translation>
    </message>
    <message>
        <source>Correction done</source>
        <translation>Korrektur erfolgt</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>Korrekturmaßnahme geplant</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>In Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Protokoll freigegeben</translation>
    </message>
    <message>
        <source>Improvement decision</source>
        <translation>Verbesserungsentscheidung</translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation>Änderungsbedarf</translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation>Ressourcenbedarf</translation>
    </message>
</context>
<context>
    <name>isms::EvidenceService</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The size limit per evidence file differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation>Die Größenbeschränkung pro Nachweisdatei weicht vom zuletzt protokollierten Wert ab; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The project holds a stored file (SHA-256 %1) that no evidence names; it was added outside ISMS Workbench.</source>
        <translation>Das Projekt enthält eine gespeicherte Datei (SHA-256 %1), auf die kein Nachweis verweist; sie wurde außerhalb von ISMS Workbench hinzugefügt.</translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256; it was changed outside ISMS Workbench. Attach the original again.</source>
        <translation>Die gespeicherte Datei von %1 passt nicht mehr zu ihrem SHA-256-Hashwert; sie wurde außerhalb von ISMS Workbench geändert. Hängen Sie das Original erneut an.</translation>
    </message>
    <message>
        <source>The stored file of %1 is missing from the project; it was removed outside ISMS Workbench. Attach it again.</source>
        <translation>Die gespeicherte Datei von %1 fehlt im Projekt; sie wurde außerhalb von ISMS Workbench entfernt. Hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>The size recorded for %1 differs from its stored file.</source>
        <translation>Die für %1 erfasste Größe weicht von der Größe der gespeicherten Datei ab.</translation>
    </message>
    <message>
        <source>%1 is attached to a register that does not exist ("%2").</source>
        <translation>Der Nachweis %1 ist einem Register zugeordnet, das nicht existiert („%2“).</translation>
    </message>
    <message>
        <source>%1 is attached to %2 %3, which does not exist.</source>
        <translation>Der Nachweis %1 ist einem Datensatz zugeordnet, der nicht existiert (%2 %3).</translation>
    </message>
    <message>
        <source>The file %1 does not exist; check the path and try again.</source>
        <translation>Die Datei %1 ist nicht vorhanden; prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the path of one file to attach.</source>
        <translation>%1 ist ein Ordner, keine Datei; geben Sie den Pfad einer einzelnen Datei an, die angehängt werden soll.</translation>
    </message>
    <message>
        <source>The file %1 is %2, more than the project's limit of %3 per evidence file; nothing was stored. Attach a smaller file or raise the limit.</source>
        <translation>Die Datei %1 ist %2 groß, mehr als die Größenbeschränkung des Projekts von %3 pro Nachweisdatei; es wurde nichts gespeichert. Hängen Sie eine kleinere Datei an oder erhöhen Sie die Größenbeschränkung.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions and try again.</source>
        <translation>Die Datei %1 kann nicht gelesen werden; prüfen Sie ihre Zugriffsrechte und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" is not a register evidence can be attached to; use one of %2.</source>
        <translation>„%1“ ist kein Register, dem Nachweise zugeordnet werden können; verwenden Sie eines dieser Register: %2.</translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run "isms-cli check" and attach the original again.</source>
        <translation>Die gespeicherte Datei von %1 passt nicht mehr zu ihrem SHA-256-Hashwert: Sie wurde außerhalb von ISMS Workbench geändert. Führen Sie „isms-cli check“ aus und hängen Sie das Original erneut an.</translation>
    </message>
    <message>
        <source>%1 could not be written; check that its folder exists and can be written to.</source>
        <translation>%1 konnte nicht geschrieben werden; prüfen Sie, ob der Ordner vorhanden ist und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The size limit per evidence file must lie between 1 byte and 1 GB.</source>
        <translation>Die Größenbeschränkung pro Nachweisdatei muss zwischen 1 Byte und 1 GB liegen.</translation>
    </message>
    <message>
        <source>The evidence %1 of %2 %3 expired on %4; attach current evidence, or remove it once it is no longer needed.</source>
        <extracomment>%1: evidence and file name, "EV-003 (backup-test.log)"; %2: "control"; %3: "A.8.13"; %4: the expiry date, YYYY-MM-DD.</extracomment>
        <translation>Der Nachweis %1 von %2 %3 ist am %4 abgelaufen; hängen Sie einen aktuellen Nachweis an oder entfernen Sie ihn, wenn er nicht mehr gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>isms::EvidenceSpec</name>
    <message>
        <source>"%1" is not a register evidence can be attached to; use one of %2.</source>
        <translation>„%1“ ist kein Register, dem Nachweise zugeordnet werden können; verwenden Sie eines dieser Register: %2.</translation>
    </message>
    <message>
        <source>The expiry date %1 lies before the evidence date %2; give a later expiry date or none.</source>
        <translation>Das Ablaufdatum %1 liegt vor dem Nachweisdatum %2; geben Sie ein späteres Ablaufdatum oder keines an.</translation>
    </message>
</context>
<context>
    <name>isms::EvidenceStore</name>
    <message>
        <source>The stored file is missing from the project; run "isms-cli check" on it.</source>
        <translation>Die gespeicherte Datei fehlt im Projekt; führen Sie „isms-cli check“ für die Projektdatei aus.</translation>
    </message>
</context>
<context>
    <name>isms::Field</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
</context>
<context>
    <name>isms::FieldSpec</name>
    <message>
        <source>%1 is required; enter a value.</source>
        <translation>Das Feld „%1“ ist erforderlich; geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters; shorten it.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Zeichen enthalten; kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>%1 contains %2, which it may not hold; remove it.</source>
        <translation>Das Feld „%1“ enthält %2, was dort nicht zulässig ist; entfernen Sie das Zeichen.</translation>
    </message>
    <message>
        <source>"%1" is not a value of %2; use one of %3.</source>
        <translation>„%1“ ist kein Wert von %2; verwenden Sie einen von %3.</translation>
    </message>
    <message>
        <source>%1 must lie between the years %2 and %3; enter a realistic date.</source>
        <translation>Das Datum im Feld „%1“ muss zwischen den Jahren %2 und %3 liegen; geben Sie ein realistisches Datum ein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl von %2 bis %3 enthalten.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>1 low, 2 medium, 3 high, 4 very high; empty while not assessed</source>
        <translation>1 niedrig, 2 mittel, 3 hoch, 4 sehr hoch; leer, solange nicht bewertet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>How likely the risk is with the existing controls in place, on the method's scale</source>
        <translation>Wie wahrscheinlich das Risiko bei den vorhandenen Maßnahmen eintritt, auf der Skala der Methode</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>How severe the consequences would be, on the method's scale</source>
        <translation>Wie schwer die Folgen wären, auf der Skala der Methode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Level number</source>
        <translation>Nummer des Risikoniveaus</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Eintrittswahrscheinlichkeit (Restrisiko)</translation>
    </message>
    <message>
        <source>How likely the risk is once the treatment is in place</source>
        <translation>Wie wahrscheinlich das Risiko nach der Umsetzung der Behandlung eintritt</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Auswirkung (Restrisiko)</translation>
    </message>
    <message>
        <source>How severe the consequences would be once treated</source>
        <translation>Wie schwer die Folgen nach der Behandlung wären</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Restrisikoniveau</translation>
    </message>
    <message>
        <source>Residual level number</source>
        <translation>Nummer des Restrisikoniveaus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>The risk owner who approved the treatment plan and accepted the residual risk</source>
        <translation>Der Risikoeigentümer, der den Risikobehandlungsplan freigegeben und das Restrisiko akzeptiert hat</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation>Freigabekommentar</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Akzeptanzbegründung</translation>
    </message>
    <message>
        <source>Why a residual risk above the acceptance threshold is accepted; needed for its sign-off</source>
        <translation>Warum ein Restrisiko oberhalb der Akzeptanzschwelle akzeptiert wird; für seine Freigabe erforderlich</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Vorhandene Maßnahmen</translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation>Geplante Maßnahmen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation>Informationssicherheitseigenschaften</translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation>Cybersicherheitskonzepte</translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation>Operative Fähigkeiten</translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation>Sicherheitsdomänen</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>Neu in 2022</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>Dokumentierte Information</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Whether the control applies: every status but "Not applicable" includes it in the Statement of Applicability.</source>
        <translation>Ob die Maßnahme anwendbar ist: Jeder Status außer „Nicht anwendbar“ nimmt sie in die Erklärung zur Anwendbarkeit auf.</translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation>Gründe für die Aufnahme</translation>
    </message>
    <message>
        <source>Legal, contractual, business or good practice, as many as apply; risk treatment is added from the risks that name the control.</source>
        <translation>Gesetzlich, vertraglich, geschäftlich oder bewährte Praxis, so viele wie zutreffen; die Risikobehandlung ergibt sich aus den Risiken, die die Maßnahme nennen.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why an excluded control does not apply; the auditor reads it.</source>
        <translation>Warum eine ausgeschlossene Maßnahme nicht anwendbar ist; der Auditor liest es.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>How the control is implemented.</source>
        <translation>Wie die Maßnahme umgesetzt ist.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>The date or period end the file proves, not when it was stored</source>
        <translation>Das Datum oder Ende des Zeitraums, das die Datei belegt, nicht der Zeitpunkt ihrer Speicherung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the control comes from: a sector rule, ISO/IEC 27017 or 27018, a contract, or the organisation's own decision.</source>
        <translation>Woher die Maßnahme stammt: eine Branchenvorgabe, ISO/IEC 27017 oder 27018, ein Vertrag oder eine eigene Entscheidung der Organisation.</translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation>Fundstelle in der Quelle</translation>
    </message>
    <message>
        <source>What it requires</source>
        <translation>Was sie verlangt</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>Intern oder extern</translation>
    </message>
    <message>
        <source>Effect on the ISMS</source>
        <translation>Auswirkung auf das ISMS</translation>
    </message>
    <message>
        <source>Related risks</source>
        <translation>Zugehörige Risiken</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>Interessierte Partei</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Binding as</source>
        <translation>Verbindlich als</translation>
    </message>
    <message>
        <source>Addressed by the ISMS</source>
        <translation>Vom ISMS berücksichtigt</translation>
    </message>
    <message>
        <source>How the ISMS addresses them</source>
        <translation>Wie das ISMS sie berücksichtigt</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation>SoA-Version</translation>
    </message>
    <message>
        <source>The issued version of the Statement of Applicability that this scope goes with.</source>
        <translation>Die herausgegebene Version der Erklärung zur Anwendbarkeit, zu der dieser Geltungsbereich gehört.</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Im Geltungsbereich</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Geltungsbereichs</translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation>Schnittstellen und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Issues and requirements considered</source>
        <translation>Berücksichtigte Themen und Anforderungen</translation>
    </message>
    <message>
        <source>Climate change</source>
        <translation>Klimawandel</translation>
    </message>
    <message>
        <source>Climate change rationale</source>
        <translation>Begründung zum Klimawandel</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>Zugehörige Dokumente</translation>
    </message>
    <message>
        <source>The policies, procedures and records that carry out or show the control, by their ids or titles.</source>
        <translation>Die Richtlinien, Verfahren und Aufzeichnungen, die die Maßnahme umsetzen oder belegen, mit ihren IDs oder Titeln.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Risiko oder Chance</translation>
    </message>
    <message>
        <source>Related issues</source>
        <translation>Zugehörige Themen</translation>
    </message>
    <message>
        <source>Related interested parties</source>
        <translation>Zugehörige interessierte Parteien</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action effective</source>
        <translation>Aktion wirksam</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Prüfdatum</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfvermerk</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Messbarer Zielwert</translation>
    </message>
    <message>
        <source>What will show that the objective is met: a number, a date or a state that can be checked.</source>
        <translation>Woran sich zeigt, dass das Ziel erreicht ist: eine Zahl, ein Datum oder ein überprüfbarer Zustand.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Festgelegt am</translation>
    </message>
    <message>
        <source>How results are evaluated</source>
        <translation>Wie Ergebnisse bewertet werden</translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation>Verknüpfte Kennzahlen</translation>
    </message>
    <message>
        <source>Policy statement served</source>
        <translation>Unterstützte Aussage der Leitlinie</translation>
    </message>
    <message>
        <source>How it was communicated</source>
        <translation>Wie es kommuniziert wurde</translation>
    </message>
    <message>
        <source>Evaluation of results</source>
        <translation>Bewertung der Ergebnisse</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Wesentliche Änderung</translation>
    </message>
    <message>
        <source>Yes when the change meets one of the reassessment triggers of the risk methodology; its risks are then assessed again.</source>
        <translation>Ja, wenn die Änderung einen der Auslöser für eine Neubeurteilung aus der Methode zur Risikobeurteilung erfüllt; ihre Risiken werden dann neu beurteilt.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Potential consequences</source>
        <translation>Mögliche Folgen</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Geplanter Termin</translation>
    </message>
    <message>
        <source>Consequences reviewed</source>
        <translation>Folgen geprüft</translation>
    </message>
    <message>
        <source>Risk reassessment</source>
        <translation>Neubeurteilung der Risiken</translation>
    </message>
    <message>
        <source>Whether the change was reviewed for unintended consequences, and those mitigated where needed.</source>
        <translation>Ob die Änderung auf unbeabsichtigte Folgen geprüft wurde und diese, wo nötig, gemindert wurden.</translation>
    </message>
    <message>
        <source>Externally provided</source>
        <translation>Extern bereitgestellt</translation>
    </message>
    <message>
        <source>Whether another organisation runs the process for you; it then names its supplier.</source>
        <translation>Ob eine andere Organisation den Prozess für Sie betreibt; der Prozess nennt dann seinen Lieferanten.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation>Kriterien und Steuerung</translation>
    </message>
    <message>
        <source>How the process is controlled (8.1): the criteria it must meet and how you know it meets them.</source>
        <translation>Wie der Prozess gesteuert wird (8.1): die Kriterien, die er erfüllen muss, und woran Sie erkennen, dass er sie erfüllt.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>From process</source>
        <translation>Von Prozess</translation>
    </message>
    <message>
        <source>To process</source>
        <translation>An Prozess</translation>
    </message>
    <message>
        <source>What passes between them</source>
        <translation>Was zwischen ihnen übergeben wird</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Beurteilt am</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Durchgeführt von</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Über der Schwelle</translation>
    </message>
    <message>
        <source>Risks whose residual level was above the acceptance threshold when the run was recorded</source>
        <translation>Risiken, deren Restrisikoniveau bei der Erfassung der Beurteilung über der Akzeptanzschwelle lag</translation>
    </message>
    <message>
        <source>The fingerprint of the frozen method and register; "isms-cli check" recomputes it</source>
        <translation>Der Hashwert der eingefrorenen Methode und des Registers; „isms-cli check“ berechnet ihn neu</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The clauses of ISO/IEC 27001 (4 to 10) the document serves, separated by commas: "5.2" or "6.1.3, 8.3".</source>
        <translation>Die Abschnitte von ISO/IEC 27001 (4 bis 10), denen das Dokument dient, durch Kommas getrennt: „5.2“ oder „6.1.3, 8.3“.</translation>
    </message>
    <message>
        <source>Annex A controls or topic</source>
        <translation>Maßnahmen aus Anhang A oder Thema</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <source>The latest approved version of the document, from its versions.</source>
        <translation>Die neueste freigegebene Version des Dokuments, aus seinen Versionen.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Entsorgung</translation>
    </message>
    <message>
        <source>Policy: sets objectives or how they are set</source>
        <translation>Leitlinie: legt Ziele fest oder wie sie festgelegt werden</translation>
    </message>
    <message>
        <source>For the information security policy: it states the security objectives, or the frame in which they are set.</source>
        <translation>Für die Informationssicherheitsleitlinie: Sie nennt die Informationssicherheitsziele oder den Rahmen, in dem sie festgelegt werden.</translation>
    </message>
    <message>
        <source>Policy: promises to meet requirements</source>
        <translation>Leitlinie: verpflichtet zur Erfüllung der Anforderungen</translation>
    </message>
    <message>
        <source>For the information security policy: it promises that the requirements that apply to information security will be met.</source>
        <translation>Für die Informationssicherheitsleitlinie: Sie verpflichtet sich, die zutreffenden Anforderungen an die Informationssicherheit zu erfüllen.</translation>
    </message>
    <message>
        <source>Policy: promises ongoing improvement</source>
        <translation>Leitlinie: verpflichtet zur fortlaufenden Verbesserung</translation>
    </message>
    <message>
        <source>For the information security policy: it promises to keep improving the ISMS.</source>
        <translation>Für die Informationssicherheitsleitlinie: Sie verpflichtet sich zur fortlaufenden Verbesserung des ISMS.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigabe durch</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsvermerk</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Zur Kenntnis genommen am</translation>
    </message>
    <message>
        <source>Communicated by</source>
        <translation>Kommuniziert über</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Clause item</source>
        <translation>Abschnittspunkt</translation>
    </message>
    <message>
        <source>How it is shown</source>
        <translation>Wie sie nachgewiesen wird</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Oberste Leitung</translation>
    </message>
    <message>
        <source>Whether the person belongs to the top management that directs the organisation: leadership duties and the management review's attendance count them.</source>
        <translation>Ob die Person zur obersten Leitung gehört, die die Organisation führt: Die Führungsaufgaben und die Teilnahme an der Managementbewertung berücksichtigen sie.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Intervall in Tagen</translation>
    </message>
    <message>
        <source>Only for a custom frequency: the days between two measurements.</source>
        <translation>Nur bei benutzerdefinierter Häufigkeit: die Anzahl der Tage zwischen zwei Messungen.</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>The value that counts as met, as a number such as 95 or 2.5; the direction says whether it is a minimum or a maximum.</source>
        <translation>Der Wert, der als erreicht gilt, als Zahl wie 95 oder 2.5; die Richtung gibt an, ob er ein Minimum oder ein Maximum ist.</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Was gemessen wird</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen von</translation>
    </message>
    <message>
        <source>Analysed and evaluated</source>
        <translation>Analysiert und bewertet</translation>
    </message>
    <message>
        <source>Analysed by</source>
        <translation>Analysiert von</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target is</source>
        <translation>Zielwert ist</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>Unterstützte Ziele</translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation>Unterstützte Maßnahmen</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Zielwert erreicht</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Aktion</translation>
    </message>
    <message>
        <source>Measured by metrics</source>
        <translation>Gemessen durch Kennzahlen</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Umgesetzt am</translation>
    </message>
    <message>
        <source>When the change took effect; a significant change implemented after the latest assessment run calls for a new run.</source>
        <translation>Wann die Änderung wirksam wurde; eine wesentliche Änderung, die nach der letzten erfassten Risikobeurteilung umgesetzt wurde, erfordert eine neue Risikobeurteilung.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Dient</translation>
    </message>
    <message>
        <source>What the resource is for: a process, an objective, a control or a treatment task ("PR-003", "OBJ-002").</source>
        <translation>Wofür die Ressource bestimmt ist: ein Prozess, ein Ziel, eine Maßnahme oder eine Behandlungsaufgabe („PR-003“, „OBJ-002“).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Befugnisse</translation>
    </message>
    <message>
        <source>What the holder may decide or approve on their own.</source>
        <translation>Was der Inhaber selbst entscheiden oder freigeben darf.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>The person who holds the role.</source>
        <translation>Die Person, die die Rolle innehat.</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>The person who stands in while the holder is away.</source>
        <translation>Die Person, die den Inhaber während seiner Abwesenheit vertritt.</translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation>Stellt Konformität sicher (5.3 a)</translation>
    </message>
    <message>
        <source>This role makes sure that the ISMS meets the requirements of ISO/IEC 27001 (5.3 a).</source>
        <translation>Diese Rolle stellt sicher, dass das ISMS die Anforderungen von ISO/IEC 27001 erfüllt (5.3 a).</translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation>Berichtet über die Leistung (5.3 b)</translation>
    </message>
    <message>
        <source>This role reports on how the ISMS performs to top management (5.3 b).</source>
        <translation>Diese Rolle berichtet der obersten Leitung über die Leistung des ISMS (5.3 b).</translation>
    </message>
    <message>
        <source>Communicated how</source>
        <translation>Art der Bekanntgabe</translation>
    </message>
    <message>
        <source>How the organisation was told who holds the role: an intranet page, an announcement, the organisation chart.</source>
        <translation>Wie der Organisation mitgeteilt wurde, wer die Rolle innehat: eine Intranetseite, eine Ankündigung, das Organigramm.</translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation>Bekannt gegeben am</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R does the work, A answers for it (one per process), C is asked before, I is told after.</source>
        <translation>R führt die Arbeit aus, A trägt die Verantwortung dafür (eine Rolle je Prozess), C wird vorher gefragt, I wird danach informiert.</translation>
    </message>
    <message>
        <source>Competence required</source>
        <translation>Erforderliche Kompetenz</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Whether the person has the competence; a gap is closed by a training that names it.</source>
        <translation>Ob die Person über die Kompetenz verfügt; eine Lücke wird durch eine Schulung geschlossen, die sie nennt.</translation>
    </message>
    <message>
        <source>How it was determined</source>
        <translation>Wie sie festgestellt wurde</translation>
    </message>
    <message>
        <source>Education, training or experience that shows the competence, and how it was checked; attach proof on the Evidence tab.</source>
        <translation>Ausbildung, Schulung oder Erfahrung, die die Kompetenz belegt, und wie dies geprüft wurde; hängen Sie Nachweise auf der Registerkarte „Nachweise“ an.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the person attended; a date to come marks a planned training.</source>
        <translation>Wann die Person teilgenommen hat; ein Datum in der Zukunft kennzeichnet eine geplante Schulung.</translation>
    </message>
    <message>
        <source>Closes competence</source>
        <translation>Schließt Kompetenzlücke</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <source>Whether the training reached its aim (7.2 c), judged some time after it took place.</source>
        <translation>Ob die Schulung ihr Ziel erreicht hat (7.2 c), bewertet einige Zeit nach ihrer Durchführung.</translation>
    </message>
    <message>
        <source>Evaluation note</source>
        <translation>Bewertungsvermerk</translation>
    </message>
    <message>
        <source>How effectiveness was judged: a test, an observation, a phishing simulation's results.</source>
        <translation>Wie die Wirksamkeit bewertet wurde: ein Test, eine Beobachtung, die Ergebnisse einer Phishing-Simulation.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Mit wem</translation>
    </message>
    <message>
        <source>Who communicates</source>
        <translation>Wer kommuniziert</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt durchgeführt</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Cycle starts</source>
        <translation>Zyklusbeginn</translation>
    </message>
    <message>
        <source>Cycle ends</source>
        <translation>Zyklusende</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>How audits gather evidence: on site, remote, document review, sampling, interviews.</source>
        <translation>Wie Audits Nachweise erheben: vor Ort, aus der Ferne, Dokumentenprüfung, Stichproben, Interviews.</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>How the importance of the processes and the results of earlier audits decide what is audited when and how often.</source>
        <translation>Wie die Bedeutung der Prozesse und die Ergebnisse früherer Audits bestimmen, was wann und wie oft auditiert wird.</translation>
    </message>
    <message>
        <source>Programme owner</source>
        <translation>Verantwortlich für das Programm</translation>
    </message>
    <message>
        <source>Results reported on</source>
        <translation>Ergebnisse berichtet am</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Full scope</source>
        <translation>Gesamter Umfang</translation>
    </message>
    <message>
        <source>The audit covers every clause from 4 to 10 and every applicable Annex A control.</source>
        <translation>Das Audit umfasst jeden Abschnitt von 4 bis 10 und jede anwendbare Maßnahme aus Anhang A.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tatsächlicher Beginn</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tatsächliches Ende</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditleitung</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Clauses covered</source>
        <translation>Abgedeckte Abschnitte</translation>
    </message>
    <message>
        <source>Controls covered</source>
        <translation>Abgedeckte Maßnahmen</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditoren</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>A clause (9.2), an Annex A control (A.5.15) or a document of your own (DOC-004).</source>
        <translation>Ein Abschnitt (9.2), eine Maßnahme aus Anhang A (A.5.15) oder ein eigenes Dokument (DOC-004).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Your own grading of a nonconformity: major or minor. Only a nonconformity has a grade.</source>
        <translation>Ihre eigene Einstufung einer Nichtkonformität: erheblich oder geringfügig. Nur eine Nichtkonformität hat einen Schweregrad.</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Gesichtete Nachweise</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>In the audit pack</source>
        <translation>Im Auditpaket</translation>
    </message>
    <message>
        <source>Whether the audit pack lists the file and supplies it (included), lists it without supplying it (redacted), or leaves it out altogether</source>
        <translation>Ob das Auditpaket die Datei aufführt und beilegt (enthalten), sie aufführt, ohne sie beizulegen (geschwärzt), oder sie ganz weglässt</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Eingetreten am</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Erkannt am</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Evidence collected</source>
        <translation>Gesicherte Beweise</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud-Dienst</translation>
    </message>
    <message>
        <source>Yes when the supplier provides a cloud service, whose acquisition, use, management and exit the ISMS governs as well.</source>
        <translation>Ja, wenn der Lieferant einen Cloud-Dienst erbringt, dessen Beschaffung, Nutzung, Verwaltung und Beendigung das ISMS ebenfalls regelt.</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Erbrachte Leistung</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>Sicherheitsanforderungen</translation>
    </message>
    <message>
        <source>Contract clauses</source>
        <translation>Vertragsklauseln</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Verknüpfte Risiken</translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation>Verknüpfte Assets</translation>
    </message>
    <message>
        <source>Why 1</source>
        <translation>Warum 1</translation>
    </message>
    <message>
        <source>Why 2</source>
        <translation>Warum 2</translation>
    </message>
    <message>
        <source>Why 3</source>
        <translation>Warum 3</translation>
    </message>
    <message>
        <source>Why 4</source>
        <translation>Warum 4</translation>
    </message>
    <message>
        <source>Why 5</source>
        <translation>Warum 5</translation>
    </message>
    <message>
        <source>One answer of the five-whys analysis: why did the previous step happen? The helper on the page walks through them.</source>
        <translation>Eine Antwort der Fünf-Warum-Analyse: Warum ist der vorherige Schritt eingetreten? Der Assistent auf der Seite führt durch die Fragen.</translation>
    </message>
    <message>
        <source>Similar ones exist or could occur</source>
        <translation>Ähnliche Fälle bestehen oder könnten auftreten</translation>
    </message>
    <message>
        <source>Whether nonconformities like this one exist elsewhere or could occur; say where in the note below.</source>
        <translation>Ob ähnliche Nichtkonformitäten anderswo bestehen oder auftreten könnten; geben Sie im Vermerk unten an, wo.</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Requirement not fulfilled</source>
        <translation>Nicht erfüllte Anforderung</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>Korrigiert am</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Similar nonconformities: where</source>
        <translation>Ähnliche Nichtkonformitäten: wo</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Why the nonconformity happened, found for instance with the five-whys helper.</source>
        <translation>Warum die Nichtkonformität aufgetreten ist, ermittelt etwa mit dem Fünf-Warum-Assistenten.</translation>
    </message>
    <message>
        <source>What was done at once to control and correct the nonconformity.</source>
        <translation>Was sofort getan wurde, um die Nichtkonformität unter Kontrolle zu bringen und zu korrigieren.</translation>
    </message>
    <message>
        <source>ISMS changes</source>
        <translation>ISMS-Änderungen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Holding a review freezes its inputs as the project stands on that day; a held review cannot be planned or held again.</source>
        <translation>Die Durchführung einer Bewertung friert ihre Eingaben im Stand des Projekts an diesem Tag ein; eine durchgeführte Bewertung kann weder wieder auf geplant gesetzt noch erneut durchgeführt werden.</translation>
    </message>
    <message>
        <source>Minutes approved by</source>
        <translation>Protokoll freigegeben von</translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation>Protokoll freigegeben am</translation>
    </message>
    <message>
        <source>Notes: previous actions</source>
        <translation>Notizen: frühere Aktionen</translation>
    </message>
    <message>
        <source>Notes: issues, parties</source>
        <translation>Notizen: Themen, Parteien</translation>
    </message>
    <message>
        <source>Notes: nonconformities</source>
        <translation>Notizen: Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Notes: monitoring</source>
        <translation>Notizen: Überwachung</translation>
    </message>
    <message>
        <source>Notes: audits</source>
        <translation>Notizen: Audits</translation>
    </message>
    <message>
        <source>Notes: objectives</source>
        <translation>Notizen: Ziele</translation>
    </message>
    <message>
        <source>Notes: feedback</source>
        <translation>Notizen: Rückmeldungen</translation>
    </message>
    <message>
        <source>Notes: risks</source>
        <translation>Notizen: Risiken</translation>
    </message>
    <message>
        <source>Notes: improvement</source>
        <translation>Notizen: Verbesserung</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Managementbewertung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What the review decided: an improvement, a change to the ISMS (which becomes a planned change), a resource, or something else.</source>
        <translation>Was die Bewertung beschlossen hat: eine Verbesserung, eine Änderung am ISMS (die zu einer geplanten Änderung wird), eine Ressource oder etwas anderes.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The planned change (6.3) that carries out a change needed; "Make planned change" creates it.</source>
        <translation>Die geplante Änderung (6.3), die einen Änderungsbedarf umsetzt; „Geplante Änderung anlegen“ legt sie an.</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Auditfeststellung</translation>
    </message>
</context>
<context>
    <name>isms::FieldText</name>
    <message>
        <source>"%1" is not one of %2.</source>
        <translation>„%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>"%1" is not yes or no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>There is no %1 "%2".</source>
        <translation>Es gibt keinen Datensatz „%2“ in %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>isms::FileRecovery</name>
    <message>
        <source>"%1" was left half-saved and cannot be restored here because the file or its folder is read-only.</source>
        <translation>„%1“ wurde halb gespeichert hinterlassen und kann hier nicht wiederhergestellt werden, weil die Datei oder ihr Ordner schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved and its last complete save could not be restored; open a backup copy of it.</source>
        <translation>„%1“ wurde halb gespeichert hinterlassen, und der zuletzt vollständig gespeicherte Zustand konnte nicht wiederhergestellt werden; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>"%1" could not be copied to a temporary folder for reading; free some disk space and try again.</source>
        <translation>„%1“ konnte zum Lesen nicht in einen temporären Ordner kopiert werden; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>isms::HistoryAnchor</name>
    <message>
        <source>Change-log entries of this project that this computer saw on %1 were rewritten (at or before entry %2); compare the file with a backup copy and run "isms-cli check" on it.</source>
        <translation>Einträge im Änderungsprotokoll dieses Projekts, die dieser Computer am %1 gesehen hat, wurden umgeschrieben (bei oder vor Eintrag %2); vergleichen Sie die Datei mit einer Sicherungskopie und führen Sie „isms-cli check“ darauf aus.</translation>
    </message>
    <message numerus="yes">
        <source>This project's change log has %n entries, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</source>
        <translation>
            <numerusform>Das Änderungsprotokoll dieses Projekts hat %n Eintrag, aber dieser Computer hat am %2 bereits %1 gesehen; die neuesten Einträge wurden entfernt, oder dies ist eine ältere Kopie der Datei.</numerusform>
            <numerusform>Das Änderungsprotokoll dieses Projekts hat %n Einträge, aber dieser Computer hat am %2 bereits %1 gesehen; die neuesten Einträge wurden entfernt, oder dies ist eine ältere Kopie der Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::HistoryPlausibility</name>
    <message numerus="yes">
        <source>%n more change-log entries break the same rule.</source>
        <translation>
            <numerusform>%n weiterer Eintrag im Änderungsprotokoll verstößt gegen dieselbe Regel.</numerusform>
            <numerusform>%n weitere Einträge im Änderungsprotokoll verstoßen gegen dieselbe Regel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change-log entry %1 has no valid time.</source>
        <translation>Eintrag %1 des Änderungsprotokolls hat keinen gültigen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, before entry %3 (%4); times were changed or entries reordered.</source>
        <translation>Eintrag %1 des Änderungsprotokolls ist auf %2 datiert, vor Eintrag %3 (%4); Zeitpunkte wurden geändert oder Einträge umsortiert.</translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, in the future.</source>
        <translation>Eintrag %1 des Änderungsprotokolls ist auf %2 datiert, also in der Zukunft.</translation>
    </message>
    <message>
        <source>The project's creation date is not a valid time.</source>
        <translation>Das Erstellungsdatum des Projekts ist kein gültiger Zeitpunkt.</translation>
    </message>
    <message>
        <source>The project's creation date (%1) does not match the time of its first change-log entry (%2); it was changed outside ISMS Workbench.</source>
        <translation>Das Erstellungsdatum des Projekts (%1) passt nicht zum Zeitpunkt seines ersten Eintrags im Änderungsprotokoll (%2); es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The author of change-log entry %1 is not a plausible name (empty, too long, or with control characters).</source>
        <translation>Der Autor von Eintrag %1 des Änderungsprotokolls ist kein plausibler Name (leer, zu lang oder mit Steuerzeichen).</translation>
    </message>
</context>
<context>
    <name>isms::ImprovementRules</name>
    <message>
        <source>%1 %2 is closed without an effectiveness review that found it effective; record the review or reopen it.</source>
        <translation>Die Nichtkonformität %1 %2 ist geschlossen, ohne dass eine Wirksamkeitsprüfung sie als wirksam befunden hat; erfassen Sie die Prüfung, oder öffnen Sie die Nichtkonformität wieder.</translation>
    </message>
    <message>
        <source>%1 %2 was raised on %3 and its root cause is still not recorded; determine it, for instance with the five-whys helper.</source>
        <translation>Die Nichtkonformität %1 %2 wurde am %3 erfasst, ihre Grundursache ist aber noch nicht dokumentiert; ermitteln Sie sie, etwa mit dem Fünf-Warum-Assistenten.</translation>
    </message>
    <message>
        <source>%1 %2 has no corrective action; plan one that removes its cause, or record why none is needed.</source>
        <translation>Die Nichtkonformität %1 %2 hat keine Korrekturmaßnahme; planen Sie eine, die ihre Ursache beseitigt, oder halten Sie fest, warum keine nötig ist.</translation>
    </message>
    <message>
        <source>Corrective action %1 %2 was due on %3 and is not done; finish it or agree a new due date.</source>
        <translation>Die Korrekturmaßnahme %1 %2 war am %3 fällig und ist nicht erledigt; schließen Sie sie ab, oder vereinbaren Sie ein neues Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Incident %1 %2 is resolved but states no lessons learned; record what it taught and what changes.</source>
        <translation>Der Vorfall %1 %2 ist behoben, nennt aber keine Erkenntnisse; halten Sie fest, was er gelehrt hat und was sich ändert.</translation>
    </message>
    <message>
        <source>Supplier %1 %2 was due for review on %3; review its security performance and record the next date.</source>
        <translation>Der Lieferant %1 %2 war am %3 zur Überprüfung fällig; überprüfen Sie seine Leistung in der Informationssicherheit, und erfassen Sie das nächste Datum.</translation>
    </message>
    <message>
        <source>Supplier %1 %2 is of high or critical importance but has no security requirements; agree them and record them.</source>
        <translation>Der Lieferant %1 %2 hat eine hohe oder kritische Bedeutung, aber keine Sicherheitsanforderungen; vereinbaren Sie diese, und erfassen Sie sie.</translation>
    </message>
</context>
<context>
    <name>isms::IncidentSpecs</name>
    <message>
        <source>The incident was detected on %1, before it occurred on %2; correct one of the dates.</source>
        <translation>Der Vorfall wurde am %1 erkannt, vor seinem Eintreten am %2; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The incident was reported on %1, before it was detected or occurred on %2; correct one of the dates.</source>
        <translation>Der Vorfall wurde am %1 gemeldet, vor seiner Erkennung oder seinem Eintreten am %2; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>A closed incident states what was learned from it; fill in "Lessons learned" before closing it.</source>
        <translation>Ein geschlossener Vorfall gibt an, was aus ihm gelernt wurde; füllen Sie „Erkenntnisse“ aus, bevor Sie ihn schließen.</translation>
    </message>
    <message>
        <source>The next review on %1 lies before the last review on %2; correct one of the dates.</source>
        <translation>Die nächste Überprüfung am %1 liegt vor der letzten Überprüfung am %2; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The last review date %1 lies in the future; plan it as the next review instead.</source>
        <translation>Das Datum der letzten Überprüfung %1 liegt in der Zukunft; planen Sie es stattdessen als nächste Überprüfung ein.</translation>
    </message>
</context>
<context>
    <name>isms::IntegrityService</name>
    <message>
        <source>control A.%1</source>
        <translation>Maßnahme A.%1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>The project's organisation name has no entry in the change log.</source>
        <translation>Der Name der Organisation des Projekts hat keinen Eintrag im Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>The project's creation date differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>Das Erstellungsdatum des Projekts weicht von dem bei seiner Erstellung protokollierten ab; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The project's catalogue edition differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>Die Katalogausgabe des Projekts weicht von der bei seiner Erstellung protokollierten ab; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The project's id differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>Die ID des Projekts weicht von der bei seiner Erstellung protokollierten ab; sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation>Das Feld „%1“ von %2 weicht vom zuletzt protokollierten Wert ab; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 was set without an entry in the change log; it was changed outside ISMS Workbench.</source>
        <translation>Das Feld „%1“ von %2 wurde ohne Eintrag im Änderungsprotokoll gesetzt; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The asset dependencies run in a circle: %1. Remove one of its links.</source>
        <translation>Die Asset-Abhängigkeiten bilden einen Kreis: %1. Entfernen Sie eine seiner Verknüpfungen.</translation>
    </message>
</context>
<context>
    <name>isms::IsmsCalendar</name>
    <message>
        <source>Assess the information security risks again and record the run</source>
        <translation>Informationssicherheitsrisiken erneut beurteilen und die Beurteilung erfassen</translation>
    </message>
    <message>
        <source>Review risk %1 %2</source>
        <translation>Risiko %1 %2 überprüfen</translation>
    </message>
    <message>
        <source>Complete treatment task %1 %2 (risk %3)</source>
        <translation>Behandlungsaufgabe %1 %2 erledigen (Risiko %3)</translation>
    </message>
    <message>
        <source>Complete the action on %1 %2</source>
        <translation>Aktion zu %1 %2 abschließen</translation>
    </message>
    <message>
        <source>Achieve and evaluate objective %1 %2</source>
        <translation>Ziel %1 %2 erreichen und bewerten</translation>
    </message>
    <message>
        <source>Review process %1 %2</source>
        <translation>Prozess %1 %2 überprüfen</translation>
    </message>
    <message>
        <source>Review document %1 %2</source>
        <translation>Dokument %1 %2 überprüfen</translation>
    </message>
    <message>
        <source>Measure metric %1 %2</source>
        <translation>Kennzahl %1 %2 messen</translation>
    </message>
    <message>
        <source>Renew evidence %1 "%2" for %3 %4</source>
        <translation>Nachweis %1 „%2“ für %3 %4 erneuern</translation>
    </message>
    <message>
        <source>Complete corrective action %1 %2</source>
        <translation>Korrekturmaßnahme %1 %2 abschließen</translation>
    </message>
    <message>
        <source>Review supplier %1 %2</source>
        <translation>Lieferant %1 %2 überprüfen</translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformation</name>
    <message>
        <source>ISMS scope</source>
        <translation>Geltungsbereich des ISMS</translation>
    </message>
    <message>
        <source>An approved scope in the scope register</source>
        <translation>Ein freigegebener Geltungsbereich im Register der Geltungsbereiche</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Informationssicherheitsleitlinie</translation>
    </message>
    <message>
        <source>An approved policy in the documented-information register</source>
        <translation>Eine freigegebene Leitlinie im Register der dokumentierten Information</translation>
    </message>
    <message>
        <source>Risk assessment process</source>
        <translation>Prozess der Risikobeurteilung</translation>
    </message>
    <message>
        <source>The risk method, approved with the risk report under document control</source>
        <translation>Die Methode zur Risikobeurteilung, mit dem Risikobericht unter Dokumentenlenkung freigegeben</translation>
    </message>
    <message>
        <source>Risk treatment process</source>
        <translation>Prozess der Risikobehandlung</translation>
    </message>
    <message>
        <source>The treatment options and acceptance threshold of the risk method, approved with the risk report</source>
        <translation>Die Behandlungsoptionen und die Akzeptanzschwelle der Methode zur Risikobeurteilung, mit dem Risikobericht freigegeben</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>An issued version of the SoA</source>
        <translation>Eine herausgegebene Version der SoA</translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>Treatment tasks for every risk that is modified, avoided or shared</source>
        <translation>Behandlungsaufgaben für jedes Risiko, das modifiziert, vermieden oder geteilt wird</translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation>Informationssicherheitsziele</translation>
    </message>
    <message>
        <source>Objectives with measurable targets</source>
        <translation>Ziele mit messbaren Zielwerten</translation>
    </message>
    <message>
        <source>Evidence of competence</source>
        <translation>Nachweis der Kompetenz</translation>
    </message>
    <message>
        <source>Training records and competences held, or an approved record naming 7.2</source>
        <translation>Schulungsaufzeichnungen und vorhandene Kompetenzen oder eine freigegebene Aufzeichnung, die 7.2 nennt</translation>
    </message>
    <message>
        <source>Documented information the ISMS needs</source>
        <translation>Vom ISMS benötigte dokumentierte Information</translation>
    </message>
    <message>
        <source>Approved procedures, plans and records in the documented-information register</source>
        <translation>Freigegebene Verfahren, Pläne und Aufzeichnungen im Register der dokumentierten Information</translation>
    </message>
    <message>
        <source>Documented information of external origin</source>
        <translation>Dokumentierte Information externer Herkunft</translation>
    </message>
    <message>
        <source>Documents of external origin identified in the documented-information register</source>
        <translation>Dokumente externer Herkunft, die im Register der dokumentierten Information gekennzeichnet sind</translation>
    </message>
    <message>
        <source>Evidence that processes run as planned</source>
        <translation>Nachweis, dass die Prozesse wie geplant durchgeführt werden</translation>
    </message>
    <message>
        <source>Operating ISMS processes with the criteria that control them</source>
        <translation>In Betrieb befindliche ISMS-Prozesse mit den Kriterien, die sie steuern</translation>
    </message>
    <message>
        <source>Results of risk assessments</source>
        <translation>Ergebnisse der Risikobeurteilungen</translation>
    </message>
    <message>
        <source>Dated risk assessment runs that freeze the rated register</source>
        <translation>Datierte Risikobeurteilungen, die das eingestufte Register einfrieren</translation>
    </message>
    <message>
        <source>Results of risk treatment</source>
        <translation>Ergebnisse der Risikobehandlung</translation>
    </message>
    <message>
        <source>Residual ratings and the risk owners' sign-offs</source>
        <translation>Restrisikoeinstufungen und die Freigaben der Risikoeigentümer</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Ergebnisse der Überwachung und Messung</translation>
    </message>
    <message>
        <source>Measurements of the metrics</source>
        <translation>Messungen der Kennzahlen</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Auditprogramm</translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation>Ergebnisse des internen Audits</translation>
    </message>
    <message>
        <source>Management review results</source>
        <translation>Ergebnisse der Managementbewertung</translation>
    </message>
    <message>
        <source>Nonconformities and the actions taken</source>
        <translation>Nichtkonformitäten und getroffene Folgemaßnahmen</translation>
    </message>
    <message>
        <source>Results of corrective actions</source>
        <translation>Ergebnisse von Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>The scope %1 is approved.</source>
        <translation>Der Geltungsbereich %1 ist freigegeben.</translation>
    </message>
    <message>
        <source>The scope %1 is a draft; have it approved.</source>
        <translation>Der Geltungsbereich %1 ist ein Entwurf; lassen Sie ihn freigeben.</translation>
    </message>
    <message>
        <source>No scope is recorded; state the ISMS scope and have it approved.</source>
        <translation>Es ist kein Geltungsbereich erfasst; beschreiben Sie den Geltungsbereich des ISMS und lassen Sie ihn freigeben.</translation>
    </message>
    <message>
        <source>The risk report %1, which states the method, is approved.</source>
        <translation>Der Risikobericht %1, der die Methode darlegt, ist freigegeben.</translation>
    </message>
    <message>
        <source>The risk method is recorded, but the risk report that states it is not approved; approve it under document control.</source>
        <translation>Die Methode zur Risikobeurteilung ist erfasst, aber der Risikobericht, der sie darlegt, ist nicht freigegeben; geben Sie ihn unter Dokumentenlenkung frei.</translation>
    </message>
    <message>
        <source>Version %1 of the SoA is issued.</source>
        <translation>Version %1 der SoA ist herausgegeben.</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability is issued; decide every control and issue version 1.</source>
        <translation>Es ist keine Version der Erklärung zur Anwendbarkeit herausgegeben; entscheiden Sie über jede Maßnahme und geben Sie Version 1 heraus.</translation>
    </message>
    <message>
        <source>No risk is recorded, so there is no treatment plan yet.</source>
        <translation>Es ist kein Risiko erfasst, daher gibt es noch keinen Behandlungsplan.</translation>
    </message>
    <message>
        <source>The risk %1 is to be treated but has no treatment task.</source>
        <translation>Das Risiko %1 soll behandelt werden, hat aber keine Behandlungsaufgabe.</translation>
    </message>
    <message>
        <source>Every risk being treated has its tasks.</source>
        <translation>Jedes Risiko in Behandlung hat seine Aufgaben.</translation>
    </message>
    <message>
        <source>The objective %1 has no measurable target.</source>
        <translation>Das Ziel %1 hat keinen messbaren Zielwert.</translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation>Es ist kein Informationssicherheitsziel erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) with measurable targets.</source>
        <translation>
            <numerusform>%n Ziel mit messbarer Vorgabe.</numerusform>
            <numerusform>%n Ziele mit messbaren Vorgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The process %1 does not say by which criteria it is controlled.</source>
        <translation>Der Prozess %1 gibt nicht an, nach welchen Kriterien er gesteuert wird.</translation>
    </message>
    <message>
        <source>No operating ISMS process is recorded with its criteria.</source>
        <translation>Es ist kein in Betrieb befindlicher ISMS-Prozess mit seinen Kriterien erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n operating process(es) with their criteria.</source>
        <translation>
            <numerusform>%n laufender Prozess mit seinen Kriterien.</numerusform>
            <numerusform>%n laufende Prozesse mit ihren Kriterien.</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk is recorded yet.</source>
        <translation>Es ist noch kein Risiko erfasst.</translation>
    </message>
    <message>
        <source>The risk %1 has no residual rating.</source>
        <translation>Das Risiko %1 hat keine Einstufung des Restrisikos.</translation>
    </message>
    <message>
        <source>The risk %1 is not rated yet.</source>
        <translation>Das Risiko %1 ist noch nicht eingestuft.</translation>
    </message>
    <message>
        <source>The owner of the risk %1 has not signed off its treatment.</source>
        <translation>Der Eigentümer des Risikos %1 hat dessen Behandlung noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Every open risk has its residual rating and its owner's sign-off.</source>
        <translation>Jedes offene Risiko hat seine Einstufung des Restrisikos und die Freigabe seines Eigentümers.</translation>
    </message>
    <message>
        <source>Every open risk is rated.</source>
        <translation>Jedes offene Risiko ist eingestuft.</translation>
    </message>
    <message>
        <source>The policy %1 is approved.</source>
        <translation>Die Leitlinie %1 ist freigegeben.</translation>
    </message>
    <message>
        <source>The policy %1 is not approved yet.</source>
        <translation>Die Leitlinie %1 ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>No information security policy is recorded in the documented-information register.</source>
        <translation>Im Register der dokumentierten Information ist keine Informationssicherheitsleitlinie erfasst.</translation>
    </message>
    <message>
        <source>%1 and the other documents are not approved yet.</source>
        <translation>%1 und die anderen Dokumente sind noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>The documented-information register holds no procedure, plan or record yet.</source>
        <translation>Das Register der dokumentierten Information enthält noch kein Verfahren, keinen Plan und keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>No document of external origin (a law, a contract, a supplier's manual) is identified in the documented-information register.</source>
        <translation>Im Register der dokumentierten Information ist kein Dokument externer Herkunft (ein Gesetz, ein Vertrag, das Handbuch eines Lieferanten) bestimmt.</translation>
    </message>
    <message>
        <source>%1 training record(s) and %2 competence(s) held.</source>
        <translation>%1 Schulungsnachweis(e) und %2 vorhandene Kompetenz(en).</translation>
    </message>
    <message>
        <source>Competences are required but none is recorded as held, and no training is recorded.</source>
        <translation>Kompetenzen werden gefordert, aber keine ist als vorhanden erfasst, und es ist keine Schulung erfasst.</translation>
    </message>
    <message>
        <source>No competence or training is recorded.</source>
        <translation>Es ist keine Kompetenz und keine Schulung erfasst.</translation>
    </message>
    <message>
        <source>The risks are rated, but no dated assessment run keeps the results; record one.</source>
        <translation>Die Risiken sind eingestuft, aber kein datierter Beurteilungslauf hält die Ergebnisse fest; erfassen Sie einen.</translation>
    </message>
    <message>
        <source>Metrics are defined but nothing is measured yet; start with %1.</source>
        <translation>Kennzahlen sind festgelegt, aber noch nichts ist gemessen; beginnen Sie mit %1.</translation>
    </message>
    <message>
        <source>No metric is defined or measured.</source>
        <translation>Es ist keine Kennzahl festgelegt oder gemessen.</translation>
    </message>
    <message>
        <source>Nothing in the project holds it yet; record it in the documented-information register, naming the clause, and approve it.</source>
        <translation>Noch nichts im Projekt enthält sie; erfassen Sie sie im Register der dokumentierten Information mit Angabe des Abschnitts, und geben Sie sie frei.</translation>
    </message>
    <message>
        <source>%1 is approved and names clause %2.</source>
        <translation>%1 ist freigegeben und nennt Abschnitt %2.</translation>
    </message>
    <message>
        <source>%1 names clause %2 but is not approved yet.</source>
        <translation>%1 nennt Abschnitt %2, ist aber noch nicht freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved procedure(s), plan(s) or record(s).</source>
        <translation>
            <numerusform>%n freigegebenes Verfahren, freigegebener Plan oder Nachweis.</numerusform>
            <numerusform>%n freigegebene Verfahren, Pläne oder Nachweise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of external origin identified.</source>
        <translation>
            <numerusform>%n Dokument externer Herkunft erfasst.</numerusform>
            <numerusform>%n Dokumente externer Herkunft erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment run(s) recorded, the latest %1.</source>
        <translation>
            <numerusform>%n Beurteilungslauf erfasst, zuletzt %1.</numerusform>
            <numerusform>%n Beurteilungsläufe erfasst, zuletzt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) recorded.</source>
        <translation>
            <numerusform>%n Messung erfasst.</numerusform>
            <numerusform>%n Messungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit programme %1 is approved.</source>
        <translation>Das Auditprogramm %1 ist freigegeben.</translation>
    </message>
    <message>
        <source>Audit programme %1 is still a draft; approve it.</source>
        <translation>Das Auditprogramm %1 ist noch ein Entwurf; geben Sie es frei.</translation>
    </message>
    <message>
        <source>No audit programme is recorded.</source>
        <translation>Es ist kein Auditprogramm erfasst.</translation>
    </message>
    <message>
        <source>Audits are planned but none is reported yet; start with %1.</source>
        <translation>Audits sind geplant, aber über keines wurde bisher berichtet; beginnen Sie mit %1.</translation>
    </message>
    <message>
        <source>No internal audit is recorded.</source>
        <translation>Es ist kein internes Audit erfasst.</translation>
    </message>
    <message>
        <source>No nonconformity is recorded; record each one with its correction and corrective actions.</source>
        <translation>Es ist keine Nichtkonformität erfasst; erfassen Sie jede mit ihrer Korrektur und ihren Korrekturmaßnahmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) recorded.</source>
        <translation>
            <numerusform>%n Nichtkonformität erfasst.</numerusform>
            <numerusform>%n Nichtkonformitäten erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) with corrective actions and a reviewed effectiveness.</source>
        <translation>
            <numerusform>%n Nichtkonformität mit Korrekturmaßnahmen und geprüfter Wirksamkeit.</numerusform>
            <numerusform>%n Nichtkonformitäten mit Korrekturmaßnahmen und geprüfter Wirksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities are recorded, but none has a corrective action whose effectiveness was reviewed; start with %1.</source>
        <translation>Nichtkonformitäten sind erfasst, aber keine hat eine Korrekturmaßnahme, deren Wirksamkeit geprüft wurde; beginnen Sie mit %1.</translation>
    </message>
    <message>
        <source>No nonconformity with corrective actions and their results is recorded.</source>
        <translation>Es ist keine Nichtkonformität mit Korrekturmaßnahmen und deren Ergebnissen erfasst.</translation>
    </message>
    <message>
        <source>Management review %1 was held on %2 and its minutes are approved.</source>
        <translation>Die Managementbewertung %1 wurde am %2 durchgeführt, und ihr Protokoll ist freigegeben.</translation>
    </message>
    <message>
        <source>Management review %1 was held but its minutes are not approved yet; record who approved them and when.</source>
        <translation>Die Managementbewertung %1 wurde durchgeführt, ihr Protokoll ist aber noch nicht freigegeben; erfassen Sie, wer es wann freigegeben hat.</translation>
    </message>
    <message>
        <source>No management review is held yet.</source>
        <translation>Es wurde noch keine Managementbewertung durchgeführt.</translation>
    </message>
    <message>
        <source>An approved audit programme, or an approved document naming 9.2.2</source>
        <translation>Ein freigegebenes Auditprogramm oder ein freigegebenes Dokument, das 9.2.2 nennt</translation>
    </message>
    <message>
        <source>Reported audits, or approved audit reports naming 9.2.2</source>
        <translation>Berichtete Audits oder freigegebene Auditberichte, die 9.2.2 nennen</translation>
    </message>
    <message>
        <source>A held management review with approved minutes</source>
        <translation>Eine durchgeführte Managementbewertung mit freigegebenem Protokoll</translation>
    </message>
    <message>
        <source>Nonconformities with their corrections and corrective actions</source>
        <translation>Nichtkonformitäten mit ihren Korrekturen und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Corrective actions with the review of their effectiveness</source>
        <translation>Korrekturmaßnahmen mit der Prüfung ihrer Wirksamkeit</translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformationSection</name>
    <message>
        <source>Mandatory documented information</source>
        <translation>Verpflichtende dokumentierte Information</translation>
    </message>
    <message>
        <source>Clauses 4 to 10 of ISO/IEC 27001 require documented information in fifteen places; split into the items they hold, these are the %1 below. The project holds %2 of them in full. An item is present when the record that holds it exists and is approved or complete, incomplete when it is a draft or leaves records out, and missing when nothing holds it; a document of the documented-information register that names the clause and is approved counts too.</source>
        <translation>Die Abschnitte 4 bis 10 der ISO/IEC 27001 fordern an fünfzehn Stellen dokumentierte Information; aufgeteilt in die Punkte, die sie enthalten, ergibt das die %1 Punkte unten. Das Projekt enthält %2 davon vollständig. Ein Punkt ist vorhanden, wenn der Datensatz, der ihn enthält, existiert und freigegeben oder vollständig ist, unvollständig, wenn er ein Entwurf ist oder Aufzeichnungen auslässt, und fehlend, wenn nichts ihn enthält; ein Dokument im Register der dokumentierten Information, das den Abschnitt nennt und freigegeben ist, zählt ebenfalls.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Geführt als</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
</context>
<context>
    <name>isms::MetricRules</name>
    <message>
        <source>%1 %2: it has no target value; say which value counts as met and whether it is a minimum or a maximum.</source>
        <translation>%1 %2: Die Kennzahl hat keinen Zielwert; geben Sie an, welcher Wert als erreicht gilt und ob er ein Minimum oder ein Maximum ist.</translation>
    </message>
    <message>
        <source>%1 %2: it has never been measured; record its first measurement.</source>
        <translation>%1 %2: Die Kennzahl wurde noch nie gemessen; erfassen Sie ihre erste Messung.</translation>
    </message>
    <message>
        <source>%1 %2: it was last measured on %3 and was due again on %4; record a measurement.</source>
        <translation>%1 %2: Die Kennzahl wurde zuletzt am %3 gemessen und war am %4 erneut fällig; erfassen Sie eine Messung.</translation>
    </message>
    <message>
        <source>%1 %2: its measurements since %3 have not been evaluated; close the period with a dated conclusion.</source>
        <translation>%1 %2: Die Messungen seit dem %3 wurden nicht bewertet; schließen Sie den Zeitraum mit einer datierten Schlussfolgerung ab.</translation>
    </message>
    <message>
        <source>%1 %2: no metric measures it; link a metric that shows whether its target is reached.</source>
        <translation>%1 %2: Keine Kennzahl misst das Ziel; verknüpfen Sie eine Kennzahl, die zeigt, ob sein Zielwert erreicht wird.</translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not done; finish it, reject it or set a new due date.</source>
        <translation>%1 %2: Die Verbesserung war am %3 fällig und ist nicht erledigt; schließen Sie sie ab, lehnen Sie sie ab oder legen Sie ein neues Fälligkeitsdatum fest.</translation>
    </message>
    <message>
        <source>"%1" is not a number for "%2"; write digits with at most %3 before and %4 after the decimal point, such as 12.5 or -3.</source>
        <translation>„%1“ ist keine Zahl für „%2“; schreiben Sie Ziffern mit höchstens %3 Stellen vor und %4 nach dem Dezimalpunkt, etwa 12.5 oder -3.</translation>
    </message>
    <message>
        <source>A metric measured at a custom frequency gives its interval; fill in "Every how many days".</source>
        <translation>Eine Kennzahl mit benutzerdefinierter Häufigkeit gibt ihr Intervall an; füllen Sie „Intervall in Tagen“ aus.</translation>
    </message>
    <message>
        <source>"Every how many days" is only for a custom frequency; clear it or choose "Custom" as the frequency.</source>
        <translation>„Intervall in Tagen“ gilt nur für eine benutzerdefinierte Häufigkeit; leeren Sie das Feld oder wählen Sie „Benutzerdefiniertes Intervall“ als Häufigkeit.</translation>
    </message>
    <message>
        <source>The measurement is dated %1, which lies in the future; record it on the day it was taken.</source>
        <translation>Die Messung ist auf den %1 datiert, der in der Zukunft liegt; erfassen Sie sie mit dem Tag, an dem sie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2; correct one of the dates.</source>
        <translation>Der Zeitraum endet am %1, bevor er am %2 beginnt; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The period was evaluated on %1, before it started on %2; correct one of the dates.</source>
        <translation>Der Zeitraum wurde am %1 bewertet, bevor er am %2 begann; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The evaluation is dated %1, which lies in the future; give the day on which the conclusion was reached.</source>
        <translation>Die Bewertung ist auf den %1 datiert, der in der Zukunft liegt; geben Sie den Tag an, an dem die Schlussfolgerung gezogen wurde.</translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the improvement was raised; correct one of them.</source>
        <translation>Das Fälligkeitsdatum %1 liegt vor dem Datum %2, an dem die Verbesserung erfasst wurde; korrigieren Sie eines der beiden.</translation>
    </message>
    <message>
        <source>The improvement is raised on %1, which lies in the future; give the day it was raised.</source>
        <translation>Die Verbesserung ist auf den %1 datiert, der in der Zukunft liegt; geben Sie den Tag an, an dem sie erfasst wurde.</translation>
    </message>
    <message>
        <source>A done improvement states what it achieved; fill in "Result".</source>
        <translation>Eine erledigte Verbesserung gibt an, was sie erreicht hat; füllen Sie „Ergebnis“ aus.</translation>
    </message>
</context>
<context>
    <name>isms::MetricTrend</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation>Die Kennzahl existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>isms::MetricsReport</name>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Zielwert erreicht</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Aktion</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period on the metrics report: "2026-01-01 to 2026-03-31"</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Bewertung der Leistung</translation>
    </message>
    <message>
        <source>Metrics with their measurements, trends and evaluations; the improvement log</source>
        <translation>Kennzahlen mit ihren Messungen, Trends und Bewertungen; das Verbesserungsprotokoll</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No metric is recorded yet.</source>
        <translation>Es ist noch keine Kennzahl erfasst.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Last evaluation</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>The latest measurement of a metric: "4.5 on 2026-10-31"</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinem</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>No measurement is recorded yet.</source>
        <translation>Es ist noch keine Messung erfasst.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No period has been evaluated yet.</source>
        <translation>Es wurde noch kein Zeitraum bewertet.</translation>
    </message>
    <message>
        <source>Improvement log</source>
        <translation>Verbesserungsprotokoll</translation>
    </message>
    <message>
        <source>No improvement is recorded yet.</source>
        <translation>Es ist noch keine Verbesserung erfasst.</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
</context>
<context>
    <name>isms::Migrations</name>
    <message>
        <source>The program's schema migration %1 is missing; reinstall ISMS Workbench.</source>
        <translation>Die Schemamigration %1 des Programms fehlt; installieren Sie ISMS Workbench neu.</translation>
    </message>
    <message>
        <source>The project could not be upgraded because a transaction could not start; try again.</source>
        <translation>Das Projekt konnte nicht aktualisiert werden, weil keine Transaktion gestartet werden konnte; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Upgrading the project to schema version %1 failed; the file was left as it was.</source>
        <translation>Die Aktualisierung des Projekts auf Schemaversion %1 ist fehlgeschlagen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>SQLite could not be started; reinstall ISMS Workbench.</source>
        <translation>SQLite konnte nicht gestartet werden; installieren Sie ISMS Workbench neu.</translation>
    </message>
    <message>
        <source>The file holds a %1 named "%2" that ISMS Workbench does not create.</source>
        <translation>Die Datei enthält ein Objekt vom Typ %1 namens „%2“, das ISMS Workbench nicht erstellt.</translation>
    </message>
    <message>
        <source>The %1 named "%2" differs from the definition ISMS Workbench creates.</source>
        <translation>Das Objekt vom Typ %1 namens „%2“ weicht von der Definition ab, die ISMS Workbench erstellt.</translation>
    </message>
    <message>
        <source>The %1 named "%2" is missing from the file.</source>
        <translation>Das Objekt vom Typ %1 namens „%2“ fehlt in der Datei.</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityRegisterSection</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Nichtkonformitäten</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Nicht geschlossen</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Planned or in progress</source>
        <translation>Geplant oder in Bearbeitung</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>Überfällig am %1</translation>
    </message>
    <message>
        <source>No nonconformity is recorded; the register is empty.</source>
        <translation>Es ist keine Nichtkonformität erfasst; das Register ist leer.</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>NK</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Similar ones</source>
        <translation>Ähnliche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Wirksamkeitsprüfung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>An effectiveness review in the register table: "Effective, 2026-10-01, Nora Eklund".</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>No corrective action is recorded yet.</source>
        <translation>Es ist noch keine Korrekturmaßnahme erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>No information security incident is recorded.</source>
        <translation>Es ist kein Informationssicherheitsvorfall erfasst.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>No supplier is recorded.</source>
        <translation>Es ist kein Lieferant erfasst.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>Sicherheitsanforderungen</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>The period from %1: the nonconformities raised or closed in it and those still open, with their corrective actions.</source>
        <translation>Der Zeitraum ab %1: die darin erfassten oder abgeschlossenen Nichtkonformitäten und die noch offenen, mit ihren Korrekturmaßnahmen.</translation>
    </message>
    <message>
        <source>No nonconformity was raised or closed in the period, and none is open.</source>
        <translation>Im Zeitraum wurde keine Nichtkonformität erfasst oder abgeschlossen, und keine ist offen.</translation>
    </message>
    <message>
        <source>The period from %1: the incidents that occurred in it and those not closed.</source>
        <translation>Der Zeitraum ab %1: die darin eingetretenen Vorfälle und die nicht abgeschlossenen.</translation>
    </message>
    <message>
        <source>No information security incident occurred in the period, and none is open.</source>
        <translation>Im Zeitraum ist kein Informationssicherheitsvorfall eingetreten, und keiner ist offen.</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityReport</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Nonconformities with their correction, root cause, actions and effectiveness review (10.2); incidents and suppliers</source>
        <translation>Nichtkonformitäten mit Korrektur, Ursache, Maßnahmen und Wirksamkeitsprüfung (10.2); Vorfälle und Lieferanten</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityService</name>
    <message>
        <source>Incident %1 has already raised nonconformity %2; open that one instead.</source>
        <translation>Vorfall %1 hat bereits die Nichtkonformität %2 ausgelöst; öffnen Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Finding %1 has already raised nonconformity %2; open that one instead.</source>
        <translation>Die Feststellung %1 hat bereits die Nichtkonformität %2 ausgelöst; öffnen Sie diese.</translation>
    </message>
    <message>
        <source>Finding %1 is no nonconformity, so it raises none; record an observation or an opportunity in the improvement log instead.</source>
        <translation>Die Feststellung %1 ist keine Nichtkonformität und löst daher keine aus; erfassen Sie eine Beobachtung oder ein Verbesserungspotenzial stattdessen im Verbesserungsprotokoll.</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <extracomment>The source reference of a nonconformity raised by an audit finding: "AUD-001, finding F-003"</extracomment>
        <translation>%1, Feststellung %2</translation>
    </message>
</context>
<context>
    <name>isms::NonconformitySpecs</name>
    <message>
        <source>A nonconformity is closed only after an effectiveness review found its actions effective; record the review date and the result "Effective" first.</source>
        <translation>Eine Nichtkonformität wird erst geschlossen, wenn eine Wirksamkeitsprüfung ihre Maßnahmen als wirksam befunden hat; erfassen Sie zuerst das Datum der Prüfung und das Ergebnis „Wirksam“.</translation>
    </message>
    <message>
        <source>An effectiveness result comes from a review; give the date of the review in "Reviewed on".</source>
        <translation>Ein Ergebnis zur Wirksamkeit stammt aus einer Prüfung; geben Sie das Datum der Prüfung unter „Geprüft am“ an.</translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; record the review once it has taken place.</source>
        <translation>Das Prüfdatum %1 liegt in der Zukunft; erfassen Sie die Prüfung, sobald sie stattgefunden hat.</translation>
    </message>
    <message>
        <source>A closing date belongs to a closed nonconformity; set the status to "Closed" or clear "Closed on".</source>
        <translation>Ein Schließdatum gehört zu einer geschlossenen Nichtkonformität; setzen Sie den Status auf „Geschlossen“ oder leeren Sie „Geschlossen am“.</translation>
    </message>
    <message>
        <source>The correction date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation>Das Korrekturdatum %1 liegt vor dem Tag %2, an dem die Nichtkonformität erfasst wurde; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The review date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation>Das Prüfdatum %1 liegt vor dem Tag %2, an dem die Nichtkonformität erfasst wurde; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The closing date %1 lies before the effectiveness review of %2; correct one of them.</source>
        <translation>Das Schließdatum %1 liegt vor der Wirksamkeitsprüfung vom %2; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>A completion date belongs to a done action; set the status to "Done" or clear "Done on".</source>
        <translation>Ein Erledigungsdatum gehört zu einer erledigten Maßnahme; setzen Sie den Status auf „Erledigt“ oder leeren Sie „Erledigt am“.</translation>
    </message>
    <message>
        <source>The completion date %1 lies in the future; give it once the action is done, and use "Due date" until then.</source>
        <translation>Das Erledigungsdatum %1 liegt in der Zukunft; geben Sie es an, sobald die Maßnahme erledigt ist, und verwenden Sie bis dahin „Fälligkeitsdatum“.</translation>
    </message>
</context>
<context>
    <name>isms::PdfExport</name>
    <message>
        <source>The report could not be saved because %1 exists and cannot be replaced; choose another file name.</source>
        <translation>Der Bericht konnte nicht gespeichert werden, weil %1 vorhanden ist und nicht ersetzt werden kann; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The report could not be saved because the folder of %1 does not exist; choose an existing folder.</source>
        <translation>Der Bericht konnte nicht gespeichert werden, weil der Ordner von %1 nicht vorhanden ist; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check that the folder is writable and try again.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden; prüfen Sie, ob der Ordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check the free space and permissions and try again.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden; prüfen Sie freien Speicherplatz und Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>isms::PeopleRules</name>
    <message>
        <source>no one holds it</source>
        <translation>niemand hat sie inne</translation>
    </message>
    <message>
        <source>its holder %1 has left</source>
        <translation>ihr Inhaber %1 ist ausgeschieden</translation>
    </message>
    <message>
        <source>%1 %2: %3; name the person who holds the role now.</source>
        <translation>%1 %2: %3; nennen Sie die Person, die die Rolle jetzt innehat.</translation>
    </message>
    <message>
        <source>%1 %2: %3 lacks this competence %4 and no training is planned to close the gap; record one that names it, or another action.</source>
        <translation>%1 %2: %3 fehlt diese Kompetenz %4, und es ist keine Schulung geplant, um die Lücke zu schließen; erfassen Sie eine, die sie nennt, oder eine andere Aktion.</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>der Person</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>entirely</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>%1 %2, held on %3: whether it was effective is not evaluated after %4 days; evaluate it and record the result (7.2 c).</source>
        <translation>%1 %2, durchgeführt am %3: Die Wirksamkeit ist nach %4 Tagen nicht bewertet; bewerten Sie sie und erfassen Sie das Ergebnis (7.2 c).</translation>
    </message>
    <message>
        <source>No role is given the duty of making sure that the ISMS conforms to ISO/IEC 27001 (5.3 a); assign it to a role and name who holds it.</source>
        <translation>Keiner Rolle ist die Aufgabe zugewiesen, sicherzustellen, dass das ISMS die Anforderungen der ISO/IEC 27001 erfüllt (5.3 a); weisen Sie sie einer Rolle zu und nennen Sie, wer die Rolle innehat.</translation>
    </message>
    <message>
        <source>%1 %2 ensures the conformity of the ISMS (5.3 a), but %3; name an active holder.</source>
        <translation>%1 %2 stellt die Konformität des ISMS sicher (5.3 a), aber %3; benennen Sie einen aktiven Inhaber.</translation>
    </message>
    <message>
        <source>No role is given the duty of reporting on the performance of the ISMS to top management (5.3 b); assign it to a role and name who holds it.</source>
        <translation>Keiner Rolle ist die Aufgabe zugewiesen, der obersten Leitung über die Leistung des ISMS zu berichten (5.3 b); weisen Sie sie einer Rolle zu und nennen Sie, wer die Rolle innehat.</translation>
    </message>
    <message>
        <source>%1 %2 reports the performance of the ISMS to top management (5.3 b), but %3; name an active holder.</source>
        <translation>%1 %2 berichtet der obersten Leitung über die Leistung des ISMS (5.3 b), aber %3; benennen Sie einen aktiven Inhaber.</translation>
    </message>
    <message>
        <source>%1 %2: no role is Accountable for the process in the RACI matrix; mark exactly one role with A.</source>
        <translation>%1 %2: Keine Rolle trägt in der RACI-Matrix die Gesamtverantwortung (A) für den Prozess; kennzeichnen Sie genau eine Rolle mit A.</translation>
    </message>
    <message>
        <source>%1 %2: %3 roles are Accountable for the process in the RACI matrix; keep exactly one A and make the others R, C or I.</source>
        <translation>%1 %2: %3 Rollen tragen in der RACI-Matrix die Gesamtverantwortung (A) für den Prozess; behalten Sie genau ein A, und machen Sie die anderen zu R, C oder I.</translation>
    </message>
    <message>
        <source>No communication is planned (7.4); record what the ISMS communicates, when, to whom, by whom and how.</source>
        <translation>Es ist keine Kommunikation geplant (7.4); erfassen Sie, was das ISMS kommuniziert, wann, an wen, durch wen und wie.</translation>
    </message>
</context>
<context>
    <name>isms::PeopleSpec</name>
    <message>
        <source>"%1" is not an e-mail address; write it as name@example.org, or leave the field empty.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie in der Form name@example.org, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>isms::PlanningRules</name>
    <message>
        <source>%1 %2: no action is planned for it yet; record how the ISMS addresses it, who owns it and by when.</source>
        <translation>%1 %2: Dafür ist noch keine Aktion geplant; erfassen Sie, wie das ISMS damit umgeht, wer verantwortlich ist und bis wann.</translation>
    </message>
    <message>
        <source>%1 %2: its action was due on %3 and is not done; finish it or set a new due date.</source>
        <translation>%1 %2: Die Aktion war am %3 fällig und ist nicht erledigt; schließen Sie sie ab oder legen Sie ein neues Fälligkeitsdatum fest.</translation>
    </message>
    <message>
        <source>%1 %2: it has no measurable target; say what will show that it is met.</source>
        <translation>%1 %2: Es gibt keinen messbaren Zielwert; geben Sie an, woran sich zeigt, dass das Ziel erreicht ist.</translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not achieved; evaluate its results or set a new due date.</source>
        <translation>%1 %2: Das Ziel war am %3 fällig und ist nicht erreicht; bewerten Sie seine Ergebnisse oder legen Sie ein neues Fälligkeitsdatum fest.</translation>
    </message>
    <message>
        <source>%1 %2: a significant change is done, but no risk reassessment is recorded; note which assessment covered it.</source>
        <translation>%1 %2: Eine wesentliche Änderung ist umgesetzt, aber keine Neubeurteilung der Risiken ist erfasst; vermerken Sie, welche Beurteilung sie abgedeckt hat.</translation>
    </message>
    <message>
        <source>%1 %2: the change is done but was not reviewed for unintended consequences; review it and note what was found.</source>
        <translation>%1 %2: Die Änderung ist umgesetzt, wurde aber nicht auf unbeabsichtigte Folgen geprüft; prüfen Sie sie und vermerken Sie das Ergebnis.</translation>
    </message>
</context>
<context>
    <name>isms::PlanningSpecs</name>
    <message>
        <source>Whether the action worked is decided in a review; write what the review found in "Review note".</source>
        <translation>Ob die Aktion gewirkt hat, wird bei einer Prüfung entschieden; tragen Sie das Ergebnis der Prüfung unter „Prüfvermerk“ ein.</translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; give the date on which the action was reviewed.</source>
        <translation>Das Prüfdatum %1 liegt in der Zukunft; geben Sie das Datum an, an dem die Aktion geprüft wurde.</translation>
    </message>
    <message>
        <source>An objective that was achieved or missed records the evaluation of its results; fill in "Evaluation of results".</source>
        <translation>Ein erreichtes oder verfehltes Ziel hält die Bewertung seiner Ergebnisse fest; füllen Sie „Bewertung der Ergebnisse“ aus.</translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the objective was set; correct one of them.</source>
        <translation>Das Fälligkeitsdatum %1 liegt vor dem Datum %2, an dem das Ziel festgelegt wurde; korrigieren Sie eines der beiden.</translation>
    </message>
    <message>
        <source>The objective was last reviewed on %1, before it was set on %2; correct one of the dates.</source>
        <translation>Das Ziel wurde zuletzt am %1 geprüft, bevor es am %2 festgelegt wurde; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>The implementation date %1 lies in the future; give it once the change has taken effect, and use "Planned date" until then.</source>
        <translation>Das Umsetzungsdatum %1 liegt in der Zukunft; geben Sie es an, sobald die Änderung wirksam geworden ist, und verwenden Sie bis dahin „Geplanter Termin“.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessMap</name>
    <message>
        <source>A process cannot interact with itself; choose another process.</source>
        <translation>Ein Prozess kann nicht mit sich selbst in Wechselwirkung stehen; wählen Sie einen anderen Prozess.</translation>
    </message>
    <message>
        <source>The interaction names a process that does not exist.</source>
        <translation>Die Wechselwirkung nennt einen Prozess, den es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 already passes something to %2; describe everything that passes in that one interaction.</source>
        <translation>%1 übergibt bereits etwas an %2; beschreiben Sie alles, was übergeben wird, in dieser einen Wechselwirkung.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessMapChart</name>
    <message>
        <source>No process is recorded yet.</source>
        <translation>Es ist noch kein Prozess erfasst.</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>In a box of the process map: who provides an external process.</extracomment>
        <translation>durch %1</translation>
    </message>
</context>
<context>
    <name>isms::ProcessReport</name>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation>ISMS-Prozesse und ihre Wechselwirkungen</translation>
    </message>
    <message>
        <source>The processes the ISMS needs (4.4), the criteria that control them (8.1) and what passes between them</source>
        <translation>Die Prozesse, die das ISMS benötigt (4.4), die Kriterien, die sie steuern (8.1), und was zwischen ihnen übergeben wird</translation>
    </message>
    <message>
        <source>Interaction map</source>
        <translation>Wechselwirkungskarte</translation>
    </message>
    <message>
        <source>Each box is a process, each arrow what one process passes to another; a curve below the boxes closes a circle. Dashed boxes are provided from outside, grey ones planned or retired. %1 processes, %2 interactions.</source>
        <translation>Jeder Kasten ist ein Prozess, jeder Pfeil das, was ein Prozess an einen anderen übergibt; ein Bogen unter den Kästen schließt einen Kreis. Gestrichelte Kästen werden extern bereitgestellt, graue sind geplant oder außer Betrieb. %1 Prozesse, %2 Wechselwirkungen.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation>Kriterien und Steuerung</translation>
    </message>
    <message>
        <source>In-house</source>
        <extracomment>Who runs a process: the organisation itself.</extracomment>
        <translation>Intern</translation>
    </message>
    <message>
        <source>No process is recorded yet.</source>
        <translation>Es ist noch kein Prozess erfasst.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Wechselwirkungen</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Wechselwirkung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>What passes</source>
        <translation>Was übergeben wird</translation>
    </message>
    <message>
        <source>No interaction is recorded yet.</source>
        <translation>Es ist noch keine Wechselwirkung erfasst.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessRules</name>
    <message>
        <source>%1 %2: the process has no owner; name who is responsible for it.</source>
        <translation>%1 %2: Der Prozess hat keinen Eigentümer; nennen Sie, wer für ihn verantwortlich ist.</translation>
    </message>
    <message>
        <source>%1 %2: no criteria say how the process is controlled (8.1); state them and how you know they are met.</source>
        <translation>%1 %2: Keine Kriterien legen fest, wie der Prozess gesteuert wird (8.1); geben Sie sie an und wie Sie erkennen, dass sie erfüllt sind.</translation>
    </message>
    <message>
        <source>No process of the ISMS (4.4) is recorded; list the processes it needs and how they interact.</source>
        <translation>Kein Prozess des ISMS (4.4) ist erfasst; listen Sie die benötigten Prozesse und ihre Wechselwirkungen auf.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessSpecs</name>
    <message>
        <source>A process provided from outside names its supplier; fill in "Supplier", or mark the process as run in-house.</source>
        <translation>Ein extern bereitgestellter Prozess nennt seinen Lieferanten; füllen Sie „Lieferant“ aus oder kennzeichnen Sie den Prozess als intern betrieben.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectIdentity</name>
    <message>
        <source>The project file has no valid project id; open a backup copy of it.</source>
        <translation>Die Projektdatei hat keine gültige Projekt-ID; öffnen Sie eine Sicherungskopie.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectLock</name>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>"%1" is already open for editing by %2 on %3 since %4; close it there or open it read-only.</source>
        <translation>„%1“ ist seit %4 von %2 auf %3 zum Bearbeiten geöffnet; schließen Sie die Datei dort oder öffnen Sie sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>The lock file beside "%1" cannot be written; open the project read-only or copy it to a folder you can write to.</source>
        <translation>Die Sperrdatei neben „%1“ kann nicht geschrieben werden; öffnen Sie das Projekt schreibgeschützt oder kopieren Sie es in einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectService</name>
    <message>
        <source>The project file has no project record; open a backup copy of it.</source>
        <translation>Die Projektdatei hat keinen Projektdatensatz; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to %1 characters; enter a shorter name.</source>
        <translation>Der Name der Organisation muss eine Zeile mit 1 bis %1 Zeichen sein; geben Sie einen kürzeren Namen ein.</translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation>Der Name der Organisation enthält %1, was in einem Namen nicht zulässig ist; entfernen Sie das Zeichen und geben Sie den Namen erneut ein.</translation>
    </message>
</context>
<context>
    <name>isms::RaciMatrix</name>
    <message>
        <source>Role %1 already has a letter for process %2; change that assignment instead of adding a second one.</source>
        <translation>Die Rolle %1 hat für den Prozess %2 bereits einen Buchstaben; ändern Sie diese Zuordnung, statt eine zweite hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>isms::RaciReport</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <extracomment>A person in a report who has left the organisation: "Erik Sand (left)".</extracomment>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>No role is recorded.</source>
        <translation>Es ist keine Rolle erfasst.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A role without a holder or deputy in the roles table.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation>Stellt Konformität sicher (5.3 a)</translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation>Berichtet über die Leistung (5.3 b)</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Communicated</source>
        <translation>Bekannt gemacht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How and when a role was communicated: "Intranet page, 2026-03-02".</extracomment>
        <translation>%1; %2. {1,?} {2?}</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>One row per ISMS process, one column per role. R does the work, A answers for the result and approves it (exactly one role per process), C is asked before, I is told after.</source>
        <translation>Eine Zeile je ISMS-Prozess, eine Spalte je Rolle. R führt die Arbeit aus, A steht für das Ergebnis ein und gibt es frei (genau eine Rolle je Prozess), C wird vorher gefragt, I wird danach informiert.</translation>
    </message>
    <message>
        <source>The matrix is empty: it needs ISMS processes and roles to be recorded.</source>
        <translation>Die Matrix ist leer: Dafür müssen ISMS-Prozesse und Rollen erfasst sein.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A column of the RACI matrix: the role's reference and name, "RL-002 ISMS Manager".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>One A</source>
        <translation>Ein A</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <source>Processes without exactly one Accountable role: %1.</source>
        <translation>Prozesse ohne genau eine Rolle mit Gesamtverantwortung (A): %1.</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>The roles of the ISMS, the assignments of clause 5.3 and the RACI matrix over the ISMS processes</source>
        <translation>Die Rollen des ISMS, die Zuweisungen nach Abschnitt 5.3 und die RACI-Matrix über die ISMS-Prozesse</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheck</name>
    <message>
        <source>Major</source>
        <extracomment>Severity of a readiness finding: likely a major nonconformity in a certification audit.</extracomment>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Planning (6.1.1, 6.2, 6.3)</source>
        <translation>Planung (6.1.1, 6.2, 6.3)</translation>
    </message>
    <message>
        <source>The risks and opportunities of the ISMS itself are recorded.</source>
        <translation>Die Risiken und Chancen des ISMS selbst sind erfasst.</translation>
    </message>
    <message>
        <source>Every risk and opportunity of the ISMS has an action.</source>
        <translation>Jedes Risiko und jede Chance des ISMS hat eine Aktion.</translation>
    </message>
    <message>
        <source>Actions on the ISMS's risks and opportunities are done by their due date.</source>
        <translation>Aktionen zu den Risiken und Chancen des ISMS sind bis zu ihrem Fälligkeitsdatum erledigt.</translation>
    </message>
    <message>
        <source>Information security objectives are recorded.</source>
        <translation>Informationssicherheitsziele sind erfasst.</translation>
    </message>
    <message>
        <source>Every objective has a measurable target.</source>
        <translation>Jedes Ziel hat einen messbaren Zielwert.</translation>
    </message>
    <message>
        <source>Objectives past their due date are achieved or evaluated.</source>
        <translation>Ziele nach ihrem Fälligkeitsdatum sind erreicht oder bewertet.</translation>
    </message>
    <message>
        <source>A significant change that is done says how the risks were reassessed.</source>
        <translation>Eine umgesetzte wesentliche Änderung gibt an, wie die Risiken neu beurteilt wurden.</translation>
    </message>
    <message>
        <source>A change that is done was reviewed for unintended consequences.</source>
        <translation>Eine umgesetzte Änderung wurde auf unbeabsichtigte Folgen geprüft.</translation>
    </message>
    <message>
        <source>No information security objective (6.2) is recorded; set measurable objectives with their owners and due dates.</source>
        <translation>Kein Informationssicherheitsziel (6.2) ist erfasst; legen Sie messbare Ziele mit Verantwortlichen und Fälligkeitsdaten fest.</translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS itself (6.1.1) is recorded; record what could keep it from its outcomes and what could help.</source>
        <translation>Kein Risiko und keine Chance des ISMS selbst (6.1.1) ist erfasst; erfassen Sie, was das ISMS am Erreichen seiner Ergebnisse hindern und was ihm helfen könnte.</translation>
    </message>
    <message>
        <source>ISMS processes (4.4, 8.1)</source>
        <translation>ISMS-Prozesse (4.4, 8.1)</translation>
    </message>
    <message>
        <source>The processes of the ISMS are recorded.</source>
        <translation>Die Prozesse des ISMS sind erfasst.</translation>
    </message>
    <message>
        <source>Every process of the ISMS has an owner.</source>
        <translation>Jeder Prozess des ISMS hat einen Eigentümer.</translation>
    </message>
    <message>
        <source>Every process of the ISMS states the criteria by which it is controlled.</source>
        <translation>Jeder Prozess des ISMS nennt die Kriterien, nach denen er gesteuert wird.</translation>
    </message>
    <message>
        <source>Context of the organisation (4)</source>
        <translation>Kontext der Organisation (4)</translation>
    </message>
    <message>
        <source>The scope of the ISMS is recorded.</source>
        <translation>Der Geltungsbereich des ISMS ist erfasst.</translation>
    </message>
    <message>
        <source>The scope in force is approved.</source>
        <translation>Der gültige Geltungsbereich ist freigegeben.</translation>
    </message>
    <message>
        <source>The scope says whether climate change is a relevant issue.</source>
        <translation>Der Geltungsbereich sagt, ob der Klimawandel ein relevantes Thema ist.</translation>
    </message>
    <message>
        <source>Current internal and external issues are recorded.</source>
        <translation>Aktuelle interne und externe Themen sind erfasst.</translation>
    </message>
    <message>
        <source>Interested parties are recorded.</source>
        <translation>Interessierte Parteien sind erfasst.</translation>
    </message>
    <message>
        <source>For every interested party it is decided which requirements the ISMS addresses.</source>
        <translation>Für jede interessierte Partei ist entschieden, welche Anforderungen das ISMS berücksichtigt.</translation>
    </message>
    <message>
        <source>Where the ISMS addresses a party's requirements, it says how.</source>
        <translation>Wo das ISMS die Anforderungen einer Partei berücksichtigt, ist angegeben, wie.</translation>
    </message>
    <message>
        <source>Statement of Applicability (6.1.3)</source>
        <translation>Erklärung zur Anwendbarkeit (6.1.3)</translation>
    </message>
    <message>
        <source>Every included control has a reason: a risk it treats or a stated one.</source>
        <translation>Jede aufgenommene Maßnahme hat einen Grund: ein Risiko, das sie behandelt, oder einen angegebenen Grund.</translation>
    </message>
    <message>
        <source>Every excluded control has a justification.</source>
        <translation>Jede ausgeschlossene Maßnahme hat eine Begründung.</translation>
    </message>
    <message>
        <source>No excluded control is named by a risk.</source>
        <translation>Keine ausgeschlossene Maßnahme wird von einem Risiko genannt.</translation>
    </message>
    <message>
        <source>Every included control not yet implemented has a target date or a treatment task.</source>
        <translation>Jede aufgenommene, noch nicht umgesetzte Maßnahme hat einen Zieltermin oder eine Behandlungsaufgabe.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment (6.1, 8.2, 8.3)</source>
        <translation>Risikobeurteilung und Risikobehandlung (6.1, 8.2, 8.3)</translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has an owner.</source>
        <translation>Jedes Risiko über der Akzeptanzschwelle hat einen Eigentümer.</translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has a treatment option.</source>
        <translation>Jedes Risiko über der Akzeptanzschwelle hat eine Behandlungsoption.</translation>
    </message>
    <message>
        <source>Every residual risk above the acceptance threshold is accepted by its owner.</source>
        <translation>Jedes Restrisiko über der Akzeptanzschwelle ist von seinem Eigentümer akzeptiert.</translation>
    </message>
    <message>
        <source>No treatment task is overdue.</source>
        <translation>Keine Behandlungsaufgabe ist überfällig.</translation>
    </message>
    <message>
        <source>No risk is past its review date.</source>
        <translation>Kein Risiko hat sein Überprüfungsdatum überschritten.</translation>
    </message>
    <message>
        <source>Evidence (7.5)</source>
        <translation>Nachweise (7.5)</translation>
    </message>
    <message>
        <source>No evidence file is past its expiry date.</source>
        <translation>Kein Nachweis hat sein Ablaufdatum überschritten.</translation>
    </message>
    <message>
        <source>Risk assessment runs (8.2, 8.3)</source>
        <translation>Risikobeurteilungsläufe (8.2, 8.3)</translation>
    </message>
    <message>
        <source>A dated risk assessment run is recorded.</source>
        <translation>Ein datierter Risikobeurteilungslauf ist erfasst.</translation>
    </message>
    <message>
        <source>The latest assessment run lies within the interval the risk method sets.</source>
        <translation>Der letzte Beurteilungslauf liegt innerhalb des Intervalls, das die Methode zur Risikobeurteilung festlegt.</translation>
    </message>
    <message>
        <source>No significant change was implemented after the latest assessment run.</source>
        <translation>Nach dem letzten Beurteilungslauf wurde keine wesentliche Änderung umgesetzt.</translation>
    </message>
    <message>
        <source>Clauses 4 to 10 and their documented information</source>
        <translation>Abschnitte 4 bis 10 und ihre dokumentierte Information</translation>
    </message>
    <message>
        <source>No clause of 4 to 10 is marked "not applicable": they apply to every ISMS.</source>
        <translation>Kein Abschnitt von 4 bis 10 ist als „nicht anwendbar“ gekennzeichnet, denn sie gelten für jedes ISMS.</translation>
    </message>
    <message>
        <source>Every item of documented information that clauses 4 to 10 require is recorded.</source>
        <translation>Jeder Punkt dokumentierter Information, den die Abschnitte 4 bis 10 fordern, ist erfasst.</translation>
    </message>
    <message>
        <source>Every item of required documented information is approved and complete.</source>
        <translation>Jeder Punkt geforderter dokumentierter Information ist freigegeben und vollständig.</translation>
    </message>
    <message>
        <source>Clause %1 is marked "not applicable", but clauses 4 to 10 apply to every ISMS; set its status to where the work stands.</source>
        <translation>Abschnitt %1 ist als „nicht anwendbar“ gekennzeichnet, aber die Abschnitte 4 bis 10 gelten für jedes ISMS; setzen Sie seinen Status auf den tatsächlichen Arbeitsstand.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Leadership, policy and documented information (5, 7.5)</source>
        <translation>Führung, Leitlinie und dokumentierte Information (5, 7.5)</translation>
    </message>
    <message>
        <source>Top management shows each of its leadership duties, with evidence.</source>
        <translation>Die oberste Leitung weist jede ihrer Führungsaufgaben mit Nachweisen nach.</translation>
    </message>
    <message>
        <source>An information security policy is recorded.</source>
        <translation>Eine Informationssicherheitsleitlinie ist erfasst.</translation>
    </message>
    <message>
        <source>The information security policy is approved.</source>
        <translation>Die Informationssicherheitsleitlinie ist freigegeben.</translation>
    </message>
    <message>
        <source>The policy covers objectives, meeting requirements and ongoing improvement.</source>
        <translation>Die Leitlinie umfasst Ziele, die Erfüllung von Anforderungen und die fortlaufende Verbesserung.</translation>
    </message>
    <message>
        <source>Every active person has acknowledged the approved policy.</source>
        <translation>Jede aktive Person hat die freigegebene Leitlinie zur Kenntnis genommen.</translation>
    </message>
    <message>
        <source>No document is past its review date.</source>
        <translation>Kein Dokument hat sein Überprüfungsdatum überschritten.</translation>
    </message>
    <message>
        <source>Every approved document has an approved version.</source>
        <translation>Jedes freigegebene Dokument hat eine freigegebene Version.</translation>
    </message>
    <message>
        <source>Roles and support (5.3, 7.2 to 7.4)</source>
        <translation>Rollen und Unterstützung (5.3, 7.2 bis 7.4)</translation>
    </message>
    <message>
        <source>A role held by an active person ensures that the ISMS conforms to the standard.</source>
        <translation>Eine Rolle, die eine aktive Person innehat, stellt sicher, dass das ISMS die Anforderungen der Norm erfüllt.</translation>
    </message>
    <message>
        <source>A role held by an active person reports the performance of the ISMS to top management.</source>
        <translation>Eine Rolle, die eine aktive Person innehat, berichtet der obersten Leitung über die Leistung des ISMS.</translation>
    </message>
    <message>
        <source>Every role is held by a person who is still there.</source>
        <translation>Jede Rolle hat eine Person inne, die noch da ist.</translation>
    </message>
    <message>
        <source>Exactly one role is Accountable for each ISMS process in the RACI matrix.</source>
        <translation>Genau eine Rolle trägt in der RACI-Matrix die Gesamtverantwortung (A) für jeden ISMS-Prozess.</translation>
    </message>
    <message>
        <source>Every competence that is missing or held in part has a training planned to close it.</source>
        <translation>Für jede fehlende oder nur teilweise vorhandene Kompetenz ist eine Schulung geplant, um die Lücke zu schließen.</translation>
    </message>
    <message>
        <source>The effectiveness of every training is evaluated within 90 days.</source>
        <translation>Die Wirksamkeit jeder Schulung wird innerhalb von 90 Tagen bewertet.</translation>
    </message>
    <message>
        <source>The communication plan says what is communicated, when, to whom, by whom and how.</source>
        <translation>Der Kommunikationsplan gibt an, was wann, an wen, durch wen und wie kommuniziert wird.</translation>
    </message>
    <message>
        <source>Performance evaluation and improvement (9.1, 10.1)</source>
        <translation>Bewertung der Leistung und Verbesserung (9.1, 10.1)</translation>
    </message>
    <message>
        <source>Metrics say what is monitored and measured to evaluate the ISMS.</source>
        <translation>Kennzahlen geben an, was überwacht und gemessen wird, um das ISMS zu bewerten.</translation>
    </message>
    <message>
        <source>Every active metric has a target value.</source>
        <translation>Jede aktive Kennzahl hat einen Zielwert.</translation>
    </message>
    <message>
        <source>Every active metric is measured as often as it says.</source>
        <translation>Jede aktive Kennzahl wird so oft gemessen, wie sie es vorsieht.</translation>
    </message>
    <message>
        <source>Measurements are analysed and evaluated, each period closed with a dated conclusion.</source>
        <translation>Messungen werden analysiert und bewertet, jeder Zeitraum wird mit einer datierten Schlussfolgerung abgeschlossen.</translation>
    </message>
    <message>
        <source>Every objective with a target is measured by a metric.</source>
        <translation>Jedes Ziel mit Zielwert wird durch eine Kennzahl gemessen.</translation>
    </message>
    <message>
        <source>Improvements are done, or rejected, by their due date.</source>
        <translation>Verbesserungen werden bis zu ihrem Fälligkeitsdatum erledigt oder abgelehnt.</translation>
    </message>
    <message>
        <source>No active metric (9.1) is recorded; say what is measured, how, how often and by whom, and who evaluates the results.</source>
        <translation>Es ist keine aktive Kennzahl (9.1) erfasst; geben Sie an, was gemessen wird, wie, wie oft und von wem, und wer die Ergebnisse bewertet.</translation>
    </message>
    <message>
        <source>The latest internal audit (%1, %2) is more than twelve months old; hold the next one and record its results.</source>
        <translation>Das letzte interne Audit (%1, %2) liegt mehr als zwölf Monate zurück; führen Sie das nächste durch und halten Sie seine Ergebnisse fest.</translation>
    </message>
    <message>
        <source>No internal audit is recorded (9.2); hold one and record its results as an approved record naming clause 9.2.2.</source>
        <translation>Es ist kein internes Audit erfasst (9.2); führen Sie eines durch und halten Sie seine Ergebnisse als freigegebenen Nachweis fest, der Abschnitt 9.2.2 nennt.</translation>
    </message>
    <message>
        <source>The latest management review (%1, %2) is more than twelve months old; hold the next one.</source>
        <translation>Die letzte Managementbewertung (%1, %2) liegt mehr als zwölf Monate zurück; führen Sie die nächste durch.</translation>
    </message>
    <message>
        <source>No management review is recorded (9.3); hold one and record its results as an approved record naming clause 9.3.3.</source>
        <translation>Es ist keine Managementbewertung erfasst (9.3); führen Sie eine durch und halten Sie ihre Ergebnisse als freigegebenen Nachweis fest, der Abschnitt 9.3.3 nennt.</translation>
    </message>
    <message>
        <source>The results of the internal audit %1 of %2 have not gone to a management review held after it; put them on the next review's agenda.</source>
        <translation>Die Ergebnisse des internen Audits %1 vom %2 wurden in keiner danach durchgeführten Managementbewertung behandelt; setzen Sie sie auf die Tagesordnung der nächsten Bewertung.</translation>
    </message>
    <message>
        <source>An internal audit was held in the last twelve months.</source>
        <translation>In den letzten zwölf Monaten wurde ein internes Audit durchgeführt.</translation>
    </message>
    <message>
        <source>Top management reviewed the ISMS in the last twelve months.</source>
        <translation>Die oberste Leitung hat das ISMS in den letzten zwölf Monaten bewertet.</translation>
    </message>
    <message>
        <source>The latest internal audit's results went to a management review held after it.</source>
        <translation>Die Ergebnisse des letzten internen Audits wurden in einer danach durchgeführten Managementbewertung behandelt.</translation>
    </message>
    <message>
        <source>Internal audit (9.2)</source>
        <translation>Internes Audit (9.2)</translation>
    </message>
    <message>
        <source>An audit programme plans the internal audits.</source>
        <translation>Ein Auditprogramm plant die internen Audits.</translation>
    </message>
    <message>
        <source>No auditor audits an area they own.</source>
        <translation>Niemand auditiert einen Bereich, für den er selbst verantwortlich ist.</translation>
    </message>
    <message>
        <source>The results of every completed audit are reported to management.</source>
        <translation>Die Ergebnisse jedes abgeschlossenen Audits werden der Leitung berichtet.</translation>
    </message>
    <message>
        <source>Advice: the audits of the cycle cover every clause and applicable control.</source>
        <translation>Empfehlung: Die Audits des Zyklus decken jeden Abschnitt und jede anwendbare Maßnahme ab.</translation>
    </message>
    <message>
        <source>Nonconformities, incidents and suppliers (10.2, A.5.19-A.5.28)</source>
        <translation>Nichtkonformitäten, Vorfälle und Lieferanten (10.2, A.5.19-A.5.28)</translation>
    </message>
    <message>
        <source>An open nonconformity has its root cause within 30 days of being raised.</source>
        <translation>Für eine offene Nichtkonformität ist die Ursache innerhalb von 30 Tagen nach ihrer Erfassung ermittelt.</translation>
    </message>
    <message>
        <source>Every nonconformity that is not closed has a corrective action.</source>
        <translation>Jede nicht geschlossene Nichtkonformität hat eine Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>A closed nonconformity had an effectiveness review that found it effective.</source>
        <translation>Bei einer geschlossenen Nichtkonformität hat eine Wirksamkeitsprüfung sie als wirksam befunden.</translation>
    </message>
    <message>
        <source>Corrective actions are done by their due date.</source>
        <translation>Korrekturmaßnahmen werden bis zu ihrem Fälligkeitsdatum erledigt.</translation>
    </message>
    <message>
        <source>A resolved or closed incident states its lessons learned.</source>
        <translation>Ein gelöster oder geschlossener Vorfall nennt die daraus gewonnenen Erkenntnisse.</translation>
    </message>
    <message>
        <source>Suppliers are reviewed by their next review date.</source>
        <translation>Lieferanten werden bis zu ihrem nächsten Überprüfungsdatum überprüft.</translation>
    </message>
    <message>
        <source>A supplier of high or critical importance has security requirements.</source>
        <translation>Ein Lieferant von hoher oder kritischer Bedeutung hat Sicherheitsanforderungen.</translation>
    </message>
    <message>
        <source>Management review (9.3)</source>
        <translation>Managementbewertung (9.3)</translation>
    </message>
    <message>
        <source>Top management attends every held management review.</source>
        <translation>Die oberste Leitung nimmt an jeder durchgeführten Managementbewertung teil.</translation>
    </message>
    <message>
        <source>Every held management review considered each input of 9.3.2.</source>
        <translation>Jede durchgeführte Managementbewertung hat jede Eingabe nach 9.3.2 berücksichtigt.</translation>
    </message>
    <message>
        <source>The actions decided in management reviews are done by their due dates.</source>
        <translation>Die in Managementbewertungen beschlossenen Maßnahmen werden bis zu ihren Fälligkeitsdaten erledigt.</translation>
    </message>
    <message>
        <source>Every auditor has a competence in auditing recorded as held.</source>
        <translation>Jeder Auditor hat eine Kompetenz im Auditieren, die als vorhanden erfasst ist.</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheckReport</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The readiness check walks the whole project on %1 and lists, rule by rule, what a certification auditor would find missing, each point naming the record to fix. The score is the share of the rules checked that pass, a major rule weighing three times a minor one; 100 means that no rule found a point, and a rule about a record that is missing does not pass either. Rules whose registers this project does not hold yet are not counted.</source>
        <translation>Die Prüfung der Auditbereitschaft durchläuft am %1 das gesamte Projekt und listet Regel für Regel auf, was ein Zertifizierungsauditor vermissen würde; jeder Punkt nennt den zu korrigierenden Datensatz. Der Wert ist der Anteil der geprüften Regeln, die bestanden sind, wobei eine erhebliche Regel dreimal so viel zählt wie eine geringfügige; 100 bedeutet, dass keine Regel einen Punkt gefunden hat, und eine Regel zu einem fehlenden Datensatz gilt ebenfalls nicht als bestanden. Regeln, deren Register dieses Projekt noch nicht enthält, werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Wert der Auditbereitschaft</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <extracomment>The readiness score: "68 of 100".</extracomment>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation>Geprüfte Regeln</translation>
    </message>
    <message>
        <source>Rules not passed</source>
        <translation>Nicht bestandene Regeln</translation>
    </message>
    <message>
        <source>Points to settle</source>
        <translation>Zu klärende Punkte</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>A requirement of the standard is not met: likely a major nonconformity.</source>
        <translation>Eine Anforderung der Norm ist nicht erfüllt: wahrscheinlich eine erhebliche Nichtkonformität.</translation>
    </message>
    <message>
        <source>A requirement is met in part or a record is incomplete: likely a minor nonconformity or an observation.</source>
        <translation>Eine Anforderung ist teilweise erfüllt oder ein Datensatz ist unvollständig: wahrscheinlich eine geringfügige Nichtkonformität oder eine Beobachtung.</translation>
    </message>
    <message>
        <source>No rule found a point.</source>
        <translation>Keine Regel hat einen Punkt gefunden.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a finding about a record that does not exist.</extracomment>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>No point in this area.</source>
        <translation>Kein Punkt in diesem Bereich.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Every rule of the check, with the clause of ISO/IEC 27001 it serves and its result. Rule ids are stable, so that a finding can be traced from one check to the next.</source>
        <translation>Jede Regel der Prüfung, mit dem Abschnitt der ISO/IEC 27001, dem sie dient, und ihrem Ergebnis. Die Regel-IDs bleiben stabil, sodass sich eine Feststellung von einer Prüfung zur nächsten verfolgen lässt.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>Result of a rule whose register this project file does not hold yet.</extracomment>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>Result of a rule: how many points it found.</extracomment>
        <translation>Punkte: %1</translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <extracomment>Result of a rule that cannot pass while another rule (its id) finds a point.</extracomment>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Prüfung der Auditbereitschaft</translation>
    </message>
    <message>
        <source>Readiness score %1 of 100: what a certification auditor would find missing, rule by rule</source>
        <translation>Auditbereitschaft %1 von 100: was ein Zertifizierungsauditor vermissen würde, Regel für Regel</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessRules</name>
    <message>
        <source>%1 "%2" is rated %3, above the acceptance threshold, and has no owner; name the person accountable for it.</source>
        <extracomment>%1 %2: risk reference and title; %3: its level ("High").</extracomment>
        <translation>%1 „%2“ ist als %3 eingestuft, über der Akzeptanzschwelle, und hat keinen Eigentümer; nennen Sie die Person, die dafür rechenschaftspflichtig ist.</translation>
    </message>
    <message>
        <source>%1 "%2" is rated %3, above the acceptance threshold, and no treatment is chosen; decide how to treat it.</source>
        <translation>%1 „%2“ ist als %3 eingestuft, über der Akzeptanzschwelle, und es ist keine Behandlung gewählt; entscheiden Sie, wie es behandelt wird.</translation>
    </message>
    <message>
        <source>%1 "%2" remains at %3, above the acceptance threshold, without its owner's sign-off; have the owner accept it or treat it further.</source>
        <extracomment>%3: the residual level ("High").</extracomment>
        <translation>%1 „%2“ bleibt bei %3, über der Akzeptanzschwelle, ohne Freigabe durch seinen Eigentümer; lassen Sie es vom Eigentümer akzeptieren oder behandeln Sie es weiter.</translation>
    </message>
    <message>
        <source>%1 "%2" was due for review on %3; reassess it and set the next review date.</source>
        <extracomment>%3: the review date, YYYY-MM-DD.</extracomment>
        <translation>%1 „%2“ war am %3 zur Überprüfung fällig; beurteilen Sie es neu und legen Sie das nächste Überprüfungsdatum fest.</translation>
    </message>
    <message>
        <source>The treatment task %1 "%2" of risk %3 was due on %4 and is not done; finish it or set a new date.</source>
        <extracomment>%1 %2: task reference and title; %3: its risk's reference; %4: the due date, YYYY-MM-DD.</extracomment>
        <translation>Die Behandlungsaufgabe %1 „%2“ des Risikos %3 war am %4 fällig und ist nicht erledigt; schließen Sie sie ab oder legen Sie ein neues Datum fest.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no information security policy; add a document of type "Information security policy".</source>
        <translation>Es gibt keine Informationssicherheitsleitlinie; fügen Sie ein Dokument vom Typ „Informationssicherheitsleitlinie“ hinzu.</translation>
    </message>
    <message>
        <source>The information security policy %1 is not approved; have top management approve it.</source>
        <translation>Die Informationssicherheitsleitlinie %1 ist nicht freigegeben; lassen Sie sie von der obersten Leitung freigeben.</translation>
    </message>
    <message>
        <source>the objectives or how they are set</source>
        <translation>den Zielen oder ihrer Festlegung</translation>
    </message>
    <message>
        <source>the promise to meet requirements</source>
        <translation>der Verpflichtung zur Erfüllung von Anforderungen</translation>
    </message>
    <message>
        <source>the promise of ongoing improvement</source>
        <translation>der Verpflichtung zur fortlaufenden Verbesserung</translation>
    </message>
    <message>
        <source>The information security policy %1 lacks %2; add it to the policy and tick it in the content checklist.</source>
        <translation>In der Informationssicherheitsleitlinie %1 fehlen Angaben zu %2; ergänzen Sie dies in der Leitlinie und haken Sie es in der Inhaltscheckliste ab.</translation>
    </message>
    <message>
        <source>%1 has not acknowledged the information security policy %2; record their acknowledgement.</source>
        <translation>%1 hat die Informationssicherheitsleitlinie %2 nicht zur Kenntnis genommen; erfassen Sie die Kenntnisnahme.</translation>
    </message>
    <message>
        <source>The review of %1 was due on %2; review it and set the next review date.</source>
        <translation>Die Überprüfung von %1 war am %2 fällig; überprüfen Sie das Dokument und legen Sie das nächste Überprüfungsdatum fest.</translation>
    </message>
    <message>
        <source>%1 is approved but has no approved version; add the approved file as a version.</source>
        <translation>%1 ist freigegeben, hat aber keine freigegebene Version; fügen Sie die freigegebene Datei als Version hinzu.</translation>
    </message>
    <message>
        <source>Top management has not yet shown the leadership duty %1; record how it is shown and attach evidence.</source>
        <translation>Die oberste Leitung hat die Führungsaufgabe %1 noch nicht nachgewiesen; erfassen Sie, wie sie nachgewiesen wird, und hängen Sie Nachweise an.</translation>
    </message>
    <message>
        <source>The leadership duty %1 is marked as shown but has no evidence; attach the minutes, decision or message that shows it.</source>
        <translation>Die Führungsaufgabe %1 ist als nachgewiesen gekennzeichnet, hat aber keinen Nachweis; hängen Sie das Protokoll, die Entscheidung oder die Mitteilung an, die sie belegt.</translation>
    </message>
</context>
<context>
    <name>isms::RecordExtras</name>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Effective confidentiality</source>
        <translation>Effektive Vertraulichkeit</translation>
    </message>
    <message>
        <source>Effective integrity</source>
        <translation>Effektive Integrität</translation>
    </message>
    <message>
        <source>Effective availability</source>
        <translation>Effektive Verfügbarkeit</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
</context>
<context>
    <name>isms::RecordHistoryCheck</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 has no creation entry in the change log; it was added outside ISMS Workbench.</source>
        <translation>%1 hat keinen Erstellungseintrag im Änderungsprotokoll; der Datensatz wurde außerhalb von ISMS Workbench hinzugefügt.</translation>
    </message>
    <message>
        <source>The creation entry of %1 in the change log cannot be read; it was changed outside ISMS Workbench.</source>
        <translation>Der Erstellungseintrag von %1 im Änderungsprotokoll ist nicht lesbar; er wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation>Das Feld „%1“ von %2 weicht vom zuletzt protokollierten Wert ab; es wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>%1 is missing although the change log never recorded its deletion; it was deleted outside ISMS Workbench.</source>
        <translation>%1 fehlt, obwohl das Änderungsprotokoll nie eine Löschung verzeichnet hat; der Datensatz wurde außerhalb von ISMS Workbench gelöscht.</translation>
    </message>
</context>
<context>
    <name>isms::RecordImport</name>
    <message>
        <source>"%1" cannot be read; check the file name and that you may read it.</source>
        <translation>„%1“ kann nicht gelesen werden; prüfen Sie den Dateinamen und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>"%1" is larger than %2 MB; split it into smaller files.</source>
        <translation>„%1“ ist größer als %2 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it again as "CSV UTF-8" and import that.</source>
        <translation>Die Datei ist kein UTF-8-Text; speichern Sie sie erneut als „CSV UTF-8“ und importieren Sie diese Fassung.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row and one row per record.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile und eine Zeile pro Datensatz.</translation>
    </message>
    <message>
        <source>The file is not a JSON array of objects (%1); export one with "isms-cli list %2 FILE --format json" to see the form.</source>
        <translation>Die Datei ist kein JSON-Array von Objekten (%1); exportieren Sie eines mit „isms-cli list %2 FILE --format json“, um die erwartete Form zu sehen.</translation>
    </message>
    <message>
        <source>Entry %1 of the JSON array is not an object.</source>
        <translation>Eintrag %1 des JSON-Arrays ist kein Objekt.</translation>
    </message>
    <message>
        <source>"%1" is not a mapping; write 'Header=field' with a field of %2.</source>
        <translation>„%1“ ist keine Zuordnung; schreiben Sie 'Header=field' mit einem Feld von %2.</translation>
    </message>
    <message>
        <source>this column and "%1" both give %2; remove one or map it to another field with --map.</source>
        <translation>diese Spalte und „%1“ liefern beide das Feld „%2“; entfernen Sie eine davon oder ordnen Sie sie mit --map einem anderen Feld zu.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile aber nur %2 Spalten; prüfen Sie die Trennzeichen und Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation>%1 kommt in der Datei zweimal vor (auch in Zeile %2).</translation>
    </message>
    <message>
        <source>the file has no column for %1, which every new %2 needs; add the column or map one to it with --map.</source>
        <translation>die Datei hat keine Spalte für %1, die jeder neue Datensatz (%2) braucht; fügen Sie die Spalte hinzu oder ordnen Sie ihr mit --map eine zu.</translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation>Der Import hat Probleme, daher wurde nichts importiert; korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The first worksheet is empty; it needs a header row and one row per record.</source>
        <translation>Das erste Arbeitsblatt ist leer; es braucht eine Kopfzeile und eine Zeile pro Datensatz.</translation>
    </message>
    <message>
        <source>"%1" is not a file that can be imported; use a .csv, .xlsx or .json file.</source>
        <translation>„%1“ ist keine importierbare Datei; verwenden Sie eine .csv-, .xlsx- oder .json-Datei.</translation>
    </message>
    <message>
        <source>"%1" is none of the %2; give a reference such as %3.</source>
        <translation>„%1“ gehört nicht zu den %2; geben Sie eine Nummer wie %3 an.</translation>
    </message>
</context>
<context>
    <name>isms::RecordLinks</name>
    <message>
        <source>there is no %1 "%2"; list them with "isms-cli list %3".</source>
        <translation>es gibt keinen Datensatz „%2“ (%1); „isms-cli list %3“ listet die vorhandenen auf.</translation>
    </message>
</context>
<context>
    <name>isms::RecordRepository</name>
    <message>
        <source>The register does not name records of other registers.</source>
        <translation>Das Register verweist nicht auf Datensätze anderer Register.</translation>
    </message>
</context>
<context>
    <name>isms::RecordService</name>
    <message>
        <source>The reference %1 is already used by another %2; choose another or leave it empty to get the next free one.</source>
        <translation>Die Referenz %1 wird bereits von einem anderen Datensatz (%2) verwendet; wählen Sie eine andere, oder lassen Sie das Feld leer, um die nächste freie Referenz zu erhalten.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Dieser Datensatz (%1) existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no %1 "%2"; list them with "isms-cli list %3".</source>
        <translation>Es gibt keinen Datensatz „%2“ (%1); „isms-cli list %3“ listet die vorhandenen auf.</translation>
    </message>
    <message>
        <source>The record does not fit its register.</source>
        <translation>Der Datensatz passt nicht zu seinem Register.</translation>
    </message>
    <message>
        <source>%1 cannot be changed by hand; it is %2.</source>
        <translation>Das Feld „%1“ kann nicht von Hand geändert werden; es ist %2.</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest vorgegeben</translation>
    </message>
    <message>
        <source>The register %1 has no field "%2".</source>
        <translation>Das Register %1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>%1 cannot be removed while records of %2 refer to it (%3); remove those first.</source>
        <translation>%1 kann nicht entfernt werden, solange Datensätze aus %2 darauf verweisen (%3); entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The link target "%1" does not exist.</source>
        <translation>Das Ziel der Verknüpfung „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 come from the catalogue of the standard: their tracking can be changed, but none can be added or removed.</source>
        <translation>Die %1 stammen aus dem Katalog der Norm: Ihre Umsetzung lässt sich ändern, aber keine kann hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>The reference of %1 cannot be changed while %2 name it (%3); keep the reference, or remove those first.</source>
        <translation>Die Referenz von %1 kann nicht geändert werden, solange %2 darauf verweisen (%3); behalten Sie die Referenz bei oder entfernen Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>isms::RegisterCatalogue</name>
    <message>
        <source>The program's starting catalogue of %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>Der mitgelieferte Startkatalog der %1 ist beschädigt; installieren Sie ISMS Workbench neu.</translation>
    </message>
</context>
<context>
    <name>isms::RegisterTable</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A value left empty in a record printed as labels and values.</extracomment>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>isms::ReportOptions</name>
    <message>
        <source>Internal</source>
        <extracomment>The default classification label printed on every page of a report.</extracomment>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>isms::ReportRenderer</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>Contents (continued)</source>
        <translation>Inhalt (Fortsetzung)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>%1 · Version %2</source>
        <extracomment>Footer of report pages: document id and version, e.g. "ISMS-RPT-CTL · Version 1.0".</extracomment>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Generation time in report footers and covers, e.g. "2026-11-23 17:40 UTC".</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The report has no output to be drawn on.</source>
        <translation>Der Bericht hat keine Ausgabe, auf die er gezeichnet werden kann.</translation>
    </message>
    <message>
        <source>The report could not be drawn because its output could not be opened; check the printer or the target file and try again.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden, weil seine Ausgabe nicht geöffnet werden konnte; prüfen Sie den Drucker oder die Zieldatei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The report could not be drawn because the output refused a new page; check the printer or the target file and try again.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden, weil die Ausgabe keine neue Seite angenommen hat; prüfen Sie den Drucker oder die Zieldatei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>Above a table that continues from the previous page: "A.5 Organizational controls (continued)".</extracomment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>isms::RequirementService</name>
    <message>
        <source>There is no Annex A control "%1"; use an id from A.5.1 to A.8.34.</source>
        <translation>Es gibt keine Maßnahme „%1“ in Anhang A; verwenden Sie eine ID von A.5.1 bis A.8.34.</translation>
    </message>
    <message>
        <source>There is no clause "%1"; use a clause number from 4 to 10.3, such as 6.1.2.</source>
        <translation>Es gibt keinen Abschnitt „%1“; verwenden Sie eine Abschnittsnummer von 4 bis 10.3, etwa 6.1.2.</translation>
    </message>
</context>
<context>
    <name>isms::RequirementSpecs</name>
    <message>
        <source>The risk-treatment reason comes from the risks that name the control; link the control to a risk instead of typing it.</source>
        <translation>Der Grund „Risikobehandlung“ ergibt sich aus den Risiken, die die Maßnahme nennen; verknüpfen Sie die Maßnahme mit einem Risiko, statt ihn einzutippen.</translation>
    </message>
    <message>
        <source>"%1" is not a reason for including a control; use %2.</source>
        <translation>„%1“ ist kein Grund für die Aufnahme einer Maßnahme; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Clause %1 cannot be "not applicable": clauses 4 to 10 apply to every ISMS. Set its status to where the work stands, from "not started" to "implemented".</source>
        <translation>Abschnitt %1 kann nicht „nicht anwendbar“ sein: Die Abschnitte 4 bis 10 gelten für jedes ISMS. Setzen Sie seinen Status auf den tatsächlichen Arbeitsstand, von „nicht begonnen“ bis „umgesetzt“.</translation>
    </message>
</context>
<context>
    <name>isms::ResourceSpec</name>
    <message>
        <source>An approved or provided resource names who is responsible for it; fill in "Owner", or keep it as requested.</source>
        <translation>Eine freigegebene oder bereitgestellte Ressource nennt, wer für sie verantwortlich ist; füllen Sie „Verantwortlich“ aus, oder belassen Sie sie als angefordert.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewInputs</name>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>%1 %2 recorded.</source>
        <translation>%1 %2 erfasst.</translation>
    </message>
    <message>
        <source>%1 %2 recorded: %3.</source>
        <translation>%1 %2 erfasst: %3.</translation>
    </message>
    <message>
        <source>%1 new since the previous review on %2.</source>
        <translation>%1 neu seit der vorherigen Bewertung am %2.</translation>
    </message>
    <message>
        <source>%1 new since records began (no earlier review).</source>
        <translation>%1 neu seit Beginn der Aufzeichnungen (keine frühere Bewertung).</translation>
    </message>
    <message>
        <source>Open: %1 %2 (%3)</source>
        <translation>Offen: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, überfällig seit %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig am %2</translation>
    </message>
    <message>
        <source>%1 (from %2) %3 - %4%5</source>
        <translation>%1 (aus %2) %3 - %4%5</translation>
    </message>
    <message>
        <source>; owner %1</source>
        <translation>; verantwortlich: %1</translation>
    </message>
    <message>
        <source>No action was decided in an earlier review.</source>
        <translation>In keiner früheren Bewertung wurde eine Maßnahme beschlossen.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>New: %1 %2</source>
        <translation>Neu: %1 %2</translation>
    </message>
    <message>
        <source>Changed: %1 %2 (%3)</source>
        <translation>Geändert: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>No issue or interested party changed since the previous review on %1.</source>
        <translation>Seit der vorherigen Bewertung am %1 hat sich kein Thema und keine interessierte Partei geändert.</translation>
    </message>
    <message>
        <source>No issue or interested party is recorded.</source>
        <translation>Es ist kein Thema und keine interessierte Partei erfasst.</translation>
    </message>
    <message>
        <source>: not measured yet</source>
        <translation>: noch nicht gemessen</translation>
    </message>
    <message>
        <source>: latest %1 on %2</source>
        <translation>: zuletzt %1 am %2</translation>
    </message>
    <message>
        <source>, target %1 met</source>
        <translation>, Zielwert %1 erreicht</translation>
    </message>
    <message>
        <source>, target %1 not met</source>
        <translation>, Zielwert %1 nicht erreicht</translation>
    </message>
    <message>
        <source>; evaluated %1 (target met: %2): %3</source>
        <translation>; bewertet am %1 (Zielwert erreicht: %2): %3</translation>
    </message>
    <message>
        <source>No active metric is recorded.</source>
        <translation>Es ist keine aktive Kennzahl erfasst.</translation>
    </message>
    <message>
        <source>%1 %2 - %3</source>
        <translation>%1 %2 - %3</translation>
    </message>
    <message>
        <source>; target: %1</source>
        <translation>; Zielwert: %1</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>; fällig am %1</translation>
    </message>
    <message>
        <source>; evaluation: %1</source>
        <translation>; Bewertung: %1</translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation>Es ist kein Informationssicherheitsziel erfasst.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): addressed: %4</source>
        <translation>%1 %2 (%3): berücksichtigt: %4</translation>
    </message>
    <message>
        <source>; asks for: %1</source>
        <translation>; fordert: %1</translation>
    </message>
    <message>
        <source> [updated since the previous review]</source>
        <translation> [seit der vorherigen Bewertung aktualisiert]</translation>
    </message>
    <message>
        <source>No interested party is recorded, so no feedback was compiled.</source>
        <translation>Es ist keine interessierte Partei erfasst, daher wurden keine Rückmeldungen zusammengestellt.</translation>
    </message>
    <message>
        <source>Latest assessment run %1 on %2: %3 risks, %4 above the acceptance threshold.</source>
        <translation>Letzter Durchgang der Risikobeurteilung %1 am %2: %3 Risiken, %4 über der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <source>No risk assessment run is recorded.</source>
        <translation>Es ist kein Durchgang der Risikobeurteilung erfasst.</translation>
    </message>
    <message>
        <source>The risk register is empty.</source>
        <translation>Das Risikoregister ist leer.</translation>
    </message>
    <message>
        <source>Risk register: %1 risks (%2); %3 without a treatment decision.</source>
        <translation>Risikoregister: %1 Risiken (%2); %3 ohne Behandlungsentscheidung.</translation>
    </message>
    <message>
        <source>Overdue treatment task %1 %2 (due %3)</source>
        <translation>Überfällige Behandlungsaufgabe %1 %2 (fällig am %3)</translation>
    </message>
    <message>
        <source>Treatment tasks: %1 open (%2 overdue), %3 done.</source>
        <translation>Behandlungsaufgaben: %1 offen (%2 überfällig), %3 erledigt.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, from %4)</source>
        <translation>%1 %2 (%3, Quelle: %4)</translation>
    </message>
    <message>
        <source>Opportunity %1 %2 (%3)</source>
        <translation>Chance %1 %2 (%3)</translation>
    </message>
    <message>
        <source>No open improvement or opportunity is recorded.</source>
        <translation>Es ist keine offene Verbesserung oder Chance erfasst.</translation>
    </message>
    <message>
        <source>No %1 register in this project, so nothing could be compiled from it.</source>
        <translation>Das Projekt hat kein Register %1, daher konnte daraus nichts zusammengestellt werden.</translation>
    </message>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation>Status von Maßnahmen aus vorherigen Managementbewertungen</translation>
    </message>
    <message>
        <source>Changes in external and internal issues and interested parties</source>
        <translation>Veränderungen bei externen und internen Themen und interessierten Parteien</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Nichtkonformitäten und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Ergebnisse der Überwachung und Messung</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Auditergebnisse</translation>
    </message>
    <message>
        <source>Fulfilment of the information security objectives</source>
        <translation>Erreichung der Informationssicherheitsziele</translation>
    </message>
    <message>
        <source>Feedback from interested parties</source>
        <translation>Rückmeldungen von interessierten Parteien</translation>
    </message>
    <message>
        <source>Results of risk assessment and status of risk treatment</source>
        <translation>Ergebnisse der Risikobeurteilung und Status der Risikobehandlung</translation>
    </message>
    <message>
        <source>Opportunities for continual improvement</source>
        <translation>Möglichkeiten zur fortlaufenden Verbesserung</translation>
    </message>
    <message>
        <source>The frozen inputs of the review cannot be read.</source>
        <translation>Die eingefrorenen Eingaben der Bewertung können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewMinutesReport</name>
    <message>
        <source>There is no management review %1; "isms-cli list FILE management-reviews" lists them.</source>
        <translation>Es gibt keine Managementbewertung %1; „isms-cli list FILE management-reviews“ listet sie auf.</translation>
    </message>
    <message>
        <source>Management review %1: %2</source>
        <translation>Managementbewertung %1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Noch nicht durchgeführt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Vorsitz</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellenbezeichnung</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Oberste Leitung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No attendee is recorded for this review.</source>
        <translation>Für diese Bewertung ist keine teilnehmende Person erfasst.</translation>
    </message>
    <message>
        <source>No member of top management attended this review.</source>
        <translation>Kein Mitglied der obersten Leitung hat an dieser Bewertung teilgenommen.</translation>
    </message>
    <message>
        <source>Inputs (9.3.2)</source>
        <translation>Eingaben (9.3.2)</translation>
    </message>
    <message>
        <source>The inputs below were compiled from the project and frozen when the review was held (period up to %1, SHA-256 %2).</source>
        <translation>Die folgenden Eingaben wurden aus dem Projekt zusammengestellt und bei der Durchführung der Bewertung eingefroren (Zeitraum bis %1, SHA-256 %2).</translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled from the project as it stands on %1 and will be frozen when the review is held.</source>
        <translation>Noch nicht eingefroren: Die folgenden Eingaben werden aus dem Projekt im Stand vom %1 zusammengestellt und bei der Durchführung der Bewertung eingefroren.</translation>
    </message>
    <message>
        <source>Compiled from the project</source>
        <translation>Aus dem Projekt zusammengestellt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>Discussion: no notes recorded.</source>
        <translation>Diskussion: keine Notizen erfasst.</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Diskussion: %1</translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation>Ergebnisse (9.3.3)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Geplante Änderung</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The review decided no action.</source>
        <translation>Die Bewertung hat keine Maßnahme beschlossen.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>No conclusions are recorded.</source>
        <translation>Es sind keine Schlussfolgerungen erfasst.</translation>
    </message>
    <message>
        <source>Approval of the minutes</source>
        <translation>Freigabe des Protokolls</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>The minutes are not approved yet.</source>
        <translation>Das Protokoll ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Protokoll der Managementbewertung</translation>
    </message>
    <message>
        <source>Review %1: inputs, discussion, decisions and actions</source>
        <translation>Bewertung %1: Eingaben, Diskussion, Entscheidungen und Maßnahmen</translation>
    </message>
</context>
<context>
    <name>isms::ReviewRules</name>
    <message>
        <source>No member of top management attended management review %1; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation>An der Managementbewertung %1 hat kein Mitglied der obersten Leitung teilgenommen; erfassen Sie, wer teilgenommen hat, oder kennzeichnen Sie im Personenregister die Teilnehmenden, die zur obersten Leitung gehören.</translation>
    </message>
    <message>
        <source>The inputs frozen with management review %1 miss %2; consider them in the next review and record them in its discussion notes.</source>
        <translation>In den mit der Managementbewertung %1 eingefrorenen Eingaben fehlt %2; berücksichtigen Sie dies in der nächsten Bewertung und halten Sie es in deren Diskussionsnotizen fest.</translation>
    </message>
    <message>
        <source>Review action %1 was due on %2 and is not done; finish it, or record a new due date that the next review confirms.</source>
        <translation>Die Maßnahme %1 aus der Bewertung war am %2 fällig und ist nicht erledigt; schließen Sie sie ab oder erfassen Sie ein neues Fälligkeitsdatum, das die nächste Bewertung bestätigt.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewService</name>
    <message>
        <source>The frozen inputs of management review %1 no longer match their SHA-256; they were changed outside ISMS Workbench.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 passen nicht mehr zu ihrem SHA-256; sie wurden außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are not readable.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 sind nicht lesbar.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 have no entry in the change log; they were added outside ISMS Workbench.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 haben keinen Eintrag im Änderungsprotokoll; sie wurden außerhalb von ISMS Workbench hinzugefügt.</translation>
    </message>
    <message>
        <source>Management review %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation>Managementbewertung %1 ist mehr als einmal als eingefroren protokolliert; das Änderungsprotokoll wurde außerhalb von ISMS Workbench geschrieben.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 differ from those logged when it was held; they were changed outside ISMS Workbench.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 weichen von den bei ihrer Durchführung protokollierten ab; sie wurden außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are missing from the project; they were removed outside ISMS Workbench.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 fehlen im Projekt; sie wurden außerhalb von ISMS Workbench entfernt.</translation>
    </message>
    <message>
        <source>A planned review has no "Held on" date yet; clear it, or mark the review held.</source>
        <translation>Eine geplante Bewertung hat noch kein Datum „Durchgeführt am“; leeren Sie das Feld oder kennzeichnen Sie die Bewertung als durchgeführt.</translation>
    </message>
    <message>
        <source>A held review says when it was held; fill in "Held on", or leave the review planned.</source>
        <translation>Eine durchgeführte Bewertung gibt an, wann sie durchgeführt wurde; füllen Sie „Durchgeführt am“ aus oder lassen Sie die Bewertung geplant.</translation>
    </message>
    <message>
        <source>A review cannot have been held on %1, which lies in the future; give the day it was held, or leave it planned.</source>
        <translation>Eine Bewertung kann nicht am %1 durchgeführt worden sein, da dieses Datum in der Zukunft liegt; geben Sie den Tag der Durchführung an oder lassen Sie sie geplant.</translation>
    </message>
    <message>
        <source>Approved minutes say who approved them and when; fill in "Minutes approved by" and "Minutes approved on", or set the status to held.</source>
        <translation>Ein freigegebenes Protokoll gibt an, wer es wann freigegeben hat; füllen Sie „Protokoll freigegeben von“ und „Protokoll freigegeben am“ aus oder setzen Sie den Status auf durchgeführt.</translation>
    </message>
    <message>
        <source>The minutes cannot be approved on %1, before the review was held on %2; correct one of the dates.</source>
        <translation>Das Protokoll kann nicht am %1 freigegeben werden, vor der Durchführung der Bewertung am %2; korrigieren Sie eines der beiden Daten.</translation>
    </message>
    <message>
        <source>A done action says when it was done; fill in "Done on", or choose another status.</source>
        <translation>Eine erledigte Maßnahme gibt an, wann sie erledigt wurde; füllen Sie „Erledigt am“ aus oder wählen Sie einen anderen Status.</translation>
    </message>
    <message>
        <source>Only a done action has a "Done on" date; clear it, or mark the action done.</source>
        <translation>Nur eine erledigte Maßnahme hat ein Datum „Erledigt am“; leeren Sie es oder kennzeichnen Sie die Maßnahme als erledigt.</translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen; a review is held only once. Plan the next review as a new record.</source>
        <translation>Managementbewertung %1 wurde durchgeführt, und ihre Eingaben sind eingefroren; eine Bewertung wird nur einmal durchgeführt. Planen Sie die nächste Bewertung als neuen Datensatz.</translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen, so it stays in the project as the record of that review; only a planned review can be removed.</source>
        <translation>Managementbewertung %1 wurde durchgeführt, und ihre Eingaben sind eingefroren, daher bleibt sie als Aufzeichnung dieser Bewertung im Projekt; nur eine geplante Bewertung kann entfernt werden.</translation>
    </message>
    <message>
        <source>Management review %1 was already held on %2 and its inputs are frozen as they stood then; a review is held only once. Plan the next review as a new record.</source>
        <translation>Managementbewertung %1 wurde bereits am %2 durchgeführt, und ihre Eingaben sind im damaligen Stand eingefroren; eine Bewertung wird nur einmal durchgeführt. Planen Sie die nächste Bewertung als neuen Datensatz.</translation>
    </message>
    <message>
        <source>Only a "Change needed" output becomes a planned change; %1 is another kind of output. Change its type first if it needs a change to the ISMS.</source>
        <translation>Nur ein Ergebnis „Änderung erforderlich“ wird zu einer geplanten Änderung; %1 ist eine andere Art von Ergebnis. Ändern Sie zuerst seinen Typ, wenn es eine Änderung am ISMS erfordert.</translation>
    </message>
    <message>
        <source>%1 already has its planned change; open it from the action's "Planned change" field.</source>
        <translation>%1 hat bereits eine geplante Änderung; öffnen Sie sie über das Feld „Geplante Änderung“ der Maßnahme.</translation>
    </message>
    <message>
        <source>Decided in management review %1 as output %2:
%3</source>
        <translation>In Managementbewertung %1 als Ergebnis %2 beschlossen:
%3</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 cannot be read; they were damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Die eingefrorenen Eingaben der Managementbewertung %1 können nicht gelesen werden; sie wurden außerhalb von ISMS Workbench beschädigt. Führen Sie „isms-cli check“ für das Projekt aus.</translation>
    </message>
    <message>
        <source>Management review %1 is held but has no frozen inputs; they were removed outside ISMS Workbench.</source>
        <translation>Managementbewertung %1 ist durchgeführt, hat aber keine eingefrorenen Eingaben; sie wurden außerhalb von ISMS Workbench entfernt.</translation>
    </message>
    <message>
        <source>Management review %1 has frozen inputs but is marked planned; its status was changed outside ISMS Workbench.</source>
        <translation>Managementbewertung %1 hat eingefrorene Eingaben, ist aber als geplant gekennzeichnet; ihr Status wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
</context>
<context>
    <name>isms::RiskCells</name>
    <message>
        <source>Not rated</source>
        <extracomment>A risk level cell of a risk that has no likelihood or impact yet.</extracomment>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A risk rating under its level: likelihood times impact, "4 × 3".</extracomment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>isms::RiskHeatMap</name>
    <message>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Eintrittswahrscheinlichkeit →</translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <translation>%1 (Akzeptanzschwelle)</translation>
    </message>
    <message numerus="yes">
        <source>Not yet rated: %n</source>
        <translation>
            <numerusform>Noch nicht eingestuft: %n</numerusform>
            <numerusform>Noch nicht eingestuft: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::RiskMethod</name>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Not expected within the next five years; no known occurrence here or at peers.</source>
        <translation>In den nächsten fünf Jahren nicht zu erwarten; kein bekannter Fall bei uns oder bei vergleichbaren Organisationen.</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Could happen within five years; it has happened to peers, not to us.</source>
        <translation>Könnte innerhalb von fünf Jahren eintreten; bei vergleichbaren Organisationen ist es vorgekommen, bei uns nicht.</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Could happen within two years; it has happened here before.</source>
        <translation>Könnte innerhalb von zwei Jahren eintreten; bei uns ist es schon vorgekommen.</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Expected within the next year.</source>
        <translation>Im nächsten Jahr zu erwarten.</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>Expected several times a year, or already happening.</source>
        <translation>Mehrmals im Jahr zu erwarten oder bereits im Gange.</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Vernachlässigbar</translation>
    </message>
    <message>
        <source>No noticeable effect on customers, operations or compliance.</source>
        <translation>Keine spürbare Wirkung auf Kunden, Betrieb oder Compliance.</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Short disruption or small loss, handled within normal operations.</source>
        <translation>Kurze Störung oder kleiner Verlust, im normalen Betrieb bewältigt.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Disruption of a service for up to a day, a loss that needs management attention, or a reportable but contained breach.</source>
        <translation>Störung eines Dienstes für bis zu einen Tag, ein Verlust, der die Aufmerksamkeit der Leitung erfordert, oder eine meldepflichtige, aber eingedämmte Verletzung der Sicherheit.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Disruption for several days, a significant financial loss, regulatory action or damage to reputation in the market.</source>
        <translation>Störung über mehrere Tage, ein erheblicher finanzieller Verlust, behördliche Maßnahmen oder ein Reputationsschaden am Markt.</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Katastrophal</translation>
    </message>
    <message>
        <source>The organisation's existence, licence or key customer relationships are at stake.</source>
        <translation>Der Fortbestand der Organisation, ihre Zulassung oder wichtige Kundenbeziehungen stehen auf dem Spiel.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>May be shared with anyone; disclosure causes no harm.</source>
        <translation>Darf mit allen geteilt werden; eine Offenlegung verursacht keinen Schaden.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>For staff and contracted partners; disclosure causes little harm.</source>
        <translation>Für Beschäftigte und vertraglich gebundene Partner; eine Offenlegung verursacht geringen Schaden.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>For named groups with a need to know; disclosure harms the organisation or the people concerned.</source>
        <translation>Für benannte Gruppen mit Kenntnisbedarf; eine Offenlegung schadet der Organisation oder den betroffenen Personen.</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>For named people only; disclosure causes severe harm. Encrypted at rest and in transit.</source>
        <translation>Nur für namentlich benannte Personen; eine Offenlegung verursacht schweren Schaden. Verschlüsselt bei Speicherung und Übertragung.</translation>
    </message>
    <message>
        <source>A significant change to the scope, the organisation or its processes</source>
        <translation>Eine wesentliche Änderung des Anwendungsbereichs, der Organisation oder ihrer Prozesse</translation>
    </message>
    <message>
        <source>A new or changed system, supplier or location that handles classified information</source>
        <translation>Neue oder geänderte Systeme, Lieferanten oder Standorte, die klassifizierte Informationen verarbeiten</translation>
    </message>
    <message>
        <source>A security incident or a nonconformity that reveals an unassessed risk</source>
        <translation>Sicherheitsvorfälle oder Nichtkonformitäten, die ein noch nicht beurteiltes Risiko aufdecken</translation>
    </message>
    <message>
        <source>A new legal, regulatory or contractual requirement</source>
        <translation>Eine neue gesetzliche, behördliche oder vertragliche Anforderung</translation>
    </message>
    <message>
        <source>likelihood scale</source>
        <translation>Skala der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>impact scale</source>
        <translation>Skala der Auswirkung</translation>
    </message>
    <message>
        <source>The colour of the risk level "%1" is not a colour.</source>
        <translation>Die Farbe des Risikoniveaus „%1“ ist keine gültige Farbe.</translation>
    </message>
    <message>
        <source>list of risk levels</source>
        <translation>Liste der Risikoniveaus</translation>
    </message>
    <message>
        <source>classification scheme</source>
        <translation>Klassifizierungsschema</translation>
    </message>
    <message>
        <source>The matrix needs one row for each step of the likelihood scale.</source>
        <translation>Die Matrix braucht eine Zeile für jede Stufe der Skala der Eintrittswahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>The matrix needs one column for each step of the impact scale.</source>
        <translation>Die Matrix braucht eine Spalte für jede Stufe der Skala der Auswirkung.</translation>
    </message>
    <message>
        <source>The matrix cell for likelihood %1 and impact %2 names no risk level.</source>
        <translation>Die Zelle der Matrix für Eintrittswahrscheinlichkeit %1 und Auswirkung %2 nennt kein Risikoniveau.</translation>
    </message>
    <message>
        <source>The acceptance threshold must be one of the risk levels.</source>
        <translation>Die Akzeptanzschwelle muss eines der Risikoniveaus sein.</translation>
    </message>
    <message>
        <source>Risks must be reviewed at least every 60 months; the interval is %1.</source>
        <translation>Risiken müssen mindestens alle 60 Monate überprüft werden; das Intervall beträgt %1.</translation>
    </message>
    <message>
        <source>At most %1 reassessment triggers can be listed.</source>
        <translation>Es können höchstens %1 Auslöser für eine Neubeurteilung angegeben werden.</translation>
    </message>
    <message>
        <source>Each reassessment trigger must be one line of at most %1 characters.</source>
        <translation>Jeder Auslöser für eine Neubeurteilung muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>The method's notes must be plain text of at most 20000 characters.</source>
        <translation>Die Notizen der Methode müssen einfacher Text mit höchstens 20000 Zeichen sein.</translation>
    </message>
    <message>
        <source>The stored risk assessment method is not readable.</source>
        <translation>Die gespeicherte Methode zur Risikobeurteilung ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The %1 needs between %2 and %3 steps; it has %4.</source>
        <translation>%1: Es sind zwischen %2 und %3 Stufen nötig; vorhanden sind %4.</translation>
    </message>
    <message>
        <source>Step %1 of the %2 needs a label.</source>
        <translation>%2: Stufe %1 braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The label of step %1 of the %2 must be one line of at most %3 characters.</source>
        <translation>%2: Die Bezeichnung von Stufe %1 muss eine Zeile mit höchstens %3 Zeichen sein.</translation>
    </message>
    <message>
        <source>The description of step %1 of the %2 must be plain text of at most %3 characters.</source>
        <translation>%2: Die Beschreibung von Stufe %1 muss einfacher Text mit höchstens %3 Zeichen sein.</translation>
    </message>
    <message>
        <source>Two steps of the %1 are called "%2"; give each its own label.</source>
        <translation>%1: Zwei Stufen heißen „%2“; geben Sie jeder Stufe eine eigene Bezeichnung.</translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodSection</name>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Likelihood \ Impact</source>
        <extracomment>Corner of the risk matrix table: likelihood down the side, impact across the top.</extracomment>
        <translation>Eintrittswahrscheinlichkeit \ Auswirkung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Matrix cells</source>
        <translation>Zellen der Matrix</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Above the acceptance threshold: the risk is treated, or it is retained only with a written acceptance rationale and the risk owner's sign-off.</source>
        <translation>Über der Akzeptanzschwelle: Das Risiko wird behandelt oder nur mit einer schriftlichen Akzeptanzbegründung und der Freigabe durch den Risikoeigentümer beibehalten.</translation>
    </message>
    <message>
        <source>Within the acceptance threshold: the risk may be retained; the risk owner signs off the residual risk.</source>
        <translation>Innerhalb der Akzeptanzschwelle: Das Risiko darf beibehalten werden; der Risikoeigentümer gibt das Restrisiko frei.</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <extracomment>A risk level named in a sentence: "Medium (level 2)".</extracomment>
        <translation>%1 (Risikoniveau %2)</translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation>Methode zur Risikobeurteilung</translation>
    </message>
    <message>
        <source>Every information security risk of this ISMS is assessed with the criteria below. Each risk is rated for likelihood and impact on the two scales; the matrix turns the pair of ratings into a risk level, and the level is compared with the acceptance threshold. Because every assessment uses the same scales, matrix and threshold, an assessment made later or by someone else reaches the same level for the same situation, and results can be compared over time. The method is stored in the project file, and every change to it is recorded in the change log.</source>
        <translation>Jedes Informationssicherheitsrisiko dieses ISMS wird nach den folgenden Kriterien beurteilt. Jedes Risiko wird auf den beiden Skalen nach Eintrittswahrscheinlichkeit und Auswirkung eingestuft; die Matrix macht aus den beiden Einstufungen ein Risikoniveau, und das Risikoniveau wird mit der Akzeptanzschwelle verglichen. Da jede Beurteilung dieselben Skalen, dieselbe Matrix und dieselbe Akzeptanzschwelle verwendet, kommt eine spätere Beurteilung oder die einer anderen Person bei gleicher Lage zum selben Risikoniveau, und die Ergebnisse lassen sich über die Zeit vergleichen. Die Methode ist in der Projektdatei gespeichert, und jede Änderung an ihr wird im Änderungsprotokoll aufgezeichnet.</translation>
    </message>
    <message>
        <source>Likelihood scale</source>
        <translation>Skala der Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation>Skala der Auswirkung</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Risikoniveaus</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 Risikoniveaus</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>Überprüfungsintervall</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>How likely a risk is to occur with the controls that are in place.</source>
        <translation>Wie wahrscheinlich ein Risiko bei den vorhandenen Maßnahmen eintritt.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>How severe the consequences would be if the risk occurred.</source>
        <translation>Wie schwer die Folgen wären, wenn das Risiko einträte.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>The level of a risk is read where its likelihood row meets its impact column. The same matrix gives the residual level from the ratings expected once the treatment is in place.</source>
        <translation>Das Risikoniveau eines Risikos steht dort, wo sich seine Zeile der Eintrittswahrscheinlichkeit und seine Spalte der Auswirkung kreuzen. Dieselbe Matrix ergibt das Restrisikoniveau aus den Einstufungen, die nach der Umsetzung der Behandlung erwartet werden.</translation>
    </message>
    <message>
        <source>Risk levels and acceptance</source>
        <translation>Risikoniveaus und Akzeptanz</translation>
    </message>
    <message>
        <source>The acceptance threshold is %1. A risk whose residual level is at or below it may be retained once its owner signs it off. A risk above it needs treatment; where it is retained nevertheless, its owner signs it off only with a written acceptance rationale, which this report prints with the sign-off.</source>
        <translation>Die Akzeptanzschwelle ist %1. Ein Risiko, dessen Restrisikoniveau auf oder unter ihr liegt, darf beibehalten werden, sobald sein Eigentümer es freigibt. Ein Risiko darüber muss behandelt werden; wird es dennoch beibehalten, gibt sein Eigentümer es nur mit einer schriftlichen Akzeptanzbegründung frei, die dieser Bericht mit der Freigabe abdruckt.</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Klassifizierungsschema</translation>
    </message>
    <message>
        <source>Information and assets are classified on this scheme, lowest first; the classification of the assets concerned informs the impact rating.</source>
        <translation>Informationen und Assets werden nach diesem Schema klassifiziert, die niedrigste Klasse zuerst; die Klassifizierung der betroffenen Assets fließt in die Einstufung der Auswirkung ein.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Review and reassessment</source>
        <translation>Überprüfung und Neubeurteilung</translation>
    </message>
    <message>
        <source>Every risk is reassessed at least every %1 months, and its next review date is set in the register.</source>
        <translation>Jedes Risiko wird mindestens alle %1 Monate neu beurteilt, und das Datum seiner nächsten Überprüfung wird im Register festgelegt.</translation>
    </message>
    <message>
        <source>Reassessment triggers</source>
        <translation>Auslöser für eine Neubeurteilung</translation>
    </message>
    <message>
        <source>None are defined beyond the review interval.</source>
        <translation>Über das Überprüfungsintervall hinaus sind keine festgelegt.</translation>
    </message>
    <message>
        <source>Notes on the method</source>
        <translation>Notizen zur Methode</translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodService</name>
    <message>
        <source>The project's risk assessment method was damaged outside the program (%1); the default method is used until it is set again on the Methodology page.</source>
        <translation>Die Methode zur Risikobeurteilung des Projekts wurde außerhalb des Programms beschädigt (%1); bis sie auf der Seite „Methodik“ neu festgelegt wird, gilt die Standardmethode.</translation>
    </message>
    <message>
        <source>The risk assessment method has no entry in the change log; it was written outside the program.</source>
        <translation>Die Methode zur Risikobeurteilung hat keinen Eintrag im Änderungsprotokoll; sie wurde außerhalb des Programms geschrieben.</translation>
    </message>
    <message>
        <source>The risk assessment method differs from the last version in the change log; it was changed outside the program.</source>
        <translation>Die Methode zur Risikobeurteilung weicht von der letzten Fassung im Änderungsprotokoll ab; sie wurde außerhalb des Programms geändert.</translation>
    </message>
    <message>
        <source>The risk assessment method is not valid: %1</source>
        <translation>Die Methode zur Risikobeurteilung ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>isms::RiskRegisterSection</name>
    <message>
        <source>Awaiting sign-off</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Threat / vulnerability</source>
        <translation>Bedrohung / Schwachstelle</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Vorhandene Maßnahmen</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Aktuelles Risiko</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation>Geplante Maßnahmen</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation>Das Register enthält noch keine Risiken.</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Each risk owner approves the treatment of the risk and accepts the residual risk by signing it off. The acceptance threshold is %1; a residual level above it is signed off only with an acceptance rationale. Where a risk has not been re-rated for its treatment, its current level stands for the residual one. Signed off: %2 risks. Awaiting sign-off: %3 open risks.</source>
        <translation>Mit der Freigabe gibt jeder Risikoeigentümer die Behandlung seines Risikos frei und akzeptiert das Restrisiko. Die Akzeptanzschwelle ist %1; ein Restrisikoniveau darüber wird nur mit einer Akzeptanzbegründung freigegeben. Wurde ein Risiko für seine Behandlung nicht neu eingestuft, steht sein aktuelles Risikoniveau für das Restrisikoniveau. Freigegeben: %2 Risiken. Freigabe ausstehend: %3 offene Risiken.</translation>
    </message>
    <message>
        <source>Signed-off risks</source>
        <translation>Freigegebene Risiken</translation>
    </message>
    <message>
        <source>No risk has been signed off yet.</source>
        <translation>Bisher wurde kein Risiko freigegeben.</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Restrisikoniveau</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Akzeptanzbegründung</translation>
    </message>
    <message>
        <source>Not needed: within the acceptance threshold.</source>
        <translation>Nicht erforderlich: innerhalb der Akzeptanzschwelle.</translation>
    </message>
    <message>
        <source>Risks awaiting sign-off</source>
        <translation>Risiken mit ausstehender Freigabe</translation>
    </message>
    <message>
        <source>Every open risk is signed off.</source>
        <translation>Alle offenen Risiken sind freigegeben.</translation>
    </message>
    <message>
        <source>These open risks have no sign-off yet. They are part of the register like every other risk and are listed here so that their owners can be asked to review and sign them off.</source>
        <translation>Diese offenen Risiken haben noch keine Freigabe. Sie gehören wie jedes andere Risiko zum Register und sind hier aufgeführt, damit ihre Eigentümer gebeten werden können, sie zu prüfen und freizugeben.</translation>
    </message>
    <message>
        <source>Before the sign-off</source>
        <translation>Vor der Freigabe</translation>
    </message>
    <message>
        <source>Assign a risk owner.</source>
        <translation>Einen Risikoeigentümer zuweisen.</translation>
    </message>
    <message>
        <source>Rate likelihood and impact.</source>
        <translation>Eintrittswahrscheinlichkeit und Auswirkung einstufen.</translation>
    </message>
    <message>
        <source>Above the acceptance threshold: treat it further, or write an acceptance rationale.</source>
        <translation>Über der Akzeptanzschwelle: weiter behandeln oder eine Akzeptanzbegründung schreiben.</translation>
    </message>
    <message>
        <source>Ready for the owner's sign-off.</source>
        <translation>Bereit zur Freigabe durch den Eigentümer.</translation>
    </message>
    <message>
        <source>Every risk of the register, by reference.</source>
        <extracomment>The first sentence of the risk register's introduction when it prints only some risks.</extracomment>
        <translation>Alle Risiken des Registers, nach Referenz.</translation>
    </message>
    <message>
        <source>The risks named above, by reference.</source>
        <translation>Die oben genannten Risiken, nach Referenz.</translation>
    </message>
    <message>
        <source>Each rating shows the level the matrix gives and, below it, likelihood × impact on the scales of the method. The current rating takes the existing controls into account; the residual rating is the one expected once the treatment is in place ("Not rated": not re-rated for its treatment yet). Controls are Annex A controls; planned controls are part of the treatment.</source>
        <translation>Jede Einstufung zeigt das Risikoniveau, das die Matrix ergibt, und darunter Eintrittswahrscheinlichkeit × Auswirkung auf den Skalen der Methode. Die aktuelle Einstufung berücksichtigt die bestehenden Maßnahmen; die Einstufung des Restrisikos ist die erwartete, sobald die Behandlung umgesetzt ist („Nicht eingestuft“: für die Behandlung noch nicht neu eingestuft). Maßnahmen sind Maßnahmen aus Anhang A; geplante Maßnahmen sind Teil der Behandlung.</translation>
    </message>
</context>
<context>
    <name>isms::RiskReport</name>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a count per risk level: "3 Low".</extracomment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A count followed by the references it counts: "2 (R-003, R-007)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This report sets out how information security risks are assessed, the risks found, how each is treated and who accepted the residual risk, as recorded in the project on %1. The sections follow the order of the work: the method, the heat maps, the register, the sign-offs and the treatment plan.</source>
        <translation>Dieser Bericht legt dar, wie Informationssicherheitsrisiken beurteilt werden, welche Risiken festgestellt wurden, wie jedes behandelt wird und wer das Restrisiko akzeptiert hat, wie am %1 im Projekt erfasst. Die Abschnitte folgen der Reihenfolge der Arbeit: die Methode, die Heatmaps, das Register, die Freigaben und der Risikobehandlungsplan.</translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation>Risiken im Register</translation>
    </message>
    <message>
        <source>By current level</source>
        <translation>Nach aktuellem Risikoniveau</translation>
    </message>
    <message>
        <source>By residual level</source>
        <translation>Nach Restrisikoniveau</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Noch nicht eingestuft</translation>
    </message>
    <message>
        <source>Above the acceptance threshold</source>
        <translation>Über der Akzeptanzschwelle</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation>Behandlungsaufgaben</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done</source>
        <translation>%1 offen, %2 überfällig, %3 erledigt</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <source>The number of risks in each cell of the matrix, before and after treatment. The residual map places risks that have not been re-rated for their treatment yet by their current rating.</source>
        <translation>Die Anzahl der Risiken in jeder Zelle der Matrix, vor und nach der Behandlung. Die Heatmap des Restrisikos ordnet Risiken, die für ihre Behandlung noch nicht neu eingestuft wurden, nach ihrer aktuellen Einstufung ein.</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Aktuelles Risiko</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>Current risks</source>
        <translation>Aktuelle Risiken</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Restrisiken</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Above the threshold</source>
        <translation>Über der Schwelle</translation>
    </message>
    <message>
        <source>Within the threshold</source>
        <translation>Innerhalb der Schwelle</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation>Risiken je Risikoniveau</translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation>Bericht zur Risikobeurteilung und Risikobehandlung</translation>
    </message>
    <message>
        <source>Risk assessment method, heat maps, risk register, sign-offs and treatment plan</source>
        <translation>Methode zur Risikobeurteilung, Heatmaps, Risikoregister, Freigaben und Risikobehandlungsplan</translation>
    </message>
</context>
<context>
    <name>isms::RiskReportJson</name>
    <message>
        <source>The risk method frozen in this run cannot be read; run "isms-cli check" on the project.</source>
        <translation>Die in diesem Lauf eingefrorene Methode zur Risikobeurteilung kann nicht gelesen werden; führen Sie „isms-cli check“ für das Projekt aus.</translation>
    </message>
</context>
<context>
    <name>isms::RiskRules</name>
    <message>
        <source>%1: "%2" read as %3 %4</source>
        <translation>%1: „%2“ gelesen als %3 %4</translation>
    </message>
    <message>
        <source>A sign-off needs both the risk owner's name and the date; give both or neither.</source>
        <translation>Eine Freigabe braucht sowohl den Namen des Risikoeigentümers als auch das Datum; geben Sie beides oder keines von beiden an.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2): write the acceptance rationale before the risk owner signs off.</source>
        <translation>Das Restrisikoniveau %1 liegt über der Akzeptanzschwelle (%2): Schreiben Sie die Akzeptanzbegründung, bevor der Risikoeigentümer die Freigabe erteilt.</translation>
    </message>
    <message>
        <source>"%1" is not an Annex A control; use its number, such as 5.15 or 8.24.</source>
        <translation>„%1“ ist keine Maßnahme aus Anhang A; verwenden Sie ihre Nummer, etwa 5.15 oder 8.24.</translation>
    </message>
    <message>
        <source>%1 must be a step of the method's scale (%2); %3 is not one.</source>
        <translation>%1 muss eine Stufe der Skala der Methode sein (%2); %3 ist keine.</translation>
    </message>
</context>
<context>
    <name>isms::RoleSpecs</name>
    <message>
        <source>The deputy is the holder of the role; name another person as deputy, or leave "Deputy" empty.</source>
        <translation>Die Stellvertretung ist der Inhaber der Rolle; nennen Sie eine andere Person als Stellvertretung, oder lassen Sie „Stellvertretung“ leer.</translation>
    </message>
</context>
<context>
    <name>isms::SoaCarryOver</name>
    <message>
        <source>%1 %2: applicable, %3</source>
        <translation>%1 %2: anwendbar, %3</translation>
    </message>
    <message>
        <source>%1 %2: not applicable</source>
        <translation>%1 %2: nicht anwendbar</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>A.%1 (from %2)</source>
        <extracomment>%1 is a 2022 control, %2 the 2013 controls it was carried over from</extracomment>
        <translation>A.%1 (aus %2)</translation>
    </message>
</context>
<context>
    <name>isms::SoaExport</name>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in one of these.</source>
        <translation>Die Erklärung zur Anwendbarkeit wird als PDF, CSV, XLSX oder JSON geschrieben; geben Sie einen Ausgabedateinamen mit einer dieser Endungen an.</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden; prüfen Sie den Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>isms::SoaImport</name>
    <message>
        <source>Review list: what the 2013 SoA leaves to decide</source>
        <translation>Prüfliste: was die SoA von 2013 offenlässt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New in ISO/IEC 27001:2022, no 2013 control maps to them (%1): decide whether each applies</source>
        <translation>Neu in ISO/IEC 27001:2022, keine Maßnahme von 2013 entspricht ihnen (%1): entscheiden Sie für jede, ob sie anwendbar ist</translation>
    </message>
    <message>
        <source>Merged from 2013 controls whose answers differ (%1): the control was left as it was; decide its answer</source>
        <translation>Aus Maßnahmen von 2013 mit unterschiedlichen Antworten zusammengeführt (%1): Die Maßnahme blieb unverändert; entscheiden Sie die Antwort</translation>
    </message>
    <message>
        <source>"%1" is not a mapping; write 'Header=field' with one of %2.</source>
        <translation>„%1“ ist keine Zuordnung; schreiben Sie 'Spalte=Feld' mit einem von %2.</translation>
    </message>
    <message>
        <source>this column and "%1" both give %2; remove one or map it to another field with --map.</source>
        <translation>diese Spalte und „%1“ liefern beide das Feld „%2“; entfernen Sie eine davon oder ordnen Sie sie mit --map einem anderen Feld zu.</translation>
    </message>
    <message>
        <source>the file has no column of control ids (such as "id" or "Control"); add one or name it with --map.</source>
        <translation>Die Datei hat keine Spalte mit Maßnahmen-IDs (etwa „id“ oder „Control“); fügen Sie eine hinzu oder benennen Sie sie mit --map.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile aber nur %2 Spalten; prüfen Sie die Trennzeichen und Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>the row has no control id.</source>
        <translation>Die Zeile hat keine Maßnahmen-ID.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation>%1 kommt in der Datei zweimal vor (auch in Zeile %2).</translation>
    </message>
    <message>
        <source>%1 is excluded, so it needs a justification; say why it does not apply.</source>
        <translation>%1 ist ausgeschlossen und braucht daher eine Begründung; schreiben Sie, warum sie nicht anwendbar ist.</translation>
    </message>
    <message>
        <source>"%1" is none of the 114 Annex A controls of ISO/IEC 27001:2013; give an id such as A.9.2.3.</source>
        <translation>„%1“ ist keine der 114 Anhang-A-Maßnahmen von ISO/IEC 27001:2013; geben Sie eine ID wie A.9.2.3 an.</translation>
    </message>
    <message>
        <source>"%1" is a control of ISO/IEC 27001:2013, not 2022; import the whole file as a 2013 SoA (--edition 2013) to carry it over.</source>
        <translation>„%1“ ist eine Maßnahme von ISO/IEC 27001:2013, nicht von 2022; importieren Sie die ganze Datei als SoA von 2013 (--edition 2013), um sie zu übertragen.</translation>
    </message>
    <message>
        <source>"%1" is none of the 93 Annex A controls; give an id such as A.5.7 or 5.7.</source>
        <translation>„%1“ ist keine der 93 Anhang-A-Maßnahmen; geben Sie eine ID wie A.5.7 oder 5.7 an.</translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation>Der Import hat Probleme, daher wurde nichts importiert; korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no; write Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x.</source>
        <translation>„%1“ ist weder ja noch nein; schreiben Sie Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 oder x.</translation>
    </message>
    <message>
        <source>"%1" is not a status; use %2.</source>
        <translation>„%1“ ist kein Status; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>the row says the control applies but gives the status not-applicable; correct one of the two.</source>
        <translation>Die Zeile sagt, die Maßnahme sei anwendbar, gibt aber den Status not-applicable an; korrigieren Sie eines von beiden.</translation>
    </message>
    <message>
        <source>the row says the control does not apply but gives the status %1; leave the status empty or write not-applicable.</source>
        <translation>Die Zeile sagt, die Maßnahme sei nicht anwendbar, gibt aber den Status %1 an; lassen Sie den Status leer oder schreiben Sie not-applicable.</translation>
    </message>
    <message>
        <source>"%1" is not a reason for including a control; use %2.</source>
        <translation>„%1“ ist kein Grund für die Aufnahme einer Maßnahme; verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>isms::SoaReport</name>
    <message>
        <source>Risk treatment</source>
        <translation>Risikobehandlung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Reasons, or justification of the exclusion</source>
        <translation>Gründe oder Begründung des Ausschlusses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Erklärung zur Anwendbarkeit</translation>
    </message>
    <message>
        <source>The Annex A controls of %1: which apply, why, and how far they are implemented</source>
        <extracomment>Subtitle on the cover of the SoA; %1 is "ISO/IEC 27001:2022".</extracomment>
        <translation>Die Maßnahmen aus Anhang A der %1: welche anwendbar sind, warum, und wie weit sie umgesetzt sind</translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation>Arbeitsentwurf</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Draft, not yet issued</source>
        <translation>Entwurf, noch nicht freigegeben</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Freigabedatum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This statement lists every control of Annex A of %1 with the decision whether it applies to the information security management system of %2. Included controls give the reasons for their inclusion; excluded controls give the justification of their exclusion. The risk-treatment reason comes from the risks whose treatment names the control.</source>
        <translation>Diese Erklärung führt jede Maßnahme aus Anhang A der %1 mit der Entscheidung auf, ob sie für das Informationssicherheits-Managementsystem von %2 anwendbar ist. Aufgenommene Maßnahmen nennen die Gründe ihrer Aufnahme, ausgeschlossene die Begründung ihres Ausschlusses. Der Grund „Risikobehandlung“ ergibt sich aus den Risiken, deren Behandlung die Maßnahme nennt.</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Implemented (of the applicable)</source>
        <translation>Umgesetzt (von den anwendbaren)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A summary line: "Reason: Legal or regulatory" with the number of controls included for it.</extracomment>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Points still open</source>
        <translation>Noch offene Punkte</translation>
    </message>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of an SoA section: "A.5 Organizational controls".</extracomment>
        <translation>A.%1 Maßnahmen: %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Column of the SoA: the number of evidence files attached to the control.</extracomment>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the SoA's additional controls: where a control comes from.</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Änderungen in dieser Version</translation>
    </message>
    <message>
        <source>Additional controls</source>
        <extracomment>A summary line of the SoA: the number of controls added beyond Annex A.</extracomment>
        <translation>Zusätzliche Maßnahmen</translation>
    </message>
    <message>
        <source>Controls that the organisation found necessary beyond Annex A, from sector rules, other standards or its own decisions, with the same decisions as the Annex A controls.</source>
        <translation>Maßnahmen, die die Organisation über Anhang A hinaus für nötig hält, aus Branchenvorgaben, anderen Normen oder eigenen Entscheidungen, mit denselben Angaben wie die Anhang-A-Maßnahmen.</translation>
    </message>
    <message>
        <source>Draft after version %1</source>
        <extracomment>Version of a printed SoA draft: the issued version it follows.</extracomment>
        <translation>Entwurf nach Version %1</translation>
    </message>
    <message>
        <source>Draft, not yet approved; version %1 is in force (approved on %2 by %3)</source>
        <extracomment>Status of a printed SoA draft: the issued version still in force, its approval date and approver.</extracomment>
        <translation>Entwurf, noch nicht freigegeben; Version %1 gilt (freigegeben am %2 von %3)</translation>
    </message>
    <message>
        <source>Field changes since version %1, not yet approved: %2.</source>
        <extracomment>Document control of an SoA draft; %2 counts the field changes since the version in force.</extracomment>
        <translation>Feldänderungen seit Version %1, noch nicht freigegeben: %2.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <extracomment>In the SoA's implementation column: the documents a control relates to.</extracomment>
        <translation>Dokumente: %1</translation>
    </message>
</context>
<context>
    <name>isms::SoaVersionService</name>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>the working state</source>
        <translation>der Arbeitsstand</translation>
    </message>
    <message>
        <source>"%1" is not an SoA version; give a version number such as 1, or current.</source>
        <translation>„%1“ ist keine SoA-Version; geben Sie eine Versionsnummer wie 1 oder current an.</translation>
    </message>
    <message>
        <source>The project has no SoA version %1; its versions are 1 to %2.</source>
        <translation>Das Projekt hat keine SoA-Version %1; seine Versionen sind 1 bis %2.</translation>
    </message>
    <message>
        <source>The project has no SoA version %1; no version has been issued yet.</source>
        <translation>Das Projekt hat keine SoA-Version %1; es wurde noch keine Version herausgegeben.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 cannot be read; it was damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Der eingefrorene Inhalt der SoA-Version %1 kann nicht gelesen werden; er wurde außerhalb von ISMS Workbench beschädigt. Führen Sie „isms-cli check“ für das Projekt aus.</translation>
    </message>
    <message>
        <source>Name who approved this version of the Statement of Applicability; a version is issued only with its approver.</source>
        <translation>Nennen Sie, wer diese Version der Erklärung zur Anwendbarkeit freigegeben hat; eine Version wird nur mit ihrer Freigabe herausgegeben.</translation>
    </message>
    <message>
        <source>The approver's name must be one line of at most %1 characters.</source>
        <translation>Der Name der freigebenden Person muss eine Zeile mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <source>Describe what this version of the Statement of Applicability changes; a version is issued only with a change summary.</source>
        <translation>Beschreiben Sie, was diese Version der Erklärung zur Anwendbarkeit ändert; eine Version wird nur mit einer Änderungsübersicht herausgegeben.</translation>
    </message>
    <message>
        <source>The change summary is longer than %1 characters; shorten it.</source>
        <translation>Die Änderungsübersicht ist länger als %1 Zeichen; kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation>Das Freigabedatum %1 liegt in der Zukunft; geben Sie das Datum der Freigabe der Version an.</translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; issue it again only as a deliberate re-approval of the same content.</source>
        <translation>In der Erklärung zur Anwendbarkeit hat sich seit Version %1 nichts geändert; geben Sie sie nur als bewusste erneute Freigabe desselben Inhalts noch einmal heraus.</translation>
    </message>
    <message>
        <source>SoA version %1 is logged as issued more than once; the change log was written outside ISMS Workbench.</source>
        <translation>SoA-Version %1 ist mehr als einmal als herausgegeben protokolliert; das Änderungsprotokoll wurde außerhalb von ISMS Workbench geschrieben.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Der eingefrorene Inhalt der SoA-Version %1 passt nicht mehr zu seinem SHA-256; er wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 is not readable.</source>
        <translation>Der eingefrorene Inhalt der SoA-Version %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>SoA version %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation>SoA-Version %1 hat keinen Eintrag im Änderungsprotokoll; sie wurde außerhalb von ISMS Workbench hinzugefügt.</translation>
    </message>
    <message>
        <source>SoA version %1 differs from the approval record logged when it was issued (approver, dates, summary or hash); it was changed outside ISMS Workbench.</source>
        <translation>SoA-Version %1 weicht vom bei der Herausgabe protokollierten Freigabevermerk ab (Freigabe, Daten, Übersicht oder Hash); sie wurde außerhalb von ISMS Workbench geändert.</translation>
    </message>
    <message>
        <source>SoA version %1 was issued but is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>SoA-Version %1 wurde herausgegeben, fehlt aber im Projekt; sie wurde außerhalb von ISMS Workbench entfernt.</translation>
    </message>
</context>
<context>
    <name>isms::Sql</name>
    <message>
        <source>The project file cannot be written; check that it is not read-only and that the disk is not full.</source>
        <translation>Die Projektdatei kann nicht geschrieben werden; prüfen Sie, ob sie nicht schreibgeschützt und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Reading or writing the project file failed; check the disk and try again.</source>
        <translation>Das Lesen oder Schreiben der Projektdatei ist fehlgeschlagen; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is not an ISMS Workbench project; choose a .isms file.</source>
        <translation>Die Datei ist kein ISMS-Workbench-Projekt; wählen Sie eine .isms-Datei.</translation>
    </message>
    <message>
        <source>The project file is damaged; open a backup copy of it.</source>
        <translation>Die Projektdatei ist beschädigt; öffnen Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The project file could not be read or changed (%1); nothing was changed. Try again; if it happens again, run "isms-cli check" on the file.</source>
        <translation>Die Projektdatei konnte nicht gelesen oder geändert werden (%1); es wurde nichts geändert. Versuchen Sie es erneut; geschieht es wieder, führen Sie „isms-cli check“ für die Datei aus.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of field names: "audit and control", "risk, asset and role"</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>A record with the same %1 is recorded already; each may be recorded once. Nothing was saved.</source>
        <translation>Ein Datensatz mit denselben Werten für %1 ist bereits erfasst; jeder darf nur einmal erfasst werden. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>isms::Status</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>isms::StatusChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>isms::SupportSpecs</name>
    <message>
        <source>An evaluated training says when it was evaluated; fill in "Evaluated on", or set the effectiveness to "Not yet evaluated".</source>
        <translation>Eine bewertete Schulung gibt an, wann sie bewertet wurde; füllen Sie „Bewertet am“ aus, oder setzen Sie die Wirksamkeit auf „Noch nicht bewertet“.</translation>
    </message>
    <message>
        <source>The evaluation on %1 lies before the training on %2; an evaluation comes on or after the training, so correct one of the dates.</source>
        <translation>Die Bewertung am %1 liegt vor der Schulung am %2; eine Bewertung erfolgt am Tag der Schulung oder danach, korrigieren Sie also eines der beiden Daten.</translation>
    </message>
    <message>
        <source>"Last done" is %1, a date in the future; give the date on which the communication last took place, and put a coming one in "Planned date".</source>
        <translation>„Zuletzt erfolgt“ ist der %1, ein Datum in der Zukunft; geben Sie das Datum an, an dem die Kommunikation zuletzt stattfand, und tragen Sie eine bevorstehende in „Geplanter Termin“ ein.</translation>
    </message>
</context>
<context>
    <name>isms::TextLimitCheck</name>
    <message>
        <source>control A.%1</source>
        <translation>Maßnahme A.%1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>dem Projekt</translation>
    </message>
    <message>
        <source>The field "%1" of %2 has %3 characters, more than the %4 the program allows; it was written outside ISMS Workbench and is shown cut.</source>
        <translation>Bei %2 hat das Feld „%1“ %3 Zeichen, mehr als die %4, die das Programm zulässt; es wurde außerhalb von ISMS Workbench geschrieben und wird gekürzt angezeigt.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 contains %3; it was written outside ISMS Workbench and is shown with that character replaced.</source>
        <translation>Bei %2 enthält das Feld „%1“ %3; es wurde außerhalb von ISMS Workbench geschrieben und wird mit ersetztem Zeichen angezeigt.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>isms::Theme</name>
    <message>
        <source>Organizational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personenbezogen</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physisch</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>Technologisch</translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanReport</name>
    <message>
        <source>Risk treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>Treatment tasks by due date, with their owners, status and risks</source>
        <translation>Behandlungsaufgaben nach Fälligkeitsdatum, mit Verantwortlichen, Status und Risiken</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This plan lists every risk treatment task recorded in the project on %1, with the risk it treats and that risk's current level. A task that is neither done nor cancelled and whose due date lies before that date is marked "%2".</source>
        <translation>Dieser Plan listet jede Behandlungsaufgabe auf, die am %1 im Projekt erfasst ist, mit dem Risiko, das sie behandelt, und dessen aktuellem Risikoniveau. Eine Aufgabe, die weder erledigt noch abgebrochen ist und deren Fälligkeitsdatum vor diesem Datum liegt, ist mit „%2“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>Keine Aufgabe ist überfällig.</translation>
    </message>
    <message>
        <source>All tasks by due date</source>
        <translation>Alle Aufgaben nach Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation>Der Risikobehandlungsplan enthält noch keine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanSection</name>
    <message>
        <source>Treatment tasks</source>
        <translation>Behandlungsaufgaben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 (open or in progress)</source>
        <translation>%1 (offen oder in Bearbeitung)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark of a treatment task past its due date; printed in tables.</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 (open past their due date, marked "%2" below)</source>
        <translation>%1 (nach dem Fälligkeitsdatum noch offen, unten mit „%2“ gekennzeichnet)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Open without a due date</source>
        <translation>Offen ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikoniveau</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Risikobehandlungsplan</translation>
    </message>
    <message>
        <source>The tasks that carry out the risk treatments, by due date and then owner, each with the risk it treats and that risk's current level. A task that is neither done nor cancelled and whose due date lies before %1, the date of this report, is marked "%2".</source>
        <translation>Die Aufgaben, mit denen die Risikobehandlungen umgesetzt werden, nach Fälligkeitsdatum und dann nach Verantwortlichen, jede mit dem Risiko, das sie behandelt, und dessen aktuellem Risikoniveau. Eine Aufgabe, die weder erledigt noch abgebrochen ist und deren Fälligkeitsdatum vor dem %1, dem Datum dieses Berichts, liegt, ist mit „%2“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation>Der Risikobehandlungsplan enthält noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>Tasks by due date</source>
        <translation>Aufgaben nach Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>isms::TrendChart</name>
    <message>
        <source>at most %1</source>
        <extracomment>A metric's target: "at least 95 %", "at most 5 h"</extracomment>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <extracomment>On a metric's trend chart: "Target: at least 95 %"</extracomment>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Noch keine Messungen</translation>
    </message>
</context>
<context>
    <name>isms::UniqueValues</name>
    <message>
        <source>%1 "%2" already has its %4, %3; change that one instead.</source>
        <extracomment>%1: a field ("Report"), %2: its value, %3: the record that holds it ("DC-001"), %4: the register's noun ("document control").</extracomment>
        <translation>Für %1 „%2“ gibt es bereits einen Datensatz (%4): %3; ändern Sie stattdessen diesen.</translation>
    </message>
</context>
<context>
    <name>isms::Xlsx</name>
    <message>
        <source>"%1" is not an Excel workbook that can be read; save it again as .xlsx or export it as CSV.</source>
        <translation>„%1“ ist keine lesbare Excel-Arbeitsmappe; speichern Sie sie erneut als .xlsx, oder exportieren Sie sie als CSV.</translation>
    </message>
    <message>
        <source>"%1" could not be written; check the folder and the disk space and try again.</source>
        <translation>„%1“ konnte nicht geschrieben werden; prüfen Sie den Ordner und den Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>"%1" cannot be read; check the file name.</source>
        <translation>„%1“ kann nicht gelesen werden; prüfen Sie den Dateinamen.</translation>
    </message>
</context>
<context>
    <name>isms::cli::AssessmentCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>Say what the assessment covered with --scope TEXT.</source>
        <translation>Geben Sie mit --scope TEXT an, was die Beurteilung umfasste.</translation>
    </message>
    <message>
        <source>Name who performed the assessment with --by NAME.</source>
        <translation>Nennen Sie mit --by NAME, wer die Beurteilung durchgeführt hat.</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--date: „%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.ics.</source>
        <translation>Die Ausgabedatei fehlt; geben Sie sie mit -o AUSGABE.ics an.</translation>
    </message>
    <message>
        <source>The calendar is written as an iCalendar file only; give an output file name that ends in .ics.</source>
        <translation>Der Kalender wird nur als iCalendar-Datei geschrieben; geben Sie einen Ausgabedateinamen mit der Endung .ics an.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.ics.</source>
        <translation>Die Ausgabedatei ist die Projektdatei selbst; geben Sie mit -o AUSGABE.ics einen anderen Namen an.</translation>
    </message>
    <message>
        <source>ISMS calendar of %1</source>
        <translation>ISMS-Kalender von %1</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2.</source>
        <translation>Der Kalender konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n duties to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 geschrieben.</numerusform>
            <numerusform>%n Termine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records a risk assessment run: freezes the method and the whole risk register as they stand and prints the run's reference; a run never changes.</source>
        <translation>Erfasst einen Risikobeurteilungslauf: friert die Methode und das gesamte Risikoregister im aktuellen Stand ein und gibt die Referenz des Laufs aus; ein Lauf ändert sich nie.</translation>
    </message>
    <message>
        <source>The run is logged and cannot be changed or removed. The date defaults to today; overdue tasks and reviews in the frozen register are judged on that date. "isms-cli list assessment-runs FILE" lists the runs, "isms-cli export assessment-run FILE RUN-001 -o OUT.pdf" prints one.</source>
        <translation>Der Lauf wird protokolliert und kann weder geändert noch entfernt werden. Das Datum ist standardmäßig heute; überfällige Aufgaben und Überprüfungen im eingefrorenen Register werden zu diesem Datum beurteilt. „isms-cli list assessment-runs FILE“ listet die Läufe auf, „isms-cli export assessment-run FILE RUN-001 -o OUT.pdf“ druckt einen.</translation>
    </message>
    <message>
        <source>What the assessment covered.</source>
        <translation>Was die Beurteilung umfasste.</translation>
    </message>
    <message>
        <source>Who performed the assessment.</source>
        <translation>Wer die Beurteilung durchgeführt hat.</translation>
    </message>
    <message>
        <source>When it was performed (default: today).</source>
        <translation>Wann sie durchgeführt wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>Anything else to record with the run.</source>
        <translation>Alles Weitere, was mit dem Lauf erfasst werden soll.</translation>
    </message>
    <message>
        <source>Lists the ISMS calendar: every dated duty taken from the records, overdue ones first.</source>
        <translation>Listet den ISMS-Kalender auf: jede datierte Aufgabe aus den Datensätzen, überfällige zuerst.</translation>
    </message>
    <message>
        <source>Only overdue duties.</source>
        <translation>Nur überfällige Aufgaben.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table oder json.</translation>
    </message>
    <message>
        <source>Writes one risk assessment run (its heat maps, register and treatment plan as frozen) as a PDF/A file in landscape.</source>
        <translation>Schreibt einen Risikobeurteilungslauf (seine Heatmaps, das Register und den Risikobehandlungsplan im eingefrorenen Stand) als PDF/A-Datei im Querformat.</translation>
    </message>
    <message>
        <source>the run's reference, such as RUN-001</source>
        <translation>die Referenz des Laufs, zum Beispiel RUN-001</translation>
    </message>
    <message>
        <source>An assessment run is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Ein Beurteilungslauf wird nur als PDF geschrieben; geben Sie einen Ausgabedateinamen mit der Endung .pdf an.</translation>
    </message>
    <message>
        <source>Wrote assessment run %1 to %2.</source>
        <translation>Der Beurteilungslauf %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the ISMS calendar as an iCalendar file: one event per duty, which a calendar program updates on a later import rather than adding it twice.</source>
        <translation>Schreibt den ISMS-Kalender als iCalendar-Datei: ein Ereignis je Aufgabe, das ein Kalenderprogramm bei einem späteren Import aktualisiert, statt es doppelt hinzuzufügen.</translation>
    </message>
    <message>
        <source>The .ics file to write; an existing file is replaced.</source>
        <translation>Die zu schreibende .ics-Datei; eine vorhandene Datei wird ersetzt.</translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditCommands</name>
    <message>
        <source>Say which audit the checklist is for, for example AUD-001.</source>
        <translation>Geben Sie an, für welches Audit die Checkliste ist, zum Beispiel AUD-001.</translation>
    </message>
    <message>
        <source>Added %1 checklist items; %2 were already on the checklist and stay as they are.</source>
        <translation>%1 Checklistenpunkte hinzugefügt; %2 standen bereits auf der Checkliste und bleiben unverändert.</translation>
    </message>
    <message>
        <source>Say which checklist item to raise, for example CL-0004.</source>
        <translation>Geben Sie an, aus welchem Checklistenpunkt eine Feststellung erfasst werden soll, zum Beispiel CL-0004.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>the audit's reference, such as AUD-001</source>
        <translation>die Referenz des Audits, etwa AUD-001</translation>
    </message>
    <message>
        <source>Builds an audit's checklist from the clauses and applicable controls it covers and the approved policies and procedures; items already on it stay as they are.</source>
        <translation>Erstellt die Checkliste eines Audits aus den Abschnitten und anwendbaren Maßnahmen, die es abdeckt, sowie aus den freigegebenen Leitlinien und Verfahren; bereits enthaltene Punkte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Records the finding of a checklist item answered as a nonconformity, an observation or an opportunity for improvement, linked to the item, and prints its reference.</source>
        <translation>Erfasst die Feststellung zu einem Checklistenpunkt, der als Nichtkonformität, Beobachtung oder Verbesserungspotenzial beantwortet wurde, verknüpft sie mit dem Punkt und gibt ihre Referenz aus.</translation>
    </message>
    <message>
        <source>the checklist item's reference, such as CL-0004</source>
        <translation>die Referenz des Checklistenpunkts, etwa CL-0004</translation>
    </message>
    <message>
        <source>Writes the report of one internal audit (scope, team, independence, checklist, findings by grade, conclusion) as a PDF/A file.</source>
        <translation>Schreibt den Bericht eines internen Audits (Umfang, Team, Unabhängigkeit, Checkliste, Feststellungen nach Einstufung, Schlussfolgerung) als PDF/A-Datei.</translation>
    </message>
    <message>
        <source>The project file is only read.</source>
        <translation>Die Projektdatei wird nur gelesen.</translation>
    </message>
    <message>
        <source>The audit report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Der Auditbericht wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>Wrote the audit report to %1.</source>
        <translation>Der Auditbericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Say which finding or incident raises the nonconformity, for example F-001 or INC-002.</source>
        <translation>Geben Sie an, welche Feststellung oder welcher Vorfall die Nichtkonformität auslöst, zum Beispiel F-001 oder INC-002.</translation>
    </message>
    <message>
        <source>Records the nonconformity that an audit finding graded as a nonconformity, or an incident, raises, linked both ways, and prints its reference.</source>
        <translation>Erfasst die Nichtkonformität, die eine als Nichtkonformität eingestufte Auditfeststellung oder ein Vorfall auslöst, in beide Richtungen verknüpft, und gibt ihre Referenz aus.</translation>
    </message>
    <message>
        <source>the finding or incident, such as F-001 or INC-002</source>
        <translation>die Feststellung oder der Vorfall, etwa F-001 oder INC-002</translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditPackCommand</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation>Die Ausgabedatei fehlt; geben Sie sie mit -o AUSGABE.pdf an.</translation>
    </message>
    <message>
        <source>The audit pack is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Das Auditpaket wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation>Die Ausgabedatei ist die Projektdatei selbst; geben Sie mit -o AUSGABE.pdf einen anderen Namen an.</translation>
    </message>
    <message>
        <source>"%1" is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation>„%1“ ist keine Vorlage des Auditpakets; verwenden Sie stage1, stage2 oder surveillance.</translation>
    </message>
    <message>
        <source>--since: give the date of the last certification audit as YYYY-MM-DD.</source>
        <translation>--since: Geben Sie das Datum des letzten Zertifizierungsaudits als YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>--since belongs to the surveillance preset; add --preset surveillance or leave --since out.</source>
        <translation>--since gehört zur Vorlage surveillance; fügen Sie --preset surveillance hinzu oder lassen Sie --since weg.</translation>
    </message>
    <message>
        <source>"%1" is not a language the audit pack is written in; use en, de or fr.</source>
        <translation>„%1“ ist keine Sprache, in der das Auditpaket geschrieben wird; verwenden Sie en, de oder fr.</translation>
    </message>
    <message>
        <source>--evidence: give the folder to write the evidence files to.</source>
        <translation>--evidence: Geben Sie den Ordner an, in den die Nachweisdateien geschrieben werden sollen.</translation>
    </message>
    <message>
        <source>Wrote the audit pack to %1.</source>
        <translation>Das Auditpaket wurde nach %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n evidence file(s) to %1.</source>
        <translation>
            <numerusform>%n Nachweisdatei nach %1 geschrieben.</numerusform>
            <numerusform>%n Nachweisdateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack has no evidence index, so no file was written; use --preset stage2 or add "evidence" to --sections.</source>
        <translation>Das Paket hat keinen Nachweisindex, daher wurde keine Datei geschrieben; verwenden Sie --preset stage2 oder fügen Sie „evidence“ zu --sections hinzu.</translation>
    </message>
    <message>
        <source>Writes the audit pack for the certification body as one PDF/A file: cover, document control, contents, then the sections of the preset, taken from the other reports.</source>
        <translation>Schreibt das Auditpaket für die Zertifizierungsstelle als eine PDF/A-Datei: Deckblatt, Dokumentenlenkung, Inhaltsverzeichnis, dann die Abschnitte der Vorlage, entnommen aus den anderen Berichten.</translation>
    </message>
    <message>
        <source>Stage 1 (the default) presents the documented ISMS; stage 2 adds the evidence index; surveillance covers the period since the last certification audit, given with --since (a year before today without it). --sections replaces the preset's sections with the keys given, in the pack's order: %1. The readiness summary ("readiness") and the full risk register ("risk-register") are printed only when named. --evidence DIR writes the included evidence files of the index into DIR under the names the index gives; files set to be redacted are listed but not written, files set to be left out are neither. --language writes the pack in English, German or French. The project file is only read.</source>
        <translation>Stufe 1 (Standard) stellt das dokumentierte ISMS dar; Stufe 2 ergänzt den Nachweisindex; surveillance deckt den Zeitraum seit dem letzten Zertifizierungsaudit ab, angegeben mit --since (ohne diese Option ein Jahr vor heute). --sections ersetzt die Abschnitte der Vorlage durch die angegebenen Schlüssel, in der Reihenfolge des Pakets: %1. Die Zusammenfassung der Auditbereitschaft („readiness“) und das vollständige Risikoregister („risk-register“) werden nur gedruckt, wenn sie genannt sind. --evidence DIR schreibt die enthaltenen Nachweisdateien des Verzeichnisses unter den dort angegebenen Namen nach DIR; zum Schwärzen vorgesehene Dateien werden aufgeführt, aber nicht geschrieben, auszulassende Dateien weder aufgeführt noch geschrieben. --language schreibt das Paket auf Englisch, Deutsch oder Französisch. Die Projektdatei wird nur gelesen.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>stage1 (the default), stage2 or surveillance.</source>
        <translation>stage1 (Standard), stage2 oder surveillance.</translation>
    </message>
    <message>
        <source>Section keys, separated by commas, instead of the preset's.</source>
        <translation>Abschnittsschlüssel, durch Kommas getrennt, statt derer der Vorlage.</translation>
    </message>
    <message>
        <source>Surveillance: the date of the last certification audit.</source>
        <translation>Überwachungsaudit: das Datum des letzten Zertifizierungsaudits.</translation>
    </message>
    <message>
        <source>The folder to write the evidence files to.</source>
        <translation>Der Ordner, in den die Nachweisdateien geschrieben werden.</translation>
    </message>
    <message>
        <source>en, de or fr: the language of the pack.</source>
        <translation>en, de oder fr: die Sprache des Pakets.</translation>
    </message>
</context>
<context>
    <name>isms::cli::CliApplication</name>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Shows this help; "isms-cli COMMAND --help" shows a command's help.</source>
        <translation>Zeigt diese Hilfe an; „isms-cli BEFEHL --help“ zeigt die Hilfe eines Befehls an.</translation>
    </message>
    <message>
        <source>Shows the program's version.</source>
        <translation>Zeigt die Version des Programms an.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the check found problems</source>
        <translation>die Prüfung hat Probleme gefunden</translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation>die Befehlszeile ist falsch</translation>
    </message>
    <message>
        <source>the file cannot be opened as a project (not one, newer, damaged, locked)</source>
        <translation>die Datei kann nicht als Projekt geöffnet werden (kein Projekt, neuer, beschädigt, gesperrt)</translation>
    </message>
    <message>
        <source>another input or output error (missing file, disk full...)</source>
        <translation>ein anderer Ein- oder Ausgabefehler (Datei fehlt, Datenträger voll...)</translation>
    </message>
    <message>
        <source>Usage: isms-cli COMMAND FILE [OPTIONS]</source>
        <translation>Aufruf: isms-cli BEFEHL DATEI [OPTIONEN]</translation>
    </message>
    <message>
        <source>Works with ISMS Workbench project files (*.isms) without a window.</source>
        <translation>Arbeitet ohne Fenster mit Projektdateien von ISMS Workbench (*.isms).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Rückgabewerte:</translation>
    </message>
    <message>
        <source>No command was given; run "isms-cli --help" to see the commands.</source>
        <translation>Es wurde kein Befehl angegeben; „isms-cli --help“ zeigt die Befehle an.</translation>
    </message>
    <message>
        <source>"%1" is not an isms-cli command; run "isms-cli --help" to see the commands.</source>
        <translation>„%1“ ist kein Befehl von isms-cli; „isms-cli --help“ zeigt die Befehle an.</translation>
    </message>
    <message>
        <source>"%1" is not an option here; the command comes first, see "isms-cli --help".</source>
        <translation>„%1“ ist hier keine Option; der Befehl steht an erster Stelle, siehe „isms-cli --help“.</translation>
    </message>
    <message>
        <source>Usage: isms-cli export KIND FILE -o OUT</source>
        <translation>Aufruf: isms-cli export ART DATEI -o AUSGABE</translation>
    </message>
    <message>
        <source>Kinds available in this version:</source>
        <translation>In dieser Version verfügbare Arten:</translation>
    </message>
    <message>
        <source>Say what to export, for example "isms-cli export controls FILE -o controls.pdf".</source>
        <translation>Geben Sie an, was exportiert werden soll, zum Beispiel „isms-cli export controls DATEI -o massnahmen.pdf“.</translation>
    </message>
    <message>
        <source>Exporting "%1" is not available in this version yet; it exports %2 only.</source>
        <translation>Das Exportieren von „%1“ ist in dieser Version noch nicht verfügbar; sie exportiert nur %2.</translation>
    </message>
    <message>
        <source>"%1" is not something isms-cli can export; this version exports %2.</source>
        <translation>„%1“ kann isms-cli nicht exportieren; diese Version exportiert %2.</translation>
    </message>
    <message>
        <source>run "isms-cli %1 --help" for its usage</source>
        <translation>„isms-cli %1 --help“ zeigt den Aufruf</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1 is missing; %2.</source>
        <translation>%1 fehlt; %2.</translation>
    </message>
    <message>
        <source>"%1" is one argument too many; %2.</source>
        <translation>„%1“ ist ein Argument zu viel; %2.</translation>
    </message>
    <message>
        <source>With a command that changes a project: takes over its lock from another program or computer. Use it only when nobody is working on the project there.</source>
        <translation>Bei einem Befehl, der ein Projekt ändert: übernimmt dessen Sperre von einem anderen Programm oder Computer. Verwenden Sie die Option nur, wenn dort niemand an dem Projekt arbeitet.</translation>
    </message>
    <message>
        <source>Say which register, for example "isms-cli %1 threats FILE"; the registers are %2.</source>
        <translation>Geben Sie das Register an, zum Beispiel „isms-cli %1 threats FILE“; die Register sind %2.</translation>
    </message>
    <message>
        <source>"%1" is not a register; use one of %2.</source>
        <translation>„%1“ ist kein Register; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source> Change one with "isms-cli set %1 FILE %2 --status ...".</source>
        <translation> Ändern Sie eine mit „isms-cli set %1 DATEI %2 --status ...“.</translation>
    </message>
    <message>
        <source>Say what "isms-cli %1" should do: %2.</source>
        <translation>Sagen Sie, was „isms-cli %1“ tun soll: %2.</translation>
    </message>
    <message>
        <source>"%1" is not something "isms-cli %2" does; use %3.</source>
        <translation>„%1“ ist nichts, was „isms-cli %2“ tut; verwenden Sie %3.</translation>
    </message>
</context>
<context>
    <name>isms::cli::CommandHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>isms::cli::ControlCommands</name>
    <message>
        <source>There is no Annex A control "%1"; run "isms-cli controls %2" to list the 93 controls.</source>
        <translation>Es gibt keine Maßnahme „%1“ in Anhang A; „isms-cli controls %2“ listet die 93 Maßnahmen auf.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Controls by status: %1 (%2 in total).</source>
        <translation>Maßnahmen nach Status: %1 (insgesamt %2).</translation>
    </message>
    <message>
        <source>"%1" is not an output format; use table, csv or json.</source>
        <translation>„%1“ ist kein Ausgabeformat; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>Neu in 2022</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation>Informationssicherheitseigenschaften</translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation>Cybersicherheitskonzepte</translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation>Operative Fähigkeiten</translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation>Sicherheitsdomänen</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation>ISO/IEC 27001:2013</translation>
    </message>
    <message>
        <source>none (new control)</source>
        <translation>keine (neue Maßnahme)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>"%1" is not a status; use one of %2.</source>
        <translation>„%1“ ist kein Status; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, for example 2027-03-31.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2027-03-31.</translation>
    </message>
    <message>
        <source>%1 already had these values; nothing was changed.</source>
        <translation>%1 hatte diese Werte bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation>%1 von %2 geändert, im Änderungsprotokoll als %3 aufgezeichnet.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>Lists the 93 Annex A controls with theme, status and owner.</source>
        <translation>Listet die 93 Maßnahmen aus Anhang A mit Thema, Status und Verantwortlichen auf.</translation>
    </message>
    <message>
        <source>The columns are id, title, theme, status and owner. CSV has a header row and neutralises cells that a spreadsheet would run as a formula; JSON is an array of objects with the same fields.</source>
        <translation>Die Spalten sind ID, Titel, Thema, Status und Verantwortlich. CSV hat eine Kopfzeile und entschärft Zellen, die eine Tabellenkalkulation als Formel ausführen würde; JSON ist ein Array von Objekten mit denselben Feldern.</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Shows one Annex A control, or changes its tracking as one logged action.</source>
        <translation>Zeigt eine Maßnahme aus Anhang A an oder ändert ihre Nachverfolgung als eine protokollierte Aktion.</translation>
    </message>
    <message>
        <source>Without options the control is shown with its attributes, its tracking and the 2013 controls that map to it. With options the given fields change together, in one transaction that the change log records field by field; the name recorded is the one set in the preferences, or the ISMS_ACTOR environment variable.</source>
        <translation>Ohne Optionen wird die Maßnahme mit ihren Attributen, ihrer Nachverfolgung und den ihr zugeordneten Maßnahmen von 2013 angezeigt. Mit Optionen ändern sich die angegebenen Felder gemeinsam in einer Transaktion, die das Änderungsprotokoll Feld für Feld aufzeichnet; als Name wird der in den Einstellungen festgelegte oder die Umgebungsvariable ISMS_ACTOR aufgezeichnet.</translation>
    </message>
    <message>
        <source>the control id, with or without "A." (A.5.1 or 5.1)</source>
        <translation>die ID der Maßnahme, mit oder ohne „A.“ (A.5.1 oder 5.1)</translation>
    </message>
    <message>
        <source>not-started, planned, partial, implemented or not-applicable.</source>
        <translation>not-started, planned, partial, implemented oder not-applicable.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Who is responsible; "" clears it.</source>
        <translation>Wer verantwortlich ist; "" leert das Feld.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Free text notes; "" clears them.</source>
        <translation>Notizen als freier Text; "" leert sie.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>When it is due; "" clears it.</source>
        <translation>Wann sie fällig ist; "" leert das Feld.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>isms::cli::DocumentCommands</name>
    <message>
        <source>The file of the version, stored in the project.</source>
        <translation>Die Datei der Version, im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Say which document the version belongs to, for example --document DOC-001.</source>
        <translation>Geben Sie an, zu welchem Dokument die Version gehört, zum Beispiel --document DOC-001.</translation>
    </message>
    <message>
        <source>A document version needs its file; give it with --file PATH.</source>
        <translation>Eine Dokumentversion braucht ihre Datei; geben Sie sie mit --file PFAD an.</translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation>Geben Sie mit -o PATH an, wohin die Datei geschrieben werden soll.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>Stores a file in the project as a new version of a document and prints the version's reference.</source>
        <translation>Speichert eine Datei als neue Version eines Dokuments im Projekt und gibt die Referenz der Version aus.</translation>
    </message>
    <message>
        <source>Files over the project's size limit per stored file (50 MB unless changed) are refused. An approved version names its approver and approval date and never changes afterwards; a later change is a new version.</source>
        <translation>Dateien über der Größenbeschränkung des Projekts je gespeicherter Datei (50 MB, sofern nicht geändert) werden abgelehnt. Eine freigegebene Version nennt, wer sie wann freigegeben hat, und ändert sich danach nie; eine spätere Änderung ist eine neue Version.</translation>
    </message>
    <message>
        <source>Writes the stored file of a document version out, byte for byte.</source>
        <translation>Schreibt die gespeicherte Datei einer Dokumentversion Byte für Byte heraus.</translation>
    </message>
    <message>
        <source>the version's reference, such as DV-001</source>
        <translation>die Referenz der Version, zum Beispiel DV-001</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
</context>
<context>
    <name>isms::cli::EvidenceCommands</name>
    <message>
        <source>--%1: "%2" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Es sind keine Nachweise angehängt.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Nachweisdatum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>ID is missing after %1; give a record, for example "isms-cli evidence FILE controls 5.1".</source>
        <translation>Nach %1 fehlt die ID; geben Sie einen Datensatz an, zum Beispiel „isms-cli evidence FILE controls 5.1“.</translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation>Geben Sie mit -o PATH an, wohin die Datei geschrieben werden soll.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>the register of the record, such as controls, clauses, risks or assets</source>
        <translation>das Register des Datensatzes, zum Beispiel controls, clauses, risks oder assets</translation>
    </message>
    <message>
        <source>the record's reference, such as 5.1, 4.3 or R-001</source>
        <translation>die Referenz des Datensatzes, zum Beispiel 5.1, 4.3 oder R-001</translation>
    </message>
    <message>
        <source>Stores a file in the project as evidence of a record and prints the evidence's reference.</source>
        <translation>Speichert eine Datei als Nachweis eines Datensatzes im Projekt und gibt die Referenz des Nachweises aus.</translation>
    </message>
    <message>
        <source>The same bytes are stored once however often they are attached. Files over the project's size limit (50 MB unless changed) are refused. The evidence date is the date or period end the file proves, not today.</source>
        <translation>Dieselben Bytes werden nur einmal gespeichert, wie oft sie auch angehängt werden. Dateien über der Größenbeschränkung des Projekts (50 MB, sofern nicht geändert) werden abgelehnt. Das Nachweisdatum ist das Datum oder Ende des Zeitraums, das die Datei belegt, nicht das heutige Datum.</translation>
    </message>
    <message>
        <source>the file to store</source>
        <translation>die zu speichernde Datei</translation>
    </message>
    <message>
        <source>The date the file proves.</source>
        <translation>Das Datum, das die Datei belegt.</translation>
    </message>
    <message>
        <source>When the file stops proving it.</source>
        <translation>Das Datum, ab dem die Datei es nicht mehr belegt.</translation>
    </message>
    <message>
        <source>A note about the file.</source>
        <translation>Eine Notiz zur Datei.</translation>
    </message>
    <message>
        <source>Lists the evidence of the project or of one record; expired files are marked.</source>
        <translation>Listet die Nachweise des Projekts oder eines Datensatzes auf; abgelaufene Dateien werden gekennzeichnet.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <source>Writes a stored evidence file out, byte for byte.</source>
        <translation>Schreibt eine gespeicherte Nachweisdatei Byte für Byte heraus.</translation>
    </message>
    <message>
        <source>the evidence's reference, such as EV-001</source>
        <translation>die Referenz des Nachweises, zum Beispiel EV-001</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 MB (%2 Byte)</translation>
    </message>
    <message>
        <source>Size limit per evidence file: %1</source>
        <translation>Größenlimit je Nachweisdatei: %1</translation>
    </message>
    <message>
        <source>"%1" is not a size limit; give a whole number of megabytes from 1 to %2, for example 50.</source>
        <translation>„%1“ ist kein Größenlimit; geben Sie eine ganze Zahl Megabyte von 1 bis %2 an, zum Beispiel 50.</translation>
    </message>
    <message>
        <source>Prints the project's size limit per evidence file, or sets it (logged).</source>
        <translation>Gibt das Größenlimit des Projekts je Nachweisdatei aus oder setzt es (protokolliert).</translation>
    </message>
    <message>
        <source>The limit is a setting of the project file, 50 MB unless changed; files over it are refused when attached. One megabyte is 1,048,576 bytes; the limit lies between 1 and 953 MB. Evidence already stored is kept when the limit is lowered.</source>
        <translation>Das Limit ist eine Einstellung der Projektdatei, 50 MB, solange es nicht geändert wird; größere Dateien werden beim Anhängen abgelehnt. Ein Megabyte sind 1.048.576 Byte; das Limit liegt zwischen 1 und 953 MB. Bereits gespeicherte Nachweise bleiben erhalten, wenn das Limit gesenkt wird.</translation>
    </message>
    <message>
        <source>the new limit, a whole number of megabytes</source>
        <translation>das neue Limit, eine ganze Zahl Megabyte</translation>
    </message>
</context>
<context>
    <name>isms::cli::ExportCommands</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation>Die Ausgabedatei fehlt; geben Sie sie mit -o AUSGABE.pdf an.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation>Die Ausgabedatei ist die Projektdatei selbst; geben Sie mit -o AUSGABE.pdf einen anderen Namen an.</translation>
    </message>
    <message>
        <source>"%1" is not a paper size; use a4, letter or auto.</source>
        <translation>„%1“ ist kein Papierformat; verwenden Sie a4, letter oder auto.</translation>
    </message>
    <message>
        <source>Wrote the control status report to %1.</source>
        <translation>Der Maßnahmenstatusbericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The project file is only read. The classification printed on every page defaults to the one set in the preferences; the paper size follows the locale unless --paper is given.</source>
        <translation>Die Projektdatei wird nur gelesen. Der auf jeder Seite gedruckte Klassifizierungsvermerk ist standardmäßig der in den Einstellungen festgelegte; das Papierformat folgt dem Gebietsschema, sofern --paper nicht angegeben ist.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Die zu schreibende PDF-Datei; eine vorhandene Datei wird ersetzt.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>AUSGABE.pdf</translation>
    </message>
    <message>
        <source>The classification label printed on every page.</source>
        <translation>Der Klassifizierungsvermerk, der auf jeder Seite gedruckt wird.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>VERMERK</translation>
    </message>
    <message>
        <source>a4, letter or auto (from the locale).</source>
        <translation>a4, letter oder auto (aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The risk report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Der Risikobericht wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>Wrote the risk report to %1.</source>
        <translation>Der Risikobericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the risk report (method, heat maps, register, sign-offs, treatment plan) as a PDF/A file in landscape.</source>
        <translation>Schreibt den Risikobericht (Methode, Heatmaps, Register, Freigaben, Risikobehandlungsplan) als PDF/A-Datei im Querformat.</translation>
    </message>
    <message>
        <source>The treatment plan is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Der Risikobehandlungsplan wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>Wrote the treatment plan to %1.</source>
        <translation>Der Risikobehandlungsplan wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the risk treatment plan (every task by due date, overdue ones marked) as a PDF/A file.</source>
        <translation>Schreibt den Risikobehandlungsplan (alle Aufgaben nach Fälligkeitsdatum, überfällige gekennzeichnet) als PDF/A-Datei.</translation>
    </message>
    <message>
        <source>Writes the control status report (all 93 controls by theme, with a chart) as a PDF/A file, or the controls as CSV, XLSX or JSON.</source>
        <translation>Schreibt den Bericht zum Umsetzungsstand (alle 93 Maßnahmen nach Thema, mit Diagramm) als PDF/A-Datei oder die Maßnahmen als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability to %1.</source>
        <translation>Erklärung zur Anwendbarkeit nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>An issued version of the Statement of Applicability instead of the working state.</source>
        <translation>Eine herausgegebene Version der Erklärung zur Anwendbarkeit statt des Arbeitsstands.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.</source>
        <translation>Die Ausgabedatei ist die Projektdatei selbst; geben Sie mit -o OUT einen anderen Namen an.</translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability (%1 entries) to %2.</source>
        <translation>Die Erklärung zur Anwendbarkeit (%1 Einträge) wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>--version: give the number of an issued version, such as 1; leave it out for the working state.</source>
        <translation>--version: Geben Sie die Nummer einer herausgegebenen Version an, etwa 1; ohne Angabe wird der Arbeitsstand geschrieben.</translation>
    </message>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in .pdf, .csv, .xlsx or .json.</source>
        <translation>Die Erklärung zur Anwendbarkeit wird als PDF, CSV, XLSX oder JSON geschrieben; geben Sie einen Ausgabedateinamen an, der auf .pdf, .csv, .xlsx oder .json endet.</translation>
    </message>
    <message>
        <source>Wrote version %1 of the Statement of Applicability to %2.</source>
        <translation>Version %1 der Erklärung zur Anwendbarkeit wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the Statement of Applicability (every Annex A control, then the additional ones, with applicability, reasons or justification, status and implementation) as a PDF/A file in landscape, or as CSV, XLSX or JSON.</source>
        <translation>Schreibt die Erklärung zur Anwendbarkeit (jede Anhang-A-Maßnahme, dann die zusätzlichen, mit Anwendbarkeit, Gründen oder Begründung, Status und Umsetzung) als PDF/A-Datei im Querformat oder als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Without --version the working state is written; the PDF then names the latest issued version it follows. With --version N the issued version N is written as it was approved.</source>
        <translation>Ohne --version wird der Arbeitsstand geschrieben; das PDF nennt dann die letzte herausgegebene Version, auf die er folgt. Mit --version N wird die herausgegebene Version N so geschrieben, wie sie freigegeben wurde.</translation>
    </message>
    <message>
        <source>The readiness report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Der Bericht zur Auditbereitschaft wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>Wrote the readiness report to %1.</source>
        <translation>Der Bericht zur Auditbereitschaft wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the readiness check (the score, the points an auditor would raise by area and clause, and every rule with its result) as a PDF/A file.</source>
        <translation>Schreibt die Prüfung der Auditbereitschaft (den Wert, die Punkte, die ein Auditor ansprechen würde, nach Bereich und Abschnitt, und jede Regel mit ihrem Ergebnis) als PDF/A-Datei.</translation>
    </message>
    <message>
        <source>Wrote the roles and the RACI matrix to %1.</source>
        <translation>Die Rollen und die RACI-Matrix wurden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the roles and the RACI matrix over the ISMS processes (5.3) as a PDF/A file in landscape, or the RACI assignments as CSV, XLSX or JSON.</source>
        <translation>Schreibt die Rollen und die RACI-Matrix über die ISMS-Prozesse (5.3) als PDF/A-Datei im Querformat oder die RACI-Zuordnungen als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Wrote the performance evaluation report to %1.</source>
        <translation>Der Bericht zur Bewertung der Leistung wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the performance evaluation report (each metric with its trend chart, measurements and evaluations, then the improvement log) as a PDF/A file, or the metrics as CSV, XLSX or JSON.</source>
        <translation>Schreibt den Bericht zur Bewertung der Leistung (jede Kennzahl mit ihrem Trenddiagramm, ihren Messungen und Bewertungen, danach das Verbesserungsprotokoll) als PDF/A-Datei oder die Kennzahlen als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Wrote the ISMS processes and their interaction map to %1.</source>
        <translation>Die ISMS-Prozesse und ihre Wechselwirkungskarte wurden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the ISMS processes (4.4, 8.1) with their interaction map as a PDF/A file in landscape, or the process register as CSV, XLSX or JSON.</source>
        <translation>Schreibt die ISMS-Prozesse (4.4, 8.1) mit ihrer Wechselwirkungskarte als PDF/A-Datei im Querformat oder das Prozessregister als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Wrote the nonconformity and corrective-action register to %1.</source>
        <translation>Das Register der Nichtkonformitäten und Korrekturmaßnahmen wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Writes the nonconformities with their corrective actions and effectiveness reviews (10.2), then the incidents and suppliers, as a PDF/A file in landscape, or the nonconformities as CSV, XLSX or JSON.</source>
        <translation>Schreibt die Nichtkonformitäten mit ihren Korrekturmaßnahmen und Wirksamkeitsprüfungen (10.2), dann die Vorfälle und Lieferanten, als PDF/A-Datei im Querformat oder die Nichtkonformitäten als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>Writes the minutes of one management review (attendees, each input of 9.3.2 as frozen when the review was held with its discussion, the decisions and actions of 9.3.3, the approval) as a PDF/A file.</source>
        <translation>Schreibt das Protokoll einer Managementbewertung (Teilnehmende, jede Eingabe nach 9.3.2 im bei der Durchführung eingefrorenen Stand mit ihrer Diskussion, die Entscheidungen und Maßnahmen nach 9.3.3, die Freigabe) als PDF/A-Datei.</translation>
    </message>
    <message>
        <source>A review not held yet shows its inputs as they stand today, marked as not yet frozen.</source>
        <translation>Eine noch nicht durchgeführte Bewertung zeigt ihre Eingaben im heutigen Stand, als noch nicht eingefroren gekennzeichnet.</translation>
    </message>
    <message>
        <source>the management review (MR-002)</source>
        <translation>die Managementbewertung (MR-002)</translation>
    </message>
    <message>
        <source>The review minutes are written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Das Protokoll der Managementbewertung wird nur als PDF geschrieben; geben Sie einen Dateinamen an, der auf .pdf endet.</translation>
    </message>
    <message>
        <source>Wrote the minutes of management review %1 to %2.</source>
        <translation>Das Protokoll der Managementbewertung %1 wurde nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectAccess</name>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 is being edited by %2 on %3 since %4; close it there, or run the command again with --%5 if nobody is working on it any more.</source>
        <translation>%1 wird seit %4 von %2 auf %3 bearbeitet; schließen Sie die Datei dort, oder führen Sie den Befehl erneut mit --%5 aus, wenn niemand mehr daran arbeitet.</translation>
    </message>
    <message>
        <source>Take over the project's lock from another program or computer; only when nobody is working on it there.</source>
        <translation>Die Sperre des Projekts von einem anderen Programm oder Computer übernehmen; nur, wenn dort niemand daran arbeitet.</translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The organisation is missing; give its name with --org NAME (or use --demo).</source>
        <translation>Die Organisation fehlt; geben Sie ihren Namen mit --org NAME an (oder verwenden Sie --demo).</translation>
    </message>
    <message>
        <source>The organisation name is empty; give it with --org NAME.</source>
        <translation>Der Name der Organisation ist leer; geben Sie ihn mit --org NAME an.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name, isms-cli never overwrites a file.</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Dateinamen, isms-cli überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the demo data: %3 Annex A controls and %4 clause requirements.</source>
        <translation>%1 für %2 mit den Demodaten erstellt: %3 Maßnahmen aus Anhang A und %4 Anforderungen der Abschnitte.</translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 Annex A controls and %4 clause requirements.</source>
        <translation>%1 für %2 erstellt: %3 Maßnahmen aus Anhang A und %4 Anforderungen der Abschnitte.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Maßnahmen aus Anhang A</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>Maßnahmenstatus</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Erfüllungsgrad</translation>
    </message>
    <message>
        <source>%1% implemented or not applicable</source>
        <translation>%1 % umgesetzt oder nicht anwendbar</translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation>Anforderungen der Abschnitte</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>Einträge im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Gesperrt von</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4%5</source>
        <translation>%1 auf %2 (Prozess %3) seit %4%5</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, verwaist</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>value history</source>
        <translation>Werteverlauf</translation>
    </message>
    <message>
        <source>No problems found in %1 (schema version %2, change log entries verified: %3).</source>
        <translation>Keine Probleme in %1 gefunden (Schemaversion %2, geprüfte Einträge im Änderungsprotokoll: %3).</translation>
    </message>
    <message>
        <source>The check found problems in %1 (%2 in total, listed above); compare it with a backup copy and review the change history before relying on it.</source>
        <translation>Die Prüfung hat Probleme in %1 gefunden (insgesamt %2, oben aufgeführt); vergleichen Sie die Datei mit einer Sicherungskopie und prüfen Sie den Änderungsverlauf, bevor Sie sich auf sie verlassen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>--id needs --entity; for example --entity control --id A.5.1.</source>
        <translation>--id erfordert --entity; zum Beispiel --entity control --id A.5.1.</translation>
    </message>
    <message>
        <source>"%1" is not a number of entries; give a whole number of 1 or more.</source>
        <translation>„%1“ ist keine Anzahl von Einträgen; geben Sie eine ganze Zahl ab 1 an.</translation>
    </message>
    <message>
        <source>No changes are recorded for this selection.</source>
        <translation>Für diese Auswahl sind keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Creates a new project file with the ISO/IEC 27001:2022 catalogues copied in.</source>
        <translation>Erstellt eine neue Projektdatei mit eingebundenen Katalogen der ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The organisation the ISMS belongs to.</source>
        <translation>Die Organisation, zu der das ISMS gehört.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Fill in the demo organisation's data.</source>
        <translation>Die Daten der Demo-Organisation einfügen.</translation>
    </message>
    <message>
        <source>Checks the file's integrity, its schema and its tamper-evident change log.</source>
        <translation>Prüft die Integrität der Datei, ihr Schema und ihr manipulationserkennendes Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Lists the change log: who changed which field, when, from what to what.</source>
        <translation>Listet das Änderungsprotokoll auf: wer welches Feld wann von welchem zu welchem Wert geändert hat.</translation>
    </message>
    <message>
        <source>Only records of this kind: control, clause or project.</source>
        <translation>Nur Datensätze dieser Art: control, clause oder project.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only the record with this id (A.5.1 or 5.1 for a control).</source>
        <translation>Nur der Datensatz mit dieser ID (A.5.1 oder 5.1 für eine Maßnahme).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the newest N entries (still listed oldest first).</source>
        <translation>Nur die neuesten N Einträge (weiterhin die ältesten zuerst aufgeführt).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Change log head</source>
        <extracomment>The hash of the newest change-log entry; printed so that a copy of it anchors the history.</extracomment>
        <translation>Stand des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>text limits</source>
        <translation>Textgrenzen</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>seen history</source>
        <extracomment>Area of a check finding: the change log compared with what this computer saw before.</extracomment>
        <translation>gesehener Verlauf</translation>
    </message>
    <message>
        <source>Change-log entry %1 does not have the hash %2 given with --head; entries up to it were changed or removed since that head was printed.</source>
        <translation>Eintrag %1 des Änderungsprotokolls hat nicht den mit --head angegebenen Hashwert %2; Einträge bis einschließlich diesem wurden geändert oder entfernt, seit dieser Stand ausgegeben wurde.</translation>
    </message>
    <message>
        <source>--head needs the entry count and the hash as printed, for example --head 42:0123456789abcdef.</source>
        <translation>--head erfordert die Anzahl der Einträge und den Hashwert, wie sie ausgegeben wurden, zum Beispiel --head 42:0123456789abcdef.</translation>
    </message>
    <message>
        <source>%1 was left half-saved by a program that stopped during a save; its last complete save was checked, and the file is restored when it is next opened for editing.</source>
        <translation>%1 wurde halb gespeichert hinterlassen, weil ein Programm während des Speicherns beendet wurde; der zuletzt vollständig gespeicherte Zustand wurde geprüft, und die Datei wird wiederhergestellt, wenn sie das nächste Mal zum Bearbeiten geöffnet wird.</translation>
    </message>
    <message>
        <source>Shows the organisation, the file format, control status counts, the change log's head and the lock.</source>
        <translation>Zeigt die Organisation, das Dateiformat, die Anzahl der Maßnahmen je Status, den Stand des Änderungsprotokolls und die Sperre an.</translation>
    </message>
    <message>
        <source>Runs SQLite's quick check, compares the schema with the one this version creates, recomputes the SHA-256 chain of the change log, checks that its times never go backwards and its authors are plausible, compares the catalogue rows with the catalogue of the file's edition, compares every logged field with its current value, and compares the change log with the head this computer saw last. With --head it also checks that the file still holds the head printed on a report or by info. Exits with 1 when it finds a problem. The file is only read.</source>
        <translation>Führt die Schnellprüfung von SQLite aus, vergleicht das Schema mit dem, das diese Version erstellt, berechnet die SHA-256-Kette des Änderungsprotokolls neu, prüft, dass dessen Zeitpunkte nie zurückgehen und dessen Autoren plausibel sind, vergleicht die Katalogzeilen mit dem Katalog der Ausgabe der Datei, vergleicht jedes protokollierte Feld mit seinem aktuellen Wert und vergleicht das Änderungsprotokoll mit dem Stand, den dieser Computer zuletzt gesehen hat. Mit --head wird außerdem geprüft, ob die Datei noch den Stand enthält, der auf einem Bericht oder von info ausgegeben wurde. Endet mit 1, wenn ein Problem gefunden wird. Die Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>A change-log head printed earlier: the entry count and the hash (or its first 16 characters), e.g. 42:0123456789abcdef.</source>
        <translation>Ein zuvor ausgegebener Stand des Änderungsprotokolls: die Anzahl der Einträge und der Hashwert (oder seine ersten 16 Zeichen), zum Beispiel 42:0123456789abcdef.</translation>
    </message>
    <message>
        <source>COUNT:HASH</source>
        <translation>ANZAHL:HASH</translation>
    </message>
    <message>
        <source>"%1" is not a kind of record; use one of %2.</source>
        <translation>„%1“ ist keine Art von Datensatz; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>dependencies</source>
        <extracomment>Area of a check finding: links between records, such as asset dependencies.</extracomment>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>--scale sizes the demo data; add --demo or leave --scale out.</source>
        <translation>--scale bestimmt den Umfang der Demodaten; ergänzen Sie --demo oder lassen Sie --scale weg.</translation>
    </message>
    <message>
        <source>"%1" is not a number of risks for --scale; give a whole number from 1 to %2.</source>
        <translation>"%1" ist keine Anzahl von Risiken für --scale; geben Sie eine ganze Zahl von 1 bis %2 an.</translation>
    </message>
    <message>
        <source>An existing file is never overwritten. With --demo the project is filled with a synthetic sample organisation; --org may then be left out. --scale N repeats the demo's registers for further branches until they hold N risks (1 to 1,000,000), with assets, links and tasks in proportion, for benchmarks.</source>
        <translation>Eine vorhandene Datei wird nie überschrieben. Mit --demo wird das Projekt mit einer erfundenen Beispielorganisation gefüllt; --org kann dann entfallen. --scale N wiederholt die Register der Demo für weitere Niederlassungen, bis sie N Risiken enthalten (1 bis 1.000.000), mit Assets, Verknüpfungen und Aufgaben im selben Verhältnis, für Leistungsmessungen.</translation>
    </message>
    <message>
        <source>With --demo: about N risks instead of 60.</source>
        <translation>Mit --demo: etwa N Risiken statt 60.</translation>
    </message>
    <message>
        <source>applicability</source>
        <extracomment>Area of a check finding: the Statement of Applicability.</extracomment>
        <translation>Anwendbarkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of the ISMS to settle before an audit, listed above.</source>
        <translation>
            <numerusform>%n Punkt des ISMS vor einem Audit zu klären, oben aufgeführt.</numerusform>
            <numerusform>%n Punkte des ISMS vor einem Audit zu klären, oben aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence</source>
        <extracomment>Area of a check finding: evidence files stored in the project.</extracomment>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>SoA versions</source>
        <extracomment>Area of a check finding: the issued versions of the Statement of Applicability.</extracomment>
        <translation>SoA-Versionen</translation>
    </message>
    <message>
        <source>context</source>
        <extracomment>Area of a check finding: the context of the organisation (issues, interested parties, scope).</extracomment>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>risks</source>
        <extracomment>Area of a check finding: the risk register and its treatment.</extracomment>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>planning</source>
        <extracomment>Area of a check finding: planning (ISMS risks and opportunities, objectives, planned changes).</extracomment>
        <translation>Planung</translation>
    </message>
    <message>
        <source>processes</source>
        <extracomment>Area of a check finding: the processes of the ISMS and their interactions.</extracomment>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100 (major points: %2, minor points: %3).</source>
        <extracomment>%1: 0 to 100; %2, %3: counts of findings. Worded without plural forms for scripts.</extracomment>
        <translation>Auditbereitschaft: %1 von 100 (erhebliche Punkte: %2, geringfügige Punkte: %3).</translation>
    </message>
    <message>
        <source>"%1" is not an output format of check; use table or json.</source>
        <translation>„%1“ ist kein Ausgabeformat von check; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>It also runs the readiness check: the points a certification auditor would raise (scope not approved, excluded control without justification, risk above the acceptance threshold without owner, overdue task, expired evidence...), each with its rule id, and a readiness score from 0 to 100. Readiness points do not change the exit code: they are gaps in the ISMS, not faults of the file. --format json writes one object with the file's findings and the readiness score and findings (rule, severity, kind, id, message).</source>
        <translation>Führt außerdem die Prüfung der Auditbereitschaft aus: die Punkte, die ein Zertifizierungsauditor ansprechen würde (Geltungsbereich nicht freigegeben, ausgeschlossene Maßnahme ohne Begründung, Risiko über der Akzeptanzschwelle ohne Eigentümer, überfällige Aufgabe, abgelaufener Nachweis...), jeweils mit ihrer Regel-ID, und einen Wert der Auditbereitschaft von 0 bis 100. Punkte der Auditbereitschaft ändern den Rückgabewert nicht; sie sind Lücken im ISMS, keine Fehler der Datei. --format json schreibt ein Objekt mit den Feststellungen zur Datei sowie dem Wert und den Feststellungen der Auditbereitschaft (rule, severity, kind, id, message).</translation>
    </message>
    <message>
        <source>table (the default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>clauses</source>
        <extracomment>Area of a check finding: clauses 4 to 10 and the documented information they require.</extracomment>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>roles and support</source>
        <extracomment>Area of a check finding: roles, competences, training and awareness, communication.</extracomment>
        <translation>Rollen und Unterstützung</translation>
    </message>
    <message>
        <source>assessment runs</source>
        <extracomment>Area of a check finding: the dated risk assessment runs.</extracomment>
        <translation>Beurteilungsläufe</translation>
    </message>
    <message>
        <source>performance</source>
        <extracomment>Area of a check finding: metrics, their measurements and evaluations, and the improvement log.</extracomment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>documents</source>
        <extracomment>Area of a check finding: documented information (documents, versions, policies, leadership).</extracomment>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>management reviews</source>
        <extracomment>Area of a check finding: the management reviews, their frozen inputs and their actions.</extracomment>
        <translation>Managementbewertungen</translation>
    </message>
    <message>
        <source>internal audit</source>
        <extracomment>Area of a check finding: the audit programme, the audits, their checklists and findings.</extracomment>
        <translation>internes Audit</translation>
    </message>
    <message>
        <source>improvement</source>
        <extracomment>Area of a check finding: nonconformities, corrective actions, incidents and suppliers.</extracomment>
        <translation>Verbesserung</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordCommands</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table, csv or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>Say what to change, for example --%1 VALUE; run "isms-cli set %2 --help" for the fields.</source>
        <translation>Geben Sie an, was geändert werden soll, zum Beispiel --%1 VALUE; „isms-cli set %2 --help“ zeigt die Felder.</translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation>%1 von %2 geändert, im Änderungsprotokoll als %3 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Removed %1, recorded in the change log as %2.</source>
        <translation>%1 entfernt, im Änderungsprotokoll als %2 aufgezeichnet.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>the %1's reference, such as %2</source>
        <translation>die Referenz des Datensatzes (%1), zum Beispiel %2</translation>
    </message>
    <message>
        <source>Lists the %1.</source>
        <translation>Listet die %1 auf.</translation>
    </message>
    <message>
        <source>--where keeps the records whose field has the value (repeat it to combine filters): %1.</source>
        <translation>--where behält die Datensätze, deren Feld den Wert hat (mehrfach angeben, um Filter zu kombinieren): %1.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Ausgabeformat: table, csv oder json.</translation>
    </message>
    <message>
        <source>Only records whose FIELD has VALUE.</source>
        <translation>Nur Datensätze, deren FIELD den Wert VALUE hat.</translation>
    </message>
    <message>
        <source>Shows every field of one %1.</source>
        <translation>Zeigt alle Felder eines Datensatzes (%1).</translation>
    </message>
    <message>
        <source>Without --ref the next free reference is given.</source>
        <translation>Ohne --ref wird die nächste freie Referenz vergeben.</translation>
    </message>
    <message>
        <source>Changes fields of one %1 as one logged action.</source>
        <translation>Ändert Felder eines Datensatzes (%1) in einer einzigen protokollierten Aktion.</translation>
    </message>
    <message>
        <source>Removes one %1 (logged).</source>
        <translation>Entfernt einen Datensatz (%1); die Aktion wird protokolliert.</translation>
    </message>
    <message>
        <source>Removed %1 with the records that belonged to it (%2), recorded in the change log as %3.</source>
        <translation>%1 mit den zugehörigen Datensätzen (%2) entfernt, im Änderungsprotokoll als %3 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Adds a record to the register of %1 and prints its reference.</source>
        <translation>Fügt dem Register %1 einen Datensatz hinzu und gibt seine Referenz aus.</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordOutput</name>
    <message>
        <source>"%1" is not a filter of %2; write FIELD=VALUE with one of %3.</source>
        <translation>„%1“ ist kein Filter von %2; schreiben Sie FIELD=VALUE mit einem von %3.</translation>
    </message>
    <message>
        <source>"%1" is not a value of %2; use one of %3.</source>
        <translation>„%1“ ist kein Wert von %2; verwenden Sie einen von %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordTransferCommands</name>
    <message>
        <source>The output file is the project file itself; give another name with -o.</source>
        <translation>Die Ausgabedatei ist die Projektdatei selbst; geben Sie mit -o einen anderen Namen an.</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation>%1 konnte nicht geschrieben werden; prüfen Sie den Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz in %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, so nothing was imported from %1; correct the file and import it again.</source>
        <translation>
            <numerusform>%n Problem gefunden, daher wurde nichts aus %1 importiert; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>%n Probleme gefunden, daher wurde nichts aus %1 importiert; korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of %2 matches them; use --map to assign one).</source>
        <translation>Ignorierte Spalten: %1 (kein Feld von %2 passt zu ihnen; ordnen Sie mit --map eines zu).</translation>
    </message>
    <message>
        <source>CSV cells that a spreadsheet would run as a formula are written with a leading apostrophe; importing the file gives the same records.</source>
        <translation>CSV-Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden mit vorangestelltem Apostroph geschrieben; der Import der Datei ergibt dieselben Datensätze.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Die Datei prüfen und anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.csv, -o OUT.xlsx or -o OUT.json.</source>
        <translation>Die Ausgabedatei fehlt; geben Sie sie mit -o OUT.csv, -o OUT.xlsx oder -o OUT.json an.</translation>
    </message>
    <message>
        <source>%1 can be exported as .csv, .xlsx or .json; give an output file name that ends in one of them.</source>
        <translation>%1 können als .csv, .xlsx oder .json exportiert werden; geben Sie einen Namen für die Ausgabedatei an, der auf eine dieser Endungen endet.</translation>
    </message>
    <message>
        <source>%1: %2 would be created and %3 changed; nothing was written (--dry-run).</source>
        <translation>%1: %2 würden angelegt und %3 geändert; es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>%1 imported: %2 created, %3 changed, recorded in the change log as %4.</source>
        <translation>%1 importiert: %2 angelegt, %3 geändert, im Änderungsprotokoll als %4 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Writes the %1 as CSV, XLSX or JSON.</source>
        <translation>Schreibt die %1 als CSV, XLSX oder JSON.</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx or .json).</source>
        <translation>Die zu schreibende Datei (.csv, .xlsx oder .json).</translation>
    </message>
    <message>
        <source>Creates and changes %1 from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation>Legt %1 aus einer CSV-, XLSX- oder JSON-Datei an und ändert sie, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>A row whose reference exists changes that record; other rows create records. Headers are matched by field key or label, or by the English, German and French names each field lists. Problems are listed as "line N: COLUMN: what is wrong" and nothing is imported.</source>
        <translation>Eine Zeile, deren Referenz existiert, ändert diesen Datensatz; andere Zeilen legen Datensätze an. Kopfzeilen werden über den Schlüssel oder die Bezeichnung eines Felds zugeordnet oder über die englischen, deutschen und französischen Namen, die jedes Feld aufführt. Probleme werden als „line N: COLUMN: what is wrong“ aufgelistet, und es wird nichts importiert.</translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation>die zu importierende Datei (.csv, .xlsx oder .json)</translation>
    </message>
    <message>
        <source>Assign columns to fields by hand; 'Header=' leaves a column out.</source>
        <translation>Spalten von Hand Feldern zuordnen; 'Header=' lässt eine Spalte aus.</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaCommands</name>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>Name who approved the version with --approver NAME.</source>
        <translation>Nennen Sie mit --approver NAME, wer die Version freigegeben hat.</translation>
    </message>
    <message>
        <source>Say what the version changes with --summary TEXT.</source>
        <translation>Sagen Sie mit --summary TEXT, was die Version ändert.</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--date: „%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; add --unchanged to issue it as a re-approval.</source>
        <translation>In der Erklärung zur Anwendbarkeit hat sich seit Version %1 nichts geändert; fügen Sie --unchanged hinzu, um sie als erneute Freigabe herauszugeben.</translation>
    </message>
    <message>
        <source>Issued version %1 of the Statement of Applicability (%2 entries, approved by %3 on %4).</source>
        <translation>Version %1 der Erklärung zur Anwendbarkeit herausgegeben (%2 Einträge, freigegeben von %3 am %4).</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet.</source>
        <translation>Es wurde noch keine Version der Erklärung zur Anwendbarkeit herausgegeben.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigabe durch</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Herausgegeben (UTC)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Nothing changed from %1 to %2.</source>
        <translation>Von %1 zu %2 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(hinzugefügt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Änderungen von %1 zu %2:</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Ausgabeformat: table oder json.</translation>
    </message>
    <message>
        <source>a version number, or current for the working state</source>
        <translation>eine Versionsnummer oder current für den Arbeitsstand</translation>
    </message>
    <message>
        <source>Issues the Statement of Applicability as it stands as its next version, approved by NAME; an issued version never changes.</source>
        <translation>Gibt die Erklärung zur Anwendbarkeit im jetzigen Stand als nächste Version heraus, freigegeben von NAME; eine herausgegebene Version ändert sich nie.</translation>
    </message>
    <message>
        <source>Issuing is logged and cannot be undone. The approval date defaults to today. A version whose content equals the latest one is refused unless --unchanged says it is a re-approval.</source>
        <translation>Das Herausgeben wird protokolliert und kann nicht rückgängig gemacht werden. Das Freigabedatum ist standardmäßig heute. Eine Version mit demselben Inhalt wie die letzte wird abgelehnt, außer --unchanged erklärt sie zur erneuten Freigabe.</translation>
    </message>
    <message>
        <source>Who approved the version.</source>
        <translation>Wer die Version freigegeben hat.</translation>
    </message>
    <message>
        <source>What the version changes.</source>
        <translation>Was die Version ändert.</translation>
    </message>
    <message>
        <source>The approval date (default: today).</source>
        <translation>Das Freigabedatum (Standard: heute).</translation>
    </message>
    <message>
        <source>Issue even when nothing changed since the latest version (a re-approval).</source>
        <translation>Auch herausgeben, wenn sich seit der letzten Version nichts geändert hat (eine erneute Freigabe).</translation>
    </message>
    <message>
        <source>Lists the issued versions of the Statement of Applicability with their approver, date and change summary.</source>
        <translation>Listet die herausgegebenen Versionen der Erklärung zur Anwendbarkeit mit Freigabe, Datum und Änderungsübersicht auf.</translation>
    </message>
    <message>
        <source>Lists what changed, control by control and field by field, from A to B (version numbers, or current).</source>
        <translation>Listet auf, was sich von A zu B geändert hat, Maßnahme für Maßnahme und Feld für Feld (Versionsnummern oder current).</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaImportCommand</name>
    <message>
        <source>"%1" is not an edition; use 2013 or 2022.</source>
        <translation>„%1“ ist keine Ausgabe; verwenden Sie 2013 oder 2022.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Problems found: %1, so nothing was imported from %2; correct the file and import it again.</source>
        <translation>Gefundene Probleme: %1, daher wurde aus %2 nichts importiert; korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of the SoA matches them; use --map to assign one).</source>
        <translation>Ignorierte Spalten: %1 (kein Feld der SoA passt; ordnen Sie mit --map eines zu).</translation>
    </message>
    <message>
        <source>Read as an SoA of ISO/IEC 27001:2013 and carried over to the 2022 controls through the mapping in the project.</source>
        <translation>Als SoA nach ISO/IEC 27001:2013 gelesen und über die Zuordnung im Projekt auf die Maßnahmen von 2022 übertragen.</translation>
    </message>
    <message>
        <source>Statement of Applicability, nothing written (--dry-run): Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation>Erklärung zur Anwendbarkeit, nichts geschrieben (--dry-run): zu ändernde Anhang-A-Maßnahmen: %1; anzulegende zusätzliche Maßnahmen: %2, zu ändernde: %3.</translation>
    </message>
    <message>
        <source>Statement of Applicability imported, recorded in the change log as %4: Annex A controls changed: %1; additional controls created: %2, changed: %3.</source>
        <translation>Erklärung zur Anwendbarkeit importiert, im Änderungsprotokoll als %4 vermerkt: geänderte Anhang-A-Maßnahmen: %1; angelegte zusätzliche Maßnahmen: %2, geänderte: %3.</translation>
    </message>
    <message>
        <source>Imports a Statement of Applicability from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation>Importiert eine Erklärung zur Anwendbarkeit aus einer CSV-, XLSX- oder JSON-Datei, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Columns: the control id (A.5.7 or 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x), status, justification, owner, implementation, reasons, last_reviewed, and for additional controls (AC-001, or rows with a source) title, source and source_ref. "isms-cli list soa FILE --format csv" writes a file in this form. An SoA of the 2013 edition (A.9.2.3) is carried over to the 2022 controls, and the controls that need a decision are listed. Problems are listed as "line N: COLUMN: what is wrong" and nothing is imported.</source>
        <translation>Spalten: die Maßnahmen-ID (A.5.7 oder 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 oder x), status, justification, owner, implementation, reasons, last_reviewed und für zusätzliche Maßnahmen (AC-001 oder Zeilen mit einer Quelle) title, source und source_ref. „isms-cli list soa FILE --format csv“ schreibt eine Datei in dieser Form. Eine SoA der Ausgabe 2013 (A.9.2.3) wird auf die Maßnahmen von 2022 übertragen, und die Maßnahmen, die eine Entscheidung brauchen, werden aufgelistet. Probleme werden als „line N: COLUMN: was falsch ist“ aufgelistet, und nichts wird importiert.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation>die zu importierende Datei (.csv, .xlsx oder .json)</translation>
    </message>
    <message>
        <source>Assign columns to SoA fields by hand (%1); 'Header=' leaves a column out.</source>
        <translation>Spalten von Hand SoA-Feldern zuordnen (%1); 'Spalte=' lässt eine Spalte aus.</translation>
    </message>
    <message>
        <source>The edition of the file's control ids; found from the ids when not given.</source>
        <translation>Die Ausgabe der Maßnahmen-IDs der Datei; ohne Angabe aus den IDs erkannt.</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Die Datei prüfen und anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaRecordCommands</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Anwendbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Controls: %1 in total, %2 applicable, %3 excluded.</source>
        <translation>Maßnahmen: %1 insgesamt, %2 anwendbar, %3 ausgeschlossen.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>die Projektdatei (*.isms)</translation>
    </message>
    <message>
        <source>a control of the SoA: A.5.7, 5.7 or AC-001</source>
        <translation>eine Maßnahme der SoA: A.5.7, 5.7 oder AC-001</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table, csv or json.</source>
        <translation>„%1“ ist kein Format; verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>The Statement of Applicability has no control "%1"; run "isms-cli list soa %2" to see them.</source>
        <translation>Die Erklärung zur Anwendbarkeit hat keine Maßnahme „%1“; „isms-cli list soa %2“ zeigt sie.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation>Fundstelle in der Quelle</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>--%1 is not a field of %2.</source>
        <translation>--%1 ist kein Feld von %2.</translation>
    </message>
    <message>
        <source>"%1" is not a value for applicable; use yes or no.</source>
        <translation>„%1“ ist kein Wert für applicable; verwenden Sie yes oder no.</translation>
    </message>
    <message>
        <source>"%1" is not a change; write FIELD=VALUE with a field of %2, or applicable=yes|no.</source>
        <translation>„%1“ ist keine Änderung; schreiben Sie FELD=WERT mit einem Feld von %2 oder applicable=yes|no.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FELD=WERT</translation>
    </message>
    <message>
        <source>Lists the Statement of Applicability: the 93 Annex A controls, then the additional controls.</source>
        <translation>Listet die Erklärung zur Anwendbarkeit auf: die 93 Anhang-A-Maßnahmen, dann die zusätzlichen Maßnahmen.</translation>
    </message>
    <message>
        <source>JSON gives one object per control with the keys id, title, applicable, reasons, justification, status, owner, implementation, theme, source, source_ref, last_reviewed, evidence and additional; CSV has the same columns, and imports back with "isms-cli import soa".</source>
        <translation>JSON liefert ein Objekt je Maßnahme mit den Schlüsseln id, title, applicable, reasons, justification, status, owner, implementation, theme, source, source_ref, last_reviewed, evidence und additional; CSV hat dieselben Spalten und lässt sich mit „isms-cli import soa“ wieder importieren.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Ausgabeformat: table, csv oder json.</translation>
    </message>
    <message>
        <source>Shows what the SoA says of one control.</source>
        <translation>Zeigt, was die SoA zu einer Maßnahme sagt.</translation>
    </message>
    <message>
        <source>Adds an additional control to the SoA and prints its reference.</source>
        <translation>Fügt der SoA eine zusätzliche Maßnahme hinzu und gibt ihre Referenz aus.</translation>
    </message>
    <message>
        <source>The same as "isms-cli add additional-controls".</source>
        <translation>Dasselbe wie „isms-cli add additional-controls“.</translation>
    </message>
    <message>
        <source>Changes what the SoA says of one control as one logged action.</source>
        <translation>Ändert, was die SoA zu einer Maßnahme sagt, als eine protokollierte Aktion.</translation>
    </message>
    <message>
        <source>An Annex A id (A.5.7 or 5.7) changes that control, an additional control's reference (AC-001) that control. applicable=no sets the status not-applicable; applicable=yes keeps the status, or sets not-started for an excluded control.</source>
        <translation>Eine Anhang-A-ID (A.5.7 oder 5.7) ändert diese Maßnahme, die Referenz einer zusätzlichen Maßnahme (AC-001) jene. applicable=no setzt den Status not-applicable; applicable=yes behält den Status oder setzt not-started für eine ausgeschlossene Maßnahme.</translation>
    </message>
    <message>
        <source>a field and its new value, such as owner=Alice</source>
        <translation>ein Feld und sein neuer Wert, etwa owner=Alice</translation>
    </message>
</context>
<context>
    <name>isms::text</name>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>the text direction control %1</source>
        <extracomment>A character that changes the direction text is shown in (not an Annex A control).</extracomment>
        <translation>das Textrichtungs-Steuerzeichen %1</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <extracomment>A non-printing character such as ESC or BEL (not an Annex A control).</extracomment>
        <translation>das Steuerzeichen %1</translation>
    </message>
    <message numerus="yes">
        <source> […cut: %n more character(s)]</source>
        <extracomment>Appended where a stored text that is longer than its field allows was cut for display.</extracomment>
        <translation>
            <numerusform> […gekürzt: %n weiteres Zeichen]</numerusform>
            <numerusform> […gekürzt: %n weitere Zeichen]</numerusform>
        </translation>
    </message>
</context>
</TS>