<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AssessmentRunDialog</name>
    <message>
        <source>Record assessment run</source>
        <translation>Enregistrer une campagne d’appréciation</translation>
    </message>
    <message>
        <source>The run freezes the risk method and the whole risk register as they stand now. A recorded run cannot be changed or removed.</source>
        <translation>Le cycle fige la méthode d’appréciation des risques et l’ensemble du registre des risques dans leur état actuel. Un cycle enregistré ne peut être ni modifié ni supprimé.</translation>
    </message>
    <message>
        <source>The whole ISMS, or the part assessed</source>
        <translation>L’ensemble du SMSI, ou la partie appréciée</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>Performed by:</source>
        <translation>Réalisé par :</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Date de l’appréciation :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Record run</source>
        <translation>Enregistrer le cycle</translation>
    </message>
</context>
<context>
    <name>AssessmentRunPanel</name>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Record assessment run…</source>
        <translation>Enregistrer une campagne d’appréciation…</translation>
    </message>
    <message>
        <source>Freeze the risk method and the whole risk register as they stand now</source>
        <translation>Figer la méthode d’appréciation des risques et l’ensemble du registre des risques dans leur état actuel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Since the run</source>
        <translation>Depuis le cycle</translation>
    </message>
    <message>
        <source>Select a run to see the register it froze.</source>
        <translation>Sélectionnez un cycle pour voir le registre qu’il a figé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, performed by %3: %n risks frozen, as they stood then.</source>
        <translation>
            <numerusform>%1 du %2, réalisée par %3 : %n risque figé tel qu’il était alors.</numerusform>
            <numerusform>%1 du %2, réalisée par %3 : %n risques figés tels qu’ils étaient alors.</numerusform>
        </translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajouté : %1</translation>
    </message>
    <message>
        <source>current level %1 → %2</source>
        <translation>niveau actuel %1 → %2</translation>
    </message>
    <message>
        <source>residual level %1 → %2</source>
        <translation>niveau résiduel %1 → %2</translation>
    </message>
    <message>
        <source>treatment %1 → %2</source>
        <translation>traitement %1 → %2</translation>
    </message>
    <message>
        <source>owner %1 → %2</source>
        <translation>propriétaire %1 → %2</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>supprimé : %1</translation>
    </message>
    <message>
        <source>The risk register has not changed in these points since the run.</source>
        <translation>Le registre des risques n’a pas changé sur ces points depuis le cycle.</translation>
    </message>
    <message>
        <source>Compared with the current risk register:</source>
        <translation>Par rapport au registre des risques actuel :</translation>
    </message>
</context>
<context>
    <name>AssetDependencyPanel</name>
    <message>
        <source>1 Low</source>
        <translation>1 Faible</translation>
    </message>
    <message>
        <source>2 Medium</source>
        <translation>2 Moyen</translation>
    </message>
    <message>
        <source>3 High</source>
        <translation>3 Élevé</translation>
    </message>
    <message>
        <source>4 Very high</source>
        <translation>4 Très élevé</translation>
    </message>
    <message>
        <source>not assessed</source>
        <extracomment>No level entered for this requirement.</extracomment>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Protection requirements</source>
        <translation>Besoins de protection</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Inherited from</source>
        <translation>Hérité de</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>The assets this one needs; they inherit its requirements.</source>
        <translation>Les actifs dont celui-ci a besoin ; ils héritent de ses besoins de protection.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No asset depends on this one.</source>
        <translation>Aucun actif ne dépend de celui-ci.</translation>
    </message>
    <message>
        <source>Depended on by: %1</source>
        <translation>Actifs qui en dépendent : %1</translation>
    </message>
    <message>
        <source>The dependencies run in a circle: %1. Remove one of its links.</source>
        <translation>Les dépendances forment un cercle : %1. Retirez l’un de ses liens.</translation>
    </message>
    <message>
        <source>Add asset dependency</source>
        <translation>Ajouter une dépendance d’actif</translation>
    </message>
</context>
<context>
    <name>AuditCoveragePage</name>
    <message>
        <source>Audit coverage</source>
        <translation>Couverture des audits</translation>
    </message>
    <message>
        <source>No audit programme is recorded yet. Record one on the Audit programmes page to see which clauses and controls its audits cover.</source>
        <translation>Aucun programme d’audit n’est encore enregistré. Enregistrez-en un sur la page « Programmes d’audit » pour voir quels articles et quelles mesures ses audits couvrent.</translation>
    </message>
    <message>
        <source>%1 %2: every clause and applicable control is covered by an audit of the cycle.</source>
        <translation>%1 %2 : chaque article et chaque mesure applicable sont couverts par un audit du cycle.</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 clauses and applicable controls are not covered by any audit of the cycle yet (tinted). Covering each once per cycle is good practice, not a requirement.</source>
        <translation>%1 %2 : %3 articles et mesures applicables sur %4 ne sont encore couverts par aucun audit du cycle (sur fond coloré). Couvrir chacun une fois par cycle est une bonne pratique, pas une exigence.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>AuditPackDialog</name>
    <message>
        <source>Audit pack</source>
        <translation>Dossier d’audit</translation>
    </message>
    <message>
        <source>The date of the last certification audit: the surveillance pack covers the time since</source>
        <translation>La date du dernier audit de certification : le dossier de surveillance couvre la période écoulée depuis</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fichier de preuve</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>Atteste</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Dans le dossier d’audit</translation>
    </message>
    <message>
        <source>No folder: the evidence files are not written</source>
        <translation>Aucun dossier : les fichiers de preuve ne sont pas écrits</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Last certification audit:</source>
        <translation>Dernier audit de certification :</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections :</translation>
    </message>
    <message>
        <source>&amp;Evidence files:</source>
        <translation>&amp;Fichiers de preuve :</translation>
    </message>
    <message>
        <source>Evidence folder:</source>
        <translation>Dossier des preuves :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>One PDF for the certification body. The readiness summary is an internal document: no preset ticks it.</source>
        <translation>Un PDF pour l’organisme de certification. La synthèse de préparation à l’audit est un document interne : aucun modèle ne la coche.</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>Dossier des preuves</translation>
    </message>
    <message>
        <source>No section is ticked; tick at least one section of the pack.</source>
        <translation>Aucune section n’est cochée ; cochez au moins une section du dossier d’audit.</translation>
    </message>
    <message>
        <source>Building the audit pack…</source>
        <translation>Génération du dossier d’audit…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section : %1</translation>
    </message>
    <message>
        <source>Writing the evidence files…</source>
        <translation>Écriture des fichiers de preuve…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>The audit pack could not be saved to %1; check that the folder is writable and try again.</source>
        <translation>Le dossier d’audit n’a pas pu être enregistré sous %1 ; vérifiez que l’emplacement est accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>audit pack %1.pdf</source>
        <translation>dossier d’audit %1.pdf</translation>
    </message>
    <message>
        <source>Save the audit pack</source>
        <translation>Enregistrer le dossier d’audit</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot build the audit pack</source>
        <translation>Impossible de générer le dossier d’audit</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Independence</source>
        <translation>Indépendance</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Generate checklist</source>
        <translation>Générer la liste de contrôle</translation>
    </message>
    <message>
        <source>Adds a question for every clause, applicable control and approved policy or procedure the audit covers; items already on the checklist stay as they are.</source>
        <translation>Ajoute une question pour chaque article, chaque mesure applicable et chaque politique ou procédure approuvée que couvre l’audit ; les points déjà présents dans la liste de contrôle restent inchangés.</translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers.</source>
        <translation>Aucun membre de l’équipe d’audit n’est responsable d’un article, d’une mesure, d’un actif ou d’un processus couvert par cet audit.</translation>
    </message>
    <message>
        <source>Added %1 items; %2 were already on the checklist and stay as they are.</source>
        <translation>%1 points ajoutés ; %2 figuraient déjà dans la liste de contrôle et restent inchangés.</translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation>Compétence des auditeurs</translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named yet.</source>
        <translation>Aucun auditeur responsable ni auditeur n'est encore désigné.</translation>
    </message>
    <message>
        <source>Generate the checklist of %1</source>
        <translation>Générer la liste de contrôle de %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>Dialog title: "Edit 3 risks"</extracomment>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>Tick the fields to set on all %1 selected %2. The other fields keep the values each record has; Undo reverses the whole change in one step.</source>
        <translation>Cochez les champs à appliquer à toute la sélection (%1 %2). Les autres champs conservent les valeurs propres à chaque enregistrement ; « Annuler » revient sur l’ensemble de la modification en une seule étape.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>ISMS calendar</source>
        <translation>Calendrier du SMSI</translation>
    </message>
    <message>
        <source>Every dated duty the records hold: reviews, due dates, expiry and the next risk assessment. Overdue duties come first, then month by month. Double-click a duty, or press Enter, to open its record.</source>
        <translation>Chaque obligation datée que contiennent les enregistrements : revues, dates d’échéance, expirations et la prochaine appréciation des risques. Les obligations en retard viennent en premier, puis mois par mois. Double-cliquez sur une obligation, ou appuyez sur Entrée, pour ouvrir son enregistrement.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation>Double-cliquez sur une obligation pour ouvrir son enregistrement</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No dated duty is recorded yet.</source>
        <extracomment>%1: all duties, %2: of them overdue.</extracomment>
        <translation>Aucune obligation datée n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Duties: %1 · Overdue: %2</source>
        <translation>Obligations : %1 · En retard : %2</translation>
    </message>
</context>
<context>
    <name>CatalogueFactsPanel</name>
    <message>
        <source>From the standard</source>
        <translation>Selon la norme</translation>
    </message>
    <message>
        <source>Select a row to see what the standard says about it.</source>
        <translation>Sélectionnez une ligne pour voir ce que la norme en dit.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation>ISO/IEC 27001:2013</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A form label: "Theme:"</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>None: a control new in 2022</source>
        <translation>Aucune : une mesure nouvelle en 2022</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Named by risks</source>
        <translation>Citée par les risques</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Toutes les raisons</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>Traitement des risques</translation>
    </message>
</context>
<context>
    <name>ChangeLogLabels</name>
    <message>
        <source>Risk method</source>
        <translation>Méthode d’appréciation des risques</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation>Version de la DdA</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>History: the field of an SoA version's entry, written when it was issued.</extracomment>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Approved by %1 on %2: %3</source>
        <extracomment>History: an issued SoA version; %1 is the approver, %2 the approval date, %3 the change summary.</extracomment>
        <translation>Approuvée par %1 le %2 : %3</translation>
    </message>
</context>
<context>
    <name>ChangeLogTableModel</name>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Catalogue edition</source>
        <translation>Édition du catalogue</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Identifiant du projet</translation>
    </message>
</context>
<context>
    <name>ChangeRiskMethodCommand</name>
    <message>
        <source>Change risk assessment method</source>
        <translation>Modifier la méthode d’appréciation des risques</translation>
    </message>
</context>
<context>
    <name>ChecklistItemPanel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Raise finding</source>
        <translation>Enregistrer un constat</translation>
    </message>
    <message>
        <source>Records this answer as a finding of the audit, linked to this item.</source>
        <translation>Enregistre cette réponse comme constat de l’audit, lié à ce point.</translation>
    </message>
    <message>
        <source>Raised as finding %1.</source>
        <translation>Enregistrée comme constat %1.</translation>
    </message>
    <message>
        <source>No finding is raised from this answer yet.</source>
        <translation>Aucun constat n’a encore été enregistré à partir de cette réponse.</translation>
    </message>
    <message>
        <source>A nonconformity, an observation or an opportunity for improvement can be raised as a finding.</source>
        <translation>Une non-conformité, une observation ou une opportunité d’amélioration peut être enregistrée comme constat.</translation>
    </message>
    <message>
        <source>Raise the finding of %1</source>
        <translation>Enregistrer le constat de %1</translation>
    </message>
</context>
<context>
    <name>ClauseFulfilmentPanel</name>
    <message>
        <source>Select a clause to see what fulfils it.</source>
        <translation>Sélectionnez un article pour voir ce qui y répond.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Double-click an entry to open its record.</source>
        <translation>Double-cliquez sur une entrée pour ouvrir son enregistrement.</translation>
    </message>
    <message>
        <source>Documented information it requires</source>
        <translation>Informations documentées requises</translation>
    </message>
    <message>
        <source>None of its own</source>
        <translation>Aucune en propre</translation>
    </message>
    <message>
        <source>%1
Kept as: %2</source>
        <translation>%1
Tenue sous forme de : %2</translation>
    </message>
    <message>
        <source>Records that serve it</source>
        <translation>Enregistrements qui y répondent</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Aucun enregistrement pour l’instant</translation>
    </message>
    <message>
        <source>%1 naming this clause (%2)</source>
        <extracomment>A register and how many of its records serve the clause: "Risks (12)".</extracomment>
        <translation>%1 qui citent cet article (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>CorrectiveActionPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation>Ouvrir la non-conformité</translation>
    </message>
    <message>
        <source>This action names no nonconformity.</source>
        <translation>Cette action corrective ne se rapporte à aucune non-conformité.</translation>
    </message>
    <message>
        <source>effectiveness: %1</source>
        <translation>efficacité : %1</translation>
    </message>
</context>
<context>
    <name>CreateRecordCommand</name>
    <message>
        <source>New %1</source>
        <extracomment>%1 is a kind of record: "New threat"</extracomment>
        <translation>Créer : %1</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: "Add 3 threats"</extracomment>
        <translation>Ajouter %2 (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Annex A completion</source>
        <translation>Avancement de l’annexe A</translation>
    </message>
    <message>
        <source>Implemented and not applicable controls count as complete.</source>
        <translation>Les mesures mises en œuvre et non applicables comptent comme terminées.</translation>
    </message>
    <message>
        <source>Annex A controls by theme</source>
        <translation>Mesures de l’annexe A par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>A.%1 %2</source>
        <translation>A.%1 %2</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Articles 4 à 10</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n control(s) need no more work</source>
        <translation>
            <numerusform>%1 sur %n mesure sans travail restant</numerusform>
            <numerusform>%1 sur %n mesures sans travail restant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of controls</source>
        <translation>%1 % des mesures</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of the ISMS itself</source>
        <translation>
            <numerusform>%n exigence portant sur le SMSI lui-même</numerusform>
            <numerusform>%n exigences portant sur le SMSI lui-même</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the controls that are “%1”</source>
        <translation>Afficher les mesures au statut « %1 »</translation>
    </message>
    <message>
        <source>Double-click a change to open its record.</source>
        <translation>Double-cliquez sur une modification pour ouvrir son enregistrement.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Clause requirements that ask for documented information and are not yet implemented</source>
        <translation>Exigences des articles qui demandent des informations documentées et ne sont pas encore mises en œuvre</translation>
    </message>
    <message>
        <source>Clause requirements and controls whose target date has passed and that are neither implemented nor not applicable</source>
        <translation>Exigences des articles et mesures dont l’échéance est passée et qui ne sont ni mises en œuvre ni non applicables</translation>
    </message>
    <message>
        <source>Applicable controls that nobody owns yet</source>
        <translation>Mesures applicables qui n’ont pas encore de responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s) with documented information still to complete</source>
        <translation>
            <numerusform>%n exigence des articles dont les informations documentées restent à compléter</numerusform>
            <numerusform>%n exigences des articles dont les informations documentées restent à compléter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue target date(s)</source>
        <translation>
            <numerusform>%n échéance dépassée</numerusform>
            <numerusform>%n échéances dépassées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicable control(s) without an owner</source>
        <translation>
            <numerusform>%n mesure applicable sans responsable</numerusform>
            <numerusform>%n mesures applicables sans responsable</numerusform>
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
        <translation>1 lien</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 liens</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: "2 treatment tasks, 1 version and 4 links"</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 has %2, which is deleted with it. Undo brings both back.</source>
        <extracomment>%1 is a reference, %2 the one record that goes with it: "R-003 has 1 link"</extracomment>
        <translation>Supprimer %1 supprime aussi ce qui y est rattaché : %2. « Annuler » rétablit les deux.</translation>
    </message>
    <message>
        <source>%1 has %2; they are deleted with it. Undo brings everything back.</source>
        <extracomment>%1 is a reference, %2 what goes with it: "R-003 has 2 treatment tasks and 4 links"</extracomment>
        <translation>Supprimer %1 supprime aussi ce qui y est rattaché : %2. « Annuler » rétablit le tout.</translation>
    </message>
    <message>
        <source>The %1 selected %2 have %3; they are deleted with them. Undo brings everything back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records, %3 what goes with them</extracomment>
        <translation>Supprimer ces %1 %2 supprime aussi ce qui y est rattaché : %3. « Annuler » rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>DialogFileChooser</name>
    <message>
        <source>ISMS projects (*.isms)</source>
        <translation>Projets SMSI (*.isms)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Fichier de projet</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Enregistrer la preuve sous</translation>
    </message>
</context>
<context>
    <name>DocumentVersionPanel</name>
    <message>
        <source>Add version %1</source>
        <translation>Ajouter la version %1</translation>
    </message>
    <message>
        <source>The versions of this document, each with its file stored in the project. Approve a version on the Document versions page; an approved version never changes.</source>
        <translation>Les versions de ce document, chacune avec son fichier enregistré dans le projet. Approuvez une version sur la page « Versions de document » ; une version approuvée ne change jamais.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Add version…</source>
        <translation>Ajouter une version…</translation>
    </message>
    <message>
        <source>Stores a file as a new draft version of this document</source>
        <translation>Enregistre un fichier comme nouvelle version brouillon de ce document</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation>Ouvre une copie en lecture seule avec le programme adapté à son type</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier temporaire %1.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Aucun programme de cet ordinateur ne peut ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message numerus="yes">
        <source>Attach %n evidence file(s)</source>
        <extracomment>Undo text; %n files attached as evidence.</extracomment>
        <translation>
            <numerusform>Joindre %n fichier de preuve</numerusform>
            <numerusform>Joindre %n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove evidence %1</source>
        <extracomment>Undo text: "Remove evidence report.pdf"</extracomment>
        <translation>Retirer la preuve %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n evidence file(s)</source>
        <translation>
            <numerusform>Retirer %n fichier de preuve</numerusform>
            <numerusform>Retirer %n fichiers de preuve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceLimitDialog</name>
    <message>
        <source>Evidence size limit</source>
        <translation>Taille maximale des preuves</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size limit: megabytes.</extracomment>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Largest evidence file:</source>
        <translation>&amp;Plus grand fichier de preuve :</translation>
    </message>
    <message>
        <source>A setting of this project file, logged in its history. Files larger than this are refused when attached; evidence already stored is kept. Between 1 and %1 MB (1 MB = 1,048,576 bytes).</source>
        <translation>Un réglage de ce fichier de projet, consigné dans son historique. Les fichiers plus grands sont refusés à l'ajout ; les preuves déjà stockées sont conservées. Entre 1 et %1 Mo (1 Mo = 1 048 576 octets).</translation>
    </message>
    <message>
        <source>%1 MB is not a size limit; choose between 1 and %2 MB.</source>
        <translation>%1 Mo n'est pas une taille maximale ; choisissez entre 1 et %2 Mo.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files that prove this record, stored in the project file. Drop files here or attach them.</source>
        <translation>Fichiers qui attestent cet enregistrement, stockés dans le fichier de projet. Déposez des fichiers ici ou joignez-les.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Date de la preuve</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>An evidence file's expiry date once it has passed.</extracomment>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Expired on %1: this file no longer proves the record. Attach current evidence.</source>
        <translation>Expiré le %1 : ce fichier ne prouve plus l'enregistrement. Joignez une preuve à jour.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type</source>
        <translation>Ouvre une copie en lecture seule avec le programme adapté à son type</translation>
    </message>
    <message>
        <source>The temporary folder %1 cannot be written to; use Save as… instead.</source>
        <translation>Impossible d'écrire dans le dossier temporaire %1 ; utilisez plutôt « Enregistrer sous… ».</translation>
    </message>
    <message>
        <source>No program on this computer opens %1; use Save as… and open it from there.</source>
        <translation>Aucun programme de cet ordinateur n'ouvre %1 ; utilisez « Enregistrer sous… » et ouvrez-le depuis là.</translation>
    </message>
</context>
<context>
    <name>FieldEditorFactory</name>
    <message>
        <source>(none)</source>
        <extracomment>The choice of an optional enum field that holds no value</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A record in a list of choices: reference and name, "T-003 — Fire"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Whether this date is set</source>
        <translation>Indique si cette date est définie</translation>
    </message>
</context>
<context>
    <name>FiveWhysDialog</name>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>Ask why the nonconformity happened, then why that happened, up to five times, until you reach a cause that an action can remove. Stop as soon as you reach it.</source>
        <translation>Demandez pourquoi la non-conformité s’est produite, puis pourquoi cela s’est produit, jusqu’à cinq fois, jusqu’à atteindre une cause qu’une action peut éliminer. Arrêtez-vous dès que vous l’avez atteinte.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Record root cause</source>
        <translation>Enregistrer la cause racine</translation>
    </message>
    <message>
        <source>Why %1: why did this happen?
%2</source>
        <extracomment>A question of the five-whys helper about the previous answer: "Why 2: why did this happen? ..."</extracomment>
        <translation>Pourquoi %1 : pourquoi cela s’est-il produit ?
%2</translation>
    </message>
</context>
<context>
    <name>HeatMapPage</name>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Current risk heat map</source>
        <translation>Carte de chaleur du risque actuel</translation>
    </message>
    <message>
        <source>Residual risk heat map</source>
        <translation>Carte de chaleur du risque résiduel</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <source>Before treatment, with the controls already in place.</source>
        <translation>Avant traitement, avec les mesures déjà en place.</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>After treatment; risks not yet re-rated count at their current rating.</source>
        <translation>Après traitement ; les risques pas encore réévalués comptent selon leur évaluation actuelle.</translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation>Risques par niveau de risque</translation>
    </message>
    <message>
        <source>How treatment moves the risks between the levels of the method. Levels above the acceptance threshold need a rationale when a risk is retained.</source>
        <translation>Comment le traitement déplace les risques entre les niveaux de risque de la méthode. Les niveaux supérieurs au seuil d’acceptation exigent une justification lorsqu’un risque est maintenu.</translation>
    </message>
    <message>
        <source>Risks in the register: %1.</source>
        <translation>Risques dans le registre : %1.</translation>
    </message>
    <message>
        <source>Not yet rated: %1.</source>
        <translation>Pas encore évalués : %1.</translation>
    </message>
    <message>
        <source>Above the acceptance threshold after treatment: %1.</source>
        <translation>Au-dessus du seuil d’acceptation après traitement : %1.</translation>
    </message>
    <message>
        <source>Click a cell, or choose it with the arrow keys and press Enter, to see its risks.</source>
        <translation>Cliquez sur une cellule, ou choisissez-la avec les touches fléchées et appuyez sur Entrée, pour voir ses risques.</translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>Évalués : %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <extracomment>A risk level's name with a note: "Low (acceptance threshold)"</extracomment>
        <translation>%1 (seuil d’acceptation)</translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the residual heat map, including those not yet re-rated after treatment.</source>
        <extracomment>%1 and %3 are numbers, %2 and %4 the names of the steps: "likelihood 2 (Unlikely)"</extracomment>
        <translation>Affichage des risques de vraisemblance %1 (%2) et d’impact %3 (%4) sur la carte de chaleur du risque résiduel, y compris ceux qui n’ont pas encore été réévalués après traitement.</translation>
    </message>
    <message>
        <source>Showing the risks at likelihood %1 (%2) and impact %3 (%4) on the current heat map.</source>
        <translation>Affichage des risques de vraisemblance %1 (%2) et d’impact %3 (%4) sur la carte de chaleur du risque actuel.</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Likelihood %1 of %2: %3</source>
        <extracomment>"Likelihood 4 of 5: Likely"</extracomment>
        <translation>Vraisemblance %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Impact %1 of %2: %3</source>
        <extracomment>"Impact 3 of 5: Moderate"</extracomment>
        <translation>Impact %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau de risque : %1</translation>
    </message>
    <message>
        <source>Risks in this cell: %1</source>
        <translation>Risques dans cette cellule : %1</translation>
    </message>
    <message>
        <source>Click, or press Enter, to list them.</source>
        <translation>Cliquez, ou appuyez sur Entrée, pour les afficher.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every change to this project: when, by whom, and the value before and after. The log is chained with SHA-256, so later tampering can be detected.</source>
        <translation>Chaque modification de ce projet : quand, par qui, et la valeur avant et après. Le journal est chaîné avec SHA-256, de sorte qu’une altération ultérieure peut être détectée.</translation>
    </message>
    <message>
        <source>Filter by person, record, field or value (Ctrl+F)</source>
        <translation>Filtrer par personne, enregistrement, champ ou valeur (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>Affichage : %1 sur %n modification</numerusform>
            <numerusform>Affichage : %1 sur %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a row to open its record.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir son enregistrement.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <source>Bring a register in from a spreadsheet (CSV or XLSX) or from our own JSON export. Columns are recognised by their names in English, German or French; map any column by hand below. Nothing is written until the preview is free of problems and you choose Import, and the import is one step you can undo.</source>
        <translation>Reprenez un registre depuis un tableur (CSV ou XLSX) ou depuis l’export JSON du programme. Les colonnes sont reconnues par leur nom en anglais, en allemand ou en français ; vous pouvez associer n’importe quelle colonne à la main ci-dessous. Rien n’est écrit tant que l’aperçu signale des problèmes et que vous n’avez pas choisi « Importer », et l’importation forme une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registre :</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation>Un fichier .csv, .xlsx ou .json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>How each column is read</source>
        <translation>Lecture de chaque colonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation>Choisissez un fichier pour voir comment il serait importé.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation>Tableurs et exports (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>Open a project to import into it.</source>
        <translation>Ouvrez un projet pour y importer des données.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: correct the file or map its columns, then look again. Nothing has been imported.</source>
        <translation>
            <numerusform>%n problème trouvé : corrigez le fichier ou associez ses colonnes, puis vérifiez à nouveau. Rien n’a été importé.</numerusform>
            <numerusform>%n problèmes trouvés : corrigez le fichier ou associez ses colonnes, puis vérifiez à nouveau. Rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 new and %2 changed %3.</source>
        <translation>Prêt à importer des %3 : %1 à créer et %2 à modifier.</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>(computed by the program)</source>
        <translation>(valeur calculée par le programme)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Colonnes ignorées : %1</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed %3; Undo takes the import back.</source>
        <translation>Importation des %3 terminée (créations : %1, modifications : %2) ; « Annuler » revient sur l’importation.</translation>
    </message>
    <message>
        <source>Import a Statement of &amp;Applicability…</source>
        <translation>Importer une déclaration d'&amp;applicabilité…</translation>
    </message>
    <message>
        <source>An SoA from a spreadsheet, our own export, or an SoA of the 2013 edition carried over to the 2022 controls with a list of what needs a decision.</source>
        <translation>Une DdA tirée d'un tableur, de notre propre export, ou une DdA de l'édition 2013 reportée sur les mesures de 2022 avec la liste de ce qui reste à décider.</translation>
    </message>
</context>
<context>
    <name>ImportRecordsCommand</name>
    <message>
        <source>Import %1 %2</source>
        <extracomment>%1 is the number of rows, %2 a kind of records: "Import 12 risks"</extracomment>
        <translation>Importer %2 (%1)</translation>
    </message>
</context>
<context>
    <name>ImportSoaCommand</name>
    <message>
        <source>Import the Statement of Applicability</source>
        <translation>Importer la déclaration d'applicabilité</translation>
    </message>
</context>
<context>
    <name>ImprovementSummaryWidget</name>
    <message numerus="yes">
        <source>%n nonconformity(ies) not closed</source>
        <translation>
            <numerusform>%n non-conformité non close</numerusform>
            <numerusform>%n non-conformités non closes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) overdue</source>
        <translation>
            <numerusform>%n action corrective en retard</numerusform>
            <numerusform>%n actions correctives en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the nonconformities not closed, from the dashboard</source>
        <translation>Affichage des non-conformités non closes, depuis le tableau de bord</translation>
    </message>
    <message>
        <source>Showing the overdue corrective actions, from the dashboard</source>
        <translation>Affichage des actions correctives en retard, depuis le tableau de bord</translation>
    </message>
    <message>
        <source>Audit and improvement</source>
        <translation>Audit et amélioration</translation>
    </message>
    <message>
        <source>No audit programme yet: its coverage shows here.</source>
        <extracomment>The dashboard's audit coverage: "Audit coverage of AP-001: 95 of 123 clauses and applicable controls"</extracomment>
        <translation>Pas encore de programme d’audit : sa couverture s’affiche ici.</translation>
    </message>
    <message>
        <source>Audit coverage of %1: %2 of %3 clauses and applicable controls</source>
        <translation>Couverture d’audit de %1 : %2 sur %3 chapitres et mesures applicables</translation>
    </message>
</context>
<context>
    <name>LevelEditor</name>
    <message>
        <source>Colour of the level "%1"</source>
        <extracomment>Title of the colour dialog; %1 is the name of a risk level</extracomment>
        <translation>Couleur du niveau de risque « %1 »</translation>
    </message>
    <message>
        <source>Number of levels:</source>
        <translation>Nombre de niveaux de risque :</translation>
    </message>
    <message>
        <source>Number of levels</source>
        <translation>Nombre de niveaux de risque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Choose the colour of "%1"</source>
        <extracomment>%1 is the name of a risk level</extracomment>
        <translation>Choisir la couleur de « %1 »</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Choose %1 to link to this %2</source>
        <extracomment>%1 are records or catalogue entries ("people", "Annex A controls"), %2 a kind of record ("audit")</extracomment>
        <translation>Choisir des %1 à lier à cet enregistrement (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Unlink the selected entries (Delete); the records themselves stay</source>
        <translation>Délier les entrées sélectionnées (Suppr) ; les enregistrements eux-mêmes restent</translation>
    </message>
    <message>
        <source>Double-click an entry to open it</source>
        <translation>Double-cliquez sur une entrée pour l'ouvrir</translation>
    </message>
    <message>
        <source>None linked yet; click Add… to choose.</source>
        <extracomment>Under the heading of an empty link list ("Auditors (0)")</extracomment>
        <translation>Rien n'est encore lié ; cliquez sur « Ajouter… » pour choisir.</translation>
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
        <translation>%1 figure déjà dans %2 ; choisissez uniquement des entrées que la liste n'affiche pas.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>Undo text: "Add P-003 — Ruth Calder to Auditors"</extracomment>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Add %1 entries to %2</source>
        <extracomment>Undo text for two or more: "Add 3 entries to Auditors"</extracomment>
        <translation>Ajouter %1 entrées à %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <extracomment>Undo text: "Remove P-003 — Ruth Calder from Auditors"</extracomment>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Remove %1 entries from %2</source>
        <translation>Retirer %1 entrées de %2</translation>
    </message>
    <message>
        <source>Every %1 is linked already.</source>
        <extracomment>In the link picker when nothing is left: "Every person is linked already."</extracomment>
        <translation>Tous les %1 sont déjà liés.</translation>
    </message>
    <message>
        <source>There are no %1 yet; add them on their page first.</source>
        <extracomment>In the link picker of an empty register: "There are no people yet; add them on their page."</extracomment>
        <translation>Il n'y a pas encore de %1 ; ajoutez-les d'abord sur leur page.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <extracomment>The title of the link picker: "Add to Auditors"</extracomment>
        <translation>Ajouter à %1</translation>
    </message>
</context>
<context>
    <name>LinkListPanel</name>
    <message>
        <source>Links</source>
        <extracomment>The tab beside a record's form with the lists of what it is linked to</extracomment>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>LinkPickerDialog</name>
    <message>
        <source>Search by reference, number or name</source>
        <translation>Rechercher par référence, numéro ou nom</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>%1 of %2 shown; tick the ones to add.</source>
        <extracomment>Under the list of the link picker: "12 of 93 shown; tick the ones to add."</extracomment>
        <translation>%1 sur %2 affichés ; cochez ceux à ajouter.</translation>
    </message>
    <message>
        <source>%1 of %2 shown, %3 ticked.</source>
        <extracomment>Under the list of the link picker: "12 of 93 shown, 2 ticked."</extracomment>
        <translation>%1 sur %2 affichés, %3 cochés.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Clauses 4–10</source>
        <translation>Articles 4 à 10</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Clauses 4–10</source>
        <translation>A&amp;rticles 4 à 10</translation>
    </message>
    <message>
        <source>&amp;Annex A controls</source>
        <translation>&amp;Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;About ISMS Workbench</source>
        <translation>À &amp;propos d’ISMS Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>This project is open read-only. You can look at everything and export reports, but changes cannot be made.</source>
        <translation>Ce projet est ouvert en lecture seule. Vous pouvez tout consulter et exporter des rapports, mais aucune modification n’est possible.</translation>
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
        <translation>%1 [lecture seule]</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Enregistré automatiquement</translation>
    </message>
    <message>
        <source>Changes cannot be made to this project.</source>
        <translation>Ce projet ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Every change is written to the file as you make it.</source>
        <translation>Chaque modification est écrite dans le fichier dès que vous la faites.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause requirement(s)</source>
        <translation>
            <numerusform>%n exigence des articles</numerusform>
            <numerusform>%n exigences des articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n modification journalisée</numerusform>
            <numerusform>%n modifications journalisées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>%1 copy.isms</source>
        <translation>%1 copie.isms</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
    <message>
        <source>Exported the control status report to %1</source>
        <translation>Rapport d’état des mesures exporté dans %1</translation>
    </message>
    <message>
        <source>%1 control status %2.pdf</source>
        <translation>%1 état des mesures %2.pdf</translation>
    </message>
    <message>
        <source>Cannot build the report</source>
        <translation>Impossible de générer le rapport</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>Impossible d’imprimer le rapport</translation>
    </message>
    <message>
        <source>ISMS Workbench %1</source>
        <translation>ISMS Workbench %1</translation>
    </message>
    <message>
        <source>An offline workbench for running an information security management system according to ISO/IEC 27001:2022.</source>
        <translation>Un outil hors ligne pour piloter un système de management de la sécurité de l’information selon l’ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Compilé avec Qt %1 ; exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>About ISMS Workbench</source>
        <translation>À propos d’ISMS Workbench</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <source>%1 Remove it from the recent projects?</source>
        <translation>%1 Le retirer des projets récents ?</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>Ouvrir en modification</translation>
    </message>
    <message>
        <source>Open the project again for editing, for example once the other program has closed it</source>
        <translation>Rouvrir le projet en modification, par exemple une fois que l’autre programme l’a fermé</translation>
    </message>
    <message>
        <source>Upgrade project</source>
        <translation>Mettre à niveau le projet</translation>
    </message>
    <message>
        <source>"%1" was made by an older version of ISMS Workbench. Upgrade it to the current format so that it can be edited? A backup copy of the old file is kept beside it; if you do not upgrade it, it opens read-only.</source>
        <translation>« %1 » a été créé par une version plus ancienne d’ISMS Workbench. Voulez-vous le mettre à niveau vers le format actuel afin de pouvoir le modifier ? Une copie de sauvegarde de l’ancien fichier est conservée à côté de lui ; si vous ne le mettez pas à niveau, il s’ouvre en lecture seule.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Mettre à niveau</translation>
    </message>
    <message>
        <source>It is open read-only here: you can look at everything and export reports, but changes cannot be made.</source>
        <translation>Ici, il est ouvert en lecture seule : vous pouvez tout consulter et exporter des rapports, mais aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>&amp;Risk report</source>
        <translation>Rapport &amp;sur les risques</translation>
    </message>
    <message>
        <source>%1 risk report %2.pdf</source>
        <translation>%1 rapport sur les risques %2.pdf</translation>
    </message>
    <message>
        <source>Exported the risk report to %1</source>
        <translation>Rapport sur les risques exporté dans %1</translation>
    </message>
    <message>
        <source>&amp;Treatment plan</source>
        <translation>&amp;Plan de traitement des risques</translation>
    </message>
    <message>
        <source>%1 treatment plan %2.pdf</source>
        <translation>%1 plan de traitement des risques %2.pdf</translation>
    </message>
    <message>
        <source>Exported the treatment plan to %1</source>
        <translation>Plan de traitement des risques exporté dans %1</translation>
    </message>
    <message>
        <source>&amp;Control status report</source>
        <translation>Rapport d’état des &amp;mesures</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Statement of Applicability</source>
        <translation>&amp;Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>%1 statement of applicability %2.pdf</source>
        <translation>%1 déclaration d’applicabilité %2.pdf</translation>
    </message>
    <message>
        <source>Exported the Statement of Applicability to %1</source>
        <translation>Déclaration d’applicabilité exportée vers %1</translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation>Selon la norme</translation>
    </message>
    <message>
        <source>Evidence size &amp;limit…</source>
        <translation>&amp;Taille maximale des preuves…</translation>
    </message>
    <message>
        <source>The largest file this project accepts as evidence</source>
        <translation>Le plus grand fichier que ce projet accepte comme preuve</translation>
    </message>
    <message>
        <source>Cannot change the evidence size limit</source>
        <translation>Impossible de modifier la taille maximale des preuves</translation>
    </message>
    <message>
        <source>&amp;Issue SoA version…</source>
        <translation>&amp;Émettre une version de la DdA…</translation>
    </message>
    <message>
        <source>What fulfils it</source>
        <translation>Ce qui y répond</translation>
    </message>
    <message>
        <source>&amp;Audit pack…</source>
        <translation>Dossier d’&amp;audit…</translation>
    </message>
    <message>
        <source>One PDF for the certification body, with the evidence files</source>
        <translation>Un PDF pour l’organisme de certification, avec les fichiers de preuve</translation>
    </message>
    <message>
        <source>Built the audit pack</source>
        <translation>Dossier d’audit généré</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L'export a été annulé ; aucun fichier n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>Click a cell to raise its level, Shift+click to lower it; a digit key chooses a level.</source>
        <translation>Cliquez sur une cellule pour élever son niveau de risque, Maj+clic pour l’abaisser ; une touche numérique choisit un niveau.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A row of the risk matrix: "5 Almost certain"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Likelihood %1 (%2), impact %3 (%4): %5</source>
        <extracomment>Tooltip of a matrix cell: "Likelihood 4 (Likely), impact 3 (Moderate): High"</extracomment>
        <translation>Vraisemblance %1 (%2), impact %3 (%4) : %5</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompt</name>
    <message>
        <source>Another program is editing this project.</source>
        <translation>Un autre programme modifie ce projet.</translation>
    </message>
    <message>
        <source>The project was left locked by %1 on %2 since %3, and that program is no longer running.</source>
        <translation>Le projet est resté verrouillé par %1 sur %2 depuis %3, et ce programme ne fonctionne plus.</translation>
    </message>
    <message>
        <source>%1 on %2 has been editing this project since %3.</source>
        <translation>%1 sur %2 modifie ce projet depuis %3.</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d’utilisation</translation>
    </message>
    <message>
        <source>“%1” is in use.</source>
        <translation>« %1 » est en cours d’utilisation.</translation>
    </message>
    <message>
        <source>You can open it read-only, or take over the lock if you are sure nobody else is working on it. Two programs writing to one project can lose changes.</source>
        <translation>Vous pouvez l’ouvrir en lecture seule, ou reprendre le verrou si vous êtes sûr que personne d’autre n’y travaille. Si deux programmes écrivent dans un même projet, des modifications peuvent être perdues.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Reprendre le verrou</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>MethodEditor</name>
    <message>
        <source>Likelihood scale</source>
        <translation>Échelle de vraisemblance</translation>
    </message>
    <message>
        <source>How likely a risk is to occur, from the least likely (1) up. Describe each step so that two assessors choose the same one.</source>
        <translation>La vraisemblance qu’un risque survienne, de la plus faible (1) à la plus forte. Décrivez chaque échelon de sorte que deux évaluateurs choisissent le même.</translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation>Échelle d’impact</translation>
    </message>
    <message>
        <source>How severe the consequences would be, from the mildest (1) up, in terms the organisation already uses: money, downtime, customers, the law.</source>
        <translation>La gravité des conséquences, de la plus légère (1) à la plus lourde, dans les termes que l’organisme utilise déjà : argent, temps d’arrêt, clients, droit.</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>The level of each combination of likelihood and impact. Click a cell to raise its level, Shift+click to lower it, or press a level's number.</source>
        <translation>Le niveau de risque de chaque combinaison de vraisemblance et d’impact. Cliquez sur une cellule pour élever son niveau, Maj+clic pour l’abaisser, ou appuyez sur le numéro d’un niveau.</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Schéma de classification</translation>
    </message>
    <message>
        <source>The classes that label information by how much protection it needs, lowest first. Leave it empty if the organisation does not classify.</source>
        <translation>Les classes qui qualifient les informations selon leur besoin de protection, de la plus basse à la plus haute. Laissez le schéma vide si l’organisme ne classifie pas ses informations.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything else the method statement should say: sources of threat information, who assesses and who approves, how results are reported.</source>
        <translation>Tout ce que la description de la méthode doit encore indiquer : sources d’information sur les menaces, qui apprécie et qui approuve, comment les résultats sont communiqués.</translation>
    </message>
    <message>
        <source>Acceptance threshold:</source>
        <translation>Seuil d’acceptation :</translation>
    </message>
    <message>
        <source>The highest level at which a risk may be retained without a recorded rationale; the risk owner accepts anything above it explicitly.</source>
        <translation>Le niveau de risque le plus élevé auquel un risque peut être maintenu sans justification consignée ; au-delà, le propriétaire du risque l’accepte explicitement.</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Niveaux de risque</translation>
    </message>
    <message>
        <source>The levels the matrix assigns, from the lowest (1) up, each with the colour that shows it in tables, heat maps and reports.</source>
        <translation>Les niveaux de risque qu’attribue la matrice, du plus bas (1) au plus haut, chacun avec la couleur qui le représente dans les tableaux, les cartes de chaleur et les rapports.</translation>
    </message>
    <message>
        <source>Review every (months):</source>
        <translation>Revue tous les (mois) :</translation>
    </message>
    <message>
        <source>Events that call for a reassessment sooner:</source>
        <translation>Événements qui appellent une nouvelle appréciation plus tôt :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>Nouveau déclencheur</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Nouvelle appréciation</translation>
    </message>
    <message>
        <source>Every risk is assessed again at least this often, and sooner when one of these events happens.</source>
        <translation>Chaque risque est de nouveau apprécié au moins à cette fréquence, et plus tôt si l’un de ces événements se produit.</translation>
    </message>
    <message>
        <source>Level %1</source>
        <extracomment>A level without a name yet in the list of the acceptance threshold: "Level 5"</extracomment>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>MethodologyPage</name>
    <message>
        <source>Risk assessment method</source>
        <translation>Méthode d’appréciation des risques</translation>
    </message>
    <message>
        <source>The method sets the criteria every risk assessment uses, so that assessments made by different people, or repeated a year later, give results that are consistent, valid and comparable (ISO/IEC 27001, 6.1.2). It fixes the scales assessors rate on, the level each rating leads to, the level up to which a risk may be retained, and when risks are assessed again. Applying a change moves every rating onto the new scales and derives each level again; the change log keeps the old values and Undo restores them.</source>
        <translation>La méthode fixe les critères qu’utilise chaque appréciation des risques, afin que des appréciations menées par des personnes différentes, ou répétées un an plus tard, produisent des résultats cohérents, valides et comparables (ISO/IEC 27001, 6.1.2). Elle détermine les échelles sur lesquelles les évaluateurs se prononcent, le niveau de risque auquel conduit chaque évaluation, le niveau jusqu’auquel un risque peut être maintenu et le moment où les risques sont de nouveau appréciés. L’application d’une modification reporte chaque évaluation sur les nouvelles échelles et recalcule chaque niveau ; le journal des modifications conserve les anciennes valeurs et « Annuler » les rétablit.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Check the method, see what it changes in the risk register, and use it</source>
        <translation>Vérifier la méthode, voir ce qu’elle change dans le registre des risques, puis l’utiliser</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the changes made here since the method was last applied</source>
        <translation>Abandonner les modifications faites ici depuis la dernière application de la méthode</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put the default 5×5 method in the editor; it is used only once applied</source>
        <translation>Charger la méthode 5×5 par défaut dans l’éditeur ; elle n’est utilisée qu’une fois appliquée</translation>
    </message>
    <message>
        <source>The project is open read-only: the method can be read here but not changed.</source>
        <translation>Le projet est ouvert en lecture seule : la méthode peut être consultée ici, mais pas modifiée.</translation>
    </message>
    <message>
        <source>Changed here, not applied yet</source>
        <translation>Modifiée ici, pas encore appliquée</translation>
    </message>
    <message>
        <source>The method in use</source>
        <translation>La méthode en vigueur</translation>
    </message>
    <message>
        <source>The method is in use, and every risk is rated on it. Undo puts the previous method and every rating back.</source>
        <translation>La méthode est en vigueur et chaque risque est évalué selon elle. « Annuler » rétablit la méthode précédente et toutes les évaluations.</translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>Record a measurement:</source>
        <translation>Enregistrer un mesurage :</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>Objectifs servis</translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation>Mesures servies</translation>
    </message>
    <message>
        <source>The objectives whose achievement this metric shows; double-click to open one.</source>
        <translation>Les objectifs dont cet indicateur montre l’atteinte ; double-cliquez pour en ouvrir un.</translation>
    </message>
    <message>
        <source>The Annex A controls whose effectiveness this metric shows; double-click to open one.</source>
        <translation>Les mesures de l’annexe A dont cet indicateur montre l’efficacité ; double-cliquez pour en ouvrir une.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No measurement is recorded yet; record the first one below.</source>
        <translation>Aucun mesurage n’est encore enregistré ; enregistrez le premier ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s); latest %1 on %2.</source>
        <extracomment>Under a metric's trend chart: "12 measurements; latest 4.5 on 2026-10-31. Target: at most 5"</extracomment>
        <translation>
            <numerusform>%n mesure ; dernière %1 le %2.</numerusform>
            <numerusform>%n mesures ; dernière %1 le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link metric to objective</source>
        <translation>Lier l’indicateur à un objectif</translation>
    </message>
    <message>
        <source>Link metric to control</source>
        <translation>Lier l’indicateur à une mesure</translation>
    </message>
    <message>
        <source>Record measurement</source>
        <translation>Enregistrer le mesurage</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>ISMS project</source>
        <translation>Projet SMSI</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>A project is one file that holds your whole ISMS: the clause requirements, the Annex A controls and their change log. Every change is saved as you make it.</source>
        <translation>Un projet est un fichier unique qui contient tout votre SMSI : les exigences des articles, les mesures de l’annexe A et leur journal des modifications. Chaque modification est enregistrée dès que vous la faites.</translation>
    </message>
    <message>
        <source>Your organisation's name</source>
        <translation>Nom de votre organisme</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data (a fictitious organisation, to try things out)</source>
        <translation>Remplir avec des données de &amp;démonstration (un organisme fictif, pour essayer)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NonconformityPanel</name>
    <message>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Double-click an action to open it. Add actions on the Corrective actions page.</source>
        <translation>Double-cliquez sur une action pour l’ouvrir. Ajoutez des actions sur la page « Actions correctives ».</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Revue de l’efficacité</translation>
    </message>
    <message>
        <source>Five whys...</source>
        <translation>Cinq pourquoi...</translation>
    </message>
    <message>
        <source>Find the root cause by asking why up to five times.</source>
        <translation>Trouvez la cause racine en demandant pourquoi jusqu’à cinq fois.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>A corrective action's due date in the list beside its nonconformity.</extracomment>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>No corrective action yet.</source>
        <translation>Aucune action corrective pour l’instant.</translation>
    </message>
    <message>
        <source>Not reviewed yet. The nonconformity can be closed once a review finds its actions effective.</source>
        <translation>Pas encore vérifiée. La non-conformité peut être close dès qu’une vérification conclut que ses actions sont efficaces.</translation>
    </message>
    <message>
        <source>%1 (reviewed on %2)</source>
        <extracomment>Where a nonconformity's effectiveness review stands: "Effective (reviewed on 2026-10-01)".</extracomment>
        <translation>%1 (vérification du %2)</translation>
    </message>
    <message>
        <source>Record the root cause of %1</source>
        <extracomment>Undo text: "Record the root cause of NC-003"</extracomment>
        <translation>Enregistrer la cause racine de %1</translation>
    </message>
</context>
<context>
    <name>ObjectiveMetricsPanel</name>
    <message>
        <source>Measured by metrics</source>
        <translation>Mesuré par des indicateurs</translation>
    </message>
    <message>
        <source>Double-click a metric to open it with its trend chart.</source>
        <translation>Double-cliquez sur un indicateur pour l’ouvrir avec son graphique de tendance.</translation>
    </message>
    <message>
        <source>latest %1 on %2</source>
        <extracomment>A metric that measures an objective, with its latest value: "latest 4.5 on 2026-10-31"</extracomment>
        <translation>dernier : %1 le %2</translation>
    </message>
    <message>
        <source>No metric measures this objective yet; link one on the Metrics page.</source>
        <translation>Aucun indicateur ne mesure encore cet objectif ; liez-en un sur la page « Indicateurs ».</translation>
    </message>
</context>
<context>
    <name>OverdueDutiesWidget</name>
    <message>
        <source>Overdue duties</source>
        <translation>Obligations en retard</translation>
    </message>
    <message>
        <source>Open the ISMS calendar</source>
        <translation>Ouvrir le calendrier du SMSI</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Double-click a duty to open its record</source>
        <translation>Double-cliquez sur une obligation pour ouvrir son enregistrement</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>After "Overdue duties": how many there are.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the ISMS calendar</source>
        <translation>
            <numerusform>%n de plus dans le calendrier du SMSI</numerusform>
            <numerusform>%n de plus dans le calendrier du SMSI</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Rien n’est en retard.</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>6 Planning</source>
        <translation>6 Planification</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>4 Context</source>
        <translation>4 Contexte</translation>
    </message>
    <message>
        <source>SoA versions</source>
        <translation>Versions de la DdA</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Cartographie des processus</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Vérification de la préparation à l’audit</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>5 Leadership</source>
        <translation>5 Leadership</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>7 Support</source>
        <translation>7 Support</translation>
    </message>
    <message>
        <source>8 Operation</source>
        <translation>8 Fonctionnement</translation>
    </message>
    <message>
        <source>9 Performance</source>
        <translation>9 Évaluation des performances</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>10 Improvement</source>
        <translation>10 Amélioration</translation>
    </message>
    <message>
        <source>ISMS calendar</source>
        <translation>Calendrier du SMSI</translation>
    </message>
    <message>
        <source>Independence and checklist</source>
        <translation>Indépendance et liste de contrôle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Audit coverage</source>
        <translation>Couverture des audits</translation>
    </message>
    <message>
        <source>Inputs and actions</source>
        <translation>Entrées et actions</translation>
    </message>
    <message>
        <source>Actions and review</source>
        <translation>Actions et vérification</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Written to the change log with every change you make. Leave it empty to use your user name on this computer.</source>
        <translation>Écrit dans le journal des modifications à chacune de vos modifications. Laissez vide pour utiliser votre nom d’utilisateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Classification label:</source>
        <translation>Mention de &amp;classification :</translation>
    </message>
    <message>
        <source>Automatic (from your region)</source>
        <translation>Automatique (selon votre région)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format de &amp;papier :</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ProcessBoxItem</name>
    <message>
        <source>Provided from outside</source>
        <translation>Fourni de l’extérieur</translation>
    </message>
    <message>
        <source>Provided by %1</source>
        <translation>Fourni par %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <source>planned</source>
        <extracomment>On a process's box on the process map, after its owner: the process is not in place yet.</extracomment>
        <translation>planifié</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>On a process's box on the process map, after its owner: the process is no longer run.</extracomment>
        <translation>hors service</translation>
    </message>
</context>
<context>
    <name>ProcessMapPage</name>
    <message>
        <source>Process map</source>
        <translation>Cartographie des processus</translation>
    </message>
    <message>
        <source>Open in the register</source>
        <translation>Ouvrir dans le registre</translation>
    </message>
    <message>
        <source>Processes: %1. Interactions: %2.</source>
        <translation>Processus : %1. Interactions : %2.</translation>
    </message>
    <message>
        <source>Record the processes of the ISMS and how they interact on the pages ISMS processes and Process interactions.</source>
        <translation>Enregistrez les processus du SMSI et leurs interactions sur les pages « Processus du SMSI » et « Interactions entre processus ».</translation>
    </message>
    <message>
        <source>Arrows show what one process passes to another. Dashed boxes are provided from outside, grey ones planned or retired. Click a box to select it; double-click it to open it in the register.</source>
        <translation>Les flèches montrent ce qu’un processus transmet à un autre. Les cadres en pointillés sont fournis de l’extérieur, les gris sont planifiés ou hors service. Cliquez sur un cadre pour le sélectionner ; double-cliquez dessus pour l’ouvrir dans le registre.</translation>
    </message>
    <message>
        <source>No process selected.</source>
        <translation>Aucun processus sélectionné.</translation>
    </message>
    <message>
        <source>provided by %1</source>
        <translation>fourni par %1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun propriétaire</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>propriétaire %1</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No process, in "Receives from: none."</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 %2 (%3). Receives from: %4. Passes to: %5.</source>
        <extracomment>%1 reference, %2 name, %3 "owner NAME" or "provided by SUPPLIER", %4 and %5 lists of references.</extracomment>
        <translation>%1 %2 (%3). Reçoit de : %4. Transmet à : %5.</translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <source>Interaction map of the ISMS processes</source>
        <translation>Carte des interactions entre les processus du SMSI</translation>
    </message>
</context>
<context>
    <name>ProjectHistoryWatcher</name>
    <message numerus="yes">
        <source>The change log of this project failed its tamper check with %n problem(s); run "isms-cli check" on the file to list them, and compare the file with a backup copy before relying on it.</source>
        <translation>
            <numerusform>Le journal des modifications de ce projet n’a pas passé la vérification des altérations (%n problème) ; exécutez « isms-cli check » sur le fichier pour afficher ce problème, et comparez le fichier avec une copie de sauvegarde avant de vous y fier.</numerusform>
            <numerusform>Le journal des modifications de ce projet n’a pas passé la vérification des altérations (%n problèmes) ; exécutez « isms-cli check » sur le fichier pour lister ces problèmes, et comparez le fichier avec une copie de sauvegarde avant de vous y fier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <source>%1 in %2: %3</source>
        <extracomment>Tooltip of a RACI cell: "ISMS Manager in Incident management: A: Accountable".</extracomment>
        <translation>%1 dans %2 : %3</translation>
    </message>
    <message>
        <source>not involved</source>
        <translation>non impliqué</translation>
    </message>
    <message>
        <source>(no holder)</source>
        <translation>(non pourvu)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No role is Accountable for this process; mark exactly one with A.</source>
        <translation>Aucun rôle n’est redevable (Accountable) de ce processus ; marquez-en exactement un avec A.</translation>
    </message>
    <message>
        <source>%1 roles are Accountable for this process; keep exactly one A.</source>
        <translation>%1 rôles sont redevables (Accountable) de ce processus ; gardez exactement un A.</translation>
    </message>
</context>
<context>
    <name>RaciPage</name>
    <message>
        <source>(not involved)</source>
        <extracomment>The choice that clears a RACI cell.</extracomment>
        <translation>(non impliqué)</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>The matrix needs ISMS processes (its rows) and roles (its columns); record them on the pages ISMS processes and Roles.</source>
        <translation>La matrice a besoin de processus du SMSI (ses lignes) et de rôles (ses colonnes) ; enregistrez-les sur les pages « Processus du SMSI » et « Rôles ».</translation>
    </message>
    <message>
        <source>Processes: %1. Roles: %2. Processes without exactly one Accountable role: %3.</source>
        <translation>Processus : %1. Rôles : %2. Processus sans exactement un rôle redevable : %3.</translation>
    </message>
    <message>
        <source>R does the work, A answers for it, C is consulted, I is informed. Type R, A, C or I in a cell, Delete to clear it, or double-click it to choose.</source>
        <translation>R réalise le travail, A en répond, C est consulté, I est informé. Tapez R, A, C ou I dans une cellule, Suppr pour la vider, ou double-cliquez dessus pour choisir.</translation>
    </message>
    <message>
        <source>Set RACI of %1 in %2 to %3</source>
        <translation>Définir le RACI de %1 dans %2 sur %3</translation>
    </message>
</context>
<context>
    <name>RaisedNonconformityPanel</name>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Raise nonconformity</source>
        <translation>Enregistrer une non-conformité</translation>
    </message>
    <message>
        <source>Record a nonconformity with this incident as its source, linked both ways.</source>
        <translation>Enregistre une non-conformité ayant cet incident pour origine, liée dans les deux sens.</translation>
    </message>
    <message>
        <source>Record a nonconformity with this finding as its source, linked both ways.</source>
        <translation>Enregistrer une non-conformité ayant ce constat pour source, liée dans les deux sens.</translation>
    </message>
    <message>
        <source>Open nonconformity</source>
        <translation>Ouvrir la non-conformité</translation>
    </message>
    <message>
        <source>This incident has raised no nonconformity.</source>
        <translation>Cet incident n’a donné lieu à aucune non-conformité.</translation>
    </message>
    <message>
        <source>This finding has raised no nonconformity.</source>
        <translation>Ce constat n’a soulevé aucune non-conformité.</translation>
    </message>
    <message>
        <source>Raise a nonconformity from %1</source>
        <translation>Enregistrer une non-conformité à partir de %1</translation>
    </message>
</context>
<context>
    <name>RatingPreviewDialog</name>
    <message>
        <source>Apply risk assessment method</source>
        <translation>Appliquer la méthode d’appréciation des risques</translation>
    </message>
    <message>
        <source>No rating or level changes.</source>
        <translation>Aucune évaluation ni aucun niveau ne change.</translation>
    </message>
    <message>
        <source>Changes to ratings and levels: %1, in risks: %2. The change log keeps every old value, and Undo puts them all back.</source>
        <translation>Modifications d’évaluations et de niveaux : %1, risques concernés : %2. Le journal des modifications conserve chaque ancienne valeur et « Annuler » les rétablit toutes.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>Apply method</source>
        <translation>Appliquer la méthode</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a readiness finding about a record that does not exist yet.</extracomment>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Clause %1: %2</source>
        <extracomment>Tooltip of a rule id: the clause it serves and what it requires.</extracomment>
        <translation>Article %1 : %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What to settle</source>
        <translation>À régler</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Readiness check</source>
        <translation>Vérification de la préparation à l’audit</translation>
    </message>
    <message>
        <source>What a certification auditor would find missing, rule by rule. Double-click a point, or press Enter, to open the record to fix.</source>
        <translation>Ce qu’un auditeur de certification trouverait manquant, règle par règle. Double-cliquez sur un point, ou appuyez sur Entrée, pour ouvrir l’enregistrement à corriger.</translation>
    </message>
    <message>
        <source>Readiness score, of 100</source>
        <extracomment>Under the large readiness score number.</extracomment>
        <translation>Score de préparation, sur 100</translation>
    </message>
    <message>
        <source>The share of the rules checked that pass; a major rule weighs three times a minor one. Points do not block anything: settle them before the audit.</source>
        <translation>La part des règles vérifiées qui sont respectées ; une règle majeure pèse trois fois plus qu’une règle mineure. Les points ne bloquent rien : réglez-les avant l’audit.</translation>
    </message>
    <message>
        <source>Filter points (Ctrl+F)</source>
        <translation>Filtrer les points (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click a point to open its record</source>
        <translation>Double-cliquez sur un point pour ouvrir son enregistrement</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>Major points: %1 · Minor points: %2 · Rules passed: %3 of %4</source>
        <extracomment>%1, %2: counts of points; %3 of %4: rules without a point of the rules checked.</extracomment>
        <translation>Points majeurs : %1 · Points mineurs : %2 · Règles respectées : %3 sur %4</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>"Points: 12" or "Points: 4 of 12"</extracomment>
        <translation>Points : %1</translation>
    </message>
    <message>
        <source>Points: %1 of %2</source>
        <translation>Points : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>%1:</source>
        <extracomment>A form label: "Name:"</extracomment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>Select a row to see and edit it.</source>
        <translation>Sélectionnez une ligne pour la consulter et la modifier.</translation>
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
        <translation>Nouvel enregistrement : %1</translation>
    </message>
    <message>
        <source>Add a %1 (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter un enregistrement : %1 (Inser ou Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected rows into new ones (Ctrl+D)</source>
        <translation>Copier les lignes sélectionnées dans de nouvelles lignes (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rows (Del); Undo brings them back</source>
        <translation>Supprimer les lignes sélectionnées (Suppr) ; « Annuler » les rétablit</translation>
    </message>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrer les %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Duplicate threat T-003"</extracomment>
        <translation>Dupliquer %2 (%1)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Dialog title: "Delete threats"</extracomment>
        <translation>Supprimer des %1</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: "Category: any"</extracomment>
        <translation>%1 : toutes valeurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>"Threats: 40"</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>"Threats: 12 of 40"</extracomment>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Delete the %1 selected %2? Undo brings them back.</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records</extracomment>
        <translation>Supprimer ces %1 %2 ? « Annuler » les rétablit.</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Modifier la sélection…</translation>
    </message>
    <message>
        <source>Give the selected rows the same values, such as an owner or a status (Ctrl+Shift+E)</source>
        <translation>Donner les mêmes valeurs aux lignes sélectionnées, par exemple un propriétaire ou un statut (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>Supprimer %2 (%1)</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Edit risk R-003"</extracomment>
        <translation>Modifier %2 (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Removes the filter that another page (the heat map) set on this register</extracomment>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show every record again</source>
        <translation>Afficher de nouveau tous les enregistrements</translation>
    </message>
    <message>
        <source>New %1</source>
        <comment>initial name of a new record</comment>
        <extracomment>The name a new record starts with, typed over by the user; %1 is its kind ("risk").</extracomment>
        <translation>%1 sans nom</translation>
    </message>
    <message>
        <source>Frozen register</source>
        <translation>Registre figé</translation>
    </message>
    <message>
        <source>%1 (reading the rest…)</source>
        <extracomment>While the rest of a large register is read: "Risks: 100 (reading the rest…)"</extracomment>
        <translation>%1 (lecture du reste…)</translation>
    </message>
</context>
<context>
    <name>RemoveRecordsCommand</name>
    <message>
        <source>Delete %1 %2</source>
        <extracomment>%1 is a kind of record, %2 its reference: "Delete threat T-003"
----------
%1 is a number of two or more, %2 a kind of records: "Delete 3 threats"</extracomment>
        <translation>Supprimer %2 (%1)</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>Dessin de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Hold review</source>
        <translation>Tenir la revue</translation>
    </message>
    <message>
        <source>Make planned change</source>
        <translation>Créer la modification planifiée</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Exporter le procès-verbal…</translation>
    </message>
    <message>
        <source>Input (9.3.2)</source>
        <translation>Entrée (9.3.2)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Modification planifiée</translation>
    </message>
    <message>
        <source>Marks the review held today and freezes its inputs as the project stands now.</source>
        <translation>Marque la revue comme tenue aujourd’hui et fige ses entrées dans l’état actuel du projet.</translation>
    </message>
    <message>
        <source>Creates the planned change of the selected "Change needed" action and links them.</source>
        <translation>Crée la modification planifiée de l’action « Modification nécessaire » sélectionnée et les lie.</translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation>Sorties (9.3.3)</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Select a review to see its inputs and actions.</source>
        <translation>Sélectionnez une revue pour voir ses entrées et ses actions.</translation>
    </message>
    <message>
        <source>Top management attends this review.</source>
        <translation>La direction participe à cette revue.</translation>
    </message>
    <message>
        <source>No member of top management is among the attendees yet; add one before the review is held.</source>
        <translation>Aucun membre de la direction ne figure encore parmi les participants ; ajoutez-en un avant la tenue de la revue.</translation>
    </message>
    <message>
        <source>No member of top management attended this review; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation>Aucun membre de la direction n’a participé à cette revue ; enregistrez qui y a participé, ou indiquez dans le registre « Personnes » les participants qui font partie de la direction.</translation>
    </message>
    <message>
        <source>Held: the inputs below were frozen when the review was held and no longer change.</source>
        <translation>Tenue : les entrées ci-dessous ont été figées lors de la tenue de la revue et ne changent plus.</translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled live from the project; holding the review freezes them.</source>
        <translation>Pas encore figées : les entrées ci-dessous sont compilées en direct à partir du projet ; la tenue de la revue les fige.</translation>
    </message>
    <message>
        <source>Hold management review %1 today? Its inputs are frozen as the project stands now and cannot be compiled again; this step cannot be undone.</source>
        <translation>Tenir la revue de direction %1 aujourd’hui ? Ses entrées sont figées dans l’état actuel du projet et ne pourront plus être compilées à nouveau ; cette étape est irréversible.</translation>
    </message>
    <message>
        <source>Minutes %1.pdf</source>
        <translation>Procès-verbal %1.pdf</translation>
    </message>
    <message>
        <source>Make a planned change of %1</source>
        <translation>Créer une modification planifiée à partir de %1</translation>
    </message>
    <message>
        <source>Exporting the minutes…</source>
        <translation>Export du procès-verbal…</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Sign off…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Record the risk owner's approval of the treatment plan and acceptance of the residual risk</source>
        <translation>Consigner l’approbation du plan de traitement des risques et l’acceptation du risque résiduel par le propriétaire du risque</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Withdraw the sign-off, for instance after the risk was assessed again</source>
        <translation>Révoquer l’approbation, par exemple après une nouvelle appréciation du risque</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <extracomment>A tab of the risk panel with how many it holds: "Assets (2)"</extracomment>
        <translation>Actifs (%1)</translation>
    </message>
    <message>
        <source>Controls (%1)</source>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <source>Treatment tasks (%1)</source>
        <translation>Tâches de traitement (%1)</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2.</source>
        <extracomment>%1 is a name, %2 a date</extracomment>
        <translation>Approuvé par %1 le %2.</translation>
    </message>
    <message>
        <source>Closed without a recorded sign-off.</source>
        <translation>Clos sans approbation consignée.</translation>
    </message>
    <message>
        <source>Awaiting sign-off by the risk owner.</source>
        <translation>En attente de l’approbation du propriétaire du risque.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2), so the sign-off needs an acceptance rationale.</source>
        <translation>Le niveau de risque résiduel %1 dépasse le seuil d’acceptation (%2) : l’approbation nécessite donc une justification de l’acceptation.</translation>
    </message>
    <message>
        <source>Sign off again…</source>
        <translation>Approuver de nouveau…</translation>
    </message>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Undo text: "Sign off risk R-003"</extracomment>
        <translation>Approuver le risque %1</translation>
    </message>
    <message>
        <source>Withdraw sign-off of risk %1</source>
        <extracomment>Undo text: "Withdraw sign-off of risk R-003"</extracomment>
        <translation>Révoquer l’approbation du risque %1</translation>
    </message>
</context>
<context>
    <name>RiskSummaryWidget</name>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Open the risk register</source>
        <translation>Ouvrir le registre des risques</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Risks by the level of their current rating</source>
        <translation>Risques par niveau de risque de leur évaluation actuelle</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Risks by the level expected after treatment (the current one while no residual rating is given)</source>
        <translation>Risques par niveau de risque attendu après traitement (le niveau actuel tant qu’aucune évaluation résiduelle n’est indiquée)</translation>
    </message>
    <message>
        <source>Show the risks at this level</source>
        <translation>Afficher les risques de ce niveau</translation>
    </message>
    <message>
        <source>In the register: %1, not yet rated: %2</source>
        <translation>Dans le registre : %1, pas encore évalués : %2</translation>
    </message>
    <message>
        <source>In the register: %1</source>
        <translation>Dans le registre : %1</translation>
    </message>
    <message>
        <source>Awaiting sign-off: %1</source>
        <translation>En attente d’approbation : %1</translation>
    </message>
    <message>
        <source>Overdue treatment tasks: %1</source>
        <translation>Tâches de traitement en retard : %1</translation>
    </message>
    <message>
        <source>Reviews overdue: %1</source>
        <translation>Revues en retard : %1</translation>
    </message>
    <message>
        <source>Open treatment tasks: %1</source>
        <translation>Tâches de traitement ouvertes : %1</translation>
    </message>
</context>
<context>
    <name>RiskTaskTable</name>
    <message>
        <source>Double-click a cell to change it</source>
        <translation>Double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <source>No treatment task yet. Add the steps that carry out the treatment, each with an owner and a due date.</source>
        <translation>Aucune tâche de traitement pour l’instant. Ajoutez les étapes qui mettent en œuvre le traitement, chacune avec un responsable et une date d’échéance.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add a treatment task to this risk</source>
        <translation>Ajouter une tâche de traitement à ce risque</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tasks; Undo brings them back</source>
        <translation>Supprimer les tâches sélectionnées ; « Annuler » les rétablit</translation>
    </message>
    <message>
        <source>New treatment task</source>
        <translation>Nouvelle tâche de traitement</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Number of steps:</source>
        <translation>Nombre d’échelons :</translation>
    </message>
    <message>
        <source>Number of steps</source>
        <translation>Nombre d’échelons</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A short name assessors choose from</source>
        <translation>Un nom court parmi lesquels les évaluateurs choisissent</translation>
    </message>
    <message>
        <source>What the step means, so that two assessors choose the same one</source>
        <translation>Ce que signifie l’échelon, pour que deux évaluateurs choisissent le même</translation>
    </message>
</context>
<context>
    <name>SetEvidenceLimitCommand</name>
    <message>
        <source>%1 MB</source>
        <extracomment>A size limit in whole megabytes: "20 MB".</extracomment>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Set the evidence size limit to %1</source>
        <extracomment>Undo text; %1 is a size such as "20 MB".</extracomment>
        <translation>Fixer la taille maximale des preuves à %1</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <extracomment>%1 is a field ("Name"), %2 a kind of record ("threat"): "Change Name of threat"</extracomment>
        <translation>Modifier le champ « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off risk %1</source>
        <extracomment>Dialog title: "Sign off risk R-003"</extracomment>
        <translation>Approuver le risque %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The risk is not rated yet. By signing off, its owner approves the treatment plan and accepts the residual risk.</source>
        <translation>Le risque n’est pas encore évalué. En donnant son approbation, son propriétaire approuve le plan de traitement des risques et accepte le risque résiduel.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2). The risk owner can still accept it, but only with a written rationale: why the risk is retained at this level.</source>
        <translation>Le niveau de risque résiduel %1 dépasse le seuil d’acceptation (%2). Le propriétaire du risque peut tout de même l’accepter, mais uniquement avec une justification écrite : pourquoi le risque est maintenu à ce niveau.</translation>
    </message>
    <message>
        <source>The residual level %1 is within the acceptance threshold (%2). By signing off, the risk owner approves the treatment plan and accepts the residual risk.</source>
        <translation>Le niveau de risque résiduel %1 respecte le seuil d’acceptation (%2). En donnant son approbation, le propriétaire du risque approuve le plan de traitement des risques et accepte le risque résiduel.</translation>
    </message>
    <message>
        <source>Name of the risk owner</source>
        <translation>Nom du propriétaire du risque</translation>
    </message>
    <message>
        <source>Signed off by:</source>
        <translation>Approuvé par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Required: why this residual risk is accepted</source>
        <translation>Obligatoire : pourquoi ce risque résiduel est accepté</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Acceptance rationale (required):</source>
        <translation>Justification de l’acceptation (obligatoire) :</translation>
    </message>
    <message>
        <source>Acceptance rationale:</source>
        <translation>Justification de l’acceptation :</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs off, normally the risk owner.</source>
        <translation>Saisissez le nom de la personne qui approuve, normalement le propriétaire du risque.</translation>
    </message>
</context>
<context>
    <name>SoaChangeModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>A row of the SoA comparison: the whole entry is new on the later side.</extracomment>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <extracomment>A row of the SoA comparison: the entry is gone on the later side.</extracomment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <extracomment>Column of the SoA comparison: the value on the earlier side.</extracomment>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <extracomment>Column of the SoA comparison: the value on the later side.</extracomment>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>SoaComparePage</name>
    <message>
        <source>SoA versions</source>
        <translation>Versions de la DdA</translation>
    </message>
    <message>
        <source>Issued versions of the Statement of Applicability never change. Compare two versions, or a version with the working state, to see what changed control by control.</source>
        <translation>Les versions émises de la déclaration d'applicabilité ne changent jamais. Comparez deux versions, ou une version avec l'état de travail, pour voir ce qui a changé mesure par mesure.</translation>
    </message>
    <message>
        <source>Issued versions</source>
        <translation>Versions émises</translation>
    </message>
    <message>
        <source>Issue SoA version…</source>
        <translation>Émettre une version de la DdA…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>Between the two sides of the SoA comparison: "Compare [version 1] with [working state]".</extracomment>
        <translation>avec</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Current (working state)</source>
        <extracomment>A side of the SoA comparison: the SoA as it is now, not yet issued.</extracomment>
        <translation>Actuel (état de travail)</translation>
    </message>
    <message>
        <source>Both sides are the same.</source>
        <translation>Les deux côtés sont identiques.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Changed fields: %1 · controls: %2</source>
        <extracomment>Above the SoA comparison: how many fields differ, and in how many controls. No plural forms, so that the line reads right in every language without a plural catalogue.</extracomment>
        <translation>Champs modifiés : %1 · mesures : %2</translation>
    </message>
    <message>
        <source>Version %1 of the Statement of Applicability was issued, approved by %2.</source>
        <translation>La version %1 de la déclaration d'applicabilité a été émise, approuvée par %2.</translation>
    </message>
</context>
<context>
    <name>SoaImportDialog</name>
    <message>
        <source>Import a Statement of Applicability</source>
        <translation>Importer une déclaration d'applicabilité</translation>
    </message>
    <message>
        <source>Bring in an SoA kept in a spreadsheet (CSV or XLSX) or exported as JSON. Control ids may be written with or without "A."; rows such as AC-001, or with a source, are additional controls. An SoA of the 2013 edition is carried over to the 2022 controls, and what needs your decision is listed below. Nothing is written until the file is free of problems.</source>
        <translation>Reprenez une DdA tenue dans un tableur (CSV ou XLSX) ou exportée en JSON. Les identifiants de mesure peuvent s'écrire avec ou sans « A. » ; les lignes comme AC-001, ou avec une source, sont des mesures supplémentaires. Une DdA de l'édition 2013 est reportée sur les mesures de 2022, et ce qui demande votre décision est listé ci-dessous. Rien n'est écrit tant que le fichier a des problèmes.</translation>
    </message>
    <message>
        <source>A .csv, .xlsx or .json file</source>
        <translation>Un fichier .csv, .xlsx ou .json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Found from the control ids</source>
        <translation>Déduite des identifiants de mesure</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2022</source>
        <translation>ISO/IEC 27001:2022</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 (carried over to 2022)</source>
        <translation>ISO/IEC 27001:2013 (reportée sur 2022)</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Édition :</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>To decide: the controls the 2013 SoA does not settle</source>
        <translation>À décider : les mesures que la DdA de 2013 ne règle pas</translation>
    </message>
    <message>
        <source>Review list</source>
        <translation>Liste de revue</translation>
    </message>
    <message>
        <source>Choose a file to see how it would be imported.</source>
        <translation>Choisissez un fichier pour voir comment il serait importé.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import the SoA from</source>
        <translation>Importer la DdA depuis</translation>
    </message>
    <message>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json)</source>
        <translation>Tableurs et exports (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Le fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Problems to correct in the file: %1; nothing will be imported until then.</source>
        <translation>Problèmes à corriger dans le fichier : %1 ; rien ne sera importé d'ici là.</translation>
    </message>
    <message>
        <source>Ready: Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation>Prêt : mesures de l'annexe A à modifier : %1 ; mesures supplémentaires à créer : %2, à modifier : %3.</translation>
    </message>
    <message>
        <source>The file is read as a 2013 SoA and carried over to the 2022 controls.</source>
        <translation>Le fichier est lu comme une DdA de 2013 et reporté sur les mesures de 2022.</translation>
    </message>
    <message>
        <source>%1 %2: new in 2022, no 2013 control maps to it; decide whether it applies.</source>
        <translation>%1 %2 : nouvelle en 2022, aucune mesure de 2013 n'y correspond ; décidez si elle s'applique.</translation>
    </message>
    <message>
        <source>%1 %2: the 2013 controls it merges were answered differently; decide its answer.</source>
        <translation>%1 %2 : les mesures de 2013 qu'elle regroupe ont reçu des réponses différentes ; décidez de sa réponse.</translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back. Tick off the controls below as you decide them on the SoA page.</source>
        <translation>La DdA a été importée ; Annuler la retire. Cochez les mesures ci-dessous à mesure que vous les décidez sur la page de la DdA.</translation>
    </message>
    <message>
        <source>The SoA was imported; Undo takes it back.</source>
        <translation>La DdA a été importée ; Annuler la retire.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
</context>
<context>
    <name>SoaIssueDialog</name>
    <message>
        <source>Issue SoA version %1</source>
        <translation>Émettre la version %1 de la DdA</translation>
    </message>
    <message>
        <source>Version %1 freezes the Statement of Applicability as it stands now, with who approved it and what it changes. Issuing is logged and cannot be undone: an issued version never changes, and later edits go into the next version.</source>
        <translation>La version %1 fige la déclaration d'applicabilité dans son état actuel, avec qui l'a approuvée et ce qu'elle change. L'émission est consignée et ne peut pas être annulée : une version émise ne change jamais, et les modifications suivantes vont dans la version suivante.</translation>
    </message>
    <message>
        <source>Name and role, e.g. the managing director</source>
        <translation>Nom et fonction, p. ex. la direction générale</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvée &amp;par :</translation>
    </message>
    <message>
        <source>Approval &amp;date:</source>
        <translation>&amp;Date d'approbation :</translation>
    </message>
    <message>
        <source>What this version changes, e.g. "A.8.11 now applicable after the data platform risk assessment"</source>
        <translation>Ce que change cette version, p. ex. « A.8.11 désormais applicable après l'appréciation des risques de la plateforme de données »</translation>
    </message>
    <message>
        <source>&amp;Change summary:</source>
        <translation>&amp;Résumé des modifications :</translation>
    </message>
    <message>
        <source>Nothing changed since version %1. Issue it only as a deliberate re-approval of the same content.</source>
        <translation>Rien n'a changé depuis la version %1. Ne l'émettez que pour une nouvelle approbation délibérée du même contenu.</translation>
    </message>
    <message>
        <source>This is a re-approval of unchanged content</source>
        <translation>Il s'agit d'une nouvelle approbation d'un contenu inchangé</translation>
    </message>
    <message>
        <source>&amp;Issue version %1</source>
        <translation>&amp;Émettre la version %1</translation>
    </message>
</context>
<context>
    <name>SoaPage</name>
    <message>
        <source>Control type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Security property</source>
        <translation>Propriété de sécurité</translation>
    </message>
    <message>
        <source>Cybersecurity concept</source>
        <translation>Concept de cybersécurité</translation>
    </message>
    <message>
        <source>Operational capability</source>
        <translation>Capacité opérationnelle</translation>
    </message>
    <message>
        <source>Security domain</source>
        <translation>Domaine de sécurité</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>From the standard</source>
        <translation>Selon la norme</translation>
    </message>
    <message>
        <source>Applicable or not</source>
        <translation>Applicable ou non</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Toute raison</translation>
    </message>
    <message>
        <source>Risk treatment</source>
        <translation>Traitement des risques</translation>
    </message>
    <message>
        <source>No reason yet</source>
        <extracomment>Filter of the SoA page: included controls for which no reason is stated or derived.</extracomment>
        <translation>Pas encore de raison</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Tout attribut</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label of the SoA page's filters.</extracomment>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An item of the SoA page's attribute filter: "Control type: Preventive".</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>Le résumé n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Annex A: %1 controls, %2 applicable, %3 excluded, %4 implemented · Additional controls: %5 · Evidence files: %6 · Points still open: %7</source>
        <extracomment>Summary of the SoA page. %1 Annex A controls, %2 applicable, %3 excluded, %4 implemented, %5 additional controls, %6 evidence files, %7 open points.</extracomment>
        <translation>Annexe A : %1 mesures, %2 applicables, %3 exclues, %4 mises en œuvre · Mesures supplémentaires : %5 · Fichiers de preuve : %6 · Points encore ouverts : %7</translation>
    </message>
    <message>
        <source>Annex A controls (%1)</source>
        <extracomment>Tab of the SoA page with the number of controls shown.</extracomment>
        <translation>Mesures de l'annexe A (%1)</translation>
    </message>
    <message>
        <source>Additional controls (%1)</source>
        <translation>Mesures supplémentaires (%1)</translation>
    </message>
    <message>
        <source>Versions and comparison</source>
        <extracomment>Button of the SoA page that opens the page of issued versions and their comparison.</extracomment>
        <translation>Versions et comparaison</translation>
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
        <translation>Pilotez votre système de management de la sécurité de l’information ISO/IEC 27001:2022 à partir d’un seul fichier : les articles 4 à 10, les mesures de l’annexe A et un journal des modifications où toute altération est détectable.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Create a project file for your organisation</source>
        <translation>Créer un fichier de projet pour votre organisme</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Ouvrir un fichier de projet existant</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>A fictitious organisation with realistic data, to explore the program</source>
        <translation>Un organisme fictif avec des données réalistes, pour découvrir le programme</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>%1 no longer exists or cannot be reached.</source>
        <translation>%1 n’existe plus ou est inaccessible.</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Aucun projet récent pour l’instant.</translation>
    </message>
    <message>
        <source>A project is a single file. Every change is saved the moment you make it and recorded in the project's change log under your name, so the file can be copied, backed up or taken to a client site at any time.</source>
        <translation>Un projet est un fichier unique. Chaque modification est enregistrée dès que vous la faites et consignée sous votre nom dans le journal des modifications du projet, de sorte que le fichier peut être copié, sauvegardé ou emporté chez un client à tout moment.</translation>
    </message>
    <message>
        <source>%1
%2 · changed %3</source>
        <extracomment>A recent project: file name, then folder and date of the last change on a second line.</extracomment>
        <translation>%1
%2 · modifié le %3</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (introuvable)
%2</translation>
    </message>
</context>
<context>
    <name>StatusChartWidget</name>
    <message>
        <source>Controls per theme and status</source>
        <translation>Mesures par thème et par statut</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanModel</name>
    <message>
        <source>no date</source>
        <extracomment>A treatment task without a due date</extracomment>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>%1 is a date: "2026-03-01, overdue"</extracomment>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the task is neither done nor cancelled.</source>
        <translation>En retard : la date d’échéance est passée et la tâche n’est ni terminée ni annulée.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk title</source>
        <translation>Titre du risque</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau de risque</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanPage</name>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>The treatment tasks of every risk, by due date. Double-click a task to open its risk; tasks are edited there.</source>
        <translation>Les tâches de traitement de tous les risques, par date d’échéance. Double-cliquez sur une tâche pour ouvrir son risque ; c’est là que les tâches se modifient.</translation>
    </message>
    <message>
        <source>Filter tasks and risks (Ctrl+F)</source>
        <translation>Filtrer les tâches et les risques (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status: any</source>
        <extracomment>The first choice of a filter: "Status: any"</extracomment>
        <translation>Statut : toutes valeurs</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Double-click a task to open its risk</source>
        <translation>Double-cliquez sur une tâche pour ouvrir son risque</translation>
    </message>
    <message>
        <source>Owner: any</source>
        <extracomment>The first choice of a filter: "Owner: any"</extracomment>
        <translation>Responsable : toutes valeurs</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <extracomment>"Tasks: 16" or "Tasks: 4 of 16"</extracomment>
        <translation>Tâches : %1</translation>
    </message>
    <message>
        <source>Tasks: %1 of %2</source>
        <translation>Tâches : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2 overdue</source>
        <extracomment>The count of tasks, then how many are overdue: "Tasks: 16 · 3 overdue"</extracomment>
        <translation>%1 · %2 en retard</translation>
    </message>
</context>
<context>
    <name>TrendChartWidget</name>
    <message>
        <source>Trend of the measurements</source>
        <translation>Tendance des mesurages</translation>
    </message>
</context>
<context>
    <name>UpdateRecordsCommand</name>
    <message>
        <source>Change %1</source>
        <extracomment>%1 is a kind of record: "Change risk"</extracomment>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <extracomment>%1 is a number of two or more, %2 a kind of records: "Change 3 risks"</extracomment>
        <translation>Modifier %2 (%1)</translation>
    </message>
</context>
<context>
    <name>ValueFilterComboBox</name>
    <message>
        <source>%1: any</source>
        <extracomment>The first choice of a filter: "Owner: any"</extracomment>
        <translation>%1 : toutes valeurs</translation>
    </message>
</context>
<context>
    <name>WorkbenchMain</name>
    <message>
        <source>Self-test failed: %1</source>
        <translation>Échec de l’autotest : %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder.</source>
        <translation>impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Self-test organisation</source>
        <translation>Organisme d’autotest</translation>
    </message>
    <message>
        <source>the project could not be reopened.</source>
        <translation>le projet n’a pas pu être rouvert.</translation>
    </message>
    <message>
        <source>the project does not hold the 93 Annex A controls.</source>
        <translation>le projet ne contient pas les 93 mesures de l’annexe A.</translation>
    </message>
    <message>
        <source>the exported report is not a PDF file.</source>
        <translation>le rapport exporté n’est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>errors were reported.</source>
        <translation>des erreurs ont été signalées.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Autotest réussi.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d’écrire la capture d’écran dans %1.</translation>
    </message>
    <message>
        <source>ISMS Workbench</source>
        <translation>ISMS Workbench</translation>
    </message>
    <message>
        <source>An offline workbench for an ISO/IEC 27001:2022 ISMS.</source>
        <translation>Un outil hors ligne pour un SMSI selon l’ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The project file to open.</source>
        <translation>Le fichier de projet à ouvrir.</translation>
    </message>
    <message>
        <source>Open the demo project.</source>
        <translation>Ouvrir le projet de démonstration.</translation>
    </message>
    <message>
        <source>Create, reopen and migrate a temporary project, export a PDF report, and exit (0 on success).</source>
        <translation>Créer, rouvrir et migrer un projet temporaire, exporter un rapport PDF, puis quitter (0 en cas de succès).</translation>
    </message>
    <message>
        <source>The page for --screenshot: %1.</source>
        <translation>La page pour --screenshot : %1.</translation>
    </message>
    <message>
        <source>run "isms-workbench --help" for the usage</source>
        <translation>exécutez « isms-workbench --help » pour connaître l’utilisation</translation>
    </message>
    <message>
        <source>--page only chooses what --screenshot shows; add --screenshot PATH or leave --page out.</source>
        <translation>--page choisit seulement ce que montre --screenshot ; ajoutez --screenshot PATH ou omettez --page.</translation>
    </message>
    <message>
        <source>"%1" is not a page; use one of %2.</source>
        <translation>« %1 » n’est pas une page ; utilisez l’une des pages %2.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>Give at most one project file; %1.</source>
        <translation>Indiquez au plus un fichier de projet ; %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and exit; the extension chooses the format (.png, .bmp, .jpg...), PNG when there is none.</source>
        <translation>Enregistre une image de la fenêtre dans PATH et quitte ; l’extension choisit le format (.png, .bmp, .jpg...), PNG en l’absence d’extension.</translation>
    </message>
    <message>
        <source>A picture cannot be saved as "%1"; end the file name with one of .%2.</source>
        <translation>Impossible d’enregistrer une image sous « %1 » ; terminez le nom du fichier par l’une de ces extensions : .%2.</translation>
    </message>
    <message>
        <source>With --page of a register: the reference of the record to select before the picture ("6.1.3", "R-004").</source>
        <translation>Avec --page d’un registre : la référence de l’enregistrement à sélectionner avant la capture (« 6.1.3 », « R-004 »).</translation>
    </message>
    <message>
        <source>The page %1 has no record %2.</source>
        <translation>La page %1 n’a pas d’enregistrement %2.</translation>
    </message>
</context>
<context>
    <name>isms::ApplicabilityRules</name>
    <message>
        <source>%1 is excluded without a justification; write why it does not apply.</source>
        <translation>%1 est exclue sans justification ; indiquez pourquoi elle ne s’applique pas.</translation>
    </message>
    <message>
        <source>%1 is excluded, but the risks %2 name it as a control; include it or change those risks.</source>
        <translation>%1 est exclue, mais les risques %2 la citent comme mesure ; incluez-la ou modifiez ces risques.</translation>
    </message>
    <message>
        <source>%1 is included without a reason; state one (legal, contractual, business, good practice) or link it to the risks it treats.</source>
        <translation>%1 est incluse sans raison ; indiquez-en une (légale, contractuelle, métier, bonne pratique) ou reliez-la aux risques qu’elle traite.</translation>
    </message>
    <message>
        <source>%1 is not implemented yet and has neither a target date nor a treatment task; plan it.</source>
        <translation>%1 n’est pas encore mise en œuvre et n’a ni échéance ni tâche de traitement ; planifiez-la.</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRules</name>
    <message>
        <source>No risk assessment run is recorded (8.2); assess the risks and record the run, dated, with what it covered.</source>
        <translation>Aucune campagne d’appréciation des risques n’est enregistrée (8.2) ; appréciez les risques et enregistrez la campagne, datée, avec ce qu’elle a couvert.</translation>
    </message>
    <message>
        <source>The latest risk assessment run %1 of %2 is older than the %3 months the risk method sets; it was due again on %4. Assess the risks and record a new run.</source>
        <translation>La dernière campagne d’appréciation des risques %1 du %2 date de plus des %3 mois fixés par la méthode d’appréciation des risques ; elle était à refaire le %4. Appréciez les risques et enregistrez une nouvelle campagne.</translation>
    </message>
    <message>
        <source>%1 %2: a significant change implemented on %3, after the latest risk assessment run %4 of %5; assess the risks it affects and record a new run.</source>
        <translation>%1 %2 : une modification importante a été mise en œuvre le %3, après la dernière campagne d’appréciation des risques %4 du %5 ; appréciez les risques concernés et enregistrez une nouvelle campagne.</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunReport</name>
    <message>
        <source>Risk assessment run %1</source>
        <translation>Cycle d’appréciation des risques %1</translation>
    </message>
    <message>
        <source>The risk register as it stood on %1, frozen when the run was recorded</source>
        <translation>Le registre des risques tel qu’il était le %1, figé lors de l’enregistrement du cycle</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Le cycle</translation>
    </message>
    <message>
        <source>This report prints the method and the risk register exactly as they were frozen when the run was recorded. Later changes to the risks do not appear here; the fingerprint below lets anyone confirm with "isms-cli check" that the frozen register was not altered since.</source>
        <translation>Ce rapport imprime la méthode et le registre des risques exactement tels qu’ils ont été figés lors de l’enregistrement du cycle. Les modifications ultérieures des risques n’y figurent pas ; l’empreinte ci-dessous permet à chacun de confirmer avec « isms-cli check » que le registre figé n’a pas été altéré depuis.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Date de l’appréciation</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation>Risques appréciés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen register</source>
        <translation>SHA-256 du registre figé</translation>
    </message>
</context>
<context>
    <name>isms::AssessmentRunService</name>
    <message>
        <source>The frozen register of assessment run %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 ne correspond plus à son SHA-256 ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is not readable.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 n’est pas lisible.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 n’a pas d’entrée dans le journal des modifications ; il a été ajouté en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Assessment run %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation>La campagne d’appréciation %1 est consignée comme figée plus d’une fois ; le journal des modifications a été écrit en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 differs from the record logged when it was frozen; it was changed outside ISMS Workbench.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 diffère de l’entrée consignée lorsqu’il a été figé ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 manque dans le projet ; il a été supprimé en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Say what the assessment covered in its scope (the whole ISMS, or a part of it); a run is recorded only with its scope.</source>
        <translation>Indiquez dans le périmètre ce que l’appréciation a couvert (l’ensemble du SMSI, ou une partie) ; un cycle n’est enregistré qu’avec son périmètre.</translation>
    </message>
    <message>
        <source>Name who performed the assessment; a run is recorded only with its assessor.</source>
        <translation>Indiquez qui a réalisé l’appréciation ; un cycle n’est enregistré qu’avec son évaluateur.</translation>
    </message>
    <message>
        <source>The assessment date %1 lies in the future; give the date on which the risks were assessed.</source>
        <translation>La date d’appréciation %1 est dans le futur ; donnez la date à laquelle les risques ont été appréciés.</translation>
    </message>
    <message>
        <source>The frozen register of assessment run %1 cannot be read; it was damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Le registre figé de la campagne d’appréciation %1 ne peut pas être lu ; il a été endommagé en dehors d’ISMS Workbench. Lancez « isms-cli check » sur le projet.</translation>
    </message>
    <message>
        <source>Assessment run %1 has no frozen register; it was removed outside ISMS Workbench.</source>
        <translation>La campagne d’appréciation %1 n’a pas de registre figé ; celui-ci a été supprimé en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The SHA-256 of assessment run %1 differs from that of its frozen register; one of them was changed outside ISMS Workbench.</source>
        <translation>Le SHA-256 de la campagne d’appréciation %1 diffère de celui de son registre figé ; l’un des deux a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::AssetGraph</name>
    <message>
        <source>An asset cannot depend on itself; choose another asset.</source>
        <translation>Un actif ne peut pas dépendre de lui-même ; choisissez un autre actif.</translation>
    </message>
    <message>
        <source>The dependency names an asset that does not exist.</source>
        <translation>La dépendance désigne un actif qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 dépend déjà de %2.</translation>
    </message>
    <message>
        <source>%1 cannot depend on %2: that would close the cycle %3. Dependencies must not run in a circle.</source>
        <translation>%1 ne peut pas dépendre de %2 : cela fermerait le cycle %3. Les dépendances ne doivent pas former de cercle.</translation>
    </message>
</context>
<context>
    <name>isms::AuditChecklist</name>
    <message>
        <source>Which internal and external issues has the organisation identified, and when were they last looked at?</source>
        <translation>Quels enjeux internes et externes l’organisme a-t-il déterminés, et quand ont-ils été examinés pour la dernière fois ?</translation>
    </message>
    <message>
        <source>Who are the interested parties, what do they expect, and which of those expectations does the ISMS address?</source>
        <translation>Quelles sont les parties intéressées, qu’attendent-elles, et quelles attentes le SMSI prend-il en compte ?</translation>
    </message>
    <message>
        <source>Is the scope written down and approved, and do its boundaries and interfaces match what staff describe?</source>
        <translation>Le périmètre est-il rédigé et approuvé, et ses limites et interfaces correspondent-elles à ce que décrit le personnel ?</translation>
    </message>
    <message>
        <source>Are the processes of the ISMS and the way they feed each other recorded and kept current?</source>
        <translation>Les processus du SMSI et leurs interactions sont-ils enregistrés et tenus à jour ?</translation>
    </message>
    <message>
        <source>What has top management done this year to show it leads the ISMS: resources, decisions, communication?</source>
        <translation>Qu’a fait la direction cette année pour montrer qu’elle pilote le SMSI : ressources, décisions, communication ?</translation>
    </message>
    <message>
        <source>Is the policy approved, available to staff and known to the people you talk to?</source>
        <translation>La politique est-elle approuvée, accessible au personnel et connue des personnes avec qui vous vous entretenez ?</translation>
    </message>
    <message>
        <source>Are roles for information security assigned and known, including who reports on the ISMS to top management?</source>
        <translation>Les rôles en matière de sécurité de l’information sont-ils attribués et connus, y compris celui qui rend compte du SMSI à la direction ?</translation>
    </message>
    <message>
        <source>Which risks and opportunities of the ISMS itself were identified, and what was planned about them?</source>
        <translation>Quels risques et opportunités propres au SMSI ont été identifiés, et qu’a-t-on planifié à leur sujet ?</translation>
    </message>
    <message>
        <source>Does the risk assessment follow the documented method, with owners and repeatable ratings?</source>
        <translation>L’appréciation des risques suit-elle la méthode documentée, avec des propriétaires et des évaluations reproductibles ?</translation>
    </message>
    <message>
        <source>Do the treatment plan and the Statement of Applicability agree with the risks, and have the owners accepted the residual risks?</source>
        <translation>Le plan de traitement des risques et la déclaration d’applicabilité concordent-ils avec les risques, et les propriétaires ont-ils accepté les risques résiduels ?</translation>
    </message>
    <message>
        <source>Are the objectives measurable, planned with owners and dates, and is progress tracked?</source>
        <translation>Les objectifs sont-ils mesurables, planifiés avec des responsables et des dates, et leur avancement est-il suivi ?</translation>
    </message>
    <message>
        <source>Were changes to the ISMS planned before they were made, with their purpose and consequences considered?</source>
        <translation>Les modifications du SMSI ont-elles été planifiées avant d’être réalisées, en tenant compte de leur objet et de leurs conséquences ?</translation>
    </message>
    <message>
        <source>Does the ISMS have the people, time and budget it needs, and who decided this?</source>
        <translation>Le SMSI dispose-t-il des personnes, du temps et du budget nécessaires, et qui en a décidé ?</translation>
    </message>
    <message>
        <source>For a sample of roles: what competence is needed, how is it shown, and what was done about gaps?</source>
        <translation>Pour un échantillon de rôles : quelles compétences sont requises, comment sont-elles démontrées, et qu’a-t-on fait face aux lacunes ?</translation>
    </message>
    <message>
        <source>Can the staff you meet explain the policy, their part in security and what happens if it is ignored?</source>
        <translation>Le personnel que vous rencontrez sait-il expliquer la politique, son rôle dans la sécurité et ce qui se passe si elle n’est pas respectée ?</translation>
    </message>
    <message>
        <source>Is it decided what is communicated about security, to whom, when and by whom, and does it happen?</source>
        <translation>A-t-on décidé ce qui est communiqué sur la sécurité, à qui, quand et par qui, et cela se fait-il ?</translation>
    </message>
    <message>
        <source>Does the organisation hold the documented information the ISMS needs, including what it decided it needs?</source>
        <translation>L’organisme dispose-t-il des informations documentées nécessaires au SMSI, y compris celles qu’il a lui-même jugées nécessaires ?</translation>
    </message>
    <message>
        <source>Do documents carry an identity, a version and an approval, and are they reviewed on time?</source>
        <translation>Les documents portent-ils une identification, une version et une approbation, et sont-ils revus dans les délais ?</translation>
    </message>
    <message>
        <source>Are documents available where needed, protected, and are old versions and external documents controlled?</source>
        <translation>Les documents sont-ils disponibles là où ils sont nécessaires et protégés, et les anciennes versions et les documents externes sont-ils maîtrisés ?</translation>
    </message>
    <message>
        <source>Do the processes run to their criteria, and are outsourced processes and planned changes controlled?</source>
        <translation>Les processus fonctionnent-ils selon leurs critères, et les processus externalisés et les modifications planifiées sont-ils maîtrisés ?</translation>
    </message>
    <message>
        <source>Are risk assessments repeated at planned times and after significant changes, with the results kept?</source>
        <translation>Les appréciations des risques sont-elles renouvelées à intervalles planifiés et après des changements importants, et leurs résultats sont-ils conservés ?</translation>
    </message>
    <message>
        <source>Is the treatment plan carried out, and are its results recorded?</source>
        <translation>Le plan de traitement des risques est-il mis en œuvre, et ses résultats sont-ils enregistrés ?</translation>
    </message>
    <message>
        <source>What is measured, how often and by whom, and are the results analysed and acted on?</source>
        <translation>Qu’est-ce qui est mesuré, à quelle fréquence et par qui, et les résultats sont-ils analysés et suivis d’effet ?</translation>
    </message>
    <message>
        <source>Are internal audits held at planned intervals against both the standard and the organisation's own rules?</source>
        <translation>Des audits internes sont-ils réalisés à intervalles planifiés, au regard à la fois de la norme et des propres règles de l’organisme ?</translation>
    </message>
    <message>
        <source>Does the programme set criteria, scope and objective auditors, and are results reported to management?</source>
        <translation>Le programme fixe-t-il les critères, le périmètre et des auditeurs objectifs, et les résultats sont-ils communiqués à la direction ?</translation>
    </message>
    <message>
        <source>Did top management review the ISMS at the planned interval?</source>
        <translation>La direction a-t-elle procédé à la revue du SMSI à l’intervalle planifié ?</translation>
    </message>
    <message>
        <source>Did the last review consider every input it should, with facts from the ISMS?</source>
        <translation>La dernière revue a-t-elle pris en compte chaque entrée requise, avec des faits issus du SMSI ?</translation>
    </message>
    <message>
        <source>What did the review decide, and are its decisions recorded and followed up?</source>
        <translation>Qu’a décidé la revue, et ses décisions sont-elles enregistrées et suivies ?</translation>
    </message>
    <message>
        <source>Which improvements were made to the ISMS since the last audit, and where did they come from?</source>
        <translation>Quelles améliorations ont été apportées au SMSI depuis le dernier audit, et d’où venaient-elles ?</translation>
    </message>
    <message>
        <source>For a sample of nonconformities: was the cause found, the action taken, and its effect checked?</source>
        <translation>Pour un échantillon de non-conformités : la cause a-t-elle été trouvée, l’action menée et son effet vérifié ?</translation>
    </message>
    <message>
        <source>Do the people concerned know and apply "%1", and what shows that they do?</source>
        <translation>Les personnes concernées connaissent-elles et appliquent-elles la mesure « %1 », et qu’est-ce qui le montre ?</translation>
    </message>
    <message>
        <source>On a walk through the site: how is "%1" put into practice, and how is it checked?</source>
        <translation>Lors d’une visite du site : comment la mesure « %1 » est-elle mise en pratique, et comment est-elle vérifiée ?</translation>
    </message>
    <message>
        <source>How is "%1" configured and monitored, and which system records show it works?</source>
        <translation>Comment la mesure « %1 » est-elle configurée et surveillée, et quels enregistrements système montrent qu’elle fonctionne ?</translation>
    </message>
    <message>
        <source>How is "%1" defined and assigned, and which records show it is followed?</source>
        <translation>Comment la mesure « %1 » est-elle définie et attribuée, et quels enregistrements montrent qu’elle est respectée ?</translation>
    </message>
    <message>
        <source>There is no audit %1; "isms-cli list audits FILE" lists them.</source>
        <translation>Il n’existe pas d’audit %1 ; « isms-cli list audits FILE » les liste.</translation>
    </message>
    <message>
        <source>Is %1 "%2" followed in practice? Take a few recent cases and compare what was done with what it asks.</source>
        <translation>Le document %1 « %2 » est-il appliqué en pratique ? Prenez quelques cas récents et comparez ce qui a été fait avec ce qu’il exige.</translation>
    </message>
    <message>
        <source>Checklist item %1 is not answered as a nonconformity, an observation or an opportunity for improvement; set its result first.</source>
        <translation>Le point de la liste de contrôle %1 n’a pas pour réponse une non-conformité, une observation ou une opportunité d’amélioration ; définissez d’abord son résultat.</translation>
    </message>
    <message>
        <source>Checklist item %1 already has its finding, %2.</source>
        <translation>Le point de la liste de contrôle %1 a déjà son constat, %2.</translation>
    </message>
</context>
<context>
    <name>isms::AuditCoverage</name>
    <message>
        <source>There is no audit programme %1; "isms-cli list audit-programme FILE" lists them.</source>
        <translation>Il n’existe pas de programme d’audit %1 ; « isms-cli list audit-programme FILE » les liste.</translation>
    </message>
</context>
<context>
    <name>isms::AuditIndependence</name>
    <message>
        <source>%1 (%2) audits %3 %4 in %5 but owns it; give that part of the audit to someone who does not own it.</source>
        <translation>%1 (%2) audite %3 %4 dans %5 mais en est responsable ; confiez cette partie de l’audit à une personne qui n’en est pas responsable.</translation>
    </message>
</context>
<context>
    <name>isms::AuditPack</name>
    <message>
        <source>Document control</source>
        <translation>Maîtrise du document</translation>
    </message>
    <message>
        <source>Context of the organisation</source>
        <translation>Contexte de l’organisme</translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation>Périmètre du SMSI</translation>
    </message>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation>Processus du SMSI et leurs interactions</translation>
    </message>
    <message>
        <source>Policy and topic-specific policies</source>
        <translation>Politique et politiques spécifiques à une thématique</translation>
    </message>
    <message>
        <source>Roles, responsibilities and RACI</source>
        <translation>Rôles, responsabilités et RACI</translation>
    </message>
    <message>
        <source>Risks and opportunities of the ISMS</source>
        <translation>Risques et opportunités du SMSI</translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation>Méthode d’appréciation des risques</translation>
    </message>
    <message>
        <source>Risk assessment run with heat maps</source>
        <translation>Campagne d’appréciation des risques avec cartes de chaleur</translation>
    </message>
    <message>
        <source>Full risk register</source>
        <translation>Registre des risques complet</translation>
    </message>
    <message>
        <source>Treatment plan and risk owners' sign-offs</source>
        <translation>Plan de traitement des risques et approbations des propriétaires des risques</translation>
    </message>
    <message>
        <source>Statement of Applicability (latest issued)</source>
        <translation>Déclaration d’applicabilité (dernière version émise)</translation>
    </message>
    <message>
        <source>Objectives and metrics</source>
        <translation>Objectifs et indicateurs</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications planifiées</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>Informations documentées</translation>
    </message>
    <message>
        <source>Mandatory documented information</source>
        <translation>Informations documentées obligatoires</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Index des preuves</translation>
    </message>
    <message>
        <source>Readiness summary (internal)</source>
        <translation>Synthèse de préparation à l’audit (interne)</translation>
    </message>
    <message>
        <source>Stage 2: implementation, with the evidence index</source>
        <translation>Étape 2 : mise en œuvre, avec l’index des preuves</translation>
    </message>
    <message>
        <source>Surveillance: the period since the last certification audit</source>
        <translation>Surveillance : la période depuis le dernier audit de certification</translation>
    </message>
    <message>
        <source>Stage 1: documentation review</source>
        <translation>Étape 1 : revue de la documentation</translation>
    </message>
    <message>
        <source>"%1" is not a section of the audit pack; use one or more of %2, separated by commas.</source>
        <translation>« %1 » n’est pas une section du dossier d’audit ; utilisez une ou plusieurs des sections %2, séparées par des virgules.</translation>
    </message>
    <message>
        <source>The list of sections is empty; name one or more of %1, separated by commas.</source>
        <translation>La liste des sections est vide ; indiquez une ou plusieurs des sections %1, séparées par des virgules.</translation>
    </message>
    <message>
        <source>"%1" is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation>« %1 » n’est pas un modèle du dossier d’audit ; utilisez stage1, stage2 ou surveillance.</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Dossier d’audit</translation>
    </message>
    <message>
        <source>Surveillance audit: the ISMS from %1 to %2</source>
        <translation>Audit de surveillance : le SMSI du %1 au %2</translation>
    </message>
    <message>
        <source>Stage 2 certification audit: the ISMS as implemented, with the evidence index</source>
        <translation>Audit de certification, étape 2 : le SMSI tel que mis en œuvre, avec l’index des preuves</translation>
    </message>
    <message>
        <source>Stage 1 certification audit: the documented ISMS</source>
        <translation>Audit de certification, étape 1 : le SMSI documenté</translation>
    </message>
    <message>
        <source>The audit pack was cancelled.</source>
        <translation>La génération du dossier d’audit a été annulée.</translation>
    </message>
    <message>
        <source>No evidence file dated in the period is included in the pack.</source>
        <translation>Aucun fichier de preuve daté de la période n’est inclus dans le dossier.</translation>
    </message>
    <message>
        <source>No evidence file is included in the pack: none is attached to a record yet, or every one is set to be left out.</source>
        <translation>Aucun fichier de preuve n’est inclus dans le dossier : aucun n’est encore rattaché à un enregistrement, ou chacun est paramétré pour être exclu.</translation>
    </message>
    <message>
        <source>%1 evidence files, %2 of them redacted. Each included file is supplied beside this pack under the name in the first column; its SHA-256 lets the recipient confirm that it is the file the project holds. A redacted file is listed so that its existence is known, but not supplied; ask for it on site.</source>
        <translation>%1 fichiers de preuve, dont %2 caviardés. Chaque fichier inclus est fourni à côté de ce dossier sous le nom indiqué dans la première colonne ; son empreinte SHA-256 permet au destinataire de confirmer qu’il s’agit bien du fichier que détient le projet. Un fichier caviardé est listé pour que son existence soit connue, mais il n’est pas fourni ; demandez-le sur place.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Date de la preuve</translation>
    </message>
    <message>
        <source>Proves</source>
        <translation>Atteste</translation>
    </message>
    <message>
        <source>%1
(redacted, not supplied)</source>
        <translation>%1
(caviardé, non fourni)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A heading of the audit pack that names its section and its part: "Points to settle: Clause 6".</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Roles, responsibilities and authorities</source>
        <translation>Rôles, responsabilités et autorités</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Appréciation des risques</translation>
    </message>
    <message>
        <source>No risk assessment run is recorded yet, so there is no dated assessment to present; record one on the risk register's page or with "isms-cli run-assessment" before the audit.</source>
        <translation>Aucune campagne d’appréciation des risques n’est encore enregistrée : il n’y a donc aucune appréciation datée à présenter ; enregistrez-en une sur la page du registre des risques ou avec « isms-cli run-assessment » avant l’audit.</translation>
    </message>
    <message>
        <source>No risk assessment run was recorded in the period; the latest one, of %1, follows.</source>
        <translation>Aucune campagne d’appréciation des risques n’a été enregistrée pendant la période ; la dernière, du %1, suit.</translation>
    </message>
    <message>
        <source>Risks above the acceptance threshold</source>
        <translation>Risques au-dessus du seuil d’acceptation</translation>
    </message>
    <message>
        <source>No risk of the run lies above the acceptance threshold.</source>
        <translation>Aucun risque de la campagne ne dépasse le seuil d’acceptation.</translation>
    </message>
    <message>
        <source>Risk register of run %1</source>
        <translation>Registre des risques de la campagne %1</translation>
    </message>
    <message>
        <source>Risk treatment and sign-offs</source>
        <translation>Traitement des risques et approbations</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet, and a working draft is not handed to an auditor; issue a version on the Statement of Applicability page or with "isms-cli soa issue".</source>
        <translation>Aucune version de la déclaration d’applicabilité n’a encore été émise, et un projet de travail n’est pas remis à un auditeur ; émettez une version sur la page « Déclaration d’applicabilité » ou avec « isms-cli soa issue ».</translation>
    </message>
    <message>
        <source>Statement of Applicability, version %1</source>
        <translation>Déclaration d’applicabilité, version %1</translation>
    </message>
    <message>
        <source>This surveillance pack covers the period from %1 to %2: dated records from before it are left out.</source>
        <translation>Ce dossier d’audit de surveillance couvre la période du %1 au %2 : les enregistrements datés antérieurs en sont exclus.</translation>
    </message>
    <message>
        <source>This pack was assembled from the project file on the date below. Every section prints the records as they stood then; the change-log head on the cover lets anyone confirm later which state of the project it shows. The controlled reports of the ISMS are listed below with their version and approval.</source>
        <translation>Ce dossier a été constitué à partir du fichier de projet à la date indiquée ci-dessous. Chaque section présente les enregistrements tels qu’ils étaient à ce moment-là ; le repère du journal des modifications figurant sur la page de garde permet à chacun de confirmer ultérieurement quel état du projet il présente. Les rapports maîtrisés du SMSI sont listés ci-dessous avec leur version et leur approbation.</translation>
    </message>
    <message>
        <source>Controlled reports</source>
        <translation>Rapports maîtrisés</translation>
    </message>
    <message>
        <source>No report is under document control yet: every report, this pack included, is a working draft until the document-control register records its version and approval.</source>
        <translation>Aucun rapport n’est encore soumis à la maîtrise documentaire : chaque rapport, ce dossier compris, reste un document de travail provisoire tant que le registre de maîtrise documentaire n’enregistre pas sa version et son approbation.</translation>
    </message>
    <message>
        <source>The external and internal issues that affect the ISMS, the interested parties with their requirements, and which of those requirements are legal, regulatory or contractual.</source>
        <translation>Les enjeux externes et internes qui influent sur le SMSI, les parties intéressées avec leurs exigences, et celles de ces exigences qui sont légales, réglementaires ou contractuelles.</translation>
    </message>
    <message>
        <source>External and internal issues</source>
        <translation>Enjeux externes et internes</translation>
    </message>
    <message>
        <source>No external or internal issue is recorded yet.</source>
        <translation>Aucun enjeu externe ou interne n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation>Parties intéressées</translation>
    </message>
    <message>
        <source>No interested party is recorded yet.</source>
        <translation>Aucune partie intéressée n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Legal, regulatory and contractual requirements</source>
        <translation>Exigences légales, réglementaires et contractuelles</translation>
    </message>
    <message>
        <source>No interested party's requirement is marked as legal, regulatory or contractual.</source>
        <translation>Aucune exigence d’une partie intéressée n’est marquée comme légale, réglementaire ou contractuelle.</translation>
    </message>
    <message>
        <source>The scope of the ISMS is not recorded yet.</source>
        <translation>Le périmètre du SMSI n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>The boundaries and applicability of the ISMS as the scope statement records them.</source>
        <translation>Les limites et l’applicabilité du SMSI telles que le périmètre les consigne.</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Politique de sécurité de l’information</translation>
    </message>
    <message>
        <source>No document of the type "Policy" is recorded in the documented-information register.</source>
        <translation>Aucun document du type « Politique de sécurité de l’information » n’est enregistré dans le registre des informations documentées.</translation>
    </message>
    <message>
        <source>Topic-specific policies</source>
        <translation>Politiques spécifiques à une thématique</translation>
    </message>
    <message>
        <source>No topic-specific policy is recorded in the documented-information register.</source>
        <translation>Aucune politique spécifique à une thématique n’est enregistrée dans le registre des informations documentées.</translation>
    </message>
    <message>
        <source>The risks and opportunities the ISMS itself must address so that it achieves its intended outcomes, with the actions planned for them; the information security risks follow in their own sections.</source>
        <translation>Les risques et opportunités que le SMSI lui-même doit traiter pour atteindre les résultats attendus, avec les actions prévues à cet effet ; les risques de sécurité de l’information suivent dans leurs propres sections.</translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS is recorded yet.</source>
        <translation>Aucun risque ni aucune opportunité du SMSI n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation>Objectifs de sécurité de l’information</translation>
    </message>
    <message>
        <source>No information security objective is recorded yet.</source>
        <translation>Aucun objectif de sécurité de l’information n’est encore enregistré.</translation>
    </message>
    <message>
        <source>The competence each role needs and the training and other actions taken to acquire it, with whether they were effective.</source>
        <translation>Les compétences requises pour chaque rôle et les formations et autres actions menées pour les acquérir, en indiquant si elles ont été efficaces.</translation>
    </message>
    <message>
        <source>Competence requirements</source>
        <translation>Exigences de compétence</translation>
    </message>
    <message>
        <source>No competence requirement is recorded yet.</source>
        <translation>Aucune exigence de compétence n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Training and other actions</source>
        <translation>Formations et autres actions</translation>
    </message>
    <message>
        <source>No training or other action to acquire competence is recorded yet.</source>
        <translation>Aucune formation ni autre action visant à acquérir des compétences n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Changes to the ISMS, planned and carried out in a planned manner.</source>
        <translation>Modifications du SMSI, planifiées et réalisées de manière planifiée.</translation>
    </message>
    <message>
        <source>No change to the ISMS is planned for the period.</source>
        <translation>Aucune modification du SMSI n’est planifiée pour la période.</translation>
    </message>
    <message>
        <source>No change to the ISMS is recorded yet.</source>
        <translation>Aucune modification du SMSI n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>The register of documented information with owner, status, current version and next review, then every version with its approval.</source>
        <translation>Le registre des informations documentées avec propriétaire, statut, version en vigueur et prochaine revue, puis chaque version avec son approbation.</translation>
    </message>
    <message>
        <source>No document is recorded in the register yet.</source>
        <translation>Aucun document n’est encore enregistré dans le registre.</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Versions de document</translation>
    </message>
    <message>
        <source>No document version was approved in the period.</source>
        <translation>Aucune version de document n’a été approuvée pendant la période.</translation>
    </message>
    <message>
        <source>No document version is recorded yet.</source>
        <translation>Aucune version de document n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Internal audit programme</source>
        <translation>Programme d’audit interne</translation>
    </message>
    <message>
        <source>Internal audit reports</source>
        <translation>Rapports d’audit interne</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Procès-verbaux des revues de direction</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Non-conformités et actions correctives</translation>
    </message>
    <message>
        <source>Incidents and suppliers</source>
        <translation>Incidents et fournisseurs</translation>
    </message>
    <message>
        <source>The programme of internal audits over its cycle, with its methods and the weighting by the importance of the processes and earlier results, then which audits cover each clause and each applicable Annex A control in each year of the cycle.</source>
        <translation>Le programme des audits internes sur son cycle, avec ses méthodes et sa pondération selon l’importance des processus et les résultats antérieurs, puis les audits qui couvrent chaque chapitre et chaque mesure applicable de l’annexe A pour chaque année du cycle.</translation>
    </message>
    <message>
        <source>No internal audit programme is recorded yet.</source>
        <translation>Aucun programme d’audit interne n’est encore enregistré.</translation>
    </message>
    <message>
        <source>No internal audit was reported in the period.</source>
        <translation>Aucun audit interne n’a été rapporté pendant la période.</translation>
    </message>
    <message>
        <source>No internal audit is reported yet: an audit is printed here once its status is reported or closed.</source>
        <translation>Aucun audit interne n’est encore rapporté : un audit figure ici dès que son statut est « Rapporté » ou « Clos ».</translation>
    </message>
    <message>
        <source>The report of each completed internal audit: scope, criteria, team and independence, the checklist with its results, and the findings.</source>
        <translation>Le rapport de chaque audit interne terminé : périmètre, critères, équipe et indépendance, la liste de contrôle avec ses résultats, et les constats.</translation>
    </message>
    <message>
        <source>No management review was held in the period.</source>
        <translation>Aucune revue de direction n’a été tenue pendant la période.</translation>
    </message>
    <message>
        <source>No management review is held yet: a review is printed here once it is held and its inputs are frozen.</source>
        <translation>Aucune revue de direction n’est encore tenue : une revue figure ici dès qu’elle est tenue et que ses éléments d’entrée sont figés.</translation>
    </message>
</context>
<context>
    <name>isms::AuditPackEvidence</name>
    <message>
        <source>The evidence folder %1 is a file; give the name of a folder.</source>
        <translation>Le dossier de preuves %1 est un fichier ; indiquez le nom d’un dossier.</translation>
    </message>
    <message>
        <source>The evidence folder %1 could not be created; check the permissions and try again.</source>
        <translation>Le dossier de preuves %1 n’a pas pu être créé ; vérifiez les autorisations et réessayez.</translation>
    </message>
    <message>
        <source>The evidence file %1 could not be written; check the free space and permissions of the folder and try again.</source>
        <translation>Le fichier de preuve %1 n’a pas pu être écrit ; vérifiez l’espace libre et les autorisations du dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>isms::AuditReport</name>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Say which audit to report on, for example AUD-001.</source>
        <translation>Indiquez l’audit sur lequel porte le rapport, par exemple AUD-001.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>every clause from 4 to 10 and every applicable Annex A control</source>
        <translation>tous les articles de 4 à 10 et toutes les mesures applicables de l’annexe A</translation>
    </message>
    <message>
        <source>clauses %1</source>
        <translation>articles %1</translation>
    </message>
    <message>
        <source>controls %1</source>
        <translation>mesures %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>no clause or control is linked</source>
        <translation>aucun article ni aucune mesure n’est lié</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditeur responsable</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Équipe d’audit</translation>
    </message>
    <message>
        <source>the lead auditor alone</source>
        <translation>l’auditeur responsable seul</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>No scope is written down.</source>
        <translation>Aucun périmètre n’est consigné.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>No criteria are written down.</source>
        <translation>Aucun critère n’est consigné.</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Indépendance</translation>
    </message>
    <message>
        <source>No member of the audit team owns a clause, control, asset or process this audit covers, as far as the owners recorded in the project show.</source>
        <translation>D’après les propriétaires enregistrés dans le projet, aucun membre de l’équipe d’audit n’est propriétaire d’un article, d’une mesure, d’un actif ou d’un processus couvert par cet audit.</translation>
    </message>
    <message>
        <source>The audit team is not independent of everything it audited:</source>
        <translation>L’équipe d’audit n’est pas indépendante de tout ce qu’elle a audité :</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes et preuves</translation>
    </message>
    <message>
        <source>No checklist is recorded for this audit.</source>
        <translation>Aucune liste de contrôle n’est enregistrée pour cet audit.</translation>
    </message>
    <message>
        <source>%1 items: %2 conforming, %3 nonconformities, %4 observations, %5 opportunities for improvement, %6 not assessed.</source>
        <translation>%1 éléments : %2 conformes, %3 non-conformités, %4 observations, %5 opportunités d’amélioration, %6 non évalués.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <source>The audit raised no finding.</source>
        <translation>L’audit n’a donné lieu à aucun constat.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>No conclusion is written down yet.</source>
        <translation>Aucune conclusion n’est encore consignée.</translation>
    </message>
    <message>
        <source>Audit coverage of %1</source>
        <translation>Couverture d’audit de %1</translation>
    </message>
    <message>
        <source>Every clause and every applicable control is covered by an audit of the programme.</source>
        <translation>Chaque article et chaque mesure applicable sont couverts par un audit du programme.</translation>
    </message>
    <message>
        <source>%1 of %2 clauses and applicable controls are not covered by any audit of the programme yet. Covering each once per cycle is good practice, not a requirement.</source>
        <translation>%1 sur %2 articles et mesures applicables ne sont encore couverts par aucun audit du programme. Couvrir chacun une fois par cycle est une bonne pratique, pas une exigence.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Rapport d’audit interne</translation>
    </message>
    <message>
        <source>Audit %1: scope, team, independence, checklist, findings and conclusion (9.2)</source>
        <translation>Audit %1 : périmètre, équipe, indépendance, liste de contrôle, constats et conclusion (9.2)</translation>
    </message>
    <message>
        <source>Auditor competence</source>
        <translation>Compétence des auditeurs</translation>
    </message>
    <message>
        <source>No lead auditor or auditor is named.</source>
        <translation>Aucun auditeur responsable ni auditeur n'est désigné.</translation>
    </message>
</context>
<context>
    <name>isms::AuditRules</name>
    <message>
        <source>The programme's cycle ends (%1) before it starts (%2); swap the two dates.</source>
        <translation>Le cycle du programme se termine (%1) avant de commencer (%2) ; intervertissez les deux dates.</translation>
    </message>
    <message>
        <source>Results reported to management name to whom; fill in "Reported to".</source>
        <translation>Pour des résultats communiqués à la direction, il faut indiquer à qui ; renseignez « Rapporté à ».</translation>
    </message>
    <message>
        <source>Results reported to management have a date; fill in "Results reported on", or clear "Reported to".</source>
        <translation>Des résultats communiqués à la direction ont une date ; renseignez « Résultats rapportés le » ou videz « Rapporté à ».</translation>
    </message>
    <message>
        <source>The planned end (%1) lies before the planned start (%2); swap the two dates.</source>
        <translation>La fin prévue (%1) précède le début prévu (%2) ; intervertissez les deux dates.</translation>
    </message>
    <message>
        <source>The audit ended (%1) before it started (%2); correct the actual dates.</source>
        <translation>L’audit s’est terminé (%1) avant d’avoir commencé (%2) ; corrigez les dates réelles.</translation>
    </message>
    <message>
        <source>A reported or closed audit has its report date; fill in "Report date", or keep the audit in progress.</source>
        <translation>Un audit dont le rapport est remis ou qui est clos a une date de rapport ; renseignez « Date du rapport » ou laissez l’audit en cours.</translation>
    </message>
    <message>
        <source>"%1" is not a clause of 4 to 10; use its number, such as 6.1.2 or 9.2.</source>
        <translation>« %1 » n’est pas un article de 4 à 10 ; utilisez son numéro, par exemple 6.1.2 ou 9.2.</translation>
    </message>
    <message>
        <source>A nonconformity is graded; choose major or minor in "Grade".</source>
        <translation>Une non-conformité est classée ; choisissez « Majeur » ou « Mineur » dans « Gravité ».</translation>
    </message>
    <message>
        <source>Only a nonconformity has a grade; clear "Grade", or set the result to nonconformity.</source>
        <translation>Seule une non-conformité a une gravité ; videz « Gravité » ou définissez le résultat sur « Non-conformité ».</translation>
    </message>
    <message>
        <source>Checklist item %1 belongs to another audit; link an item of this finding's audit.</source>
        <translation>Le point de la liste de contrôle %1 appartient à un autre audit ; liez un point de l’audit de ce constat.</translation>
    </message>
    <message>
        <source>No audit programme is recorded; plan the internal audits of a cycle of years.</source>
        <translation>Aucun programme d’audit n’est enregistré ; planifiez les audits internes d’un cycle pluriannuel.</translation>
    </message>
    <message>
        <source>The results of audit %1 (reported on %2) are not yet reported to management; record the date and to whom on its programme.</source>
        <translation>Les résultats de l’audit %1 (rapport du %2) ne sont pas encore communiqués à la direction ; enregistrez la date et le destinataire dans son programme.</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) or applicable control(s) are not covered by any audit of programme %1 (%2); covering each once per cycle is good practice, not a requirement.</source>
        <translation>
            <numerusform>%n chapitre ou mesure applicable n’est couvert par aucun audit du programme %1 (%2) ; couvrir chacun une fois par cycle est une bonne pratique, non une exigence.</numerusform>
            <numerusform>%n chapitres ou mesures applicables ne sont couverts par aucun audit du programme %1 (%2) ; couvrir chacun une fois par cycle est une bonne pratique, non une exigence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::AuditorCompetence</name>
    <message>
        <source>%1 (%2) holds the auditing competence %3.</source>
        <translation>%1 (%2) détient la compétence d'audit %3.</translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but the competences register records no competence in auditing for them; record it with how it was shown, or choose a competent auditor.</source>
        <translation>%1 (%2) audite dans %3, mais le registre des compétences n'enregistre aucune compétence en audit pour cette personne ; enregistrez-la avec la façon dont elle a été démontrée, ou choisissez un auditeur compétent.</translation>
    </message>
    <message>
        <source>%1 (%2) audits in %3, but their competence in auditing is recorded as "%4" (%5); close the gap with a training, or pair them with a competent auditor.</source>
        <translation>%1 (%2) audite dans %3, mais sa compétence en audit est enregistrée comme « %4 » (%5) ; comblez l'écart par une formation, ou associez-lui un auditeur compétent.</translation>
    </message>
    <message>
        <source>partly held</source>
        <translation>partiellement acquise</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
</context>
<context>
    <name>isms::Catalogue</name>
    <message>
        <source>The program's built-in catalogue %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>Le catalogue intégré %1 du programme est endommagé ; réinstallez ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::CatalogueCheck</name>
    <message>
        <source>position</source>
        <extracomment>Attributes of an Annex A control, as in "The theme of A.5.1 differs from the ... catalogue."
----------
Attributes of a clause, as in "The title of clause 4.1 differs from the ... catalogue."</extracomment>
        <translation>la position</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>le thème</translation>
    </message>
    <message>
        <source>control types attribute</source>
        <translation>l’attribut « type de mesure »</translation>
    </message>
    <message>
        <source>security properties attribute</source>
        <translation>l’attribut « propriétés de sécurité de l’information »</translation>
    </message>
    <message>
        <source>cybersecurity concepts attribute</source>
        <translation>l’attribut « concepts de cybersécurité »</translation>
    </message>
    <message>
        <source>operational capabilities attribute</source>
        <translation>l’attribut « capacités opérationnelles »</translation>
    </message>
    <message>
        <source>security domains attribute</source>
        <translation>l’attribut « domaines de sécurité »</translation>
    </message>
    <message>
        <source>"new in 2022" mark</source>
        <translation>la mention « nouvelle en 2022 »</translation>
    </message>
    <message>
        <source>Annex A control A.%1 is missing from the file.</source>
        <translation>La mesure A.%1 de l’annexe A manque dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds an Annex A control A.%1 that the %2 catalogue does not have.</source>
        <translation>Le fichier contient une mesure A.%1 de l’annexe A que le catalogue de la norme %2 ne comporte pas.</translation>
    </message>
    <message>
        <source>The %1 of A.%2 differs from the %3 catalogue.</source>
        <translation>Pour A.%2, %1 diffère du catalogue de la norme %3.</translation>
    </message>
    <message>
        <source>parent clause</source>
        <translation>l’article parent</translation>
    </message>
    <message>
        <source>required documented information</source>
        <translation>la liste des informations documentées requises</translation>
    </message>
    <message>
        <source>Clause %1 is missing from the file.</source>
        <translation>L’article %1 manque dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds a clause %1 that the %2 catalogue does not have.</source>
        <translation>Le fichier contient un article %1 que le catalogue de la norme %2 ne comporte pas.</translation>
    </message>
    <message>
        <source>The %1 of clause %2 differs from the %3 catalogue.</source>
        <translation>Pour l’article %2, %1 diffère du catalogue de la norme %3.</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013 control %1 is missing from the file.</source>
        <translation>La mesure %1 de l’ISO/IEC 27001:2013 manque dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation>Le fichier contient une mesure %1 de l’ISO/IEC 27001:2013 que le catalogue ne comporte pas.</translation>
    </message>
    <message>
        <source>The %1 of ISO/IEC 27001:2013 control %2 differs from the %3 catalogue.</source>
        <translation>Pour la mesure %2 de l’ISO/IEC 27001:2013, %1 diffère du catalogue de la norme %3.</translation>
    </message>
    <message>
        <source>The file maps an ISO/IEC 27001:2013 control %1 that the catalogue does not have.</source>
        <translation>Le fichier contient une correspondance pour une mesure %1 de l’ISO/IEC 27001:2013 que le catalogue ne comporte pas.</translation>
    </message>
    <message>
        <source>The tracking row of control A.%1 is missing from the file.</source>
        <translation>La ligne de suivi de la mesure A.%1 manque dans le fichier.</translation>
    </message>
    <message>
        <source>The tracking row of clause %1 is missing from the file.</source>
        <translation>La ligne de suivi de l’article %1 manque dans le fichier.</translation>
    </message>
    <message>
        <source>The file holds a tracking row "%1" that matches no control or clause of the catalogue.</source>
        <translation>Le fichier contient une ligne de suivi « %1 » qui ne correspond à aucune mesure ni à aucun article du catalogue.</translation>
    </message>
    <message>
        <source>The file records the catalogue edition "%1", which this version of ISMS Workbench does not know, so its catalogue rows could not be compared.</source>
        <translation>Le fichier indique l’édition de catalogue « %1 », que cette version d’ISMS Workbench ne connaît pas ; ses lignes de catalogue n’ont donc pas pu être comparées.</translation>
    </message>
    <message>
        <source>The 2022 controls that ISO/IEC 27001:2013 control %1 maps to differ from the %2 catalogue.</source>
        <translation>Les mesures de l’édition 2022 auxquelles correspond la mesure %1 de l’ISO/IEC 27001:2013 diffèrent du catalogue de la norme %2.</translation>
    </message>
</context>
<context>
    <name>isms::ChangeLog</name>
    <message>
        <source>Change-log rows before row %1 are missing.</source>
        <translation>Des lignes du journal des modifications antérieures à la ligne %1 manquent.</translation>
    </message>
    <message>
        <source>Change-log row %1 does not follow the row before it; rows were removed or reordered.</source>
        <translation>La ligne %1 du journal des modifications ne suit pas la ligne précédente ; des lignes ont été supprimées ou réordonnées.</translation>
    </message>
    <message>
        <source>Change-log row %1 was altered after it was written.</source>
        <translation>La ligne %1 du journal des modifications a été altérée après son écriture.</translation>
    </message>
</context>
<context>
    <name>isms::ChangeLogHead</name>
    <message>
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, head %1</source>
        <extracomment>The head of the change log: its entry count and the start of the newest entry's hash.</extracomment>
        <translation>
            <numerusform>%n entrée, repère %1</numerusform>
            <numerusform>%n entrées, repère %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::ContextRules</name>
    <message>
        <source>The scope of the ISMS (4.3) is not recorded; write it on the Scope page.</source>
        <translation>Le périmètre du SMSI (4.3) n'est pas enregistré ; rédigez-le sur la page Périmètre.</translation>
    </message>
    <message>
        <source>The scope %1 is still a draft; have it approved and record by whom and when.</source>
        <translation>Le périmètre %1 est encore un brouillon ; faites-le approuver et notez par qui et quand.</translation>
    </message>
    <message>
        <source>The scope %1 does not say yet whether climate change is a relevant issue; record the decision and its rationale.</source>
        <translation>Le périmètre %1 ne dit pas encore si le changement climatique est un enjeu pertinent ; enregistrez la décision et sa justification.</translation>
    </message>
    <message>
        <source>No current internal or external issue (4.1) is recorded; list the issues that affect what the ISMS can achieve.</source>
        <translation>Aucun enjeu interne ou externe actuel (4.1) n'est enregistré ; listez les enjeux qui influent sur ce que le SMSI peut atteindre.</translation>
    </message>
    <message>
        <source>No interested party (4.2) is recorded; list the parties that matter to the ISMS and their requirements.</source>
        <translation>Aucune partie intéressée (4.2) n'est enregistrée ; listez les parties qui comptent pour le SMSI et leurs exigences.</translation>
    </message>
    <message>
        <source>%1 %2: it is not decided yet which of its requirements the ISMS addresses.</source>
        <translation>%1 %2 : il n'est pas encore décidé quelles de ses exigences le SMSI prend en compte.</translation>
    </message>
    <message>
        <source>%1 %2: its requirements are addressed, but not how; describe it.</source>
        <translation>%1 %2 : ses exigences sont prises en compte, mais pas comment ; décrivez-le.</translation>
    </message>
</context>
<context>
    <name>isms::ContextSpecs</name>
    <message>
        <source>An approved scope names who approved it and on which date; fill in "Approved by" and "Approval date", or keep it a draft.</source>
        <translation>Un périmètre approuvé indique qui l'a approuvé et à quelle date ; remplissez « Approuvé par » et « Date d'approbation », ou gardez-le en brouillon.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the scope was approved.</source>
        <translation>La date d'approbation %1 est dans le futur ; donnez la date à laquelle le périmètre a été approuvé.</translation>
    </message>
    <message>
        <source>A decision on climate change needs its rationale; write why it is or is not a relevant issue.</source>
        <translation>Une décision sur le changement climatique demande sa justification ; écrivez pourquoi c'est ou non un enjeu pertinent.</translation>
    </message>
</context>
<context>
    <name>isms::ControlStatusReport</name>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of a report section: "A.5 Organizational controls".</extracomment>
        <translation>A.%1 Mesures : %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in percent, e.g. "54.8 %".</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a theme's summary: "12 Implemented".</extracomment>
        <translation>%2 : %1</translation>
    </message>
    <message>
        <source>Controls in this theme: %1 (%2).</source>
        <extracomment>Summary under a theme heading: "Controls in this theme: 37 (12 Implemented, 8 Planned)."</extracomment>
        <translation>Mesures de ce thème : %1 (%2).</translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation>Rapport d’état des mesures</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>This report shows the implementation status of every Annex A control of %1 as recorded in the project on %2. A control needs no further work when it is implemented or not applicable.</source>
        <translation>Ce rapport présente l’état de mise en œuvre de chaque mesure de l’annexe A de la norme %1 tel qu’enregistré dans le projet le %2. Une mesure ne demande plus de travail lorsqu’elle est mise en œuvre ou non applicable.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1 (implemented or not applicable)</source>
        <translation>%1 (mises en œuvre ou non applicables)</translation>
    </message>
    <message>
        <source>Status per theme</source>
        <translation>Statut par thème</translation>
    </message>
    <message>
        <source>Controls per theme and status</source>
        <translation>Mesures par thème et par statut</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Implementation status of the %1 Annex A controls</source>
        <extracomment>Subtitle on the cover of the control status report; %1 is "ISO/IEC 27001:2022".</extracomment>
        <translation>État de mise en œuvre des %1 mesures de l’annexe A</translation>
    </message>
</context>
<context>
    <name>isms::Csv</name>
    <message>
        <source>The CSV text has a quoted field that is never closed (line %1); check the quotes in that line.</source>
        <translation>Le texte CSV contient un champ entre guillemets qui n’est jamais fermé (ligne %1) ; vérifiez les guillemets de cette ligne.</translation>
    </message>
</context>
<context>
    <name>isms::Database</name>
    <message>
        <source>The check of "%1" was stopped before it ended.</source>
        <translation>La vérification de « %1 » a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>"%1" does not exist; check the file name and folder.</source>
        <translation>« %1 » n’existe pas ; vérifiez le nom du fichier et le dossier.</translation>
    </message>
    <message>
        <source>"%1" cannot be read; check that it is a file and that you may read it.</source>
        <translation>« %1 » ne peut pas être lu ; vérifiez qu’il s’agit d’un fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>"%1" could not be opened; check that the file is readable and try again.</source>
        <translation>« %1 » n’a pas pu être ouvert ; vérifiez que le fichier est lisible et réessayez.</translation>
    </message>
    <message>
        <source>"%1" is read-only on disk; open it read-only or copy it to a folder you can write to.</source>
        <translation>« %1 » est en lecture seule sur le disque ; ouvrez-le en lecture seule ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>"%1" needs an upgrade, but its backup copy could not be written; free some disk space or move the file to a folder you can write to.</source>
        <translation>« %1 » doit être mis à niveau, mais sa copie de sauvegarde n’a pas pu être écrite ; libérez de l’espace disque ou déplacez le fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to 200 characters; enter a shorter name.</source>
        <translation>Le nom de l’organisme doit tenir sur une ligne de 1 à 200 caractères ; saisissez un nom plus court.</translation>
    </message>
    <message>
        <source>"%1" already exists; choose another file name (existing files are never overwritten).</source>
        <translation>« %1 » existe déjà ; choisissez un autre nom de fichier (les fichiers existants ne sont jamais écrasés).</translation>
    </message>
    <message>
        <source>The folder "%1" does not exist; choose an existing folder.</source>
        <translation>Le dossier « %1 » n’existe pas ; choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The new project could not be written in "%1"; choose a folder you can write to.</source>
        <translation>Le nouveau projet n’a pas pu être écrit dans « %1 » ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The new project could not be saved as "%1"; check the folder and try again.</source>
        <translation>Le nouveau projet n’a pas pu être enregistré sous « %1 » ; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Cannot create a fixture there.</source>
        <translation>Impossible de créer un fichier de test à cet endroit.</translation>
    </message>
    <message>
        <source>This project is open read-only; open it again for editing to make changes.</source>
        <translation>Ce projet est ouvert en lecture seule ; rouvrez-le en modification pour apporter des changements.</translation>
    </message>
    <message>
        <source>The change could not be saved because the project file is busy; try again.</source>
        <translation>La modification n’a pas pu être enregistrée car le fichier de projet est occupé ; réessayez.</translation>
    </message>
    <message>
        <source>The change could not be written to the project file; check the disk and try again.</source>
        <translation>La modification n’a pas pu être écrite dans le fichier de projet ; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>"%1" already exists; choose another file name.</source>
        <translation>« %1 » existe déjà ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The copy could not be written in "%1"; choose a folder you can write to.</source>
        <translation>La copie n’a pas pu être écrite dans « %1 » ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The copy could not be written; check the disk space and try again.</source>
        <translation>La copie n’a pas pu être écrite ; vérifiez l’espace disque et réessayez.</translation>
    </message>
    <message>
        <source>The copy could not be saved as "%1"; check the folder and try again.</source>
        <translation>La copie n’a pas pu être enregistrée sous « %1 » ; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>"%1" is not an ISMS Workbench project; choose a .isms file made by ISMS Workbench.</source>
        <translation>« %1 » n’est pas un projet ISMS Workbench ; choisissez un fichier .isms créé par ISMS Workbench.</translation>
    </message>
    <message>
        <source>"%1" was saved by a newer version of ISMS Workbench (schema %2; this version reads up to %3); install the newer version to open it.</source>
        <translation>« %1 » a été enregistré par une version plus récente d’ISMS Workbench (schéma %2 ; cette version lit jusqu’à %3) ; installez la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>"%1" contains database objects that ISMS Workbench did not create, so it was not opened; ask for a clean copy or run "isms-cli check" on it for details.</source>
        <translation>« %1 » contient des objets de base de données qu’ISMS Workbench n’a pas créés, il n’a donc pas été ouvert ; demandez une copie saine ou exécutez « isms-cli check » sur ce fichier pour plus de détails.</translation>
    </message>
    <message>
        <source>The new project could not be written; check that the folder is writable.</source>
        <translation>Le nouveau projet n’a pas pu être écrit ; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The new project could not be written; try again.</source>
        <translation>Le nouveau projet n’a pas pu être écrit ; réessayez.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved by a program that stopped during a save; its last complete save was restored.</source>
        <translation>« %1 » a été laissé à moitié enregistré par un programme qui s’est arrêté pendant un enregistrement ; son dernier état entièrement enregistré a été restauré.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved and must be restored before it can be edited, but its folder cannot be written; copy it together with "%2" to a folder you can write to and open the copy.</source>
        <translation>« %1 » a été laissé à moitié enregistré et doit être restauré avant de pouvoir être modifié, mais son dossier n’est pas accessible en écriture ; copiez-le avec « %2 » dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>"%1" is being saved by the program that holds its lock, or that program stopped half-way; try again in a moment, or take over the lock to restore its last complete save.</source>
        <translation>« %1 » est en cours d’enregistrement par le programme qui détient son verrou, ou ce programme s’est arrêté en cours de route ; réessayez dans un instant, ou reprenez le verrou pour restaurer son dernier état entièrement enregistré.</translation>
    </message>
    <message>
        <source>"%1" was made by an older version of ISMS Workbench and must be upgraded before it can be edited; a backup copy is kept when it is upgraded.</source>
        <translation>« %1 » a été créé par une version plus ancienne d’ISMS Workbench et doit être mis à niveau avant de pouvoir être modifié ; une copie de sauvegarde est conservée lors de la mise à niveau.</translation>
    </message>
    <message>
        <source>"%1" was updated to the current file format; the previous version is kept as "%2".</source>
        <translation>« %1 » a été mis à niveau vers le format de fichier actuel ; la version précédente est conservée sous « %2 ».</translation>
    </message>
    <message>
        <source>"%1" was left half-saved by a program that stopped during a save; you see its last complete save, and the file is restored when it is next opened for editing.</source>
        <translation>« %1 » a été laissé à moitié enregistré par un programme qui s’est arrêté pendant un enregistrement ; vous voyez son dernier état entièrement enregistré, et le fichier sera restauré à sa prochaine ouverture en modification.</translation>
    </message>
    <message>
        <source>"%1" is in the format of an older version; it was read through an updated temporary copy and left unchanged.</source>
        <translation>« %1 » est au format d’une version plus ancienne ; il a été lu au moyen d’une copie temporaire mise à niveau et est resté inchangé.</translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation>Le nom de l’organisme contient %1, ce qui n’est pas autorisé dans un nom ; supprimez ce caractère et saisissez à nouveau le nom.</translation>
    </message>
    <message>
        <source>"%1" is an ISMS Workbench project, but the file is damaged; open your latest backup copy of it instead and keep the damaged file for "isms-cli check".</source>
        <translation>« %1 » est un projet ISMS Workbench, mais le fichier est endommagé ; ouvrez plutôt votre copie de sauvegarde la plus récente et conservez le fichier endommagé pour « isms-cli check ».</translation>
    </message>
    <message>
        <source>"%1" is an ISMS Workbench project, but the file is damaged; open a backup copy instead, such as "%2" beside it.</source>
        <translation>« %1 » est un projet ISMS Workbench, mais le fichier est endommagé ; ouvrez plutôt une copie de sauvegarde, par exemple « %2 » dans le même dossier.</translation>
    </message>
</context>
<context>
    <name>isms::DemoData</name>
    <message>
        <source>The demo holds between 1 and %1 risks; %2 is outside that range.</source>
        <translation>La démonstration contient entre 1 et %1 risques ; %2 est hors de cette plage.</translation>
    </message>
    <message>
        <source>The program's built-in demo table %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>La table de démonstration intégrée %1 du programme est endommagée ; réinstallez ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentControl</name>
    <message>
        <source>Working draft</source>
        <translation>Projet de travail</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>On a report's cover: who approved this version and when.</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <extracomment>A report's version when its document control says it was withdrawn: "2.1 (withdrawn)".</extracomment>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <extracomment>A report's version while its document control says it is a draft: "2.1 (draft)".</extracomment>
        <translation>%1 (brouillon)</translation>
    </message>
</context>
<context>
    <name>isms::DocumentControlSpec</name>
    <message>
        <source>An approved report names who approved it and on which date; fill in "Approved by" and "Approval date", or keep it a draft.</source>
        <translation>Un rapport approuvé indique qui l’a approuvé et à quelle date ; remplissez « Approuvé par » et « Date d’approbation », ou gardez-le en brouillon.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date on which the report was approved.</source>
        <translation>La date d’approbation %1 est dans le futur ; donnez la date à laquelle le rapport a été approuvé.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentRules</name>
    <message>
        <source>A topic-specific policy names the Annex A controls or the topic it covers; fill in "Annex A controls or topic" (for example "A.5.15, A.8.2" or "access control").</source>
        <translation>Une politique spécifique à une thématique indique les mesures de l’annexe A ou la thématique qu’elle couvre ; remplissez « Mesures de l’annexe A ou thématique » (par exemple « A.5.15, A.8.2 » ou « contrôle d’accès »).</translation>
    </message>
    <message>
        <source>"%1" is not a clause of ISO/IEC 27001 from 4 to 10; give clause numbers such as 5.2 or 6.1.3, separated by commas.</source>
        <translation>« %1 » n’est pas un article de l’ISO/IEC 27001 de 4 à 10 ; donnez des numéros d’article comme 5.2 ou 6.1.3, séparés par des virgules.</translation>
    </message>
    <message>
        <source>An approved version names who approved it and when; fill in the approver and the approval date, or keep the version in draft or in review.</source>
        <translation>Une version approuvée indique qui l’a approuvée et quand ; renseignez l’approbateur et la date d’approbation, ou laissez la version en brouillon ou en revue.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation>La date d'approbation %1 est dans le futur ; donnez la date à laquelle la version a été approuvée.</translation>
    </message>
    <message>
        <source>The document already has a version %1 (%2); give the new version another label, such as the next number.</source>
        <translation>Le document a déjà une version %1 (%2) ; donnez un autre libellé à la nouvelle version, comme le numéro suivant.</translation>
    </message>
    <message>
        <source>The acknowledgement date %1 lies in the future; give the date the person acknowledged the policy.</source>
        <translation>La date de prise de connaissance %1 est dans le futur ; donnez la date à laquelle la personne a pris connaissance de la politique.</translation>
    </message>
    <message>
        <source>%1 is not a policy; acknowledgements record who has read the information security policy or a topic-specific policy.</source>
        <translation>%1 n’est pas une politique ; les prises de connaissance enregistrent qui a lu la politique de sécurité de l’information ou une politique spécifique à une thématique.</translation>
    </message>
    <message>
        <source>A duty that top management shows says how it is shown; fill in "How it is shown" (the meeting, decision or document), or set the status to not shown.</source>
        <translation>Une obligation que la direction démontre indique comment elle est démontrée ; remplissez « Comment elle est démontrée » (la réunion, la décision ou le document), ou passez le statut à « non démontrée ».</translation>
    </message>
    <message>
        <source>Document version %1 is approved and never changes; for any change add a new version of the document.</source>
        <translation>La version de document %1 est approuvée et ne change jamais ; pour toute modification, ajoutez une nouvelle version du document.</translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>Le fichier enregistré de la version de document %1 (%2) manque dans le projet ; il a été supprimé en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The stored file of document version %1 (%2) no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Le fichier enregistré de la version de document %1 (%2) ne correspond plus à son SHA-256 ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Document version %1 is marked approved but was never approved in ISMS Workbench; it was changed outside the program.</source>
        <translation>La version de document %1 est marquée comme approuvée mais n’a jamais été approuvée dans ISMS Workbench ; elle a été modifiée en dehors du programme.</translation>
    </message>
    <message>
        <source>Approved document version %1 differs from what was frozen when it was approved; it was changed outside ISMS Workbench.</source>
        <translation>La version de document approuvée %1 diffère de ce qui a été figé lors de son approbation ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Document version %1 was approved but is no longer marked so; it was changed outside ISMS Workbench.</source>
        <translation>La version de document %1 a été approuvée mais n’est plus marquée comme telle ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::DocumentService</name>
    <message>
        <source>A document version needs its file; give the path of the file to store.</source>
        <translation>Une version de document a besoin de son fichier ; donnez le chemin du fichier à enregistrer.</translation>
    </message>
    <message>
        <source>A document version has no field "%1".</source>
        <translation>Une version de document n’a pas de champ « %1 ».</translation>
    </message>
    <message>
        <source>The stored file of document version %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run "isms-cli check".</source>
        <translation>Le fichier enregistré de la version de document %1 ne correspond plus à son SHA-256 : il a été modifié en dehors d’ISMS Workbench. Lancez « isms-cli check ».</translation>
    </message>
    <message>
        <source>%1 cannot be written; check the folder and its permissions.</source>
        <translation>Impossible d’écrire %1 ; vérifiez le dossier et ses autorisations.</translation>
    </message>
</context>
<context>
    <name>isms::EntitySpec</name>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Asset dependency</source>
        <translation>Dépendance d’actif</translation>
    </message>
    <message>
        <source>Asset dependencies</source>
        <translation>Dépendances d’actifs</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>menace</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>menaces</translation>
    </message>
    <message>
        <source>vulnerability</source>
        <translation>vulnérabilité</translation>
    </message>
    <message>
        <source>vulnerabilities</source>
        <translation>vulnérabilités</translation>
    </message>
    <message>
        <source>asset dependency</source>
        <translation>dépendance d’actif</translation>
    </message>
    <message>
        <source>asset dependencies</source>
        <translation>dépendances d’actifs</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>assets</source>
        <translation>actifs</translation>
    </message>
    <message>
        <source>Risk asset link</source>
        <translation>Lien risque-actif</translation>
    </message>
    <message>
        <source>Risk asset links</source>
        <translation>Liens risque-actif</translation>
    </message>
    <message>
        <source>risk asset link</source>
        <translation>lien risque-actif</translation>
    </message>
    <message>
        <source>risk asset links</source>
        <translation>liens risque-actif</translation>
    </message>
    <message>
        <source>Risk control link</source>
        <translation>Lien risque-mesure</translation>
    </message>
    <message>
        <source>Risk control links</source>
        <translation>Liens risque-mesure</translation>
    </message>
    <message>
        <source>risk control link</source>
        <translation>lien risque-mesure</translation>
    </message>
    <message>
        <source>risk control links</source>
        <translation>liens risque-mesure</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risques</translation>
    </message>
    <message>
        <source>Treatment task</source>
        <translation>Tâche de traitement</translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation>Tâches de traitement</translation>
    </message>
    <message>
        <source>treatment task</source>
        <translation>tâche de traitement</translation>
    </message>
    <message>
        <source>treatment tasks</source>
        <translation>tâches de traitement</translation>
    </message>
    <message>
        <source>Annex A control</source>
        <translation>Mesure de l’annexe A</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>Clause requirement</source>
        <translation>Exigence d’article</translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation>Exigences des articles</translation>
    </message>
    <message>
        <source>clause requirement</source>
        <translation>exigence d’article</translation>
    </message>
    <message>
        <source>clause requirements</source>
        <translation>exigences des articles</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>evidence file</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>Evidence is stored with its file: attach it with "isms-cli attach FILE KIND ID PATH" rather than adding or importing rows.</source>
        <translation>Une preuve est enregistrée avec son fichier : joignez-la avec « isms-cli attach FILE KIND ID PATH » au lieu d’ajouter ou d’importer des lignes.</translation>
    </message>
    <message>
        <source>Additional control</source>
        <translation>Mesure supplémentaire</translation>
    </message>
    <message>
        <source>Additional controls</source>
        <translation>Mesures supplémentaires</translation>
    </message>
    <message>
        <source>additional control</source>
        <translation>mesure supplémentaire</translation>
    </message>
    <message>
        <source>additional controls</source>
        <translation>mesures supplémentaires</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>Internal and external issues</source>
        <translation>Enjeux internes et externes</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>enjeu</translation>
    </message>
    <message>
        <source>issues</source>
        <translation>enjeux</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>Partie intéressée</translation>
    </message>
    <message>
        <source>Interested parties</source>
        <translation>Parties intéressées</translation>
    </message>
    <message>
        <source>interested party</source>
        <translation>partie intéressée</translation>
    </message>
    <message>
        <source>interested parties</source>
        <translation>parties intéressées</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Scope of the ISMS</source>
        <translation>Périmètre du SMSI</translation>
    </message>
    <message>
        <source>scope statement</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>scope statements</source>
        <translation>périmètres</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Maîtrise du document</translation>
    </message>
    <message>
        <source>Document control of reports</source>
        <translation>Maîtrise documentaire des rapports</translation>
    </message>
    <message>
        <source>document control</source>
        <translation>maîtrise du document</translation>
    </message>
    <message>
        <source>document controls</source>
        <translation>maîtrises des documents</translation>
    </message>
    <message>
        <source>ISMS risk or opportunity</source>
        <translation>Risque ou opportunité du SMSI</translation>
    </message>
    <message>
        <source>ISMS risks and opportunities</source>
        <translation>Risques et opportunités du SMSI</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Modification planifiée</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications planifiées</translation>
    </message>
    <message>
        <source>planned change</source>
        <translation>modification planifiée</translation>
    </message>
    <message>
        <source>planned changes</source>
        <translation>modifications planifiées</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation>Processus du SMSI</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>Process interaction</source>
        <translation>Interaction entre processus</translation>
    </message>
    <message>
        <source>Process interactions</source>
        <translation>Interactions entre processus</translation>
    </message>
    <message>
        <source>process interaction</source>
        <translation>interaction entre processus</translation>
    </message>
    <message>
        <source>process interactions</source>
        <translation>interactions entre processus</translation>
    </message>
    <message>
        <source>Assessment run</source>
        <translation>Cycle d’appréciation</translation>
    </message>
    <message>
        <source>Assessment runs</source>
        <translation>Cycles d’appréciation</translation>
    </message>
    <message>
        <source>assessment run</source>
        <translation>campagne d’appréciation</translation>
    </message>
    <message>
        <source>assessment runs</source>
        <translation>campagnes d’appréciation</translation>
    </message>
    <message>
        <source>An assessment run freezes the whole risk register: record one with "isms-cli run-assessment FILE --scope TEXT --by NAME" or "Record assessment run…" on its page rather than adding or importing rows.</source>
        <translation>Une campagne d’appréciation fige l’ensemble du registre des risques : enregistrez-en une avec « isms-cli run-assessment FILE --scope TEXT --by NAME » ou « Enregistrer une campagne d’appréciation… » sur sa page, plutôt que d’ajouter ou d’importer des lignes.</translation>
    </message>
    <message>
        <source>An assessment run is frozen as it was recorded and cannot be changed or removed; record a new run instead.</source>
        <translation>Une campagne d’appréciation reste figée telle qu’elle a été enregistrée et ne peut être ni modifiée ni supprimée ; enregistrez plutôt une nouvelle campagne.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>Document version</source>
        <translation>Version de document</translation>
    </message>
    <message>
        <source>Document versions</source>
        <translation>Versions de document</translation>
    </message>
    <message>
        <source>document version</source>
        <translation>version de document</translation>
    </message>
    <message>
        <source>document versions</source>
        <translation>versions de document</translation>
    </message>
    <message>
        <source>A document version comes with its file: add it with "isms-cli add document-versions FILE --document DOC-001 --version 1.0 --file PATH" or "Add version…" on the documents page.</source>
        <translation>Une version de document va avec son fichier : ajoutez-la avec « isms-cli add document-versions FILE --document DOC-001 --version 1.0 --file PATH » ou « Ajouter une version… » sur la page des documents.</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Improvements</source>
        <translation>Améliorations</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>improvements</source>
        <translation>améliorations</translation>
    </message>
    <message>
        <source>Policy acknowledgement</source>
        <translation>Prise de connaissance de la politique</translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation>Prises de connaissance des politiques</translation>
    </message>
    <message>
        <source>policy acknowledgement</source>
        <translation>prise de connaissance de la politique</translation>
    </message>
    <message>
        <source>policy acknowledgements</source>
        <translation>prises de connaissance des politiques</translation>
    </message>
    <message>
        <source>Leadership duty</source>
        <translation>Obligation de leadership</translation>
    </message>
    <message>
        <source>Leadership duties</source>
        <translation>Obligations de leadership</translation>
    </message>
    <message>
        <source>leadership duty</source>
        <translation>obligation de leadership</translation>
    </message>
    <message>
        <source>leadership duties</source>
        <translation>obligations de leadership</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>Metric objective link</source>
        <translation>Lien indicateur-objectif</translation>
    </message>
    <message>
        <source>Metric objective links</source>
        <translation>Liens indicateur-objectif</translation>
    </message>
    <message>
        <source>metric objective link</source>
        <translation>lien indicateur-objectif</translation>
    </message>
    <message>
        <source>metric objective links</source>
        <translation>liens indicateur-objectif</translation>
    </message>
    <message>
        <source>Metric control link</source>
        <translation>Lien indicateur-mesure</translation>
    </message>
    <message>
        <source>Metric control links</source>
        <translation>Liens indicateur-mesure</translation>
    </message>
    <message>
        <source>metric control link</source>
        <translation>lien indicateur-mesure</translation>
    </message>
    <message>
        <source>metric control links</source>
        <translation>liens indicateur-mesure</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesurage</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesurages</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesurage</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesurages</translation>
    </message>
    <message>
        <source>Metric evaluation</source>
        <translation>Évaluation d’indicateur</translation>
    </message>
    <message>
        <source>Metric evaluations</source>
        <translation>Évaluations d’indicateurs</translation>
    </message>
    <message>
        <source>metric evaluation</source>
        <translation>évaluation d’indicateur</translation>
    </message>
    <message>
        <source>metric evaluations</source>
        <translation>évaluations d’indicateurs</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>RACI assignment</source>
        <translation>Affectation RACI</translation>
    </message>
    <message>
        <source>RACI assignments</source>
        <translation>Affectations RACI</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>competence</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>competences</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training and awareness</source>
        <translation>Formation et sensibilisation</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>formations</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>communications</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Programme d’audit</translation>
    </message>
    <message>
        <source>Audit programmes</source>
        <translation>Programmes d’audit</translation>
    </message>
    <message>
        <source>audit programme</source>
        <translation>programme d’audit</translation>
    </message>
    <message>
        <source>audit programmes</source>
        <translation>programmes d’audit</translation>
    </message>
    <message>
        <source>Internal audit</source>
        <translation>Audit interne</translation>
    </message>
    <message>
        <source>Internal audits</source>
        <translation>Audits internes</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>audits</translation>
    </message>
    <message>
        <source>Audit clause link</source>
        <translation>Lien audit-article</translation>
    </message>
    <message>
        <source>Audit clause links</source>
        <translation>Liens audit-article</translation>
    </message>
    <message>
        <source>audit clause link</source>
        <translation>lien audit-article</translation>
    </message>
    <message>
        <source>audit clause links</source>
        <translation>liens audit-article</translation>
    </message>
    <message>
        <source>Audit control link</source>
        <translation>Lien audit-mesure</translation>
    </message>
    <message>
        <source>Audit control links</source>
        <translation>Liens audit-mesure</translation>
    </message>
    <message>
        <source>audit control link</source>
        <translation>lien audit-mesure</translation>
    </message>
    <message>
        <source>audit control links</source>
        <translation>liens audit-mesure</translation>
    </message>
    <message>
        <source>Audit team member</source>
        <translation>Membre de l’équipe d’audit</translation>
    </message>
    <message>
        <source>Audit team members</source>
        <translation>Membres de l’équipe d’audit</translation>
    </message>
    <message>
        <source>audit team member</source>
        <translation>membre de l’équipe d’audit</translation>
    </message>
    <message>
        <source>audit team members</source>
        <translation>membres de l’équipe d’audit</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <source>Audit checklist</source>
        <translation>Liste de contrôle d’audit</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>point de la liste de contrôle</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>points de la liste de contrôle</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Constat d’audit</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Constats d’audit</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Incident asset link</source>
        <translation>Lien incident-actif</translation>
    </message>
    <message>
        <source>Incident asset links</source>
        <translation>Liens incident-actif</translation>
    </message>
    <message>
        <source>incident asset link</source>
        <translation>lien incident-actif</translation>
    </message>
    <message>
        <source>incident asset links</source>
        <translation>liens incident-actif</translation>
    </message>
    <message>
        <source>Incident risk link</source>
        <translation>Lien incident-risque</translation>
    </message>
    <message>
        <source>Incident risk links</source>
        <translation>Liens incident-risque</translation>
    </message>
    <message>
        <source>incident risk link</source>
        <translation>lien incident-risque</translation>
    </message>
    <message>
        <source>incident risk links</source>
        <translation>liens incident-risque</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>suppliers</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <source>Supplier risk link</source>
        <translation>Lien fournisseur-risque</translation>
    </message>
    <message>
        <source>Supplier risk links</source>
        <translation>Liens fournisseur-risque</translation>
    </message>
    <message>
        <source>supplier risk link</source>
        <translation>lien fournisseur-risque</translation>
    </message>
    <message>
        <source>supplier risk links</source>
        <translation>liens fournisseur-risque</translation>
    </message>
    <message>
        <source>Supplier asset link</source>
        <translation>Lien fournisseur-actif</translation>
    </message>
    <message>
        <source>Supplier asset links</source>
        <translation>Liens fournisseur-actif</translation>
    </message>
    <message>
        <source>supplier asset link</source>
        <translation>lien fournisseur-actif</translation>
    </message>
    <message>
        <source>supplier asset links</source>
        <translation>liens fournisseur-actif</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Non-conformités</translation>
    </message>
    <message>
        <source>nonconformity</source>
        <translation>non-conformité</translation>
    </message>
    <message>
        <source>nonconformities</source>
        <translation>non-conformités</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>action corrective</translation>
    </message>
    <message>
        <source>corrective actions</source>
        <translation>actions correctives</translation>
    </message>
    <message>
        <source>Nonconformity change link</source>
        <translation>Lien non-conformité-modification</translation>
    </message>
    <message>
        <source>Nonconformity change links</source>
        <translation>Liens non-conformité-modification</translation>
    </message>
    <message>
        <source>nonconformity change link</source>
        <translation>lien non-conformité-modification</translation>
    </message>
    <message>
        <source>nonconformity change links</source>
        <translation>liens non-conformité-modification</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Revue de direction</translation>
    </message>
    <message>
        <source>Management reviews</source>
        <translation>Revues de direction</translation>
    </message>
    <message>
        <source>management review</source>
        <translation>revue de direction</translation>
    </message>
    <message>
        <source>management reviews</source>
        <translation>revues de direction</translation>
    </message>
    <message>
        <source>Review attendee</source>
        <translation>Participant à la revue</translation>
    </message>
    <message>
        <source>Review attendees</source>
        <translation>Participants aux revues</translation>
    </message>
    <message>
        <source>review attendee</source>
        <translation>participant à la revue</translation>
    </message>
    <message>
        <source>review attendees</source>
        <translation>participants aux revues</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Action issue de la revue</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Actions issues des revues</translation>
    </message>
    <message>
        <source>review action</source>
        <translation>action issue de la revue</translation>
    </message>
    <message>
        <source>review actions</source>
        <translation>actions issues des revues</translation>
    </message>
</context>
<context>
    <name>isms::EnumSpec</name>
    <message>
        <source>Natural</source>
        <translation>Naturelle</translation>
    </message>
    <message>
        <source>Human, deliberate</source>
        <translation>Humaine, délibérée</translation>
    </message>
    <message>
        <source>Human, accidental</source>
        <translation>Humaine, accidentelle</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environnementale</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisationnelle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Existante</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Organizational</source>
        <translation>Organisationnel</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>Technologique</translation>
    </message>
    <message>
        <source>Legal or regulatory</source>
        <translation>Légale ou réglementaire</translation>
    </message>
    <message>
        <source>Contractual</source>
        <translation>Contractuelle</translation>
    </message>
    <message>
        <source>Business requirement</source>
        <translation>Exigence métier</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Stratégique</translation>
    </message>
    <message>
        <source>People and culture</source>
        <translation>Personnes et culture</translation>
    </message>
    <message>
        <source>Legal and regulatory</source>
        <translation>Juridique et réglementaire</translation>
    </message>
    <message>
        <source>Economic and market</source>
        <translation>Économie et marché</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environmental and climate</source>
        <translation>Environnement et climat</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Surveillé</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Plus pertinent</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Légale</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Réglementaire</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Volontaire</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Partly addressed</source>
        <translation>Pris en compte en partie</translation>
    </message>
    <message>
        <source>Not addressed</source>
        <translation>Non pris en compte</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Pertinent</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Non pertinent</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Control status report</source>
        <translation>Rapport d’état des mesures</translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation>Rapport d’appréciation et de traitement des risques</translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Rapport de préparation à l’audit</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Non efficace</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Compromis</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Politique de sécurité de l’information</translation>
    </message>
    <message>
        <source>Topic-specific policy</source>
        <translation>Politique spécifique à une thématique</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>External document</source>
        <translation>Document externe</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Revue de direction</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Copie signée</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non démontrée</translation>
    </message>
    <message>
        <source>Partly shown</source>
        <translation>Partiellement démontrée</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Démontrée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Chaque trimestre</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Chaque semestre</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Custom interval</source>
        <translation>Intervalle personnalisé</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteinte</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partiellement atteinte</translation>
    </message>
    <message>
        <source>People and time</source>
        <translation>Personnel et temps</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tools and software</source>
        <translation>Outils et logiciels</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Locaux et installations</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Services externes</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>R: Responsible</source>
        <translation>R : Réalisateur</translation>
    </message>
    <message>
        <source>A: Accountable</source>
        <translation>A : Approbateur</translation>
    </message>
    <message>
        <source>C: Consulted</source>
        <translation>C : Consulté</translation>
    </message>
    <message>
        <source>I: Informed</source>
        <translation>I : Informé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Partly held</source>
        <translation>Partiellement acquise</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Acquise</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <source>Not yet evaluated</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Revue documentaire</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapport remis</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Opportunity for improvement</source>
        <translation>Opportunité d’amélioration</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Major nonconformity</source>
        <translation>Non-conformité majeure</translation>
    </message>
    <message>
        <source>Minor nonconformity</source>
        <translation>Non-conformité mineure</translation>
    </message>
    <message>
        <source>Roles and RACI matrix</source>
        <translation>Rôles et matrice RACI</translation>
    </message>
    <message>
        <source>ISMS processes</source>
        <translation>Processus du SMSI</translation>
    </message>
    <message>
        <source>Metrics report</source>
        <translation>Rapport des indicateurs</translation>
    </message>
    <message>
        <source>Internal audit report</source>
        <translation>Rapport d’audit interne</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Compte rendu de la revue de direction</translation>
    </message>
    <message>
        <source>Nonconformity and corrective-action register</source>
        <translation>Registre des non-conformités et des actions correctives</translation>
    </message>
    <message>
        <source>Audit pack</source>
        <translation>Dossier d’audit</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Caviardé</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Logiciel malveillant</translation>
    </message>
    <message>
        <source>Phishing or social engineering</source>
        <translation>Hameçonnage ou ingénierie sociale</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>Accès non autorisé</translation>
    </message>
    <message>
        <source>Data leak or loss</source>
        <translation>Fuite ou perte de données</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Erreur humaine</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>En intégration</translation>
    </message>
    <message>
        <source>Offboarded</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Constat d’audit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>Pas encore déterminé</translation>
    </message>
    <message>
        <source>Correction done</source>
        <translation>Correction effectuée</translation>
    </message>
    <message>
        <source>Action planned</source>
        <translation>Action planifiée</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Improvement decision</source>
        <translation>Décision d’amélioration</translation>
    </message>
    <message>
        <source>Change needed</source>
        <translation>Modification nécessaire</translation>
    </message>
    <message>
        <source>Resource need</source>
        <translation>Besoin en ressources</translation>
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
        <translation>La limite de taille par fichier de preuve diffère de sa dernière valeur journalisée ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The project holds a stored file (SHA-256 %1) that no evidence names; it was added outside ISMS Workbench.</source>
        <translation>Le projet contient un fichier enregistré (SHA-256 %1) qu’aucune preuve ne désigne ; il a été ajouté en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256; it was changed outside ISMS Workbench. Attach the original again.</source>
        <translation>Le fichier enregistré de %1 ne correspond plus à son empreinte SHA-256 ; il a été modifié en dehors d’ISMS Workbench. Joignez à nouveau l’original.</translation>
    </message>
    <message>
        <source>The stored file of %1 is missing from the project; it was removed outside ISMS Workbench. Attach it again.</source>
        <translation>Le fichier enregistré de %1 manque dans le projet ; il a été supprimé en dehors d’ISMS Workbench. Joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>The size recorded for %1 differs from its stored file.</source>
        <translation>La taille consignée pour %1 diffère de celle du fichier enregistré.</translation>
    </message>
    <message>
        <source>%1 is attached to a register that does not exist ("%2").</source>
        <translation>La preuve %1 est rattachée à un registre qui n’existe pas (« %2 »).</translation>
    </message>
    <message>
        <source>%1 is attached to %2 %3, which does not exist.</source>
        <translation>La preuve %1 est rattachée à un enregistrement qui n’existe pas (%2 %3).</translation>
    </message>
    <message>
        <source>The file %1 does not exist; check the path and try again.</source>
        <translation>Le fichier %1 n’existe pas ; vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file; give the path of one file to attach.</source>
        <translation>%1 est un dossier, pas un fichier ; indiquez le chemin d’un seul fichier à joindre.</translation>
    </message>
    <message>
        <source>The file %1 is %2, more than the project's limit of %3 per evidence file; nothing was stored. Attach a smaller file or raise the limit.</source>
        <translation>Le fichier %1 fait %2, plus que la limite de taille du projet de %3 par fichier de preuve ; rien n’a été enregistré. Joignez un fichier plus petit ou relevez la limite.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read; check its permissions and try again.</source>
        <translation>Le fichier %1 ne peut pas être lu ; vérifiez ses droits d’accès et réessayez.</translation>
    </message>
    <message>
        <source>"%1" is not a register evidence can be attached to; use one of %2.</source>
        <translation>« %1 » n’est pas un registre auquel des preuves peuvent être jointes ; utilisez l’un de ces registres : %2.</translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256: it was changed outside ISMS Workbench. Run "isms-cli check" and attach the original again.</source>
        <translation>Le fichier enregistré de %1 ne correspond plus à son empreinte SHA-256 : il a été modifié en dehors d’ISMS Workbench. Exécutez « isms-cli check » et joignez à nouveau l’original.</translation>
    </message>
    <message>
        <source>%1 could not be written; check that its folder exists and can be written to.</source>
        <translation>%1 n’a pas pu être écrit ; vérifiez que son dossier existe et qu’il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The size limit per evidence file must lie between 1 byte and 1 GB.</source>
        <translation>La limite de taille par fichier de preuve doit être comprise entre 1 octet et 1 Go.</translation>
    </message>
    <message>
        <source>The evidence %1 of %2 %3 expired on %4; attach current evidence, or remove it once it is no longer needed.</source>
        <extracomment>%1: evidence and file name, "EV-003 (backup-test.log)"; %2: "control"; %3: "A.8.13"; %4: the expiry date, YYYY-MM-DD.</extracomment>
        <translation>La preuve %1 de %2 %3 a expiré le %4 ; joignez une preuve à jour, ou retirez-la quand elle n'est plus utile.</translation>
    </message>
</context>
<context>
    <name>isms::EvidenceSpec</name>
    <message>
        <source>"%1" is not a register evidence can be attached to; use one of %2.</source>
        <translation>« %1 » n’est pas un registre auquel des preuves peuvent être jointes ; utilisez l’un de ces registres : %2.</translation>
    </message>
    <message>
        <source>The expiry date %1 lies before the evidence date %2; give a later expiry date or none.</source>
        <translation>La date d’expiration %1 est antérieure à la date de la preuve %2 ; indiquez une date d’expiration plus tardive ou aucune.</translation>
    </message>
</context>
<context>
    <name>isms::EvidenceStore</name>
    <message>
        <source>The stored file is missing from the project; run "isms-cli check" on it.</source>
        <translation>Le fichier enregistré manque dans le projet ; exécutez « isms-cli check » sur le fichier de projet.</translation>
    </message>
</context>
<context>
    <name>isms::Field</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>isms::FieldSpec</name>
    <message>
        <source>%1 is required; enter a value.</source>
        <translation>Le champ « %1 » est obligatoire ; saisissez une valeur.</translation>
    </message>
    <message>
        <source>%1 may have at most %2 characters; shorten it.</source>
        <translation>Le champ « %1 » peut contenir au plus %2 caractères ; raccourcissez le texte.</translation>
    </message>
    <message>
        <source>%1 contains %2, which it may not hold; remove it.</source>
        <translation>Le champ « %1 » contient %2, ce qui n’y est pas autorisé ; supprimez ce caractère.</translation>
    </message>
    <message>
        <source>"%1" is not a value of %2; use one of %3.</source>
        <translation>« %1 » n’est pas une valeur de %2 ; utilisez l’une de %3.</translation>
    </message>
    <message>
        <source>%1 must lie between the years %2 and %3; enter a realistic date.</source>
        <translation>La date du champ « %1 » doit se situer entre les années %2 et %3 ; saisissez une date réaliste.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>Le champ « %1 » doit contenir un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>1 low, 2 medium, 3 high, 4 very high; empty while not assessed</source>
        <translation>1 faible, 2 moyen, 3 élevé, 4 très élevé ; vide tant que non évalué</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>How likely the risk is with the existing controls in place, on the method's scale</source>
        <translation>Vraisemblance du risque compte tenu des mesures existantes, sur l’échelle de la méthode</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>How severe the consequences would be, on the method's scale</source>
        <translation>Gravité des conséquences, sur l’échelle de la méthode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Level number</source>
        <translation>Numéro du niveau de risque</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Vraisemblance résiduelle</translation>
    </message>
    <message>
        <source>How likely the risk is once the treatment is in place</source>
        <translation>Vraisemblance du risque une fois le traitement mis en œuvre</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>How severe the consequences would be once treated</source>
        <translation>Gravité des conséquences une fois le risque traité</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Niveau de risque résiduel</translation>
    </message>
    <message>
        <source>Residual level number</source>
        <translation>Numéro du niveau de risque résiduel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>The risk owner who approved the treatment plan and accepted the residual risk</source>
        <translation>Le propriétaire du risque qui a approuvé le plan de traitement des risques et accepté le risque résiduel</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <source>Sign-off comment</source>
        <translation>Commentaire d’approbation</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Justification de l’acceptation</translation>
    </message>
    <message>
        <source>Why a residual risk above the acceptance threshold is accepted; needed for its sign-off</source>
        <translation>Pourquoi un risque résiduel supérieur au seuil d’acceptation est accepté ; requis pour son approbation</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Mesures existantes</translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation>Mesures planifiées</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation>Propriétés de sécurité de l’information</translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation>Concepts de cybersécurité</translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation>Capacités opérationnelles</translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation>Domaines de sécurité</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>Nouvelle en 2022</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Documented information</source>
        <translation>Informations documentées</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Whether the control applies: every status but "Not applicable" includes it in the Statement of Applicability.</source>
        <translation>Si la mesure s’applique : tout statut sauf « Non applicable » l’inclut dans la déclaration d’applicabilité.</translation>
    </message>
    <message>
        <source>Reasons for inclusion</source>
        <translation>Raisons de l’inclusion</translation>
    </message>
    <message>
        <source>Legal, contractual, business or good practice, as many as apply; risk treatment is added from the risks that name the control.</source>
        <translation>Légale, contractuelle, métier ou bonne pratique, autant qu’il en faut ; le traitement des risques s’ajoute d’après les risques qui citent la mesure.</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why an excluded control does not apply; the auditor reads it.</source>
        <translation>Pourquoi une mesure exclue ne s’applique pas ; l’auditeur le lit.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>How the control is implemented.</source>
        <translation>Comment la mesure est mise en œuvre.</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Date de la preuve</translation>
    </message>
    <message>
        <source>The date or period end the file proves, not when it was stored</source>
        <translation>La date ou la fin de période que le fichier atteste, et non la date de son enregistrement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the control comes from: a sector rule, ISO/IEC 27017 or 27018, a contract, or the organisation's own decision.</source>
        <translation>D'où vient la mesure : une règle sectorielle, ISO/IEC 27017 ou 27018, un contrat, ou une décision propre de l'organisation.</translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation>Référence dans la source</translation>
    </message>
    <message>
        <source>What it requires</source>
        <translation>Ce qu'elle exige</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>Interne ou externe</translation>
    </message>
    <message>
        <source>Effect on the ISMS</source>
        <translation>Effet sur le SMSI</translation>
    </message>
    <message>
        <source>Related risks</source>
        <translation>Risques liés</translation>
    </message>
    <message>
        <source>Interested party</source>
        <translation>Partie intéressée</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Binding as</source>
        <translation>Contraignant à titre</translation>
    </message>
    <message>
        <source>Addressed by the ISMS</source>
        <translation>Pris en compte par le SMSI</translation>
    </message>
    <message>
        <source>How the ISMS addresses them</source>
        <translation>Comment le SMSI les prend en compte</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>Énoncé du périmètre</translation>
    </message>
    <message>
        <source>SoA version</source>
        <translation>Version de la DdA</translation>
    </message>
    <message>
        <source>The issued version of the Statement of Applicability that this scope goes with.</source>
        <translation>La version émise de la déclaration d'applicabilité qui accompagne ce périmètre.</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>Interfaces and dependencies</source>
        <translation>Interfaces et dépendances</translation>
    </message>
    <message>
        <source>Issues and requirements considered</source>
        <translation>Enjeux et exigences pris en compte</translation>
    </message>
    <message>
        <source>Climate change</source>
        <translation>Changement climatique</translation>
    </message>
    <message>
        <source>Climate change rationale</source>
        <translation>Justification sur le changement climatique</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Related documents</source>
        <translation>Documents associés</translation>
    </message>
    <message>
        <source>The policies, procedures and records that carry out or show the control, by their ids or titles.</source>
        <translation>Les politiques, procédures et enregistrements qui mettent en œuvre ou démontrent la mesure, par leurs identifiants ou titres.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Identifiant du document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Risk or opportunity</source>
        <translation>Risque ou opportunité</translation>
    </message>
    <message>
        <source>Related issues</source>
        <translation>Enjeux liés</translation>
    </message>
    <message>
        <source>Related interested parties</source>
        <translation>Parties intéressées liées</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action effective</source>
        <translation>Action efficace</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>Cible mesurable</translation>
    </message>
    <message>
        <source>What will show that the objective is met: a number, a date or a state that can be checked.</source>
        <translation>Ce qui montrera que l’objectif est atteint : un nombre, une date ou un état vérifiable.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fixé le</translation>
    </message>
    <message>
        <source>How results are evaluated</source>
        <translation>Mode d’évaluation des résultats</translation>
    </message>
    <message>
        <source>Linked metrics</source>
        <translation>Indicateurs liés</translation>
    </message>
    <message>
        <source>Policy statement served</source>
        <translation>Énoncé de politique soutenu</translation>
    </message>
    <message>
        <source>How it was communicated</source>
        <translation>Mode de communication</translation>
    </message>
    <message>
        <source>Evaluation of results</source>
        <translation>Évaluation des résultats</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Modification importante</translation>
    </message>
    <message>
        <source>Yes when the change meets one of the reassessment triggers of the risk methodology; its risks are then assessed again.</source>
        <translation>Oui si la modification remplit l’un des déclencheurs d’une nouvelle appréciation prévus par la méthode d’appréciation des risques ; ses risques sont alors appréciés à nouveau.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Potential consequences</source>
        <translation>Conséquences potentielles</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Consequences reviewed</source>
        <translation>Conséquences examinées</translation>
    </message>
    <message>
        <source>Risk reassessment</source>
        <translation>Nouvelle appréciation des risques</translation>
    </message>
    <message>
        <source>Whether the change was reviewed for unintended consequences, and those mitigated where needed.</source>
        <translation>Si la modification a été examinée quant à ses conséquences imprévues, et celles-ci atténuées si nécessaire.</translation>
    </message>
    <message>
        <source>Externally provided</source>
        <translation>Fourni de l’extérieur</translation>
    </message>
    <message>
        <source>Whether another organisation runs the process for you; it then names its supplier.</source>
        <translation>Si un autre organisme exécute le processus pour vous ; le processus indique alors son fournisseur.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation>Critères et maîtrise</translation>
    </message>
    <message>
        <source>How the process is controlled (8.1): the criteria it must meet and how you know it meets them.</source>
        <translation>Comment le processus est maîtrisé (8.1) : les critères qu’il doit remplir et comment vous savez qu’il les remplit.</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>From process</source>
        <translation>Processus source</translation>
    </message>
    <message>
        <source>To process</source>
        <translation>Processus destinataire</translation>
    </message>
    <message>
        <source>What passes between them</source>
        <translation>Ce qui transite entre eux</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Date d’appréciation</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Above threshold</source>
        <translation>Au-dessus du seuil</translation>
    </message>
    <message>
        <source>Risks whose residual level was above the acceptance threshold when the run was recorded</source>
        <translation>Risques dont le niveau de risque résiduel dépassait le seuil d’acceptation lors de l’enregistrement de l’appréciation</translation>
    </message>
    <message>
        <source>The fingerprint of the frozen method and register; "isms-cli check" recomputes it</source>
        <translation>L’empreinte de la méthode et du registre figés ; « isms-cli check » la recalcule</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>The clauses of ISO/IEC 27001 (4 to 10) the document serves, separated by commas: "5.2" or "6.1.3, 8.3".</source>
        <translation>Les articles de l’ISO/IEC 27001 (4 à 10) auxquels sert le document, séparés par des virgules : « 5.2 » ou « 6.1.3, 8.3 ».</translation>
    </message>
    <message>
        <source>Annex A controls or topic</source>
        <translation>Mesures de l’annexe A ou thème</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <source>The latest approved version of the document, from its versions.</source>
        <translation>La dernière version approuvée du document, parmi ses versions.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Élimination</translation>
    </message>
    <message>
        <source>Policy: sets objectives or how they are set</source>
        <translation>Politique : fixe les objectifs ou leur cadre</translation>
    </message>
    <message>
        <source>For the information security policy: it states the security objectives, or the frame in which they are set.</source>
        <translation>Pour la politique de sécurité de l’information : elle énonce les objectifs de sécurité de l’information, ou le cadre dans lequel ils sont fixés.</translation>
    </message>
    <message>
        <source>Policy: promises to meet requirements</source>
        <translation>Politique : s’engage à satisfaire aux exigences</translation>
    </message>
    <message>
        <source>For the information security policy: it promises that the requirements that apply to information security will be met.</source>
        <translation>Pour la politique de sécurité de l’information : elle s’engage à satisfaire aux exigences applicables en matière de sécurité de l’information.</translation>
    </message>
    <message>
        <source>Policy: promises ongoing improvement</source>
        <translation>Politique : s’engage à l’amélioration continue</translation>
    </message>
    <message>
        <source>For the information security policy: it promises to keep improving the ISMS.</source>
        <translation>Pour la politique de sécurité de l’information : elle s’engage à améliorer continuellement le SMSI.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Note de modification</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Date de signalement</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Date de prise de connaissance</translation>
    </message>
    <message>
        <source>Communicated by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Clause item</source>
        <translation>Point de l’article</translation>
    </message>
    <message>
        <source>How it is shown</source>
        <translation>Comment elle est démontrée</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Whether the person belongs to the top management that directs the organisation: leadership duties and the management review's attendance count them.</source>
        <translation>Si la personne fait partie de la direction qui dirige l’organisme : les obligations de leadership et la participation à la revue de direction en tiennent compte.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Intervalle en jours</translation>
    </message>
    <message>
        <source>Only for a custom frequency: the days between two measurements.</source>
        <translation>Uniquement pour une fréquence personnalisée : le nombre de jours entre deux mesurages.</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>The value that counts as met, as a number such as 95 or 2.5; the direction says whether it is a minimum or a maximum.</source>
        <translation>La valeur considérée comme atteinte, sous forme de nombre tel que 95 ou 2.5 ; le sens indique s’il s’agit d’un minimum ou d’un maximum.</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Analysed and evaluated</source>
        <translation>Analysé et évalué</translation>
    </message>
    <message>
        <source>Analysed by</source>
        <translation>Analysé par</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target is</source>
        <translation>La cible est</translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation>Objectifs soutenus</translation>
    </message>
    <message>
        <source>Controls served</source>
        <translation>Mesures soutenues</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action entreprise</translation>
    </message>
    <message>
        <source>Measured by metrics</source>
        <translation>Mesuré par des indicateurs</translation>
    </message>
    <message>
        <source>Implemented on</source>
        <translation>Mise en œuvre le</translation>
    </message>
    <message>
        <source>When the change took effect; a significant change implemented after the latest assessment run calls for a new run.</source>
        <translation>Date à laquelle la modification a pris effet ; une modification importante mise en œuvre après la dernière appréciation des risques enregistrée appelle une nouvelle appréciation.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Au service de</translation>
    </message>
    <message>
        <source>What the resource is for: a process, an objective, a control or a treatment task ("PR-003", "OBJ-002").</source>
        <translation>À quoi sert la ressource : un processus, un objectif, une mesure ou une tâche de traitement (« PR-003 », « OBJ-002 »).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Autorités</translation>
    </message>
    <message>
        <source>What the holder may decide or approve on their own.</source>
        <translation>Ce que le titulaire peut décider ou approuver de lui-même.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>The person who holds the role.</source>
        <translation>La personne qui occupe le rôle.</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>The person who stands in while the holder is away.</source>
        <translation>La personne qui remplace le titulaire pendant son absence.</translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation>Assure la conformité (5.3 a)</translation>
    </message>
    <message>
        <source>This role makes sure that the ISMS meets the requirements of ISO/IEC 27001 (5.3 a).</source>
        <translation>Ce rôle s’assure que le SMSI est conforme aux exigences de l’ISO/IEC 27001 (5.3 a).</translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation>Rend compte de la performance (5.3 b)</translation>
    </message>
    <message>
        <source>This role reports on how the ISMS performs to top management (5.3 b).</source>
        <translation>Ce rôle rend compte à la direction de la performance du SMSI (5.3 b).</translation>
    </message>
    <message>
        <source>Communicated how</source>
        <translation>Moyen de communication</translation>
    </message>
    <message>
        <source>How the organisation was told who holds the role: an intranet page, an announcement, the organisation chart.</source>
        <translation>Comment l’organisme a été informé de qui occupe le rôle : une page intranet, une annonce, l’organigramme.</translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation>Communiqué le</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R does the work, A answers for it (one per process), C is asked before, I is told after.</source>
        <translation>R réalise le travail, A en répond (un seul par processus), C est consulté avant, I est informé après.</translation>
    </message>
    <message>
        <source>Competence required</source>
        <translation>Compétence requise</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Compétence acquise</translation>
    </message>
    <message>
        <source>Whether the person has the competence; a gap is closed by a training that names it.</source>
        <translation>Si la personne possède la compétence ; un écart est comblé par une formation qui la cite.</translation>
    </message>
    <message>
        <source>How it was determined</source>
        <translation>Mode de détermination</translation>
    </message>
    <message>
        <source>Education, training or experience that shows the competence, and how it was checked; attach proof on the Evidence tab.</source>
        <translation>Formation initiale ou professionnelle, ou expérience qui démontre la compétence, et comment cela a été vérifié ; joignez les preuves dans l’onglet « Preuves ».</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When the person attended; a date to come marks a planned training.</source>
        <translation>Date à laquelle la personne a participé ; une date future désigne une formation prévue.</translation>
    </message>
    <message>
        <source>Closes competence</source>
        <translation>Comble l’écart de compétence</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Whether the training reached its aim (7.2 c), judged some time after it took place.</source>
        <translation>Si la formation a atteint son but (7.2 c), évalué quelque temps après qu’elle a eu lieu.</translation>
    </message>
    <message>
        <source>Evaluation note</source>
        <translation>Note d’évaluation</translation>
    </message>
    <message>
        <source>How effectiveness was judged: a test, an observation, a phishing simulation's results.</source>
        <translation>Comment l’efficacité a été évaluée : un test, une observation, les résultats d’une simulation d’hameçonnage.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Who communicates</source>
        <translation>Qui communique</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière réalisation</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Cycle starts</source>
        <translation>Début du cycle</translation>
    </message>
    <message>
        <source>Cycle ends</source>
        <translation>Fin du cycle</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>How audits gather evidence: on site, remote, document review, sampling, interviews.</source>
        <translation>Comment les audits recueillent les preuves : sur site, à distance, revue documentaire, échantillonnage, entretiens.</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>How the importance of the processes and the results of earlier audits decide what is audited when and how often.</source>
        <translation>Comment l’importance des processus et les résultats des audits précédents déterminent ce qui est audité, quand et à quelle fréquence.</translation>
    </message>
    <message>
        <source>Programme owner</source>
        <translation>Responsable du programme</translation>
    </message>
    <message>
        <source>Results reported on</source>
        <translation>Résultats rapportés le</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Rapporté à</translation>
    </message>
    <message>
        <source>Full scope</source>
        <translation>Périmètre complet</translation>
    </message>
    <message>
        <source>The audit covers every clause from 4 to 10 and every applicable Annex A control.</source>
        <translation>L’audit couvre chaque article de 4 à 10 et chaque mesure applicable de l’annexe A.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Lead auditor</source>
        <translation>Auditeur responsable</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Clauses covered</source>
        <translation>Articles couverts</translation>
    </message>
    <message>
        <source>Controls covered</source>
        <translation>Mesures couvertes</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>A clause (9.2), an Annex A control (A.5.15) or a document of your own (DOC-004).</source>
        <translation>Un article (9.2), une mesure de l’annexe A (A.5.15) ou l’un de vos documents (DOC-004).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Your own grading of a nonconformity: major or minor. Only a nonconformity has a grade.</source>
        <translation>Votre propre classement d’une non-conformité : majeure ou mineure. Seule une non-conformité a une gravité.</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Preuves examinées</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Point de la liste de contrôle</translation>
    </message>
    <message>
        <source>In the audit pack</source>
        <translation>Dans le dossier d’audit</translation>
    </message>
    <message>
        <source>Whether the audit pack lists the file and supplies it (included), lists it without supplying it (redacted), or leaves it out altogether</source>
        <translation>Si le dossier d’audit répertorie le fichier et le fournit (inclus), le répertorie sans le fournir (caviardé), ou l’omet entièrement</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Evidence collected</source>
        <translation>Preuves recueillies</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>Actifs concernés</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Service cloud</translation>
    </message>
    <message>
        <source>Yes when the supplier provides a cloud service, whose acquisition, use, management and exit the ISMS governs as well.</source>
        <translation>Oui si le fournisseur fournit un service cloud, dont l’acquisition, l’utilisation, la gestion et la sortie sont également régies par le SMSI.</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Prestation fournie</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>Exigences de sécurité</translation>
    </message>
    <message>
        <source>Contract clauses</source>
        <translation>Clauses contractuelles</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>Risques liés</translation>
    </message>
    <message>
        <source>Linked assets</source>
        <translation>Actifs liés</translation>
    </message>
    <message>
        <source>Why 1</source>
        <translation>Pourquoi 1</translation>
    </message>
    <message>
        <source>Why 2</source>
        <translation>Pourquoi 2</translation>
    </message>
    <message>
        <source>Why 3</source>
        <translation>Pourquoi 3</translation>
    </message>
    <message>
        <source>Why 4</source>
        <translation>Pourquoi 4</translation>
    </message>
    <message>
        <source>Why 5</source>
        <translation>Pourquoi 5</translation>
    </message>
    <message>
        <source>One answer of the five-whys analysis: why did the previous step happen? The helper on the page walks through them.</source>
        <translation>Une réponse de l’analyse des cinq pourquoi : pourquoi l’étape précédente s’est-elle produite ? L’assistant de la page vous guide à travers les questions.</translation>
    </message>
    <message>
        <source>Similar ones exist or could occur</source>
        <translation>Des cas similaires existent ou pourraient survenir</translation>
    </message>
    <message>
        <source>Whether nonconformities like this one exist elsewhere or could occur; say where in the note below.</source>
        <translation>Si des non-conformités similaires existent ailleurs ou pourraient survenir ; indiquez où dans la note ci-dessous.</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence de la source</translation>
    </message>
    <message>
        <source>Requirement not fulfilled</source>
        <translation>Exigence non satisfaite</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>Corrigée le</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Similar nonconformities: where</source>
        <translation>Non-conformités similaires : où</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Date de revue</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revue par</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Close le</translation>
    </message>
    <message>
        <source>Why the nonconformity happened, found for instance with the five-whys helper.</source>
        <translation>Pourquoi la non-conformité s’est produite, déterminé par exemple avec l’assistant des cinq pourquoi.</translation>
    </message>
    <message>
        <source>What was done at once to control and correct the nonconformity.</source>
        <translation>Ce qui a été fait immédiatement pour maîtriser et corriger la non-conformité.</translation>
    </message>
    <message>
        <source>ISMS changes</source>
        <translation>Modifications du SMSI</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Modification planifiée</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Holding a review freezes its inputs as the project stands on that day; a held review cannot be planned or held again.</source>
        <translation>Tenir une revue fige ses éléments d’entrée dans l’état du projet à cette date ; une revue tenue ne peut ni repasser à l’état planifié ni être tenue à nouveau.</translation>
    </message>
    <message>
        <source>Minutes approved by</source>
        <translation>Procès-verbal approuvé par</translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation>Procès-verbal approuvé le</translation>
    </message>
    <message>
        <source>Notes: previous actions</source>
        <translation>Notes : actions précédentes</translation>
    </message>
    <message>
        <source>Notes: issues, parties</source>
        <translation>Notes : enjeux, parties</translation>
    </message>
    <message>
        <source>Notes: nonconformities</source>
        <translation>Notes : non-conformités</translation>
    </message>
    <message>
        <source>Notes: monitoring</source>
        <translation>Notes : surveillance</translation>
    </message>
    <message>
        <source>Notes: audits</source>
        <translation>Notes : audits</translation>
    </message>
    <message>
        <source>Notes: objectives</source>
        <translation>Notes : objectifs</translation>
    </message>
    <message>
        <source>Notes: feedback</source>
        <translation>Notes : retours</translation>
    </message>
    <message>
        <source>Notes: risks</source>
        <translation>Notes : risques</translation>
    </message>
    <message>
        <source>Notes: improvement</source>
        <translation>Notes : amélioration</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Management review</source>
        <translation>Revue de direction</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Élément de sortie</translation>
    </message>
    <message>
        <source>What the review decided: an improvement, a change to the ISMS (which becomes a planned change), a resource, or something else.</source>
        <translation>Ce que la revue a décidé : une amélioration, une modification du SMSI (qui devient une modification planifiée), une ressource ou autre chose.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The planned change (6.3) that carries out a change needed; "Make planned change" creates it.</source>
        <translation>La modification planifiée (6.3) qui met en œuvre une modification nécessaire ; « Créer la modification planifiée » la crée.</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>Constat d’audit</translation>
    </message>
</context>
<context>
    <name>isms::FieldText</name>
    <message>
        <source>"%1" is not one of %2.</source>
        <translation>« %1 » ne fait pas partie des valeurs %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>"%1" is not yes or no.</source>
        <translation>« %1 » n’est ni oui ni non.</translation>
    </message>
    <message>
        <source>There is no %1 "%2".</source>
        <translation>Il n’existe aucun enregistrement « %2 » dans %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>isms::FileRecovery</name>
    <message>
        <source>"%1" was left half-saved and cannot be restored here because the file or its folder is read-only.</source>
        <translation>« %1 » a été laissé à moitié enregistré et ne peut pas être restauré ici car le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>"%1" was left half-saved and its last complete save could not be restored; open a backup copy of it.</source>
        <translation>« %1 » a été laissé à moitié enregistré et son dernier état entièrement enregistré n’a pas pu être restauré ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>"%1" could not be copied to a temporary folder for reading; free some disk space and try again.</source>
        <translation>« %1 » n’a pas pu être copié dans un dossier temporaire pour être lu ; libérez de l’espace disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>isms::HistoryAnchor</name>
    <message>
        <source>Change-log entries of this project that this computer saw on %1 were rewritten (at or before entry %2); compare the file with a backup copy and run "isms-cli check" on it.</source>
        <translation>Des entrées du journal des modifications de ce projet que cet ordinateur a vues le %1 ont été réécrites (à l’entrée %2 ou avant) ; comparez le fichier avec une copie de sauvegarde et exécutez « isms-cli check » sur ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>This project's change log has %n entries, but this computer saw %1 on %2; the newest entries were removed, or this is an older copy of the file.</source>
        <translation>
            <numerusform>Le journal des modifications de ce projet compte %n entrée, mais cet ordinateur en a vu %1 le %2 ; les entrées les plus récentes ont été supprimées, ou il s’agit d’une copie plus ancienne du fichier.</numerusform>
            <numerusform>Le journal des modifications de ce projet compte %n entrées, mais cet ordinateur en a vu %1 le %2 ; les entrées les plus récentes ont été supprimées, ou il s’agit d’une copie plus ancienne du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::HistoryPlausibility</name>
    <message numerus="yes">
        <source>%n more change-log entries break the same rule.</source>
        <translation>
            <numerusform>%n autre entrée du journal des modifications enfreint la même règle.</numerusform>
            <numerusform>%n autres entrées du journal des modifications enfreignent la même règle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change-log entry %1 has no valid time.</source>
        <translation>L’entrée %1 du journal des modifications n’a pas d’horodatage valide.</translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, before entry %3 (%4); times were changed or entries reordered.</source>
        <translation>L’entrée %1 du journal des modifications est datée du %2, avant l’entrée %3 (%4) ; des horodatages ont été modifiés ou des entrées réordonnées.</translation>
    </message>
    <message>
        <source>Change-log entry %1 is dated %2, in the future.</source>
        <translation>L’entrée %1 du journal des modifications est datée du %2, dans le futur.</translation>
    </message>
    <message>
        <source>The project's creation date is not a valid time.</source>
        <translation>La date de création du projet n’est pas un horodatage valide.</translation>
    </message>
    <message>
        <source>The project's creation date (%1) does not match the time of its first change-log entry (%2); it was changed outside ISMS Workbench.</source>
        <translation>La date de création du projet (%1) ne correspond pas à l’horodatage de sa première entrée du journal des modifications (%2) ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The author of change-log entry %1 is not a plausible name (empty, too long, or with control characters).</source>
        <translation>L’auteur de l’entrée %1 du journal des modifications n’est pas un nom plausible (vide, trop long ou contenant des caractères de contrôle).</translation>
    </message>
</context>
<context>
    <name>isms::ImprovementRules</name>
    <message>
        <source>%1 %2 is closed without an effectiveness review that found it effective; record the review or reopen it.</source>
        <translation>La non-conformité %1 %2 est close sans qu’une revue de l’efficacité l’ait jugée efficace ; enregistrez la revue ou rouvrez-la.</translation>
    </message>
    <message>
        <source>%1 %2 was raised on %3 and its root cause is still not recorded; determine it, for instance with the five-whys helper.</source>
        <translation>La non-conformité %1 %2 a été signalée le %3 et sa cause racine n’est toujours pas enregistrée ; déterminez-la, par exemple avec l’assistant des cinq pourquoi.</translation>
    </message>
    <message>
        <source>%1 %2 has no corrective action; plan one that removes its cause, or record why none is needed.</source>
        <translation>La non-conformité %1 %2 n’a pas d’action corrective ; planifiez-en une qui élimine sa cause, ou indiquez pourquoi aucune n’est nécessaire.</translation>
    </message>
    <message>
        <source>Corrective action %1 %2 was due on %3 and is not done; finish it or agree a new due date.</source>
        <translation>L’action corrective %1 %2 était due le %3 et n’est pas terminée ; terminez-la ou convenez d’une nouvelle date d’échéance.</translation>
    </message>
    <message>
        <source>Incident %1 %2 is resolved but states no lessons learned; record what it taught and what changes.</source>
        <translation>L’incident %1 %2 est résolu mais n’indique aucun enseignement tiré ; consignez ce qu’il a appris et ce qui change.</translation>
    </message>
    <message>
        <source>Supplier %1 %2 was due for review on %3; review its security performance and record the next date.</source>
        <translation>Le fournisseur %1 %2 devait être revu le %3 ; revoyez sa performance en matière de sécurité et enregistrez la prochaine date.</translation>
    </message>
    <message>
        <source>Supplier %1 %2 is of high or critical importance but has no security requirements; agree them and record them.</source>
        <translation>Le fournisseur %1 %2 est d’une importance élevée ou critique mais n’a pas d’exigences de sécurité ; convenez-en et enregistrez-les.</translation>
    </message>
</context>
<context>
    <name>isms::IncidentSpecs</name>
    <message>
        <source>The incident was detected on %1, before it occurred on %2; correct one of the dates.</source>
        <translation>L’incident a été détecté le %1, avant d’être survenu le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The incident was reported on %1, before it was detected or occurred on %2; correct one of the dates.</source>
        <translation>L’incident a été signalé le %1, avant d’avoir été détecté ou d’être survenu le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>A closed incident states what was learned from it; fill in "Lessons learned" before closing it.</source>
        <translation>Un incident clos indique les enseignements qui en ont été tirés ; remplissez « Enseignements tirés » avant de le clore.</translation>
    </message>
    <message>
        <source>The next review on %1 lies before the last review on %2; correct one of the dates.</source>
        <translation>La prochaine revue du %1 précède la dernière revue du %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The last review date %1 lies in the future; plan it as the next review instead.</source>
        <translation>La date de dernière revue %1 est dans le futur ; planifiez-la plutôt comme prochaine revue.</translation>
    </message>
</context>
<context>
    <name>isms::IntegrityService</name>
    <message>
        <source>control A.%1</source>
        <translation>mesure A.%1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>The project's organisation name has no entry in the change log.</source>
        <translation>Le nom de l’organisme du projet n’a aucune entrée dans le journal des modifications.</translation>
    </message>
    <message>
        <source>The project's creation date differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>La date de création du projet diffère de celle journalisée lors de sa création ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The project's catalogue edition differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>L’édition du catalogue du projet diffère de celle journalisée lors de sa création ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The project's id differs from the one logged when it was created; it was changed outside ISMS Workbench.</source>
        <translation>L’identifiant du projet diffère de celui journalisé lors de sa création ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation>Le champ « %1 » de %2 diffère de sa dernière valeur journalisée ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 was set without an entry in the change log; it was changed outside ISMS Workbench.</source>
        <translation>Le champ « %1 » de %2 a été défini sans entrée dans le journal des modifications ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The asset dependencies run in a circle: %1. Remove one of its links.</source>
        <translation>Les dépendances d’actifs forment un cercle : %1. Retirez l’un de ses liens.</translation>
    </message>
</context>
<context>
    <name>isms::IsmsCalendar</name>
    <message>
        <source>Assess the information security risks again and record the run</source>
        <translation>Apprécier à nouveau les risques de sécurité de l’information et enregistrer l’appréciation</translation>
    </message>
    <message>
        <source>Review risk %1 %2</source>
        <translation>Revoir le risque %1 %2</translation>
    </message>
    <message>
        <source>Complete treatment task %1 %2 (risk %3)</source>
        <translation>Terminer la tâche de traitement %1 %2 (risque %3)</translation>
    </message>
    <message>
        <source>Complete the action on %1 %2</source>
        <translation>Terminer l’action sur %1 %2</translation>
    </message>
    <message>
        <source>Achieve and evaluate objective %1 %2</source>
        <translation>Atteindre et évaluer l’objectif %1 %2</translation>
    </message>
    <message>
        <source>Review process %1 %2</source>
        <translation>Revoir le processus %1 %2</translation>
    </message>
    <message>
        <source>Review document %1 %2</source>
        <translation>Revoir le document %1 %2</translation>
    </message>
    <message>
        <source>Measure metric %1 %2</source>
        <translation>Mesurer l’indicateur %1 %2</translation>
    </message>
    <message>
        <source>Renew evidence %1 "%2" for %3 %4</source>
        <translation>Renouveler la preuve %1 « %2 » pour %3 %4</translation>
    </message>
    <message>
        <source>Complete corrective action %1 %2</source>
        <translation>Terminer l’action corrective %1 %2</translation>
    </message>
    <message>
        <source>Review supplier %1 %2</source>
        <translation>Revoir le fournisseur %1 %2</translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformation</name>
    <message>
        <source>ISMS scope</source>
        <translation>Périmètre du SMSI</translation>
    </message>
    <message>
        <source>An approved scope in the scope register</source>
        <translation>Un périmètre approuvé dans le registre des périmètres</translation>
    </message>
    <message>
        <source>Information security policy</source>
        <translation>Politique de sécurité de l’information</translation>
    </message>
    <message>
        <source>An approved policy in the documented-information register</source>
        <translation>Une politique approuvée dans le registre des informations documentées</translation>
    </message>
    <message>
        <source>Risk assessment process</source>
        <translation>Processus d’appréciation des risques</translation>
    </message>
    <message>
        <source>The risk method, approved with the risk report under document control</source>
        <translation>La méthode d’appréciation des risques, approuvée avec le rapport sur les risques sous maîtrise documentaire</translation>
    </message>
    <message>
        <source>Risk treatment process</source>
        <translation>Processus de traitement des risques</translation>
    </message>
    <message>
        <source>The treatment options and acceptance threshold of the risk method, approved with the risk report</source>
        <translation>Les options de traitement et le seuil d’acceptation de la méthode d’appréciation des risques, approuvés avec le rapport sur les risques</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>An issued version of the SoA</source>
        <translation>Une version émise de la DdA</translation>
    </message>
    <message>
        <source>Risk treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>Treatment tasks for every risk that is modified, avoided or shared</source>
        <translation>Des tâches de traitement pour chaque risque modifié, évité ou partagé</translation>
    </message>
    <message>
        <source>Information security objectives</source>
        <translation>Objectifs de sécurité de l’information</translation>
    </message>
    <message>
        <source>Objectives with measurable targets</source>
        <translation>Des objectifs avec des cibles mesurables</translation>
    </message>
    <message>
        <source>Evidence of competence</source>
        <translation>Preuves des compétences</translation>
    </message>
    <message>
        <source>Training records and competences held, or an approved record naming 7.2</source>
        <translation>Des enregistrements de formation et des compétences acquises, ou un enregistrement approuvé citant 7.2</translation>
    </message>
    <message>
        <source>Documented information the ISMS needs</source>
        <translation>Informations documentées nécessaires au SMSI</translation>
    </message>
    <message>
        <source>Approved procedures, plans and records in the documented-information register</source>
        <translation>Des procédures, plans et enregistrements approuvés dans le registre des informations documentées</translation>
    </message>
    <message>
        <source>Documented information of external origin</source>
        <translation>Informations documentées d’origine externe</translation>
    </message>
    <message>
        <source>Documents of external origin identified in the documented-information register</source>
        <translation>Des documents d’origine externe identifiés dans le registre des informations documentées</translation>
    </message>
    <message>
        <source>Evidence that processes run as planned</source>
        <translation>Preuves que les processus se déroulent comme prévu</translation>
    </message>
    <message>
        <source>Operating ISMS processes with the criteria that control them</source>
        <translation>Des processus du SMSI en service avec les critères qui les maîtrisent</translation>
    </message>
    <message>
        <source>Results of risk assessments</source>
        <translation>Résultats des appréciations des risques</translation>
    </message>
    <message>
        <source>Dated risk assessment runs that freeze the rated register</source>
        <translation>Des appréciations des risques datées qui figent le registre évalué</translation>
    </message>
    <message>
        <source>Results of risk treatment</source>
        <translation>Résultats du traitement des risques</translation>
    </message>
    <message>
        <source>Residual ratings and the risk owners' sign-offs</source>
        <translation>Les évaluations résiduelles et les approbations des propriétaires des risques</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Résultats de la surveillance et du mesurage</translation>
    </message>
    <message>
        <source>Measurements of the metrics</source>
        <translation>Mesurages des indicateurs</translation>
    </message>
    <message>
        <source>Audit programme</source>
        <translation>Programme d’audit</translation>
    </message>
    <message>
        <source>Internal audit results</source>
        <translation>Résultats de l’audit interne</translation>
    </message>
    <message>
        <source>Management review results</source>
        <translation>Résultats de la revue de direction</translation>
    </message>
    <message>
        <source>Nonconformities and the actions taken</source>
        <translation>Non-conformités et actions menées</translation>
    </message>
    <message>
        <source>Results of corrective actions</source>
        <translation>Résultats des actions correctives</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>The scope %1 is approved.</source>
        <translation>Le périmètre %1 est approuvé.</translation>
    </message>
    <message>
        <source>The scope %1 is a draft; have it approved.</source>
        <translation>Le périmètre %1 est un brouillon ; faites-le approuver.</translation>
    </message>
    <message>
        <source>No scope is recorded; state the ISMS scope and have it approved.</source>
        <translation>Aucun périmètre n’est enregistré ; définissez le périmètre du SMSI et faites-le approuver.</translation>
    </message>
    <message>
        <source>The risk report %1, which states the method, is approved.</source>
        <translation>Le rapport sur les risques %1, qui expose la méthode, est approuvé.</translation>
    </message>
    <message>
        <source>The risk method is recorded, but the risk report that states it is not approved; approve it under document control.</source>
        <translation>La méthode d’appréciation des risques est enregistrée, mais le rapport sur les risques qui l’expose n’est pas approuvé ; approuvez-le sous maîtrise documentaire.</translation>
    </message>
    <message>
        <source>Version %1 of the SoA is issued.</source>
        <translation>La version %1 de la DdA est émise.</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability is issued; decide every control and issue version 1.</source>
        <translation>Aucune version de la déclaration d’applicabilité n’est émise ; statuez sur chaque mesure et émettez la version 1.</translation>
    </message>
    <message>
        <source>No risk is recorded, so there is no treatment plan yet.</source>
        <translation>Aucun risque n’est enregistré, il n’y a donc pas encore de plan de traitement.</translation>
    </message>
    <message>
        <source>The risk %1 is to be treated but has no treatment task.</source>
        <translation>Le risque %1 doit être traité mais n’a pas de tâche de traitement.</translation>
    </message>
    <message>
        <source>Every risk being treated has its tasks.</source>
        <translation>Chaque risque en cours de traitement a ses tâches.</translation>
    </message>
    <message>
        <source>The objective %1 has no measurable target.</source>
        <translation>L’objectif %1 n’a pas de cible mesurable.</translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation>Aucun objectif de sécurité de l’information n’est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) with measurable targets.</source>
        <translation>
            <numerusform>%n objectif avec une cible mesurable.</numerusform>
            <numerusform>%n objectifs avec des cibles mesurables.</numerusform>
        </translation>
    </message>
    <message>
        <source>The process %1 does not say by which criteria it is controlled.</source>
        <translation>Le processus %1 n’indique pas selon quels critères il est maîtrisé.</translation>
    </message>
    <message>
        <source>No operating ISMS process is recorded with its criteria.</source>
        <translation>Aucun processus du SMSI en fonctionnement n’est enregistré avec ses critères.</translation>
    </message>
    <message numerus="yes">
        <source>%n operating process(es) with their criteria.</source>
        <translation>
            <numerusform>%n processus en service avec ses critères.</numerusform>
            <numerusform>%n processus en service avec leurs critères.</numerusform>
        </translation>
    </message>
    <message>
        <source>No risk is recorded yet.</source>
        <translation>Aucun risque n’est encore enregistré.</translation>
    </message>
    <message>
        <source>The risk %1 has no residual rating.</source>
        <translation>Le risque %1 n’a pas d’évaluation du risque résiduel.</translation>
    </message>
    <message>
        <source>The risk %1 is not rated yet.</source>
        <translation>Le risque %1 n’est pas encore évalué.</translation>
    </message>
    <message>
        <source>The owner of the risk %1 has not signed off its treatment.</source>
        <translation>Le propriétaire du risque %1 n’a pas encore approuvé son traitement.</translation>
    </message>
    <message>
        <source>Every open risk has its residual rating and its owner's sign-off.</source>
        <translation>Chaque risque ouvert a son évaluation du risque résiduel et l’approbation de son propriétaire.</translation>
    </message>
    <message>
        <source>Every open risk is rated.</source>
        <translation>Chaque risque ouvert est évalué.</translation>
    </message>
    <message>
        <source>The policy %1 is approved.</source>
        <translation>La politique %1 est approuvée.</translation>
    </message>
    <message>
        <source>The policy %1 is not approved yet.</source>
        <translation>La politique %1 n’est pas encore approuvée.</translation>
    </message>
    <message>
        <source>No information security policy is recorded in the documented-information register.</source>
        <translation>Aucune politique de sécurité de l’information n’est enregistrée dans le registre des informations documentées.</translation>
    </message>
    <message>
        <source>%1 and the other documents are not approved yet.</source>
        <translation>%1 et les autres documents ne sont pas encore approuvés.</translation>
    </message>
    <message>
        <source>The documented-information register holds no procedure, plan or record yet.</source>
        <translation>Le registre des informations documentées ne contient encore aucune procédure, aucun plan ni aucun enregistrement.</translation>
    </message>
    <message>
        <source>No document of external origin (a law, a contract, a supplier's manual) is identified in the documented-information register.</source>
        <translation>Aucun document d’origine externe (une loi, un contrat, le manuel d’un fournisseur) n’est identifié dans le registre des informations documentées.</translation>
    </message>
    <message>
        <source>%1 training record(s) and %2 competence(s) held.</source>
        <translation>%1 enregistrement(s) de formation et %2 compétence(s) détenue(s).</translation>
    </message>
    <message>
        <source>Competences are required but none is recorded as held, and no training is recorded.</source>
        <translation>Des compétences sont requises, mais aucune n’est enregistrée comme détenue et aucune formation n’est enregistrée.</translation>
    </message>
    <message>
        <source>No competence or training is recorded.</source>
        <translation>Aucune compétence ni formation n’est enregistrée.</translation>
    </message>
    <message>
        <source>The risks are rated, but no dated assessment run keeps the results; record one.</source>
        <translation>Les risques sont évalués, mais aucune campagne d’appréciation datée ne conserve les résultats ; enregistrez-en une.</translation>
    </message>
    <message>
        <source>Metrics are defined but nothing is measured yet; start with %1.</source>
        <translation>Des indicateurs sont définis, mais rien n’est encore mesuré ; commencez par %1.</translation>
    </message>
    <message>
        <source>No metric is defined or measured.</source>
        <translation>Aucun indicateur n’est défini ni mesuré.</translation>
    </message>
    <message>
        <source>Nothing in the project holds it yet; record it in the documented-information register, naming the clause, and approve it.</source>
        <translation>Rien dans le projet ne la contient encore ; enregistrez-la dans le registre des informations documentées en indiquant l’article, puis approuvez-la.</translation>
    </message>
    <message>
        <source>%1 is approved and names clause %2.</source>
        <translation>%1 est approuvé et cite l’article %2.</translation>
    </message>
    <message>
        <source>%1 names clause %2 but is not approved yet.</source>
        <translation>%1 cite l’article %2 mais n’est pas encore approuvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved procedure(s), plan(s) or record(s).</source>
        <translation>
            <numerusform>%n procédure, plan ou enregistrement approuvé.</numerusform>
            <numerusform>%n procédures, plans ou enregistrements approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of external origin identified.</source>
        <translation>
            <numerusform>%n document d’origine externe identifié.</numerusform>
            <numerusform>%n documents d’origine externe identifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment run(s) recorded, the latest %1.</source>
        <translation>
            <numerusform>%n campagne d’appréciation enregistrée, la dernière %1.</numerusform>
            <numerusform>%n campagnes d’appréciation enregistrées, la dernière %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s) recorded.</source>
        <translation>
            <numerusform>%n mesure enregistrée.</numerusform>
            <numerusform>%n mesures enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit programme %1 is approved.</source>
        <translation>Le programme d’audit %1 est approuvé.</translation>
    </message>
    <message>
        <source>Audit programme %1 is still a draft; approve it.</source>
        <translation>Le programme d’audit %1 est encore un brouillon ; approuvez-le.</translation>
    </message>
    <message>
        <source>No audit programme is recorded.</source>
        <translation>Aucun programme d’audit n’est enregistré.</translation>
    </message>
    <message>
        <source>Audits are planned but none is reported yet; start with %1.</source>
        <translation>Des audits sont planifiés, mais aucun n’a encore fait l’objet d’un rapport ; commencez par %1.</translation>
    </message>
    <message>
        <source>No internal audit is recorded.</source>
        <translation>Aucun audit interne n’est enregistré.</translation>
    </message>
    <message>
        <source>No nonconformity is recorded; record each one with its correction and corrective actions.</source>
        <translation>Aucune non-conformité n’est enregistrée ; enregistrez chacune avec sa correction et ses actions correctives.</translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) recorded.</source>
        <translation>
            <numerusform>%n non-conformité enregistrée.</numerusform>
            <numerusform>%n non-conformités enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nonconformity(ies) with corrective actions and a reviewed effectiveness.</source>
        <translation>
            <numerusform>%n non-conformité avec actions correctives et efficacité vérifiée.</numerusform>
            <numerusform>%n non-conformités avec actions correctives et efficacité vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nonconformities are recorded, but none has a corrective action whose effectiveness was reviewed; start with %1.</source>
        <translation>Des non-conformités sont enregistrées, mais aucune n’a d’action corrective dont l’efficacité a été revue ; commencez par %1.</translation>
    </message>
    <message>
        <source>No nonconformity with corrective actions and their results is recorded.</source>
        <translation>Aucune non-conformité avec des actions correctives et leurs résultats n’est enregistrée.</translation>
    </message>
    <message>
        <source>Management review %1 was held on %2 and its minutes are approved.</source>
        <translation>La revue de direction %1 a été tenue le %2 et son procès-verbal est approuvé.</translation>
    </message>
    <message>
        <source>Management review %1 was held but its minutes are not approved yet; record who approved them and when.</source>
        <translation>La revue de direction %1 a été tenue, mais son procès-verbal n’est pas encore approuvé ; enregistrez qui l’a approuvé et quand.</translation>
    </message>
    <message>
        <source>No management review is held yet.</source>
        <translation>Aucune revue de direction n’a encore été tenue.</translation>
    </message>
    <message>
        <source>An approved audit programme, or an approved document naming 9.2.2</source>
        <translation>Un programme d’audit approuvé, ou un document approuvé citant 9.2.2</translation>
    </message>
    <message>
        <source>Reported audits, or approved audit reports naming 9.2.2</source>
        <translation>Des audits ayant fait l’objet d’un rapport, ou des rapports d’audit approuvés citant 9.2.2</translation>
    </message>
    <message>
        <source>A held management review with approved minutes</source>
        <translation>Une revue de direction tenue, avec un procès-verbal approuvé</translation>
    </message>
    <message>
        <source>Nonconformities with their corrections and corrective actions</source>
        <translation>Des non-conformités avec leurs corrections et actions correctives</translation>
    </message>
    <message>
        <source>Corrective actions with the review of their effectiveness</source>
        <translation>Des actions correctives avec la revue de leur efficacité</translation>
    </message>
</context>
<context>
    <name>isms::MandatoryInformationSection</name>
    <message>
        <source>Mandatory documented information</source>
        <translation>Informations documentées obligatoires</translation>
    </message>
    <message>
        <source>Clauses 4 to 10 of ISO/IEC 27001 require documented information in fifteen places; split into the items they hold, these are the %1 below. The project holds %2 of them in full. An item is present when the record that holds it exists and is approved or complete, incomplete when it is a draft or leaves records out, and missing when nothing holds it; a document of the documented-information register that names the clause and is approved counts too.</source>
        <translation>Les articles 4 à 10 de l’ISO/IEC 27001 exigent des informations documentées à quinze endroits ; répartis selon les éléments qu’ils contiennent, ils donnent les %1 éléments ci-dessous. Le projet en contient %2 en totalité. Un élément est présent lorsque l’enregistrement qui le contient existe et est approuvé ou complet, incomplet lorsqu’il s’agit d’un brouillon ou qu’il omet des enregistrements, et manquant lorsque rien ne le contient ; un document du registre des informations documentées qui cite l’article et est approuvé compte également.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kept as</source>
        <translation>Conservé sous forme de</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>isms::MetricRules</name>
    <message>
        <source>%1 %2: it has no target value; say which value counts as met and whether it is a minimum or a maximum.</source>
        <translation>%1 %2 : il n’a pas de valeur cible ; indiquez quelle valeur compte comme atteinte et s’il s’agit d’un minimum ou d’un maximum.</translation>
    </message>
    <message>
        <source>%1 %2: it has never been measured; record its first measurement.</source>
        <translation>%1 %2 : il n’a jamais été mesuré ; enregistrez son premier mesurage.</translation>
    </message>
    <message>
        <source>%1 %2: it was last measured on %3 and was due again on %4; record a measurement.</source>
        <translation>%1 %2 : il a été mesuré pour la dernière fois le %3 et devait l’être à nouveau le %4 ; enregistrez un mesurage.</translation>
    </message>
    <message>
        <source>%1 %2: its measurements since %3 have not been evaluated; close the period with a dated conclusion.</source>
        <translation>%1 %2 : ses mesurages depuis le %3 n’ont pas été évalués ; clôturez la période par une conclusion datée.</translation>
    </message>
    <message>
        <source>%1 %2: no metric measures it; link a metric that shows whether its target is reached.</source>
        <translation>%1 %2 : aucun indicateur ne le mesure ; liez un indicateur qui montre si sa cible est atteinte.</translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not done; finish it, reject it or set a new due date.</source>
        <translation>%1 %2 : elle était due le %3 et n’est pas terminée ; terminez-la, rejetez-la ou fixez une nouvelle date d’échéance.</translation>
    </message>
    <message>
        <source>"%1" is not a number for "%2"; write digits with at most %3 before and %4 after the decimal point, such as 12.5 or -3.</source>
        <translation>« %1 » n’est pas un nombre pour « %2 » ; écrivez des chiffres avec au plus %3 avant et %4 après le point décimal, par exemple 12.5 ou -3.</translation>
    </message>
    <message>
        <source>A metric measured at a custom frequency gives its interval; fill in "Every how many days".</source>
        <translation>Un indicateur mesuré à une fréquence personnalisée indique son intervalle ; remplissez « Intervalle en jours ».</translation>
    </message>
    <message>
        <source>"Every how many days" is only for a custom frequency; clear it or choose "Custom" as the frequency.</source>
        <translation>« Intervalle en jours » ne sert qu’à une fréquence personnalisée ; videz ce champ ou choisissez « Intervalle personnalisé » comme fréquence.</translation>
    </message>
    <message>
        <source>The measurement is dated %1, which lies in the future; record it on the day it was taken.</source>
        <translation>Le mesurage est daté du %1, qui est dans le futur ; enregistrez-le à la date à laquelle il a été effectué.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2; correct one of the dates.</source>
        <translation>La période se termine le %1, avant de commencer le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The period was evaluated on %1, before it started on %2; correct one of the dates.</source>
        <translation>La période a été évaluée le %1, avant d’avoir commencé le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The evaluation is dated %1, which lies in the future; give the day on which the conclusion was reached.</source>
        <translation>L’évaluation est datée du %1, qui est dans le futur ; indiquez le jour où la conclusion a été tirée.</translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the improvement was raised; correct one of them.</source>
        <translation>La date d’échéance %1 précède la date %2 à laquelle l’amélioration a été signalée ; corrigez l’une des deux.</translation>
    </message>
    <message>
        <source>The improvement is raised on %1, which lies in the future; give the day it was raised.</source>
        <translation>L’amélioration est signalée le %1, qui est dans le futur ; indiquez le jour où elle a été signalée.</translation>
    </message>
    <message>
        <source>A done improvement states what it achieved; fill in "Result".</source>
        <translation>Une amélioration terminée indique ce qu’elle a permis d’obtenir ; remplissez « Résultat ».</translation>
    </message>
</context>
<context>
    <name>isms::MetricTrend</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation>L’indicateur n’existe plus.</translation>
    </message>
</context>
<context>
    <name>isms::MetricsReport</name>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action menée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A period on the metrics report: "2026-01-01 to 2026-03-31"</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Performance evaluation</source>
        <translation>Évaluation des performances</translation>
    </message>
    <message>
        <source>Metrics with their measurements, trends and evaluations; the improvement log</source>
        <translation>Indicateurs avec leurs mesurages, tendances et évaluations ; le journal des améliorations</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No metric is recorded yet.</source>
        <translation>Aucun indicateur n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Last evaluation</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>The latest measurement of a metric: "4.5 on 2026-10-31"</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesurages</translation>
    </message>
    <message>
        <source>No measurement is recorded yet.</source>
        <translation>Aucun mesurage n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>No period has been evaluated yet.</source>
        <translation>Aucune période n’a encore été évaluée.</translation>
    </message>
    <message>
        <source>Improvement log</source>
        <translation>Journal des améliorations</translation>
    </message>
    <message>
        <source>No improvement is recorded yet.</source>
        <translation>Aucune amélioration n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
</context>
<context>
    <name>isms::Migrations</name>
    <message>
        <source>The program's schema migration %1 is missing; reinstall ISMS Workbench.</source>
        <translation>La migration de schéma %1 du programme manque ; réinstallez ISMS Workbench.</translation>
    </message>
    <message>
        <source>The project could not be upgraded because a transaction could not start; try again.</source>
        <translation>Le projet n’a pas pu être mis à niveau car une transaction n’a pas pu démarrer ; réessayez.</translation>
    </message>
    <message>
        <source>Upgrading the project to schema version %1 failed; the file was left as it was.</source>
        <translation>La mise à niveau du projet vers la version de schéma %1 a échoué ; le fichier est resté inchangé.</translation>
    </message>
    <message>
        <source>SQLite could not be started; reinstall ISMS Workbench.</source>
        <translation>SQLite n’a pas pu être démarré ; réinstallez ISMS Workbench.</translation>
    </message>
    <message>
        <source>The file holds a %1 named "%2" that ISMS Workbench does not create.</source>
        <translation>Le fichier contient un objet de type %1 nommé « %2 » qu’ISMS Workbench ne crée pas.</translation>
    </message>
    <message>
        <source>The %1 named "%2" differs from the definition ISMS Workbench creates.</source>
        <translation>L’objet de type %1 nommé « %2 » diffère de la définition que crée ISMS Workbench.</translation>
    </message>
    <message>
        <source>The %1 named "%2" is missing from the file.</source>
        <translation>L’objet de type %1 nommé « %2 » manque dans le fichier.</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityRegisterSection</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Non-conformités et actions correctives</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Non-conformités</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Non closes</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Planned or in progress</source>
        <translation>Planifiées ou en cours</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>En retard au %1</translation>
    </message>
    <message>
        <source>No nonconformity is recorded; the register is empty.</source>
        <translation>Aucune non-conformité n’est enregistrée ; le registre est vide.</translation>
    </message>
    <message>
        <source>NC</source>
        <translation>NC</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Similar ones</source>
        <translation>Similaires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Effectiveness review</source>
        <translation>Revue de l’efficacité</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>An effectiveness review in the register table: "Effective, 2026-10-01, Nora Eklund".</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>No corrective action is recorded yet.</source>
        <translation>Aucune action corrective n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Ce qui est fait</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No information security incident is recorded.</source>
        <translation>Aucun incident de sécurité de l’information n’est enregistré.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>No supplier is recorded.</source>
        <translation>Aucun fournisseur n’est enregistré.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Security requirements</source>
        <translation>Exigences de sécurité</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>The period from %1: the nonconformities raised or closed in it and those still open, with their corrective actions.</source>
        <translation>La période à partir du %1 : les non-conformités enregistrées ou clôturées pendant celle-ci et celles encore ouvertes, avec leurs actions correctives.</translation>
    </message>
    <message>
        <source>No nonconformity was raised or closed in the period, and none is open.</source>
        <translation>Aucune non-conformité n'a été enregistrée ni clôturée pendant la période, et aucune n'est ouverte.</translation>
    </message>
    <message>
        <source>The period from %1: the incidents that occurred in it and those not closed.</source>
        <translation>La période à partir du %1 : les incidents survenus pendant celle-ci et ceux qui ne sont pas clôturés.</translation>
    </message>
    <message>
        <source>No information security incident occurred in the period, and none is open.</source>
        <translation>Aucun incident de sécurité de l'information n'est survenu pendant la période, et aucun n'est ouvert.</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityReport</name>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Non-conformités et actions correctives</translation>
    </message>
    <message>
        <source>Nonconformities with their correction, root cause, actions and effectiveness review (10.2); incidents and suppliers</source>
        <translation>Non-conformités avec leur correction, leur cause racine, leurs actions et l’examen de leur efficacité (10.2) ; incidents et fournisseurs</translation>
    </message>
</context>
<context>
    <name>isms::NonconformityService</name>
    <message>
        <source>Incident %1 has already raised nonconformity %2; open that one instead.</source>
        <translation>L’incident %1 a déjà donné lieu à la non-conformité %2 ; ouvrez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>Finding %1 has already raised nonconformity %2; open that one instead.</source>
        <translation>Le constat %1 a déjà soulevé la non-conformité %2 ; ouvrez celle-ci.</translation>
    </message>
    <message>
        <source>Finding %1 is no nonconformity, so it raises none; record an observation or an opportunity in the improvement log instead.</source>
        <translation>Le constat %1 n’est pas une non-conformité et n’en soulève donc aucune ; enregistrez plutôt une observation ou une opportunité dans le journal des améliorations.</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <extracomment>The source reference of a nonconformity raised by an audit finding: "AUD-001, finding F-003"</extracomment>
        <translation>%1, constat %2</translation>
    </message>
</context>
<context>
    <name>isms::NonconformitySpecs</name>
    <message>
        <source>A nonconformity is closed only after an effectiveness review found its actions effective; record the review date and the result "Effective" first.</source>
        <translation>Une non-conformité n’est close qu’après qu’une revue de l’efficacité a jugé ses actions efficaces ; enregistrez d’abord la date de la revue et le résultat « Efficace ».</translation>
    </message>
    <message>
        <source>An effectiveness result comes from a review; give the date of the review in "Reviewed on".</source>
        <translation>Un résultat d’efficacité provient d’un examen ; indiquez la date de l’examen dans « Examiné le ».</translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; record the review once it has taken place.</source>
        <translation>La date d’examen %1 est dans le futur ; enregistrez l’examen une fois qu’il a eu lieu.</translation>
    </message>
    <message>
        <source>A closing date belongs to a closed nonconformity; set the status to "Closed" or clear "Closed on".</source>
        <translation>Une date de clôture concerne une non-conformité close ; passez le statut à « Close » ou effacez « Close le ».</translation>
    </message>
    <message>
        <source>The correction date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation>La date de correction %1 est antérieure au jour %2 où la non-conformité a été relevée ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The review date %1 lies before the day %2 on which the nonconformity was raised; correct one of them.</source>
        <translation>La date d’examen %1 est antérieure au jour %2 où la non-conformité a été relevée ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The closing date %1 lies before the effectiveness review of %2; correct one of them.</source>
        <translation>La date de clôture %1 est antérieure à la revue de l’efficacité du %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>A completion date belongs to a done action; set the status to "Done" or clear "Done on".</source>
        <translation>Une date d’achèvement concerne une action terminée ; passez le statut à « Terminée » ou effacez « Terminée le ».</translation>
    </message>
    <message>
        <source>The completion date %1 lies in the future; give it once the action is done, and use "Due date" until then.</source>
        <translation>La date d’achèvement %1 est dans le futur ; indiquez-la une fois l’action terminée, et utilisez « Date d’échéance » d’ici là.</translation>
    </message>
</context>
<context>
    <name>isms::PdfExport</name>
    <message>
        <source>The report could not be saved because %1 exists and cannot be replaced; choose another file name.</source>
        <translation>Le rapport n’a pas pu être enregistré car %1 existe et ne peut pas être remplacé ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The report could not be saved because the folder of %1 does not exist; choose an existing folder.</source>
        <translation>Le rapport n’a pas pu être enregistré car le dossier de %1 n’existe pas ; choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check that the folder is writable and try again.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 ; vérifiez que le dossier est accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1; check the free space and permissions and try again.</source>
        <translation>Le rapport n’a pas pu être enregistré dans %1 ; vérifiez l’espace libre et les autorisations, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>isms::PeopleRules</name>
    <message>
        <source>no one holds it</source>
        <translation>personne ne l’occupe</translation>
    </message>
    <message>
        <source>its holder %1 has left</source>
        <translation>son titulaire %1 est parti</translation>
    </message>
    <message>
        <source>%1 %2: %3; name the person who holds the role now.</source>
        <translation>%1 %2 : %3 ; désignez la personne qui occupe le rôle aujourd’hui.</translation>
    </message>
    <message>
        <source>%1 %2: %3 lacks this competence %4 and no training is planned to close the gap; record one that names it, or another action.</source>
        <translation>%1 %2 : %3 ne possède %4 cette compétence et aucune formation n’est prévue pour combler l’écart ; enregistrez-en une qui la cite, ou une autre action.</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>qu’en partie</translation>
    </message>
    <message>
        <source>entirely</source>
        <translation>pas du tout</translation>
    </message>
    <message>
        <source>%1 %2, held on %3: whether it was effective is not evaluated after %4 days; evaluate it and record the result (7.2 c).</source>
        <translation>%1 %2, tenue le %3 : son efficacité n’est pas évaluée après %4 jours ; évaluez-la et enregistrez le résultat (7.2 c).</translation>
    </message>
    <message>
        <source>No role is given the duty of making sure that the ISMS conforms to ISO/IEC 27001 (5.3 a); assign it to a role and name who holds it.</source>
        <translation>Aucun rôle n’a la charge de veiller à ce que le SMSI soit conforme à l’ISO/IEC 27001 (5.3 a) ; attribuez-la à un rôle et désignez son titulaire.</translation>
    </message>
    <message>
        <source>%1 %2 ensures the conformity of the ISMS (5.3 a), but %3; name an active holder.</source>
        <translation>%1 %2 assure la conformité du SMSI (5.3 a), mais %3 ; désignez un titulaire actif.</translation>
    </message>
    <message>
        <source>No role is given the duty of reporting on the performance of the ISMS to top management (5.3 b); assign it to a role and name who holds it.</source>
        <translation>Aucun rôle n’a la charge de rendre compte à la direction de la performance du SMSI (5.3 b) ; attribuez-la à un rôle et désignez son titulaire.</translation>
    </message>
    <message>
        <source>%1 %2 reports the performance of the ISMS to top management (5.3 b), but %3; name an active holder.</source>
        <translation>%1 %2 rend compte à la direction de la performance du SMSI (5.3 b), mais %3 ; désignez un titulaire actif.</translation>
    </message>
    <message>
        <source>%1 %2: no role is Accountable for the process in the RACI matrix; mark exactly one role with A.</source>
        <translation>%1 %2 : aucun rôle n’a la responsabilité finale (A) du processus dans la matrice RACI ; marquez exactement un rôle avec A.</translation>
    </message>
    <message>
        <source>%1 %2: %3 roles are Accountable for the process in the RACI matrix; keep exactly one A and make the others R, C or I.</source>
        <translation>%1 %2 : %3 rôles ont la responsabilité finale (A) du processus dans la matrice RACI ; gardez exactement un A et passez les autres en R, C ou I.</translation>
    </message>
    <message>
        <source>No communication is planned (7.4); record what the ISMS communicates, when, to whom, by whom and how.</source>
        <translation>Aucune communication n’est planifiée (7.4) ; enregistrez ce que le SMSI communique, quand, à qui, par qui et comment.</translation>
    </message>
</context>
<context>
    <name>isms::PeopleSpec</name>
    <message>
        <source>"%1" is not an e-mail address; write it as name@example.org, or leave the field empty.</source>
        <translation>« %1 » n’est pas une adresse e-mail ; écrivez-la sous la forme name@example.org, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>isms::PlanningRules</name>
    <message>
        <source>%1 %2: no action is planned for it yet; record how the ISMS addresses it, who owns it and by when.</source>
        <translation>%1 %2 : aucune action n’est encore prévue ; indiquez comment le SMSI y répond, qui en est responsable et pour quand.</translation>
    </message>
    <message>
        <source>%1 %2: its action was due on %3 and is not done; finish it or set a new due date.</source>
        <translation>%1 %2 : son action était due le %3 et n’est pas terminée ; terminez-la ou fixez une nouvelle date d’échéance.</translation>
    </message>
    <message>
        <source>%1 %2: it has no measurable target; say what will show that it is met.</source>
        <translation>%1 %2 : aucune cible mesurable ; indiquez ce qui montrera que l’objectif est atteint.</translation>
    </message>
    <message>
        <source>%1 %2: it was due on %3 and is not achieved; evaluate its results or set a new due date.</source>
        <translation>%1 %2 : l’échéance du %3 est passée et l’objectif n’est pas atteint ; évaluez ses résultats ou fixez une nouvelle date d’échéance.</translation>
    </message>
    <message>
        <source>%1 %2: a significant change is done, but no risk reassessment is recorded; note which assessment covered it.</source>
        <translation>%1 %2 : une modification importante est terminée, mais aucune nouvelle appréciation des risques n’est enregistrée ; notez quelle appréciation l’a couverte.</translation>
    </message>
    <message>
        <source>%1 %2: the change is done but was not reviewed for unintended consequences; review it and note what was found.</source>
        <translation>%1 %2 : la modification est terminée mais n’a pas été examinée quant à ses conséquences imprévues ; examinez-la et notez ce qui a été constaté.</translation>
    </message>
</context>
<context>
    <name>isms::PlanningSpecs</name>
    <message>
        <source>Whether the action worked is decided in a review; write what the review found in "Review note".</source>
        <translation>L’efficacité de l’action se décide lors d’une revue ; écrivez ce que la revue a constaté dans « Note de revue ».</translation>
    </message>
    <message>
        <source>The review date %1 lies in the future; give the date on which the action was reviewed.</source>
        <translation>La date de revue %1 est dans le futur ; donnez la date à laquelle l’action a été revue.</translation>
    </message>
    <message>
        <source>An objective that was achieved or missed records the evaluation of its results; fill in "Evaluation of results".</source>
        <translation>Un objectif atteint ou manqué consigne l’évaluation de ses résultats ; remplissez « Évaluation des résultats ».</translation>
    </message>
    <message>
        <source>The due date %1 lies before the date %2 on which the objective was set; correct one of them.</source>
        <translation>La date d’échéance %1 précède la date %2 à laquelle l’objectif a été fixé ; corrigez l’une des deux.</translation>
    </message>
    <message>
        <source>The objective was last reviewed on %1, before it was set on %2; correct one of the dates.</source>
        <translation>L’objectif a été revu pour la dernière fois le %1, avant d’avoir été fixé le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>The implementation date %1 lies in the future; give it once the change has taken effect, and use "Planned date" until then.</source>
        <translation>La date de mise en œuvre %1 est dans le futur ; indiquez-la une fois la modification effective, et utilisez « Date prévue » d’ici là.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessMap</name>
    <message>
        <source>A process cannot interact with itself; choose another process.</source>
        <translation>Un processus ne peut pas interagir avec lui-même ; choisissez un autre processus.</translation>
    </message>
    <message>
        <source>The interaction names a process that does not exist.</source>
        <translation>L’interaction désigne un processus qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 already passes something to %2; describe everything that passes in that one interaction.</source>
        <translation>%1 transmet déjà quelque chose à %2 ; décrivez tout ce qui transite dans cette seule interaction.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessMapChart</name>
    <message>
        <source>No process is recorded yet.</source>
        <translation>Aucun processus n’est encore enregistré.</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>In a box of the process map: who provides an external process.</extracomment>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>isms::ProcessReport</name>
    <message>
        <source>ISMS processes and their interactions</source>
        <translation>Processus du SMSI et leurs interactions</translation>
    </message>
    <message>
        <source>The processes the ISMS needs (4.4), the criteria that control them (8.1) and what passes between them</source>
        <translation>Les processus dont le SMSI a besoin (4.4), les critères qui les maîtrisent (8.1) et ce qui passe entre eux</translation>
    </message>
    <message>
        <source>Interaction map</source>
        <translation>Carte des interactions</translation>
    </message>
    <message>
        <source>Each box is a process, each arrow what one process passes to another; a curve below the boxes closes a circle. Dashed boxes are provided from outside, grey ones planned or retired. %1 processes, %2 interactions.</source>
        <translation>Chaque cadre est un processus, chaque flèche ce qu’un processus transmet à un autre ; une courbe sous les cadres ferme un cycle. Les cadres en pointillés sont fournis par un tiers, les gris sont prévus ou abandonnés. %1 processus, %2 interactions.</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Fourni par</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Criteria and control</source>
        <translation>Critères et maîtrise</translation>
    </message>
    <message>
        <source>In-house</source>
        <extracomment>Who runs a process: the organisation itself.</extracomment>
        <translation>En interne</translation>
    </message>
    <message>
        <source>No process is recorded yet.</source>
        <translation>Aucun processus n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>What passes</source>
        <translation>Ce qui est transmis</translation>
    </message>
    <message>
        <source>No interaction is recorded yet.</source>
        <translation>Aucune interaction n’est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessRules</name>
    <message>
        <source>%1 %2: the process has no owner; name who is responsible for it.</source>
        <translation>%1 %2 : le processus n’a pas de propriétaire ; indiquez qui en est responsable.</translation>
    </message>
    <message>
        <source>%1 %2: no criteria say how the process is controlled (8.1); state them and how you know they are met.</source>
        <translation>%1 %2 : aucun critère n’indique comment le processus est maîtrisé (8.1) ; énoncez-les et indiquez comment vous savez qu’ils sont remplis.</translation>
    </message>
    <message>
        <source>No process of the ISMS (4.4) is recorded; list the processes it needs and how they interact.</source>
        <translation>Aucun processus du SMSI (4.4) n’est enregistré ; listez les processus nécessaires et leurs interactions.</translation>
    </message>
</context>
<context>
    <name>isms::ProcessSpecs</name>
    <message>
        <source>A process provided from outside names its supplier; fill in "Supplier", or mark the process as run in-house.</source>
        <translation>Un processus fourni de l’extérieur indique son fournisseur ; remplissez « Fournisseur », ou marquez le processus comme exécuté en interne.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectIdentity</name>
    <message>
        <source>The project file has no valid project id; open a backup copy of it.</source>
        <translation>Le fichier de projet n’a pas d’identifiant de projet valide ; ouvrez une copie de sauvegarde.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectLock</name>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>"%1" is already open for editing by %2 on %3 since %4; close it there or open it read-only.</source>
        <translation>« %1 » est déjà ouvert en modification par %2 sur %3 depuis %4 ; fermez-le à cet endroit ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>The lock file beside "%1" cannot be written; open the project read-only or copy it to a folder you can write to.</source>
        <translation>Le fichier de verrou à côté de « %1 » ne peut pas être écrit ; ouvrez le projet en lecture seule ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>isms::ProjectService</name>
    <message>
        <source>The project file has no project record; open a backup copy of it.</source>
        <translation>Le fichier de projet n’a pas d’enregistrement de projet ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The organisation name must be one line of 1 to %1 characters; enter a shorter name.</source>
        <translation>Le nom de l’organisme doit tenir sur une ligne de 1 à %1 caractères ; saisissez un nom plus court.</translation>
    </message>
    <message>
        <source>The organisation name contains %1, which a name may not hold; remove it and type the name again.</source>
        <translation>Le nom de l’organisme contient %1, ce qui n’est pas autorisé dans un nom ; supprimez ce caractère et saisissez à nouveau le nom.</translation>
    </message>
</context>
<context>
    <name>isms::RaciMatrix</name>
    <message>
        <source>Role %1 already has a letter for process %2; change that assignment instead of adding a second one.</source>
        <translation>Le rôle %1 a déjà une lettre pour le processus %2 ; modifiez cette affectation au lieu d’en ajouter une seconde.</translation>
    </message>
</context>
<context>
    <name>isms::RaciReport</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <extracomment>A person in a report who has left the organisation: "Erik Sand (left)".</extracomment>
        <translation>%1 (parti)</translation>
    </message>
    <message>
        <source>No role is recorded.</source>
        <translation>Aucun rôle n’est enregistré.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A role without a holder or deputy in the roles table.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>Ensures conformity (5.3 a)</source>
        <translation>Assure la conformité (5.3 a)</translation>
    </message>
    <message>
        <source>Reports performance (5.3 b)</source>
        <translation>Rend compte de la performance (5.3 b)</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Communicated</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How and when a role was communicated: "Intranet page, 2026-03-02".</extracomment>
        <translation>%1 ; %2. {1,?} {2?}</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>One row per ISMS process, one column per role. R does the work, A answers for the result and approves it (exactly one role per process), C is asked before, I is told after.</source>
        <translation>Une ligne par processus du SMSI, une colonne par rôle. R réalise le travail, A répond du résultat et l’approuve (exactement un rôle par processus), C est consulté avant, I est informé après.</translation>
    </message>
    <message>
        <source>The matrix is empty: it needs ISMS processes and roles to be recorded.</source>
        <translation>La matrice est vide : il faut pour cela que des processus du SMSI et des rôles soient enregistrés.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A column of the RACI matrix: the role's reference and name, "RL-002 ISMS Manager".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>One A</source>
        <translation>Un seul A</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 roles</source>
        <translation>%1 rôles</translation>
    </message>
    <message>
        <source>Processes without exactly one Accountable role: %1.</source>
        <translation>Processus sans exactement un rôle responsable final (A) : %1.</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rôles et responsabilités</translation>
    </message>
    <message>
        <source>The roles of the ISMS, the assignments of clause 5.3 and the RACI matrix over the ISMS processes</source>
        <translation>Les rôles du SMSI, les attributions de l’article 5.3 et la matrice RACI des processus du SMSI</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheck</name>
    <message>
        <source>Major</source>
        <extracomment>Severity of a readiness finding: likely a major nonconformity in a certification audit.</extracomment>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Planning (6.1.1, 6.2, 6.3)</source>
        <translation>Planification (6.1.1, 6.2, 6.3)</translation>
    </message>
    <message>
        <source>The risks and opportunities of the ISMS itself are recorded.</source>
        <translation>Les risques et opportunités du SMSI lui-même sont enregistrés.</translation>
    </message>
    <message>
        <source>Every risk and opportunity of the ISMS has an action.</source>
        <translation>Chaque risque ou opportunité du SMSI a une action.</translation>
    </message>
    <message>
        <source>Actions on the ISMS's risks and opportunities are done by their due date.</source>
        <translation>Les actions face aux risques et opportunités du SMSI sont terminées à leur date d’échéance.</translation>
    </message>
    <message>
        <source>Information security objectives are recorded.</source>
        <translation>Les objectifs de sécurité de l’information sont enregistrés.</translation>
    </message>
    <message>
        <source>Every objective has a measurable target.</source>
        <translation>Chaque objectif a une cible mesurable.</translation>
    </message>
    <message>
        <source>Objectives past their due date are achieved or evaluated.</source>
        <translation>Les objectifs dont l’échéance est passée sont atteints ou évalués.</translation>
    </message>
    <message>
        <source>A significant change that is done says how the risks were reassessed.</source>
        <translation>Une modification importante terminée indique comment les risques ont été appréciés à nouveau.</translation>
    </message>
    <message>
        <source>A change that is done was reviewed for unintended consequences.</source>
        <translation>Une modification terminée a été examinée quant à ses conséquences imprévues.</translation>
    </message>
    <message>
        <source>No information security objective (6.2) is recorded; set measurable objectives with their owners and due dates.</source>
        <translation>Aucun objectif de sécurité de l’information (6.2) n’est enregistré ; fixez des objectifs mesurables avec leurs responsables et leurs dates d’échéance.</translation>
    </message>
    <message>
        <source>No risk or opportunity of the ISMS itself (6.1.1) is recorded; record what could keep it from its outcomes and what could help.</source>
        <translation>Aucun risque ni opportunité du SMSI lui-même (6.1.1) n’est enregistré ; notez ce qui pourrait l’empêcher d’atteindre ses résultats et ce qui pourrait l’y aider.</translation>
    </message>
    <message>
        <source>ISMS processes (4.4, 8.1)</source>
        <translation>Processus du SMSI (4.4, 8.1)</translation>
    </message>
    <message>
        <source>The processes of the ISMS are recorded.</source>
        <translation>Les processus du SMSI sont enregistrés.</translation>
    </message>
    <message>
        <source>Every process of the ISMS has an owner.</source>
        <translation>Chaque processus du SMSI a un propriétaire.</translation>
    </message>
    <message>
        <source>Every process of the ISMS states the criteria by which it is controlled.</source>
        <translation>Chaque processus du SMSI énonce les critères selon lesquels il est maîtrisé.</translation>
    </message>
    <message>
        <source>Context of the organisation (4)</source>
        <translation>Contexte de l’organisme (4)</translation>
    </message>
    <message>
        <source>The scope of the ISMS is recorded.</source>
        <translation>Le périmètre du SMSI est enregistré.</translation>
    </message>
    <message>
        <source>The scope in force is approved.</source>
        <translation>Le périmètre en vigueur est approuvé.</translation>
    </message>
    <message>
        <source>The scope says whether climate change is a relevant issue.</source>
        <translation>Le périmètre indique si le changement climatique est un enjeu pertinent.</translation>
    </message>
    <message>
        <source>Current internal and external issues are recorded.</source>
        <translation>Les enjeux internes et externes actuels sont enregistrés.</translation>
    </message>
    <message>
        <source>Interested parties are recorded.</source>
        <translation>Les parties intéressées sont enregistrées.</translation>
    </message>
    <message>
        <source>For every interested party it is decided which requirements the ISMS addresses.</source>
        <translation>Pour chaque partie intéressée, il est décidé quelles exigences le SMSI prend en compte.</translation>
    </message>
    <message>
        <source>Where the ISMS addresses a party's requirements, it says how.</source>
        <translation>Lorsque le SMSI prend en compte les exigences d’une partie, il indique comment.</translation>
    </message>
    <message>
        <source>Statement of Applicability (6.1.3)</source>
        <translation>Déclaration d’applicabilité (6.1.3)</translation>
    </message>
    <message>
        <source>Every included control has a reason: a risk it treats or a stated one.</source>
        <translation>Chaque mesure incluse a une raison : un risque qu’elle traite ou une raison énoncée.</translation>
    </message>
    <message>
        <source>Every excluded control has a justification.</source>
        <translation>Chaque mesure exclue a une justification.</translation>
    </message>
    <message>
        <source>No excluded control is named by a risk.</source>
        <translation>Aucune mesure exclue n’est citée par un risque.</translation>
    </message>
    <message>
        <source>Every included control not yet implemented has a target date or a treatment task.</source>
        <translation>Chaque mesure incluse pas encore mise en œuvre a une échéance ou une tâche de traitement.</translation>
    </message>
    <message>
        <source>Risk assessment and treatment (6.1, 8.2, 8.3)</source>
        <translation>Appréciation et traitement des risques (6.1, 8.2, 8.3)</translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has an owner.</source>
        <translation>Chaque risque au-dessus du seuil d’acceptation a un propriétaire.</translation>
    </message>
    <message>
        <source>Every risk above the acceptance threshold has a treatment option.</source>
        <translation>Chaque risque au-dessus du seuil d’acceptation a une option de traitement.</translation>
    </message>
    <message>
        <source>Every residual risk above the acceptance threshold is accepted by its owner.</source>
        <translation>Chaque risque résiduel au-dessus du seuil d’acceptation est accepté par son propriétaire.</translation>
    </message>
    <message>
        <source>No treatment task is overdue.</source>
        <translation>Aucune tâche de traitement n’est en retard.</translation>
    </message>
    <message>
        <source>No risk is past its review date.</source>
        <translation>Aucun risque n’a dépassé sa date de revue.</translation>
    </message>
    <message>
        <source>Evidence (7.5)</source>
        <translation>Preuves (7.5)</translation>
    </message>
    <message>
        <source>No evidence file is past its expiry date.</source>
        <translation>Aucune preuve n’a dépassé sa date d’expiration.</translation>
    </message>
    <message>
        <source>Risk assessment runs (8.2, 8.3)</source>
        <translation>Campagnes d’appréciation des risques (8.2, 8.3)</translation>
    </message>
    <message>
        <source>A dated risk assessment run is recorded.</source>
        <translation>Une campagne d’appréciation des risques datée est enregistrée.</translation>
    </message>
    <message>
        <source>The latest assessment run lies within the interval the risk method sets.</source>
        <translation>La dernière campagne d’appréciation se situe dans l’intervalle fixé par la méthode d’appréciation des risques.</translation>
    </message>
    <message>
        <source>No significant change was implemented after the latest assessment run.</source>
        <translation>Aucune modification importante n’a été mise en œuvre après la dernière campagne d’appréciation.</translation>
    </message>
    <message>
        <source>Clauses 4 to 10 and their documented information</source>
        <translation>Articles 4 à 10 et leurs informations documentées</translation>
    </message>
    <message>
        <source>No clause of 4 to 10 is marked "not applicable": they apply to every ISMS.</source>
        <translation>Aucun article de 4 à 10 n’est marqué « non applicable » : ils s’appliquent à tout SMSI.</translation>
    </message>
    <message>
        <source>Every item of documented information that clauses 4 to 10 require is recorded.</source>
        <translation>Chaque élément d’information documentée exigé par les articles 4 à 10 est enregistré.</translation>
    </message>
    <message>
        <source>Every item of required documented information is approved and complete.</source>
        <translation>Chaque élément d’information documentée exigé est approuvé et complet.</translation>
    </message>
    <message>
        <source>Clause %1 is marked "not applicable", but clauses 4 to 10 apply to every ISMS; set its status to where the work stands.</source>
        <translation>L’article %1 est marqué « non applicable », mais les articles 4 à 10 s’appliquent à tout SMSI ; réglez son statut selon l’avancement réel des travaux.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Leadership, policy and documented information (5, 7.5)</source>
        <translation>Leadership, politique et informations documentées (5, 7.5)</translation>
    </message>
    <message>
        <source>Top management shows each of its leadership duties, with evidence.</source>
        <translation>La direction démontre chacune de ses obligations de leadership, preuves à l’appui.</translation>
    </message>
    <message>
        <source>An information security policy is recorded.</source>
        <translation>Une politique de sécurité de l’information est enregistrée.</translation>
    </message>
    <message>
        <source>The information security policy is approved.</source>
        <translation>La politique de sécurité de l’information est approuvée.</translation>
    </message>
    <message>
        <source>The policy covers objectives, meeting requirements and ongoing improvement.</source>
        <translation>La politique couvre les objectifs, le respect des exigences et l’amélioration continue.</translation>
    </message>
    <message>
        <source>Every active person has acknowledged the approved policy.</source>
        <translation>Chaque personne active a pris connaissance de la politique approuvée.</translation>
    </message>
    <message>
        <source>No document is past its review date.</source>
        <translation>Aucun document n’a dépassé sa date de revue.</translation>
    </message>
    <message>
        <source>Every approved document has an approved version.</source>
        <translation>Chaque document approuvé a une version approuvée.</translation>
    </message>
    <message>
        <source>Roles and support (5.3, 7.2 to 7.4)</source>
        <translation>Rôles et support (5.3, 7.2 à 7.4)</translation>
    </message>
    <message>
        <source>A role held by an active person ensures that the ISMS conforms to the standard.</source>
        <translation>Un rôle occupé par une personne active veille à ce que le SMSI soit conforme à la norme.</translation>
    </message>
    <message>
        <source>A role held by an active person reports the performance of the ISMS to top management.</source>
        <translation>Un rôle occupé par une personne active rend compte à la direction de la performance du SMSI.</translation>
    </message>
    <message>
        <source>Every role is held by a person who is still there.</source>
        <translation>Chaque rôle est occupé par une personne encore présente.</translation>
    </message>
    <message>
        <source>Exactly one role is Accountable for each ISMS process in the RACI matrix.</source>
        <translation>Exactement un rôle a la responsabilité finale (A) de chaque processus du SMSI dans la matrice RACI.</translation>
    </message>
    <message>
        <source>Every competence that is missing or held in part has a training planned to close it.</source>
        <translation>Chaque compétence manquante ou détenue en partie fait l’objet d’une formation prévue pour la combler.</translation>
    </message>
    <message>
        <source>The effectiveness of every training is evaluated within 90 days.</source>
        <translation>L’efficacité de chaque formation est évaluée dans un délai de 90 jours.</translation>
    </message>
    <message>
        <source>The communication plan says what is communicated, when, to whom, by whom and how.</source>
        <translation>Le plan de communication indique ce qui est communiqué, quand, à qui, par qui et comment.</translation>
    </message>
    <message>
        <source>Performance evaluation and improvement (9.1, 10.1)</source>
        <translation>Évaluation des performances et amélioration (9.1, 10.1)</translation>
    </message>
    <message>
        <source>Metrics say what is monitored and measured to evaluate the ISMS.</source>
        <translation>Les indicateurs précisent ce qui est surveillé et mesuré pour évaluer le SMSI.</translation>
    </message>
    <message>
        <source>Every active metric has a target value.</source>
        <translation>Chaque indicateur actif a une valeur cible.</translation>
    </message>
    <message>
        <source>Every active metric is measured as often as it says.</source>
        <translation>Chaque indicateur actif est mesuré aussi souvent qu’il le prévoit.</translation>
    </message>
    <message>
        <source>Measurements are analysed and evaluated, each period closed with a dated conclusion.</source>
        <translation>Les mesurages sont analysés et évalués, chaque période étant clôturée par une conclusion datée.</translation>
    </message>
    <message>
        <source>Every objective with a target is measured by a metric.</source>
        <translation>Chaque objectif doté d’une cible est mesuré par un indicateur.</translation>
    </message>
    <message>
        <source>Improvements are done, or rejected, by their due date.</source>
        <translation>Les améliorations sont terminées, ou rejetées, avant leur date d’échéance.</translation>
    </message>
    <message>
        <source>No active metric (9.1) is recorded; say what is measured, how, how often and by whom, and who evaluates the results.</source>
        <translation>Aucun indicateur actif (9.1) n’est enregistré ; indiquez ce qui est mesuré, comment, à quelle fréquence et par qui, et qui évalue les résultats.</translation>
    </message>
    <message>
        <source>The latest internal audit (%1, %2) is more than twelve months old; hold the next one and record its results.</source>
        <translation>Le dernier audit interne (%1, %2) date de plus de douze mois ; réalisez le prochain et enregistrez ses résultats.</translation>
    </message>
    <message>
        <source>No internal audit is recorded (9.2); hold one and record its results as an approved record naming clause 9.2.2.</source>
        <translation>Aucun audit interne n’est enregistré (9.2) ; réalisez-en un et enregistrez ses résultats comme un enregistrement approuvé qui cite l’article 9.2.2.</translation>
    </message>
    <message>
        <source>The latest management review (%1, %2) is more than twelve months old; hold the next one.</source>
        <translation>La dernière revue de direction (%1, %2) date de plus de douze mois ; tenez la prochaine.</translation>
    </message>
    <message>
        <source>No management review is recorded (9.3); hold one and record its results as an approved record naming clause 9.3.3.</source>
        <translation>Aucune revue de direction n’est enregistrée (9.3) ; tenez-en une et enregistrez ses résultats comme un enregistrement approuvé qui cite l’article 9.3.3.</translation>
    </message>
    <message>
        <source>The results of the internal audit %1 of %2 have not gone to a management review held after it; put them on the next review's agenda.</source>
        <translation>Les résultats de l’audit interne %1 du %2 n’ont été examinés dans aucune revue de direction tenue après lui ; inscrivez-les à l’ordre du jour de la prochaine revue.</translation>
    </message>
    <message>
        <source>An internal audit was held in the last twelve months.</source>
        <translation>Un audit interne a été réalisé au cours des douze derniers mois.</translation>
    </message>
    <message>
        <source>Top management reviewed the ISMS in the last twelve months.</source>
        <translation>La direction a procédé à la revue du SMSI au cours des douze derniers mois.</translation>
    </message>
    <message>
        <source>The latest internal audit's results went to a management review held after it.</source>
        <translation>Les résultats du dernier audit interne ont été examinés dans une revue de direction tenue après lui.</translation>
    </message>
    <message>
        <source>Internal audit (9.2)</source>
        <translation>Audit interne (9.2)</translation>
    </message>
    <message>
        <source>An audit programme plans the internal audits.</source>
        <translation>Un programme d’audit planifie les audits internes.</translation>
    </message>
    <message>
        <source>No auditor audits an area they own.</source>
        <translation>Aucun auditeur n’audite un domaine dont il est propriétaire.</translation>
    </message>
    <message>
        <source>The results of every completed audit are reported to management.</source>
        <translation>Les résultats de chaque audit terminé sont communiqués à la direction.</translation>
    </message>
    <message>
        <source>Advice: the audits of the cycle cover every clause and applicable control.</source>
        <translation>Conseil : les audits du cycle couvrent chaque article et chaque mesure applicable.</translation>
    </message>
    <message>
        <source>Nonconformities, incidents and suppliers (10.2, A.5.19-A.5.28)</source>
        <translation>Non-conformités, incidents et fournisseurs (10.2, A.5.19-A.5.28)</translation>
    </message>
    <message>
        <source>An open nonconformity has its root cause within 30 days of being raised.</source>
        <translation>La cause racine d’une non-conformité ouverte est déterminée dans les 30 jours suivant sa détection.</translation>
    </message>
    <message>
        <source>Every nonconformity that is not closed has a corrective action.</source>
        <translation>Toute non-conformité non close a une action corrective.</translation>
    </message>
    <message>
        <source>A closed nonconformity had an effectiveness review that found it effective.</source>
        <translation>Une non-conformité close a fait l’objet d’une revue de l’efficacité qui l’a jugée efficace.</translation>
    </message>
    <message>
        <source>Corrective actions are done by their due date.</source>
        <translation>Les actions correctives sont terminées au plus tard à leur date d’échéance.</translation>
    </message>
    <message>
        <source>A resolved or closed incident states its lessons learned.</source>
        <translation>Un incident résolu ou clos indique les enseignements tirés.</translation>
    </message>
    <message>
        <source>Suppliers are reviewed by their next review date.</source>
        <translation>Les fournisseurs sont revus au plus tard à leur prochaine date de revue.</translation>
    </message>
    <message>
        <source>A supplier of high or critical importance has security requirements.</source>
        <translation>Un fournisseur d’importance élevée ou critique a des exigences de sécurité.</translation>
    </message>
    <message>
        <source>Management review (9.3)</source>
        <translation>Revue de direction (9.3)</translation>
    </message>
    <message>
        <source>Top management attends every held management review.</source>
        <translation>La direction participe à chaque revue de direction tenue.</translation>
    </message>
    <message>
        <source>Every held management review considered each input of 9.3.2.</source>
        <translation>Chaque revue de direction tenue a pris en compte chaque élément d’entrée de 9.3.2.</translation>
    </message>
    <message>
        <source>The actions decided in management reviews are done by their due dates.</source>
        <translation>Les actions décidées lors des revues de direction sont terminées au plus tard à leurs dates d’échéance.</translation>
    </message>
    <message>
        <source>Every auditor has a competence in auditing recorded as held.</source>
        <translation>Chaque auditeur a une compétence en audit enregistrée comme acquise.</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessCheckReport</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The readiness check walks the whole project on %1 and lists, rule by rule, what a certification auditor would find missing, each point naming the record to fix. The score is the share of the rules checked that pass, a major rule weighing three times a minor one; 100 means that no rule found a point, and a rule about a record that is missing does not pass either. Rules whose registers this project does not hold yet are not counted.</source>
        <translation>La vérification de la préparation à l’audit parcourt tout le projet le %1 et liste, règle par règle, ce qu’un auditeur de certification trouverait manquant, chaque point désignant l’enregistrement à corriger. Le score est la part des règles vérifiées qui sont respectées, une règle majeure pesant trois fois plus qu’une règle mineure ; 100 signifie qu’aucune règle n’a trouvé de point, et une règle portant sur un enregistrement manquant n’est pas respectée non plus. Les règles dont ce projet ne contient pas encore les registres ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Score de préparation à l’audit</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <extracomment>The readiness score: "68 of 100".</extracomment>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>Rules checked</source>
        <translation>Règles vérifiées</translation>
    </message>
    <message>
        <source>Rules not passed</source>
        <translation>Règles non respectées</translation>
    </message>
    <message>
        <source>Points to settle</source>
        <translation>Points à régler</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>A requirement of the standard is not met: likely a major nonconformity.</source>
        <translation>Une exigence de la norme n’est pas satisfaite : probablement une non-conformité majeure.</translation>
    </message>
    <message>
        <source>A requirement is met in part or a record is incomplete: likely a minor nonconformity or an observation.</source>
        <translation>Une exigence est partiellement satisfaite ou un enregistrement est incomplet : probablement une non-conformité mineure ou une observation.</translation>
    </message>
    <message>
        <source>No rule found a point.</source>
        <translation>Aucune règle n’a trouvé de point.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>(missing)</source>
        <extracomment>The record column of a finding about a record that does not exist.</extracomment>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>No point in this area.</source>
        <translation>Aucun point dans ce domaine.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Every rule of the check, with the clause of ISO/IEC 27001 it serves and its result. Rule ids are stable, so that a finding can be traced from one check to the next.</source>
        <translation>Chaque règle de la vérification, avec l’article de l’ISO/IEC 27001 qu’elle sert et son résultat. Les identifiants de règle sont stables, de sorte qu’un constat peut être suivi d’une vérification à la suivante.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not checked</source>
        <extracomment>Result of a rule whose register this project file does not hold yet.</extracomment>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <extracomment>Result of a rule: how many points it found.</extracomment>
        <translation>Points : %1</translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <extracomment>Result of a rule that cannot pass while another rule (its id) finds a point.</extracomment>
        <translation>En attente de %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Vérification de la préparation à l’audit</translation>
    </message>
    <message>
        <source>Readiness score %1 of 100: what a certification auditor would find missing, rule by rule</source>
        <translation>Score de préparation à l’audit %1 sur 100 : ce qu’un auditeur de certification trouverait manquant, règle par règle</translation>
    </message>
</context>
<context>
    <name>isms::ReadinessRules</name>
    <message>
        <source>%1 "%2" is rated %3, above the acceptance threshold, and has no owner; name the person accountable for it.</source>
        <extracomment>%1 %2: risk reference and title; %3: its level ("High").</extracomment>
        <translation>%1 « %2 » est évalué %3, au-dessus du seuil d’acceptation, et n’a pas de propriétaire ; désignez la personne qui en répond.</translation>
    </message>
    <message>
        <source>%1 "%2" is rated %3, above the acceptance threshold, and no treatment is chosen; decide how to treat it.</source>
        <translation>%1 « %2 » est évalué %3, au-dessus du seuil d’acceptation, et aucun traitement n’est choisi ; décidez comment le traiter.</translation>
    </message>
    <message>
        <source>%1 "%2" remains at %3, above the acceptance threshold, without its owner's sign-off; have the owner accept it or treat it further.</source>
        <extracomment>%3: the residual level ("High").</extracomment>
        <translation>%1 « %2 » reste à %3, au-dessus du seuil d’acceptation, sans l’approbation de son propriétaire ; faites-le accepter par le propriétaire ou traitez-le davantage.</translation>
    </message>
    <message>
        <source>%1 "%2" was due for review on %3; reassess it and set the next review date.</source>
        <extracomment>%3: the review date, YYYY-MM-DD.</extracomment>
        <translation>%1 « %2 » devait être revu le %3 ; réévaluez-le et fixez la date de la prochaine revue.</translation>
    </message>
    <message>
        <source>The treatment task %1 "%2" of risk %3 was due on %4 and is not done; finish it or set a new date.</source>
        <extracomment>%1 %2: task reference and title; %3: its risk's reference; %4: the due date, YYYY-MM-DD.</extracomment>
        <translation>La tâche de traitement %1 « %2 » du risque %3 était due le %4 et n’est pas terminée ; terminez-la ou fixez une nouvelle date.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no information security policy; add a document of type "Information security policy".</source>
        <translation>Il n’y a pas de politique de sécurité de l’information ; ajoutez un document de type « Politique de sécurité de l’information ».</translation>
    </message>
    <message>
        <source>The information security policy %1 is not approved; have top management approve it.</source>
        <translation>La politique de sécurité de l’information %1 n’est pas approuvée ; faites-la approuver par la direction.</translation>
    </message>
    <message>
        <source>the objectives or how they are set</source>
        <translation>les objectifs ou la manière de les fixer</translation>
    </message>
    <message>
        <source>the promise to meet requirements</source>
        <translation>l’engagement à satisfaire aux exigences</translation>
    </message>
    <message>
        <source>the promise of ongoing improvement</source>
        <translation>l’engagement d’amélioration continue</translation>
    </message>
    <message>
        <source>The information security policy %1 lacks %2; add it to the policy and tick it in the content checklist.</source>
        <translation>La politique de sécurité de l’information %1 ne contient pas %2 ; ajoutez ce point à la politique et cochez-le dans la liste de contrôle du contenu.</translation>
    </message>
    <message>
        <source>%1 has not acknowledged the information security policy %2; record their acknowledgement.</source>
        <translation>%1 n’a pas pris connaissance de la politique de sécurité de l’information %2 ; enregistrez sa prise de connaissance.</translation>
    </message>
    <message>
        <source>The review of %1 was due on %2; review it and set the next review date.</source>
        <translation>La revue de %1 était due le %2 ; revoyez le document et fixez la prochaine date de revue.</translation>
    </message>
    <message>
        <source>%1 is approved but has no approved version; add the approved file as a version.</source>
        <translation>%1 est approuvé mais n’a pas de version approuvée ; ajoutez le fichier approuvé comme version.</translation>
    </message>
    <message>
        <source>Top management has not yet shown the leadership duty %1; record how it is shown and attach evidence.</source>
        <translation>La direction n’a pas encore démontré l’obligation de leadership %1 ; enregistrez comment elle est démontrée et joignez des preuves.</translation>
    </message>
    <message>
        <source>The leadership duty %1 is marked as shown but has no evidence; attach the minutes, decision or message that shows it.</source>
        <translation>L’obligation de leadership %1 est marquée comme démontrée mais n’a pas de preuve ; joignez le procès-verbal, la décision ou le message qui la démontre.</translation>
    </message>
</context>
<context>
    <name>isms::RecordExtras</name>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Effective confidentiality</source>
        <translation>Confidentialité effective</translation>
    </message>
    <message>
        <source>Effective integrity</source>
        <translation>Intégrité effective</translation>
    </message>
    <message>
        <source>Effective availability</source>
        <translation>Disponibilité effective</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
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
        <translation>%1 n’a aucune entrée de création dans le journal des modifications ; l’enregistrement a été ajouté en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The creation entry of %1 in the change log cannot be read; it was changed outside ISMS Workbench.</source>
        <translation>L’entrée de création de %1 dans le journal des modifications est illisible ; elle a été modifiée en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 differs from its last logged value; it was changed outside ISMS Workbench.</source>
        <translation>Le champ « %1 » de %2 diffère de sa dernière valeur journalisée ; il a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>%1 is missing although the change log never recorded its deletion; it was deleted outside ISMS Workbench.</source>
        <translation>%1 manque alors que le journal des modifications n’a jamais enregistré sa suppression ; l’enregistrement a été supprimé en dehors d’ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::RecordImport</name>
    <message>
        <source>"%1" cannot be read; check the file name and that you may read it.</source>
        <translation>« %1 » ne peut pas être lu ; vérifiez le nom du fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>"%1" is larger than %2 MB; split it into smaller files.</source>
        <translation>« %1 » dépasse %2 Mo ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it again as "CSV UTF-8" and import that.</source>
        <translation>Le fichier n’est pas du texte UTF-8 ; enregistrez-le à nouveau au format « CSV UTF-8 » et importez ce nouveau fichier.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row and one row per record.</source>
        <translation>Le fichier est vide ; il lui faut une ligne d’en-tête et une ligne par enregistrement.</translation>
    </message>
    <message>
        <source>The file is not a JSON array of objects (%1); export one with "isms-cli list %2 FILE --format json" to see the form.</source>
        <translation>Le fichier n’est pas un tableau JSON d’objets (%1) ; exportez-en un avec « isms-cli list %2 FILE --format json » pour voir la forme attendue.</translation>
    </message>
    <message>
        <source>Entry %1 of the JSON array is not an object.</source>
        <translation>L’entrée %1 du tableau JSON n’est pas un objet.</translation>
    </message>
    <message>
        <source>"%1" is not a mapping; write 'Header=field' with a field of %2.</source>
        <translation>« %1 » n’est pas une correspondance ; écrivez 'Header=field' avec un champ de %2.</translation>
    </message>
    <message>
        <source>this column and "%1" both give %2; remove one or map it to another field with --map.</source>
        <translation>cette colonne et « %1 » donnent toutes deux le champ « %2 » ; supprimez-en une ou associez-la à un autre champ avec --map.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation>la ligne compte %1 cellules, mais l’en-tête seulement %2 colonnes ; vérifiez les séparateurs et les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation>%1 figure deux fois dans le fichier (aussi à la ligne %2).</translation>
    </message>
    <message>
        <source>the file has no column for %1, which every new %2 needs; add the column or map one to it with --map.</source>
        <translation>le fichier n’a pas de colonne pour %1, nécessaire à tout nouvel enregistrement (%2) ; ajoutez la colonne ou associez-en une avec --map.</translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation>L’importation présente des problèmes, rien n’a donc été importé ; corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>The first worksheet is empty; it needs a header row and one row per record.</source>
        <translation>La première feuille de calcul est vide ; il lui faut une ligne d’en-tête et une ligne par enregistrement.</translation>
    </message>
    <message>
        <source>"%1" is not a file that can be imported; use a .csv, .xlsx or .json file.</source>
        <translation>« %1 » n’est pas un fichier importable ; utilisez un fichier .csv, .xlsx ou .json.</translation>
    </message>
    <message>
        <source>"%1" is none of the %2; give a reference such as %3.</source>
        <translation>« %1 » ne figure pas parmi les %2 ; indiquez une référence comme %3.</translation>
    </message>
</context>
<context>
    <name>isms::RecordLinks</name>
    <message>
        <source>there is no %1 "%2"; list them with "isms-cli list %3".</source>
        <translation>il n’existe aucun enregistrement « %2 » (%1) ; affichez la liste avec « isms-cli list %3 ».</translation>
    </message>
</context>
<context>
    <name>isms::RecordRepository</name>
    <message>
        <source>The register does not name records of other registers.</source>
        <translation>Le registre ne désigne pas d’enregistrements d’autres registres.</translation>
    </message>
</context>
<context>
    <name>isms::RecordService</name>
    <message>
        <source>The reference %1 is already used by another %2; choose another or leave it empty to get the next free one.</source>
        <translation>La référence %1 est déjà utilisée par un autre enregistrement (%2) ; choisissez-en une autre ou laissez le champ vide pour obtenir la prochaine référence libre.</translation>
    </message>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Cet enregistrement (%1) n’existe plus.</translation>
    </message>
    <message>
        <source>There is no %1 "%2"; list them with "isms-cli list %3".</source>
        <translation>Il n’existe aucun enregistrement « %2 » (%1) ; affichez la liste avec « isms-cli list %3 ».</translation>
    </message>
    <message>
        <source>The record does not fit its register.</source>
        <translation>L’enregistrement ne correspond pas à son registre.</translation>
    </message>
    <message>
        <source>%1 cannot be changed by hand; it is %2.</source>
        <translation>Le champ « %1 » ne peut pas être modifié à la main ; il est %2.</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>The register %1 has no field "%2".</source>
        <translation>Le registre %1 n’a pas de champ « %2 ».</translation>
    </message>
    <message>
        <source>%1 cannot be removed while records of %2 refer to it (%3); remove those first.</source>
        <translation>%1 ne peut pas être supprimé tant que des enregistrements de %2 y font référence (%3) ; supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>The link target "%1" does not exist.</source>
        <translation>La cible du lien « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>The %1 come from the catalogue of the standard: their tracking can be changed, but none can be added or removed.</source>
        <translation>Les %1 proviennent du catalogue de la norme : leur suivi peut être modifié, mais aucune ne peut être ajoutée ni supprimée.</translation>
    </message>
    <message>
        <source>The reference of %1 cannot be changed while %2 name it (%3); keep the reference, or remove those first.</source>
        <translation>La référence de %1 ne peut pas être modifiée tant que des %2 la désignent (%3) ; conservez la référence ou supprimez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>isms::RegisterCatalogue</name>
    <message>
        <source>The program's starting catalogue of %1 is damaged; reinstall ISMS Workbench.</source>
        <translation>Le catalogue initial des %1 fourni avec le programme est endommagé ; réinstallez ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::RegisterTable</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>A value left empty in a record printed as labels and values.</extracomment>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>isms::ReportOptions</name>
    <message>
        <source>Internal</source>
        <extracomment>The default classification label printed on every page of a report.</extracomment>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>isms::ReportRenderer</name>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Identifiant du document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation>Généré par %1 le %2</translation>
    </message>
    <message>
        <source>Contents (continued)</source>
        <translation>Sommaire (suite)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
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
        <translation>Le rapport n’a pas de sortie sur laquelle être dessiné.</translation>
    </message>
    <message>
        <source>The report could not be drawn because its output could not be opened; check the printer or the target file and try again.</source>
        <translation>Le rapport n’a pas pu être dessiné car sa sortie n’a pas pu être ouverte ; vérifiez l’imprimante ou le fichier cible et réessayez.</translation>
    </message>
    <message>
        <source>The report could not be drawn because the output refused a new page; check the printer or the target file and try again.</source>
        <translation>Le rapport n’a pas pu être dessiné car la sortie a refusé une nouvelle page ; vérifiez l’imprimante ou le fichier cible et réessayez.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>Above a table that continues from the previous page: "A.5 Organizational controls (continued)".</extracomment>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>isms::RequirementService</name>
    <message>
        <source>There is no Annex A control "%1"; use an id from A.5.1 to A.8.34.</source>
        <translation>Il n’existe pas de mesure « %1 » dans l’annexe A ; utilisez un identifiant de A.5.1 à A.8.34.</translation>
    </message>
    <message>
        <source>There is no clause "%1"; use a clause number from 4 to 10.3, such as 6.1.2.</source>
        <translation>Il n’existe pas d’article « %1 » ; utilisez un numéro d’article de 4 à 10.3, par exemple 6.1.2.</translation>
    </message>
</context>
<context>
    <name>isms::RequirementSpecs</name>
    <message>
        <source>The risk-treatment reason comes from the risks that name the control; link the control to a risk instead of typing it.</source>
        <translation>La raison « traitement des risques » vient des risques qui citent la mesure ; reliez la mesure à un risque au lieu de la saisir.</translation>
    </message>
    <message>
        <source>"%1" is not a reason for including a control; use %2.</source>
        <translation>« %1 » n’est pas une raison d’inclure une mesure ; utilisez %2.</translation>
    </message>
    <message>
        <source>Clause %1 cannot be "not applicable": clauses 4 to 10 apply to every ISMS. Set its status to where the work stands, from "not started" to "implemented".</source>
        <translation>L’article %1 ne peut pas être « non applicable » : les articles 4 à 10 s’appliquent à tout SMSI. Réglez son statut selon l’avancement réel des travaux, de « non commencée » à « mise en œuvre ».</translation>
    </message>
</context>
<context>
    <name>isms::ResourceSpec</name>
    <message>
        <source>An approved or provided resource names who is responsible for it; fill in "Owner", or keep it as requested.</source>
        <translation>Une ressource approuvée ou fournie indique qui en est responsable ; remplissez « Responsable », ou laissez-la à l’état demandé.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewInputs</name>
    <message>
        <source>%1 %2</source>
        <translation>%2 : %1</translation>
    </message>
    <message>
        <source>%1 %2 recorded.</source>
        <translation>Au total : %1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 recorded: %3.</source>
        <translation>Au total : %1 %2 (%3).</translation>
    </message>
    <message>
        <source>%1 new since the previous review on %2.</source>
        <translation>Nouveaux depuis la revue précédente du %2 : %1.</translation>
    </message>
    <message>
        <source>%1 new since records began (no earlier review).</source>
        <translation>Nouveaux depuis le début des enregistrements (aucune revue antérieure) : %1.</translation>
    </message>
    <message>
        <source>Open: %1 %2 (%3)</source>
        <translation>Ouvert : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, en retard depuis le %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, échéance le %2</translation>
    </message>
    <message>
        <source>%1 (from %2) %3 - %4%5</source>
        <translation>%1 (issue de %2) %3 - %4%5</translation>
    </message>
    <message>
        <source>; owner %1</source>
        <translation>; responsable : %1</translation>
    </message>
    <message>
        <source>No action was decided in an earlier review.</source>
        <translation>Aucune action n’a été décidée lors d’une revue antérieure.</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>New: %1 %2</source>
        <translation>Nouveau : %1 %2</translation>
    </message>
    <message>
        <source>Changed: %1 %2 (%3)</source>
        <translation>Modifié : %1 %2 (%3)</translation>
    </message>
    <message>
        <source>No issue or interested party changed since the previous review on %1.</source>
        <translation>Aucun enjeu ni aucune partie intéressée n’a changé depuis la revue précédente du %1.</translation>
    </message>
    <message>
        <source>No issue or interested party is recorded.</source>
        <translation>Aucun enjeu ni aucune partie intéressée n’est enregistré.</translation>
    </message>
    <message>
        <source>: not measured yet</source>
        <translation>: pas encore mesuré</translation>
    </message>
    <message>
        <source>: latest %1 on %2</source>
        <translation>: dernière valeur %1 le %2</translation>
    </message>
    <message>
        <source>, target %1 met</source>
        <translation>, valeur cible %1 atteinte</translation>
    </message>
    <message>
        <source>, target %1 not met</source>
        <translation>, valeur cible %1 non atteinte</translation>
    </message>
    <message>
        <source>; evaluated %1 (target met: %2): %3</source>
        <translation>; évalué le %1 (valeur cible atteinte : %2) : %3</translation>
    </message>
    <message>
        <source>No active metric is recorded.</source>
        <translation>Aucun indicateur actif n’est enregistré.</translation>
    </message>
    <message>
        <source>%1 %2 - %3</source>
        <translation>%1 %2 - %3</translation>
    </message>
    <message>
        <source>; target: %1</source>
        <translation>; cible : %1</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>; échéance le %1</translation>
    </message>
    <message>
        <source>; evaluation: %1</source>
        <translation>; évaluation : %1</translation>
    </message>
    <message>
        <source>No information security objective is recorded.</source>
        <translation>Aucun objectif de sécurité de l’information n’est enregistré.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): addressed: %4</source>
        <translation>%1 %2 (%3) : prise en compte : %4</translation>
    </message>
    <message>
        <source>; asks for: %1</source>
        <translation>; demande : %1</translation>
    </message>
    <message>
        <source> [updated since the previous review]</source>
        <translation> [mise à jour depuis la revue précédente]</translation>
    </message>
    <message>
        <source>No interested party is recorded, so no feedback was compiled.</source>
        <translation>Aucune partie intéressée n’est enregistrée ; aucun retour n’a donc été compilé.</translation>
    </message>
    <message>
        <source>Latest assessment run %1 on %2: %3 risks, %4 above the acceptance threshold.</source>
        <translation>Dernière campagne d’appréciation %1 du %2 : %3 risques, %4 au-dessus du seuil d’acceptation.</translation>
    </message>
    <message>
        <source>No risk assessment run is recorded.</source>
        <translation>Aucune campagne d’appréciation des risques n’est enregistrée.</translation>
    </message>
    <message>
        <source>The risk register is empty.</source>
        <translation>Le registre des risques est vide.</translation>
    </message>
    <message>
        <source>Risk register: %1 risks (%2); %3 without a treatment decision.</source>
        <translation>Registre des risques : %1 risques (%2) ; %3 sans décision de traitement.</translation>
    </message>
    <message>
        <source>Overdue treatment task %1 %2 (due %3)</source>
        <translation>Tâche de traitement en retard %1 %2 (échéance le %3)</translation>
    </message>
    <message>
        <source>Treatment tasks: %1 open (%2 overdue), %3 done.</source>
        <translation>Tâches de traitement : %1 ouvertes (%2 en retard), %3 terminées.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, from %4)</source>
        <translation>%1 %2 (%3, source : %4)</translation>
    </message>
    <message>
        <source>Opportunity %1 %2 (%3)</source>
        <translation>Opportunité %1 %2 (%3)</translation>
    </message>
    <message>
        <source>No open improvement or opportunity is recorded.</source>
        <translation>Aucune amélioration ni opportunité ouverte n’est enregistrée.</translation>
    </message>
    <message>
        <source>No %1 register in this project, so nothing could be compiled from it.</source>
        <translation>Aucun registre des %1 dans ce projet ; rien n’a donc pu en être compilé.</translation>
    </message>
    <message>
        <source>Status of actions from previous reviews</source>
        <translation>État d’avancement des actions décidées lors des revues de direction précédentes</translation>
    </message>
    <message>
        <source>Changes in external and internal issues and interested parties</source>
        <translation>Modifications des enjeux externes et internes et des parties intéressées</translation>
    </message>
    <message>
        <source>Nonconformities and corrective actions</source>
        <translation>Non-conformités et actions correctives</translation>
    </message>
    <message>
        <source>Monitoring and measurement results</source>
        <translation>Résultats de la surveillance et du mesurage</translation>
    </message>
    <message>
        <source>Audit results</source>
        <translation>Résultats d’audit</translation>
    </message>
    <message>
        <source>Fulfilment of the information security objectives</source>
        <translation>Réalisation des objectifs de sécurité de l’information</translation>
    </message>
    <message>
        <source>Feedback from interested parties</source>
        <translation>Retours des parties intéressées</translation>
    </message>
    <message>
        <source>Results of risk assessment and status of risk treatment</source>
        <translation>Résultats de l’appréciation des risques et état d’avancement du traitement des risques</translation>
    </message>
    <message>
        <source>Opportunities for continual improvement</source>
        <translation>Opportunités d’amélioration continue</translation>
    </message>
    <message>
        <source>The frozen inputs of the review cannot be read.</source>
        <translation>Les éléments d’entrée figés de la revue ne peuvent pas être lus.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewMinutesReport</name>
    <message>
        <source>There is no management review %1; "isms-cli list FILE management-reviews" lists them.</source>
        <translation>Il n’existe pas de revue de direction %1 ; « isms-cli list FILE management-reviews » les liste.</translation>
    </message>
    <message>
        <source>Management review %1: %2</source>
        <translation>Revue de direction %1 : %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation>Pas encore tenue</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No attendee is recorded for this review.</source>
        <translation>Aucun participant n’est enregistré pour cette revue.</translation>
    </message>
    <message>
        <source>No member of top management attended this review.</source>
        <translation>Aucun membre de la direction n’a participé à cette revue.</translation>
    </message>
    <message>
        <source>Inputs (9.3.2)</source>
        <translation>Éléments d’entrée (9.3.2)</translation>
    </message>
    <message>
        <source>The inputs below were compiled from the project and frozen when the review was held (period up to %1, SHA-256 %2).</source>
        <translation>Les éléments d’entrée ci-dessous ont été compilés à partir du projet et figés lors de la tenue de la revue (période jusqu’au %1, SHA-256 %2).</translation>
    </message>
    <message>
        <source>Not yet frozen: the inputs below are compiled from the project as it stands on %1 and will be frozen when the review is held.</source>
        <translation>Pas encore figés : les éléments d’entrée ci-dessous sont compilés à partir du projet tel qu’il est le %1 et seront figés lors de la tenue de la revue.</translation>
    </message>
    <message>
        <source>Compiled from the project</source>
        <translation>Compilé à partir du projet</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Discussion: no notes recorded.</source>
        <translation>Discussion : aucune note enregistrée.</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Discussion : %1</translation>
    </message>
    <message>
        <source>Outputs (9.3.3)</source>
        <translation>Éléments de sortie (9.3.3)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Élément de sortie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Planned change</source>
        <translation>Modification planifiée</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The review decided no action.</source>
        <translation>La revue n’a décidé aucune action.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>No conclusions are recorded.</source>
        <translation>Aucune conclusion n’est enregistrée.</translation>
    </message>
    <message>
        <source>Approval of the minutes</source>
        <translation>Approbation du procès-verbal</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approuvé par %1 le %2.</translation>
    </message>
    <message>
        <source>The minutes are not approved yet.</source>
        <translation>Le procès-verbal n’est pas encore approuvé.</translation>
    </message>
    <message>
        <source>Management review minutes</source>
        <translation>Procès-verbal de la revue de direction</translation>
    </message>
    <message>
        <source>Review %1: inputs, discussion, decisions and actions</source>
        <translation>Revue %1 : éléments d’entrée, discussion, décisions et actions</translation>
    </message>
</context>
<context>
    <name>isms::ReviewRules</name>
    <message>
        <source>No member of top management attended management review %1; record who attended, or mark the attendees who belong to top management in the people register.</source>
        <translation>Aucun membre de la direction n’a participé à la revue de direction %1 ; enregistrez qui y a participé, ou signalez dans le registre des personnes les participants qui font partie de la direction.</translation>
    </message>
    <message>
        <source>The inputs frozen with management review %1 miss %2; consider them in the next review and record them in its discussion notes.</source>
        <translation>Les éléments d’entrée figés avec la revue de direction %1 omettent %2 ; prenez-les en compte lors de la prochaine revue et consignez-les dans ses notes de discussion.</translation>
    </message>
    <message>
        <source>Review action %1 was due on %2 and is not done; finish it, or record a new due date that the next review confirms.</source>
        <translation>L’action de revue %1 était due le %2 et n’est pas terminée ; achevez-la, ou enregistrez une nouvelle date d’échéance que la prochaine revue confirme.</translation>
    </message>
</context>
<context>
    <name>isms::ReviewService</name>
    <message>
        <source>The frozen inputs of management review %1 no longer match their SHA-256; they were changed outside ISMS Workbench.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 ne correspondent plus à leur SHA-256 ; ils ont été modifiés en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are not readable.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 ne sont pas lisibles.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 have no entry in the change log; they were added outside ISMS Workbench.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 n’ont pas d’entrée dans le journal des modifications ; ils ont été ajoutés en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Management review %1 is logged as frozen more than once; the change log was written outside ISMS Workbench.</source>
        <translation>La revue de direction %1 est consignée comme figée plus d’une fois ; le journal des modifications a été écrit en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 differ from those logged when it was held; they were changed outside ISMS Workbench.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 diffèrent de ceux consignés lors de sa tenue ; ils ont été modifiés en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 are missing from the project; they were removed outside ISMS Workbench.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 sont absents du projet ; ils ont été supprimés en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>A planned review has no "Held on" date yet; clear it, or mark the review held.</source>
        <translation>Une revue planifiée n’a pas encore de date « Tenue le » ; effacez-la, ou marquez la revue comme tenue.</translation>
    </message>
    <message>
        <source>A held review says when it was held; fill in "Held on", or leave the review planned.</source>
        <translation>Une revue tenue indique quand elle a été tenue ; remplissez « Tenue le », ou laissez la revue planifiée.</translation>
    </message>
    <message>
        <source>A review cannot have been held on %1, which lies in the future; give the day it was held, or leave it planned.</source>
        <translation>Une revue ne peut pas avoir été tenue le %1, qui est dans le futur ; indiquez le jour où elle a été tenue, ou laissez-la planifiée.</translation>
    </message>
    <message>
        <source>Approved minutes say who approved them and when; fill in "Minutes approved by" and "Minutes approved on", or set the status to held.</source>
        <translation>Un procès-verbal approuvé indique qui l’a approuvé et quand ; remplissez « Procès-verbal approuvé par » et « Procès-verbal approuvé le », ou passez le statut à tenue.</translation>
    </message>
    <message>
        <source>The minutes cannot be approved on %1, before the review was held on %2; correct one of the dates.</source>
        <translation>Le procès-verbal ne peut pas être approuvé le %1, avant la tenue de la revue le %2 ; corrigez l’une des deux dates.</translation>
    </message>
    <message>
        <source>A done action says when it was done; fill in "Done on", or choose another status.</source>
        <translation>Une action terminée indique quand elle a été terminée ; remplissez « Terminée le », ou choisissez un autre statut.</translation>
    </message>
    <message>
        <source>Only a done action has a "Done on" date; clear it, or mark the action done.</source>
        <translation>Seule une action terminée a une date « Terminée le » ; effacez-la, ou marquez l’action comme terminée.</translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen; a review is held only once. Plan the next review as a new record.</source>
        <translation>La revue de direction %1 a été tenue et ses éléments d’entrée sont figés ; une revue n’est tenue qu’une fois. Planifiez la prochaine revue comme un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>Management review %1 was held and its inputs are frozen, so it stays in the project as the record of that review; only a planned review can be removed.</source>
        <translation>La revue de direction %1 a été tenue et ses éléments d’entrée sont figés : elle reste donc dans le projet comme trace de cette revue ; seule une revue planifiée peut être supprimée.</translation>
    </message>
    <message>
        <source>Management review %1 was already held on %2 and its inputs are frozen as they stood then; a review is held only once. Plan the next review as a new record.</source>
        <translation>La revue de direction %1 a déjà été tenue le %2 et ses éléments d’entrée sont figés tels qu’ils étaient alors ; une revue n’est tenue qu’une fois. Planifiez la prochaine revue comme un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>Only a "Change needed" output becomes a planned change; %1 is another kind of output. Change its type first if it needs a change to the ISMS.</source>
        <translation>Seul un élément de sortie « Modification nécessaire » devient une modification planifiée ; %1 est un autre type d’élément de sortie. Changez d’abord son type s’il nécessite une modification du SMSI.</translation>
    </message>
    <message>
        <source>%1 already has its planned change; open it from the action's "Planned change" field.</source>
        <translation>%1 a déjà sa modification planifiée ; ouvrez-la depuis le champ « Modification planifiée » de l’action.</translation>
    </message>
    <message>
        <source>Decided in management review %1 as output %2:
%3</source>
        <translation>Décidé lors de la revue de direction %1 comme élément de sortie %2 :
%3</translation>
    </message>
    <message>
        <source>The frozen inputs of management review %1 cannot be read; they were damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Les éléments d’entrée figés de la revue de direction %1 ne peuvent pas être lus ; ils ont été endommagés en dehors d’ISMS Workbench. Exécutez « isms-cli check » sur le projet.</translation>
    </message>
    <message>
        <source>Management review %1 is held but has no frozen inputs; they were removed outside ISMS Workbench.</source>
        <translation>La revue de direction %1 est tenue mais n’a pas d’éléments d’entrée figés ; ils ont été supprimés en dehors d’ISMS Workbench.</translation>
    </message>
    <message>
        <source>Management review %1 has frozen inputs but is marked planned; its status was changed outside ISMS Workbench.</source>
        <translation>La revue de direction %1 a des éléments d’entrée figés mais est marquée comme planifiée ; son statut a été modifié en dehors d’ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::RiskCells</name>
    <message>
        <source>Not rated</source>
        <extracomment>A risk level cell of a risk that has no likelihood or impact yet.</extracomment>
        <translation>Non évalué</translation>
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
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Vraisemblance →</translation>
    </message>
    <message>
        <source>%1 (acceptance threshold)</source>
        <translation>%1 (seuil d’acceptation)</translation>
    </message>
    <message numerus="yes">
        <source>Not yet rated: %n</source>
        <translation>
            <numerusform>Pas encore évalué : %n</numerusform>
            <numerusform>Pas encore évalués : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isms::RiskMethod</name>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Not expected within the next five years; no known occurrence here or at peers.</source>
        <translation>Non attendu dans les cinq prochaines années ; aucun cas connu chez nous ni chez des organismes comparables.</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Could happen within five years; it has happened to peers, not to us.</source>
        <translation>Pourrait survenir d’ici cinq ans ; c’est arrivé à des organismes comparables, pas à nous.</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Could happen within two years; it has happened here before.</source>
        <translation>Pourrait survenir d’ici deux ans ; c’est déjà arrivé chez nous.</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Expected within the next year.</source>
        <translation>Attendu au cours de l’année à venir.</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Quasi certain</translation>
    </message>
    <message>
        <source>Expected several times a year, or already happening.</source>
        <translation>Attendu plusieurs fois par an, ou déjà en cours.</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>No noticeable effect on customers, operations or compliance.</source>
        <translation>Aucun effet notable sur les clients, l’exploitation ou la conformité.</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Short disruption or small loss, handled within normal operations.</source>
        <translation>Brève perturbation ou perte légère, gérée dans le cadre de l’exploitation normale.</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Disruption of a service for up to a day, a loss that needs management attention, or a reportable but contained breach.</source>
        <translation>Interruption d’un service pendant une journée au plus, perte qui requiert l’attention de la direction, ou violation à déclarer mais circonscrite.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Disruption for several days, a significant financial loss, regulatory action or damage to reputation in the market.</source>
        <translation>Interruption de plusieurs jours, perte financière importante, mesures des autorités de contrôle ou atteinte à la réputation sur le marché.</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>The organisation's existence, licence or key customer relationships are at stake.</source>
        <translation>L’existence de l’organisme, son agrément ou ses relations clés avec ses clients sont en jeu.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>May be shared with anyone; disclosure causes no harm.</source>
        <translation>Peut être communiqué à tous ; la divulgation ne cause aucun préjudice.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>For staff and contracted partners; disclosure causes little harm.</source>
        <translation>Pour le personnel et les partenaires sous contrat ; la divulgation cause un préjudice limité.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>For named groups with a need to know; disclosure harms the organisation or the people concerned.</source>
        <translation>Pour des groupes désignés qui ont besoin d’en connaître ; la divulgation nuit à l’organisme ou aux personnes concernées.</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>For named people only; disclosure causes severe harm. Encrypted at rest and in transit.</source>
        <translation>Uniquement pour des personnes nommément désignées ; la divulgation cause un préjudice grave. Chiffrement au repos et en transit.</translation>
    </message>
    <message>
        <source>A significant change to the scope, the organisation or its processes</source>
        <translation>Une modification importante du domaine d’application, de l’organisme ou de ses processus</translation>
    </message>
    <message>
        <source>A new or changed system, supplier or location that handles classified information</source>
        <translation>Un système, un fournisseur ou un site, nouveau ou modifié, qui traite des informations classifiées</translation>
    </message>
    <message>
        <source>A security incident or a nonconformity that reveals an unassessed risk</source>
        <translation>Un incident de sécurité ou une non-conformité qui révèle un risque non encore apprécié</translation>
    </message>
    <message>
        <source>A new legal, regulatory or contractual requirement</source>
        <translation>Une nouvelle exigence légale, réglementaire ou contractuelle</translation>
    </message>
    <message>
        <source>likelihood scale</source>
        <translation>l’échelle de vraisemblance</translation>
    </message>
    <message>
        <source>impact scale</source>
        <translation>l’échelle d’impact</translation>
    </message>
    <message>
        <source>The colour of the risk level "%1" is not a colour.</source>
        <translation>La couleur du niveau de risque « %1 » n’est pas une couleur valide.</translation>
    </message>
    <message>
        <source>list of risk levels</source>
        <translation>la liste des niveaux de risque</translation>
    </message>
    <message>
        <source>classification scheme</source>
        <translation>le schéma de classification</translation>
    </message>
    <message>
        <source>The matrix needs one row for each step of the likelihood scale.</source>
        <translation>La matrice doit avoir une ligne pour chaque échelon de l’échelle de vraisemblance.</translation>
    </message>
    <message>
        <source>The matrix needs one column for each step of the impact scale.</source>
        <translation>La matrice doit avoir une colonne pour chaque échelon de l’échelle d’impact.</translation>
    </message>
    <message>
        <source>The matrix cell for likelihood %1 and impact %2 names no risk level.</source>
        <translation>La cellule de la matrice pour la vraisemblance %1 et l’impact %2 n’indique aucun niveau de risque.</translation>
    </message>
    <message>
        <source>The acceptance threshold must be one of the risk levels.</source>
        <translation>Le seuil d’acceptation doit être l’un des niveaux de risque.</translation>
    </message>
    <message>
        <source>Risks must be reviewed at least every 60 months; the interval is %1.</source>
        <translation>Les risques doivent être revus au moins tous les 60 mois ; l’intervalle est de %1.</translation>
    </message>
    <message>
        <source>At most %1 reassessment triggers can be listed.</source>
        <translation>Vous pouvez indiquer au plus %1 déclencheurs d’une nouvelle appréciation.</translation>
    </message>
    <message>
        <source>Each reassessment trigger must be one line of at most %1 characters.</source>
        <translation>Chaque déclencheur d’une nouvelle appréciation doit tenir sur une ligne d’au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The method's notes must be plain text of at most 20000 characters.</source>
        <translation>Les notes de la méthode doivent être du texte brut d’au plus 20000 caractères.</translation>
    </message>
    <message>
        <source>The stored risk assessment method is not readable.</source>
        <translation>La méthode d’appréciation des risques enregistrée est illisible.</translation>
    </message>
    <message>
        <source>The %1 needs between %2 and %3 steps; it has %4.</source>
        <translation>Il faut entre %2 et %3 échelons dans %1 ; il y en a %4.</translation>
    </message>
    <message>
        <source>Step %1 of the %2 needs a label.</source>
        <translation>L’échelon %1 dans %2 doit avoir un libellé.</translation>
    </message>
    <message>
        <source>The label of step %1 of the %2 must be one line of at most %3 characters.</source>
        <translation>Le libellé de l’échelon %1 dans %2 doit tenir sur une ligne d’au plus %3 caractères.</translation>
    </message>
    <message>
        <source>The description of step %1 of the %2 must be plain text of at most %3 characters.</source>
        <translation>La description de l’échelon %1 dans %2 doit être du texte brut d’au plus %3 caractères.</translation>
    </message>
    <message>
        <source>Two steps of the %1 are called "%2"; give each its own label.</source>
        <translation>Deux échelons dans %1 s’appellent « %2 » ; donnez à chacun son propre libellé.</translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodSection</name>
    <message>
        <source>Step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Likelihood \ Impact</source>
        <extracomment>Corner of the risk matrix table: likelihood down the side, impact across the top.</extracomment>
        <translation>Vraisemblance \ Impact</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Matrix cells</source>
        <translation>Cellules de la matrice</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Above the acceptance threshold: the risk is treated, or it is retained only with a written acceptance rationale and the risk owner's sign-off.</source>
        <translation>Au-dessus du seuil d’acceptation : le risque est traité, ou il n’est maintenu qu’avec une justification écrite de l’acceptation et l’approbation du propriétaire du risque.</translation>
    </message>
    <message>
        <source>Within the acceptance threshold: the risk may be retained; the risk owner signs off the residual risk.</source>
        <translation>Dans les limites du seuil d’acceptation : le risque peut être maintenu ; le propriétaire du risque approuve le risque résiduel.</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <extracomment>A risk level named in a sentence: "Medium (level 2)".</extracomment>
        <translation>%1 (niveau %2)</translation>
    </message>
    <message>
        <source>Risk assessment method</source>
        <translation>Méthode d’appréciation des risques</translation>
    </message>
    <message>
        <source>Every information security risk of this ISMS is assessed with the criteria below. Each risk is rated for likelihood and impact on the two scales; the matrix turns the pair of ratings into a risk level, and the level is compared with the acceptance threshold. Because every assessment uses the same scales, matrix and threshold, an assessment made later or by someone else reaches the same level for the same situation, and results can be compared over time. The method is stored in the project file, and every change to it is recorded in the change log.</source>
        <translation>Chaque risque de sécurité de l’information de ce SMSI est apprécié selon les critères ci-dessous. Chaque risque est évalué en vraisemblance et en impact sur les deux échelles ; la matrice convertit ces deux évaluations en un niveau de risque, qui est comparé au seuil d’acceptation. Comme chaque appréciation utilise les mêmes échelles, la même matrice et le même seuil, une appréciation faite plus tard ou par une autre personne aboutit au même niveau pour la même situation, et les résultats peuvent être comparés dans le temps. La méthode est enregistrée dans le fichier de projet, et chacune de ses modifications est consignée dans le journal des modifications.</translation>
    </message>
    <message>
        <source>Likelihood scale</source>
        <translation>Échelle de vraisemblance</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 échelons</translation>
    </message>
    <message>
        <source>Impact scale</source>
        <translation>Échelle d’impact</translation>
    </message>
    <message>
        <source>Risk levels</source>
        <translation>Niveaux de risque</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 niveaux</translation>
    </message>
    <message>
        <source>Acceptance threshold</source>
        <translation>Seuil d’acceptation</translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation>Intervalle de revue</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>How likely a risk is to occur with the controls that are in place.</source>
        <translation>La vraisemblance qu’un risque survienne compte tenu des mesures en place.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <source>How severe the consequences would be if the risk occurred.</source>
        <translation>La gravité des conséquences si le risque survenait.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <source>The level of a risk is read where its likelihood row meets its impact column. The same matrix gives the residual level from the ratings expected once the treatment is in place.</source>
        <translation>Le niveau d’un risque se lit à l’intersection de sa ligne de vraisemblance et de sa colonne d’impact. La même matrice donne le niveau de risque résiduel à partir des évaluations attendues une fois le traitement mis en œuvre.</translation>
    </message>
    <message>
        <source>Risk levels and acceptance</source>
        <translation>Niveaux de risque et acceptation</translation>
    </message>
    <message>
        <source>The acceptance threshold is %1. A risk whose residual level is at or below it may be retained once its owner signs it off. A risk above it needs treatment; where it is retained nevertheless, its owner signs it off only with a written acceptance rationale, which this report prints with the sign-off.</source>
        <translation>Le seuil d’acceptation est %1. Un risque dont le niveau de risque résiduel est égal ou inférieur à ce seuil peut être maintenu une fois approuvé par son propriétaire. Un risque au-dessus de ce seuil doit être traité ; s’il est néanmoins maintenu, son propriétaire ne l’approuve qu’avec une justification écrite de l’acceptation, que ce rapport reproduit avec l’approbation.</translation>
    </message>
    <message>
        <source>Classification scheme</source>
        <translation>Schéma de classification</translation>
    </message>
    <message>
        <source>Information and assets are classified on this scheme, lowest first; the classification of the assets concerned informs the impact rating.</source>
        <translation>Les informations et les actifs sont classifiés selon ce schéma, de la classe la plus basse à la plus haute ; la classification des actifs concernés éclaire l’évaluation de l’impact.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Review and reassessment</source>
        <translation>Revue et nouvelle appréciation</translation>
    </message>
    <message>
        <source>Every risk is reassessed at least every %1 months, and its next review date is set in the register.</source>
        <translation>Chaque risque fait l’objet d’une nouvelle appréciation au moins tous les %1 mois, et la date de sa prochaine revue est fixée dans le registre.</translation>
    </message>
    <message>
        <source>Reassessment triggers</source>
        <translation>Déclencheurs d’une nouvelle appréciation</translation>
    </message>
    <message>
        <source>None are defined beyond the review interval.</source>
        <translation>Aucun n’est défini en dehors de l’intervalle de revue.</translation>
    </message>
    <message>
        <source>Notes on the method</source>
        <translation>Notes sur la méthode</translation>
    </message>
</context>
<context>
    <name>isms::RiskMethodService</name>
    <message>
        <source>The project's risk assessment method was damaged outside the program (%1); the default method is used until it is set again on the Methodology page.</source>
        <translation>La méthode d’appréciation des risques du projet a été endommagée en dehors du programme (%1) ; la méthode par défaut s’applique jusqu’à ce qu’une méthode soit de nouveau définie sur la page « Méthodologie ».</translation>
    </message>
    <message>
        <source>The risk assessment method has no entry in the change log; it was written outside the program.</source>
        <translation>La méthode d’appréciation des risques n’a aucune entrée dans le journal des modifications ; elle a été écrite en dehors du programme.</translation>
    </message>
    <message>
        <source>The risk assessment method differs from the last version in the change log; it was changed outside the program.</source>
        <translation>La méthode d’appréciation des risques diffère de la dernière version du journal des modifications ; elle a été modifiée en dehors du programme.</translation>
    </message>
    <message>
        <source>The risk assessment method is not valid: %1</source>
        <translation>La méthode d’appréciation des risques n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>isms::RiskRegisterSection</name>
    <message>
        <source>Awaiting sign-off</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Threat / vulnerability</source>
        <translation>Menace / vulnérabilité</translation>
    </message>
    <message>
        <source>Existing controls</source>
        <translation>Mesures existantes</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Planned controls</source>
        <translation>Mesures planifiées</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>The register holds no risks yet.</source>
        <translation>Le registre ne contient encore aucun risque.</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Each risk owner approves the treatment of the risk and accepts the residual risk by signing it off. The acceptance threshold is %1; a residual level above it is signed off only with an acceptance rationale. Where a risk has not been re-rated for its treatment, its current level stands for the residual one. Signed off: %2 risks. Awaiting sign-off: %3 open risks.</source>
        <translation>Par son approbation, le propriétaire de chaque risque en approuve le traitement et accepte le risque résiduel. Le seuil d’acceptation est %1 ; un niveau de risque résiduel supérieur n’est approuvé qu’avec une justification de l’acceptation. Lorsqu’un risque n’a pas été réévalué pour son traitement, son niveau actuel tient lieu de niveau résiduel. Risques approuvés : %2. En attente d’approbation : %3 risques ouverts.</translation>
    </message>
    <message>
        <source>Signed-off risks</source>
        <translation>Risques approuvés</translation>
    </message>
    <message>
        <source>No risk has been signed off yet.</source>
        <translation>Aucun risque n’a encore été approuvé.</translation>
    </message>
    <message>
        <source>Residual level</source>
        <translation>Niveau de risque résiduel</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Acceptance rationale</source>
        <translation>Justification de l’acceptation</translation>
    </message>
    <message>
        <source>Not needed: within the acceptance threshold.</source>
        <translation>Non requise : dans les limites du seuil d’acceptation.</translation>
    </message>
    <message>
        <source>Risks awaiting sign-off</source>
        <translation>Risques en attente d’approbation</translation>
    </message>
    <message>
        <source>Every open risk is signed off.</source>
        <translation>Tous les risques ouverts sont approuvés.</translation>
    </message>
    <message>
        <source>These open risks have no sign-off yet. They are part of the register like every other risk and are listed here so that their owners can be asked to review and sign them off.</source>
        <translation>Ces risques ouverts n’ont pas encore d’approbation. Ils font partie du registre comme tous les autres risques et sont listés ici afin que leurs propriétaires puissent être invités à les examiner et à les approuver.</translation>
    </message>
    <message>
        <source>Before the sign-off</source>
        <translation>Avant l’approbation</translation>
    </message>
    <message>
        <source>Assign a risk owner.</source>
        <translation>Désigner un propriétaire du risque.</translation>
    </message>
    <message>
        <source>Rate likelihood and impact.</source>
        <translation>Évaluer la vraisemblance et l’impact.</translation>
    </message>
    <message>
        <source>Above the acceptance threshold: treat it further, or write an acceptance rationale.</source>
        <translation>Au-dessus du seuil d’acceptation : poursuivre le traitement ou rédiger une justification de l’acceptation.</translation>
    </message>
    <message>
        <source>Ready for the owner's sign-off.</source>
        <translation>Prêt pour l’approbation du propriétaire.</translation>
    </message>
    <message>
        <source>Every risk of the register, by reference.</source>
        <extracomment>The first sentence of the risk register's introduction when it prints only some risks.</extracomment>
        <translation>Tous les risques du registre, par référence.</translation>
    </message>
    <message>
        <source>The risks named above, by reference.</source>
        <translation>Les risques cités ci-dessus, par référence.</translation>
    </message>
    <message>
        <source>Each rating shows the level the matrix gives and, below it, likelihood × impact on the scales of the method. The current rating takes the existing controls into account; the residual rating is the one expected once the treatment is in place ("Not rated": not re-rated for its treatment yet). Controls are Annex A controls; planned controls are part of the treatment.</source>
        <translation>Chaque évaluation indique le niveau que donne la matrice et, en dessous, vraisemblance × impact sur les échelles de la méthode. L’évaluation actuelle tient compte des mesures existantes ; l’évaluation résiduelle est celle attendue une fois le traitement en place (« Non évalué » : pas encore réévalué pour son traitement). Les mesures sont des mesures de l’annexe A ; les mesures prévues font partie du traitement.</translation>
    </message>
</context>
<context>
    <name>isms::RiskReport</name>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a count per risk level: "3 Low".</extracomment>
        <translation>%2 : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A count followed by the references it counts: "2 (R-003, R-007)".</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>This report sets out how information security risks are assessed, the risks found, how each is treated and who accepted the residual risk, as recorded in the project on %1. The sections follow the order of the work: the method, the heat maps, the register, the sign-offs and the treatment plan.</source>
        <translation>Ce rapport expose comment les risques de sécurité de l’information sont appréciés, quels risques ont été identifiés, comment chacun est traité et qui a accepté le risque résiduel, tels qu’enregistrés dans le projet le %1. Les sections suivent l’ordre du travail : la méthode, les cartes de chaleur, le registre, les approbations et le plan de traitement des risques.</translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation>Risques dans le registre</translation>
    </message>
    <message>
        <source>By current level</source>
        <translation>Par niveau de risque actuel</translation>
    </message>
    <message>
        <source>By residual level</source>
        <translation>Par niveau de risque résiduel</translation>
    </message>
    <message>
        <source>Not yet rated</source>
        <translation>Pas encore évalués</translation>
    </message>
    <message>
        <source>Above the acceptance threshold</source>
        <translation>Au-dessus du seuil d’acceptation</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <source>Treatment tasks</source>
        <translation>Tâches de traitement</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done</source>
        <translation>%1 ouvertes, %2 en retard, %3 terminées</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>Cartes de chaleur</translation>
    </message>
    <message>
        <source>The number of risks in each cell of the matrix, before and after treatment. The residual map places risks that have not been re-rated for their treatment yet by their current rating.</source>
        <translation>Le nombre de risques dans chaque cellule de la matrice, avant et après traitement. La carte du risque résiduel place les risques qui n’ont pas encore été réévalués pour leur traitement selon leur évaluation actuelle.</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Risque actuel</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Risque résiduel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Current risks</source>
        <translation>Risques actuels</translation>
    </message>
    <message>
        <source>Residual risks</source>
        <translation>Risques résiduels</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Above the threshold</source>
        <translation>Au-dessus du seuil</translation>
    </message>
    <message>
        <source>Within the threshold</source>
        <translation>Dans les limites du seuil</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalués</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <source>Risks per level</source>
        <translation>Risques par niveau de risque</translation>
    </message>
    <message>
        <source>Risk assessment and treatment report</source>
        <translation>Rapport d’appréciation et de traitement des risques</translation>
    </message>
    <message>
        <source>Risk assessment method, heat maps, risk register, sign-offs and treatment plan</source>
        <translation>Méthode d’appréciation des risques, cartes de chaleur, registre des risques, approbations et plan de traitement des risques</translation>
    </message>
</context>
<context>
    <name>isms::RiskReportJson</name>
    <message>
        <source>The risk method frozen in this run cannot be read; run "isms-cli check" on the project.</source>
        <translation>La méthode d’appréciation des risques figée dans cette campagne est illisible ; exécutez « isms-cli check » sur le projet.</translation>
    </message>
</context>
<context>
    <name>isms::RiskRules</name>
    <message>
        <source>%1: "%2" read as %3 %4</source>
        <translation>%1 : « %2 » lu comme %3 %4</translation>
    </message>
    <message>
        <source>A sign-off needs both the risk owner's name and the date; give both or neither.</source>
        <translation>Une approbation nécessite à la fois le nom du propriétaire du risque et la date ; indiquez les deux ou aucun des deux.</translation>
    </message>
    <message>
        <source>The residual level %1 is above the acceptance threshold (%2): write the acceptance rationale before the risk owner signs off.</source>
        <translation>Le niveau de risque résiduel %1 dépasse le seuil d’acceptation (%2) : rédigez la justification de l’acceptation avant l’approbation du propriétaire du risque.</translation>
    </message>
    <message>
        <source>"%1" is not an Annex A control; use its number, such as 5.15 or 8.24.</source>
        <translation>« %1 » n’est pas une mesure de l’annexe A ; utilisez son numéro, par exemple 5.15 ou 8.24.</translation>
    </message>
    <message>
        <source>%1 must be a step of the method's scale (%2); %3 is not one.</source>
        <translation>%1 doit être un échelon de l’échelle de la méthode (%2) ; %3 n’en est pas un.</translation>
    </message>
</context>
<context>
    <name>isms::RoleSpecs</name>
    <message>
        <source>The deputy is the holder of the role; name another person as deputy, or leave "Deputy" empty.</source>
        <translation>Le suppléant est le titulaire du rôle ; désignez une autre personne comme suppléant, ou laissez « Suppléant » vide.</translation>
    </message>
</context>
<context>
    <name>isms::SoaCarryOver</name>
    <message>
        <source>%1 %2: applicable, %3</source>
        <translation>%1 %2 : applicable, %3</translation>
    </message>
    <message>
        <source>%1 %2: not applicable</source>
        <translation>%1 %2 : non applicable</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>A.%1 (from %2)</source>
        <extracomment>%1 is a 2022 control, %2 the 2013 controls it was carried over from</extracomment>
        <translation>A.%1 (de %2)</translation>
    </message>
</context>
<context>
    <name>isms::SoaExport</name>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in one of these.</source>
        <translation>La déclaration d'applicabilité s'écrit en PDF, CSV, XLSX ou JSON ; donnez un nom de fichier de sortie qui se termine par l'une de ces extensions.</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation>%1 ne peut pas être écrit ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation>%1 n’a pas pu être écrit ; vérifiez l’espace disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>isms::SoaImport</name>
    <message>
        <source>Review list: what the 2013 SoA leaves to decide</source>
        <translation>Liste de revue : ce que la DdA de 2013 laisse à décider</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>New in ISO/IEC 27001:2022, no 2013 control maps to them (%1): decide whether each applies</source>
        <translation>Nouvelles dans ISO/IEC 27001:2022, aucune mesure de 2013 n'y correspond (%1) : décidez pour chacune si elle s'applique</translation>
    </message>
    <message>
        <source>Merged from 2013 controls whose answers differ (%1): the control was left as it was; decide its answer</source>
        <translation>Regroupées à partir de mesures de 2013 aux réponses différentes (%1) : la mesure est restée inchangée ; décidez de sa réponse</translation>
    </message>
    <message>
        <source>"%1" is not a mapping; write 'Header=field' with one of %2.</source>
        <translation>« %1 » n'est pas une correspondance ; écrivez 'En-tête=champ' avec l'un de %2.</translation>
    </message>
    <message>
        <source>this column and "%1" both give %2; remove one or map it to another field with --map.</source>
        <translation>cette colonne et « %1 » donnent toutes deux le champ « %2 » ; supprimez-en une ou associez-la à un autre champ avec --map.</translation>
    </message>
    <message>
        <source>the file has no column of control ids (such as "id" or "Control"); add one or name it with --map.</source>
        <translation>le fichier n'a pas de colonne d'identifiants de mesure (comme « id » ou « Control ») ; ajoutez-en une ou nommez-la avec --map.</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; check the separators and quotes in this row.</source>
        <translation>la ligne compte %1 cellules, mais l’en-tête seulement %2 colonnes ; vérifiez les séparateurs et les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>the row has no control id.</source>
        <translation>la ligne n'a pas d'identifiant de mesure.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (also line %2).</source>
        <translation>%1 figure deux fois dans le fichier (aussi à la ligne %2).</translation>
    </message>
    <message>
        <source>%1 is excluded, so it needs a justification; say why it does not apply.</source>
        <translation>%1 est exclue et demande donc une justification ; dites pourquoi elle ne s'applique pas.</translation>
    </message>
    <message>
        <source>"%1" is none of the 114 Annex A controls of ISO/IEC 27001:2013; give an id such as A.9.2.3.</source>
        <translation>« %1 » n'est aucune des 114 mesures de l'annexe A d'ISO/IEC 27001:2013 ; donnez un identifiant comme A.9.2.3.</translation>
    </message>
    <message>
        <source>"%1" is a control of ISO/IEC 27001:2013, not 2022; import the whole file as a 2013 SoA (--edition 2013) to carry it over.</source>
        <translation>« %1 » est une mesure d'ISO/IEC 27001:2013, pas de 2022 ; importez tout le fichier comme DdA de 2013 (--edition 2013) pour la reporter.</translation>
    </message>
    <message>
        <source>"%1" is none of the 93 Annex A controls; give an id such as A.5.7 or 5.7.</source>
        <translation>« %1 » n'est aucune des 93 mesures de l'annexe A ; donnez un identifiant comme A.5.7 ou 5.7.</translation>
    </message>
    <message>
        <source>The import has problems, so nothing was imported; correct the file and try again.</source>
        <translation>L’importation présente des problèmes, rien n’a donc été importé ; corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>"%1" is neither yes nor no; write Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x.</source>
        <translation>« %1 » n'est ni oui ni non ; écrivez Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 ou x.</translation>
    </message>
    <message>
        <source>"%1" is not a status; use %2.</source>
        <translation>« %1 » n'est pas un statut ; utilisez %2.</translation>
    </message>
    <message>
        <source>the row says the control applies but gives the status not-applicable; correct one of the two.</source>
        <translation>la ligne dit que la mesure s'applique mais donne le statut not-applicable ; corrigez l'un des deux.</translation>
    </message>
    <message>
        <source>the row says the control does not apply but gives the status %1; leave the status empty or write not-applicable.</source>
        <translation>la ligne dit que la mesure ne s'applique pas mais donne le statut %1 ; laissez le statut vide ou écrivez not-applicable.</translation>
    </message>
    <message>
        <source>"%1" is not a reason for including a control; use %2.</source>
        <translation>« %1 » n’est pas une raison d’inclure une mesure ; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>isms::SoaReport</name>
    <message>
        <source>Risk treatment</source>
        <translation>Traitement des risques</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Reasons, or justification of the exclusion</source>
        <translation>Raisons, ou justification de l’exclusion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Statement of Applicability</source>
        <translation>Déclaration d’applicabilité</translation>
    </message>
    <message>
        <source>The Annex A controls of %1: which apply, why, and how far they are implemented</source>
        <extracomment>Subtitle on the cover of the SoA; %1 is "ISO/IEC 27001:2022".</extracomment>
        <translation>Les mesures de l’annexe A de l’%1 : lesquelles s’appliquent, pourquoi, et où en est leur mise en œuvre</translation>
    </message>
    <message>
        <source>Working draft</source>
        <translation>Projet de travail</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Maîtrise du document</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Identifiant du document</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Draft, not yet issued</source>
        <translation>Projet, pas encore publié</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Date d’approbation</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>This statement lists every control of Annex A of %1 with the decision whether it applies to the information security management system of %2. Included controls give the reasons for their inclusion; excluded controls give the justification of their exclusion. The risk-treatment reason comes from the risks whose treatment names the control.</source>
        <translation>Cette déclaration liste chaque mesure de l’annexe A de l’%1 avec la décision de l’appliquer ou non au système de management de la sécurité de l’information de %2. Les mesures incluses indiquent les raisons de leur inclusion ; les mesures exclues, la justification de leur exclusion. La raison « traitement des risques » vient des risques dont le traitement cite la mesure.</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>Implemented (of the applicable)</source>
        <translation>Mises en œuvre (parmi les applicables)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A summary line: "Reason: Legal or regulatory" with the number of controls included for it.</extracomment>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Points still open</source>
        <translation>Points encore ouverts</translation>
    </message>
    <message>
        <source>A.%1 %2 controls</source>
        <extracomment>Heading of an SoA section: "A.5 Organizational controls".</extracomment>
        <translation>A.%1 Mesures : %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Column of the SoA: the number of evidence files attached to the control.</extracomment>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column of the SoA's additional controls: where a control comes from.</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Modifications de cette version</translation>
    </message>
    <message>
        <source>Additional controls</source>
        <extracomment>A summary line of the SoA: the number of controls added beyond Annex A.</extracomment>
        <translation>Mesures supplémentaires</translation>
    </message>
    <message>
        <source>Controls that the organisation found necessary beyond Annex A, from sector rules, other standards or its own decisions, with the same decisions as the Annex A controls.</source>
        <translation>Mesures que l'organisation juge nécessaires au-delà de l'annexe A, issues de règles sectorielles, d'autres normes ou de ses propres décisions, avec les mêmes décisions que les mesures de l'annexe A.</translation>
    </message>
    <message>
        <source>Draft after version %1</source>
        <extracomment>Version of a printed SoA draft: the issued version it follows.</extracomment>
        <translation>Brouillon après la version %1</translation>
    </message>
    <message>
        <source>Draft, not yet approved; version %1 is in force (approved on %2 by %3)</source>
        <extracomment>Status of a printed SoA draft: the issued version still in force, its approval date and approver.</extracomment>
        <translation>Brouillon, pas encore approuvé ; la version %1 est en vigueur (approuvée le %2 par %3)</translation>
    </message>
    <message>
        <source>Field changes since version %1, not yet approved: %2.</source>
        <extracomment>Document control of an SoA draft; %2 counts the field changes since the version in force.</extracomment>
        <translation>Modifications de champs depuis la version %1, pas encore approuvées : %2.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <extracomment>In the SoA's implementation column: the documents a control relates to.</extracomment>
        <translation>Documents : %1</translation>
    </message>
</context>
<context>
    <name>isms::SoaVersionService</name>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>the working state</source>
        <translation>l'état de travail</translation>
    </message>
    <message>
        <source>"%1" is not an SoA version; give a version number such as 1, or current.</source>
        <translation>« %1 » n'est pas une version de la DdA ; donnez un numéro de version comme 1, ou current.</translation>
    </message>
    <message>
        <source>The project has no SoA version %1; its versions are 1 to %2.</source>
        <translation>Le projet n'a pas de version %1 de la DdA ; ses versions vont de 1 à %2.</translation>
    </message>
    <message>
        <source>The project has no SoA version %1; no version has been issued yet.</source>
        <translation>Le projet n'a pas de version %1 de la DdA ; aucune version n'a encore été émise.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 cannot be read; it was damaged outside ISMS Workbench. Run "isms-cli check" on the project.</source>
        <translation>Le contenu figé de la version %1 de la DdA ne peut pas être lu ; il a été endommagé en dehors d'ISMS Workbench. Lancez « isms-cli check » sur le projet.</translation>
    </message>
    <message>
        <source>Name who approved this version of the Statement of Applicability; a version is issued only with its approver.</source>
        <translation>Indiquez qui a approuvé cette version de la déclaration d'applicabilité ; une version n'est émise qu'avec son approbateur.</translation>
    </message>
    <message>
        <source>The approver's name must be one line of at most %1 characters.</source>
        <translation>Le nom de l'approbateur doit tenir sur une ligne d'au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Describe what this version of the Statement of Applicability changes; a version is issued only with a change summary.</source>
        <translation>Décrivez ce que change cette version de la déclaration d'applicabilité ; une version n'est émise qu'avec un résumé des modifications.</translation>
    </message>
    <message>
        <source>The change summary is longer than %1 characters; shorten it.</source>
        <translation>Le résumé des modifications dépasse %1 caractères ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>The approval date %1 lies in the future; give the date the version was approved.</source>
        <translation>La date d'approbation %1 est dans le futur ; donnez la date à laquelle la version a été approuvée.</translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; issue it again only as a deliberate re-approval of the same content.</source>
        <translation>Rien n'a changé dans la déclaration d'applicabilité depuis la version %1 ; ne l'émettez à nouveau que pour une nouvelle approbation délibérée du même contenu.</translation>
    </message>
    <message>
        <source>SoA version %1 is logged as issued more than once; the change log was written outside ISMS Workbench.</source>
        <translation>La version %1 de la DdA est consignée comme émise plus d'une fois ; le journal des modifications a été écrit en dehors d'ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 no longer matches its SHA-256; it was changed outside ISMS Workbench.</source>
        <translation>Le contenu figé de la version %1 de la DdA ne correspond plus à son SHA-256 ; il a été modifié en dehors d'ISMS Workbench.</translation>
    </message>
    <message>
        <source>The frozen content of SoA version %1 is not readable.</source>
        <translation>Le contenu figé de la version %1 de la DdA n'est pas lisible.</translation>
    </message>
    <message>
        <source>SoA version %1 has no entry in the change log; it was added outside ISMS Workbench.</source>
        <translation>La version %1 de la DdA n'a pas d'entrée dans le journal des modifications ; elle a été ajoutée en dehors d'ISMS Workbench.</translation>
    </message>
    <message>
        <source>SoA version %1 differs from the approval record logged when it was issued (approver, dates, summary or hash); it was changed outside ISMS Workbench.</source>
        <translation>La version %1 de la DdA diffère de l'approbation consignée à son émission (approbateur, dates, résumé ou empreinte) ; elle a été modifiée en dehors d'ISMS Workbench.</translation>
    </message>
    <message>
        <source>SoA version %1 was issued but is missing from the project; it was removed outside ISMS Workbench.</source>
        <translation>La version %1 de la DdA a été émise mais manque dans le projet ; elle a été supprimée en dehors d'ISMS Workbench.</translation>
    </message>
</context>
<context>
    <name>isms::Sql</name>
    <message>
        <source>The project file cannot be written; check that it is not read-only and that the disk is not full.</source>
        <translation>Le fichier de projet ne peut pas être écrit ; vérifiez qu’il n’est pas en lecture seule et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>Reading or writing the project file failed; check the disk and try again.</source>
        <translation>La lecture ou l’écriture du fichier de projet a échoué ; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The file is not an ISMS Workbench project; choose a .isms file.</source>
        <translation>Le fichier n’est pas un projet ISMS Workbench ; choisissez un fichier .isms.</translation>
    </message>
    <message>
        <source>The project file is damaged; open a backup copy of it.</source>
        <translation>Le fichier de projet est endommagé ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The project file could not be read or changed (%1); nothing was changed. Try again; if it happens again, run "isms-cli check" on the file.</source>
        <translation>Le fichier de projet n’a pas pu être lu ou modifié (%1) ; rien n’a été modifié. Réessayez ; si cela se reproduit, exécutez « isms-cli check » sur le fichier.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of field names: "audit and control", "risk, asset and role"</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>A record with the same %1 is recorded already; each may be recorded once. Nothing was saved.</source>
        <translation>Un enregistrement avec les mêmes valeurs pour %1 existe déjà ; chacun ne peut être enregistré qu'une fois. Rien n'a été enregistré.</translation>
    </message>
</context>
<context>
    <name>isms::Status</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
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
        <translation>Une formation évaluée indique quand elle l’a été ; remplissez « Évalué le », ou réglez l’efficacité sur « Pas encore évalué ».</translation>
    </message>
    <message>
        <source>The evaluation on %1 lies before the training on %2; an evaluation comes on or after the training, so correct one of the dates.</source>
        <translation>L’évaluation du %1 précède la formation du %2 ; une évaluation a lieu le jour de la formation ou après, corrigez donc l’une des deux dates.</translation>
    </message>
    <message>
        <source>"Last done" is %1, a date in the future; give the date on which the communication last took place, and put a coming one in "Planned date".</source>
        <translation>« Dernière réalisation » est le %1, une date dans le futur ; indiquez la date à laquelle la communication a eu lieu pour la dernière fois, et inscrivez une communication à venir dans « Date prévue ».</translation>
    </message>
</context>
<context>
    <name>isms::TextLimitCheck</name>
    <message>
        <source>control A.%1</source>
        <translation>la mesure A.%1</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>l’article %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>The field "%1" of %2 has %3 characters, more than the %4 the program allows; it was written outside ISMS Workbench and is shown cut.</source>
        <translation>Pour %2, le champ « %1 » compte %3 caractères, plus que les %4 autorisés par le programme ; il a été écrit en dehors d’ISMS Workbench et est affiché tronqué.</translation>
    </message>
    <message>
        <source>The field "%1" of %2 contains %3; it was written outside ISMS Workbench and is shown with that character replaced.</source>
        <translation>Pour %2, le champ « %1 » contient %3 ; il a été écrit en dehors d’ISMS Workbench et est affiché avec ce caractère remplacé.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
</context>
<context>
    <name>isms::Theme</name>
    <message>
        <source>Organizational</source>
        <translation>Organisationnel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Technological</source>
        <translation>Technologique</translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanReport</name>
    <message>
        <source>Risk treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>Treatment tasks by due date, with their owners, status and risks</source>
        <translation>Tâches de traitement par date d’échéance, avec leurs responsables, leur statut et leurs risques</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>This plan lists every risk treatment task recorded in the project on %1, with the risk it treats and that risk's current level. A task that is neither done nor cancelled and whose due date lies before that date is marked "%2".</source>
        <translation>Ce plan liste chaque tâche de traitement des risques enregistrée dans le projet le %1, avec le risque qu’elle traite et le niveau actuel de ce risque. Une tâche qui n’est ni terminée ni annulée et dont la date d’échéance est antérieure à cette date est marquée « %2 ».</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation>Aucune tâche n’est en retard.</translation>
    </message>
    <message>
        <source>All tasks by due date</source>
        <translation>Toutes les tâches par date d’échéance</translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation>Le plan de traitement des risques ne contient encore aucune tâche.</translation>
    </message>
</context>
<context>
    <name>isms::TreatmentPlanSection</name>
    <message>
        <source>Treatment tasks</source>
        <translation>Tâches de traitement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>%1 (open or in progress)</source>
        <translation>%1 (ouvertes ou en cours)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark of a treatment task past its due date; printed in tables.</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 (open past their due date, marked "%2" below)</source>
        <translation>%1 (encore ouvertes après leur date d’échéance, marquées « %2 » ci-dessous)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Open without a due date</source>
        <translation>Ouvertes sans date d’échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans date d’échéance</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Plan de traitement des risques</translation>
    </message>
    <message>
        <source>The tasks that carry out the risk treatments, by due date and then owner, each with the risk it treats and that risk's current level. A task that is neither done nor cancelled and whose due date lies before %1, the date of this report, is marked "%2".</source>
        <translation>Les tâches qui mettent en œuvre le traitement des risques, par date d’échéance puis par responsable, chacune avec le risque qu’elle traite et le niveau actuel de ce risque. Une tâche qui n’est ni terminée ni annulée et dont la date d’échéance est antérieure au %1, date de ce rapport, est marquée « %2 ».</translation>
    </message>
    <message>
        <source>The treatment plan holds no tasks yet.</source>
        <translation>Le plan de traitement des risques ne contient encore aucune tâche.</translation>
    </message>
    <message>
        <source>Tasks by due date</source>
        <translation>Tâches par date d’échéance</translation>
    </message>
</context>
<context>
    <name>isms::TrendChart</name>
    <message>
        <source>at most %1</source>
        <extracomment>A metric's target: "at least 95 %", "at most 5 h"</extracomment>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <extracomment>On a metric's trend chart: "Target: at least 95 %"</extracomment>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>Aucun mesurage pour l’instant</translation>
    </message>
</context>
<context>
    <name>isms::UniqueValues</name>
    <message>
        <source>%1 "%2" already has its %4, %3; change that one instead.</source>
        <extracomment>%1: a field ("Report"), %2: its value, %3: the record that holds it ("DC-001"), %4: the register's noun ("document control").</extracomment>
        <translation>%1 « %2 » a déjà son enregistrement (%4) : %3 ; modifiez plutôt celui-ci.</translation>
    </message>
</context>
<context>
    <name>isms::Xlsx</name>
    <message>
        <source>"%1" is not an Excel workbook that can be read; save it again as .xlsx or export it as CSV.</source>
        <translation>« %1 » n’est pas un classeur Excel lisible ; enregistrez-le à nouveau au format .xlsx ou exportez-le au format CSV.</translation>
    </message>
    <message>
        <source>"%1" could not be written; check the folder and the disk space and try again.</source>
        <translation>« %1 » n’a pas pu être écrit ; vérifiez le dossier et l’espace disque, puis réessayez.</translation>
    </message>
    <message>
        <source>"%1" cannot be read; check the file name.</source>
        <translation>« %1 » ne peut pas être lu ; vérifiez le nom du fichier.</translation>
    </message>
</context>
<context>
    <name>isms::cli::AssessmentCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>Say what the assessment covered with --scope TEXT.</source>
        <translation>Indiquez ce que couvrait l’appréciation avec --scope TEXTE.</translation>
    </message>
    <message>
        <source>Name who performed the assessment with --by NAME.</source>
        <translation>Indiquez qui a mené l’appréciation avec --by NOM.</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--date : « %1 » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>« %1 » n’est pas un format ; utilisez table ou json.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.ics.</source>
        <translation>Le fichier de sortie manque ; indiquez-le avec -o SORTIE.ics.</translation>
    </message>
    <message>
        <source>The calendar is written as an iCalendar file only; give an output file name that ends in .ics.</source>
        <translation>Le calendrier s’écrit uniquement en fichier iCalendar ; donnez un nom de fichier de sortie qui se termine par .ics.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.ics.</source>
        <translation>Le fichier de sortie est le fichier de projet lui-même ; indiquez un autre nom avec -o SORTIE.ics.</translation>
    </message>
    <message>
        <source>ISMS calendar of %1</source>
        <translation>Calendrier du SMSI de %1</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2.</source>
        <translation>Le calendrier n’a pas pu être écrit dans %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n duties to %1.</source>
        <translation>
            <numerusform>%n échéance écrite dans %1.</numerusform>
            <numerusform>%n échéances écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records a risk assessment run: freezes the method and the whole risk register as they stand and prints the run's reference; a run never changes.</source>
        <translation>Enregistre une campagne d’appréciation des risques : fige la méthode et l’ensemble du registre des risques dans leur état actuel et affiche la référence de la campagne ; une campagne ne change jamais.</translation>
    </message>
    <message>
        <source>The run is logged and cannot be changed or removed. The date defaults to today; overdue tasks and reviews in the frozen register are judged on that date. "isms-cli list assessment-runs FILE" lists the runs, "isms-cli export assessment-run FILE RUN-001 -o OUT.pdf" prints one.</source>
        <translation>La campagne est consignée et ne peut être ni modifiée ni supprimée. La date est par défaut aujourd’hui ; les tâches et les revues en retard du registre figé sont jugées à cette date. « isms-cli list assessment-runs FILE » liste les campagnes, « isms-cli export assessment-run FILE RUN-001 -o OUT.pdf » en imprime une.</translation>
    </message>
    <message>
        <source>What the assessment covered.</source>
        <translation>Ce que couvrait l’appréciation.</translation>
    </message>
    <message>
        <source>Who performed the assessment.</source>
        <translation>Qui a mené l’appréciation.</translation>
    </message>
    <message>
        <source>When it was performed (default: today).</source>
        <translation>Quand elle a été menée (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>Anything else to record with the run.</source>
        <translation>Tout autre élément à enregistrer avec la campagne.</translation>
    </message>
    <message>
        <source>Lists the ISMS calendar: every dated duty taken from the records, overdue ones first.</source>
        <translation>Liste le calendrier du SMSI : chaque tâche datée issue des enregistrements, celles en retard d’abord.</translation>
    </message>
    <message>
        <source>Only overdue duties.</source>
        <translation>Uniquement les tâches en retard.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table ou json.</translation>
    </message>
    <message>
        <source>Writes one risk assessment run (its heat maps, register and treatment plan as frozen) as a PDF/A file in landscape.</source>
        <translation>Écrit une campagne d’appréciation des risques (ses cartes de chaleur, son registre et son plan de traitement des risques tels que figés) dans un fichier PDF/A au format paysage.</translation>
    </message>
    <message>
        <source>the run's reference, such as RUN-001</source>
        <translation>la référence de la campagne, par exemple RUN-001</translation>
    </message>
    <message>
        <source>An assessment run is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Une campagne d’appréciation s’écrit uniquement en PDF ; donnez un nom de fichier de sortie qui se termine par .pdf.</translation>
    </message>
    <message>
        <source>Wrote assessment run %1 to %2.</source>
        <translation>La campagne d’appréciation %1 a été écrite dans %2.</translation>
    </message>
    <message>
        <source>Writes the ISMS calendar as an iCalendar file: one event per duty, which a calendar program updates on a later import rather than adding it twice.</source>
        <translation>Écrit le calendrier du SMSI dans un fichier iCalendar : un événement par tâche, qu’un logiciel d’agenda met à jour lors d’une importation ultérieure au lieu de l’ajouter en double.</translation>
    </message>
    <message>
        <source>The .ics file to write; an existing file is replaced.</source>
        <translation>Le fichier .ics à écrire ; un fichier existant est remplacé.</translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditCommands</name>
    <message>
        <source>Say which audit the checklist is for, for example AUD-001.</source>
        <translation>Indiquez à quel audit la liste de contrôle est destinée, par exemple AUD-001.</translation>
    </message>
    <message>
        <source>Added %1 checklist items; %2 were already on the checklist and stay as they are.</source>
        <translation>%1 points ajoutés à la liste de contrôle ; %2 y figuraient déjà et restent inchangés.</translation>
    </message>
    <message>
        <source>Say which checklist item to raise, for example CL-0004.</source>
        <translation>Indiquez pour quel point de la liste de contrôle relever un constat, par exemple CL-0004.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>the audit's reference, such as AUD-001</source>
        <translation>la référence de l’audit, par exemple AUD-001</translation>
    </message>
    <message>
        <source>Builds an audit's checklist from the clauses and applicable controls it covers and the approved policies and procedures; items already on it stay as they are.</source>
        <translation>Construit la liste de contrôle d’un audit à partir des articles et des mesures applicables qu’il couvre ainsi que des politiques et procédures approuvées ; les points qui y figurent déjà restent inchangés.</translation>
    </message>
    <message>
        <source>Records the finding of a checklist item answered as a nonconformity, an observation or an opportunity for improvement, linked to the item, and prints its reference.</source>
        <translation>Enregistre le constat d’un point de la liste de contrôle répondu comme non-conformité, observation ou opportunité d’amélioration, lié à ce point, et affiche sa référence.</translation>
    </message>
    <message>
        <source>the checklist item's reference, such as CL-0004</source>
        <translation>la référence du point de la liste de contrôle, par exemple CL-0004</translation>
    </message>
    <message>
        <source>Writes the report of one internal audit (scope, team, independence, checklist, findings by grade, conclusion) as a PDF/A file.</source>
        <translation>Écrit le rapport d’un audit interne (périmètre, équipe, indépendance, liste de contrôle, constats par niveau, conclusion) dans un fichier PDF/A.</translation>
    </message>
    <message>
        <source>The project file is only read.</source>
        <translation>Le fichier de projet est seulement lu.</translation>
    </message>
    <message>
        <source>The audit report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le rapport d’audit n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the audit report to %1.</source>
        <translation>Le rapport d’audit a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Say which finding or incident raises the nonconformity, for example F-001 or INC-002.</source>
        <translation>Indiquez le constat ou l’incident qui soulève la non-conformité, par exemple F-001 ou INC-002.</translation>
    </message>
    <message>
        <source>Records the nonconformity that an audit finding graded as a nonconformity, or an incident, raises, linked both ways, and prints its reference.</source>
        <translation>Enregistre la non-conformité que soulève un constat d’audit classé comme non-conformité, ou un incident, liée dans les deux sens, et affiche sa référence.</translation>
    </message>
    <message>
        <source>the finding or incident, such as F-001 or INC-002</source>
        <translation>le constat ou l’incident, par exemple F-001 ou INC-002</translation>
    </message>
</context>
<context>
    <name>isms::cli::AuditPackCommand</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation>Le fichier de sortie manque ; indiquez-le avec -o SORTIE.pdf.</translation>
    </message>
    <message>
        <source>The audit pack is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le dossier d’audit n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation>Le fichier de sortie est le fichier de projet lui-même ; indiquez un autre nom avec -o SORTIE.pdf.</translation>
    </message>
    <message>
        <source>"%1" is not a preset of the audit pack; use stage1, stage2 or surveillance.</source>
        <translation>« %1 » n’est pas un modèle du dossier d’audit ; utilisez stage1, stage2 ou surveillance.</translation>
    </message>
    <message>
        <source>--since: give the date of the last certification audit as YYYY-MM-DD.</source>
        <translation>--since : indiquez la date du dernier audit de certification au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--since belongs to the surveillance preset; add --preset surveillance or leave --since out.</source>
        <translation>--since va avec le modèle surveillance ; ajoutez --preset surveillance ou omettez --since.</translation>
    </message>
    <message>
        <source>"%1" is not a language the audit pack is written in; use en, de or fr.</source>
        <translation>« %1 » n’est pas une langue dans laquelle le dossier d’audit est rédigé ; utilisez en, de ou fr.</translation>
    </message>
    <message>
        <source>--evidence: give the folder to write the evidence files to.</source>
        <translation>--evidence : indiquez le dossier dans lequel écrire les fichiers de preuve.</translation>
    </message>
    <message>
        <source>Wrote the audit pack to %1.</source>
        <translation>Le dossier d’audit a été écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n evidence file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier de preuve écrit dans %1.</numerusform>
            <numerusform>%n fichiers de preuve écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack has no evidence index, so no file was written; use --preset stage2 or add "evidence" to --sections.</source>
        <translation>Le dossier n’a pas d’index des preuves, aucun fichier n’a donc été écrit ; utilisez --preset stage2 ou ajoutez « evidence » à --sections.</translation>
    </message>
    <message>
        <source>Writes the audit pack for the certification body as one PDF/A file: cover, document control, contents, then the sections of the preset, taken from the other reports.</source>
        <translation>Écrit le dossier d’audit destiné à l’organisme de certification dans un seul fichier PDF/A : page de garde, maîtrise documentaire, sommaire, puis les sections du modèle, reprises des autres rapports.</translation>
    </message>
    <message>
        <source>Stage 1 (the default) presents the documented ISMS; stage 2 adds the evidence index; surveillance covers the period since the last certification audit, given with --since (a year before today without it). --sections replaces the preset's sections with the keys given, in the pack's order: %1. The readiness summary ("readiness") and the full risk register ("risk-register") are printed only when named. --evidence DIR writes the included evidence files of the index into DIR under the names the index gives; files set to be redacted are listed but not written, files set to be left out are neither. --language writes the pack in English, German or French. The project file is only read.</source>
        <translation>L’étape 1 (par défaut) présente le SMSI documenté ; l’étape 2 ajoute l’index des preuves ; surveillance couvre la période écoulée depuis le dernier audit de certification, indiquée avec --since (sans cette option, un an avant aujourd’hui). --sections remplace les sections du modèle par les clés indiquées, dans l’ordre du dossier : %1. Le résumé de la préparation à l’audit (« readiness ») et le registre des risques complet (« risk-register ») ne sont imprimés que s’ils sont nommés. --evidence DIR écrit les fichiers de preuve inclus dans l’index dans DIR sous les noms que donne l’index ; les fichiers à caviarder sont listés mais pas écrits, les fichiers à exclure ne sont ni listés ni écrits. --language rédige le dossier en anglais, en allemand ou en français. Le fichier de projet est seulement lu.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>stage1 (the default), stage2 or surveillance.</source>
        <translation>stage1 (par défaut), stage2 ou surveillance.</translation>
    </message>
    <message>
        <source>Section keys, separated by commas, instead of the preset's.</source>
        <translation>Clés de section, séparées par des virgules, au lieu de celles du modèle.</translation>
    </message>
    <message>
        <source>Surveillance: the date of the last certification audit.</source>
        <translation>Surveillance : la date du dernier audit de certification.</translation>
    </message>
    <message>
        <source>The folder to write the evidence files to.</source>
        <translation>Le dossier dans lequel écrire les fichiers de preuve.</translation>
    </message>
    <message>
        <source>en, de or fr: the language of the pack.</source>
        <translation>en, de ou fr : la langue du dossier.</translation>
    </message>
</context>
<context>
    <name>isms::cli::CliApplication</name>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows this help; "isms-cli COMMAND --help" shows a command's help.</source>
        <translation>Affiche cette aide ; « isms-cli COMMANDE --help » affiche l’aide d’une commande.</translation>
    </message>
    <message>
        <source>Shows the program's version.</source>
        <translation>Affiche la version du programme.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the check found problems</source>
        <translation>la vérification a trouvé des problèmes</translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation>la ligne de commande est incorrecte</translation>
    </message>
    <message>
        <source>the file cannot be opened as a project (not one, newer, damaged, locked)</source>
        <translation>le fichier ne peut pas être ouvert comme projet (pas un projet, plus récent, endommagé, verrouillé)</translation>
    </message>
    <message>
        <source>another input or output error (missing file, disk full...)</source>
        <translation>une autre erreur d’entrée ou de sortie (fichier manquant, disque plein...)</translation>
    </message>
    <message>
        <source>Usage: isms-cli COMMAND FILE [OPTIONS]</source>
        <translation>Utilisation : isms-cli COMMANDE FICHIER [OPTIONS]</translation>
    </message>
    <message>
        <source>Works with ISMS Workbench project files (*.isms) without a window.</source>
        <translation>Travaille sur les fichiers de projet ISMS Workbench (*.isms) sans fenêtre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>No command was given; run "isms-cli --help" to see the commands.</source>
        <translation>Aucune commande n’a été indiquée ; exécutez « isms-cli --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>"%1" is not an isms-cli command; run "isms-cli --help" to see the commands.</source>
        <translation>« %1 » n’est pas une commande d’isms-cli ; exécutez « isms-cli --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>"%1" is not an option here; the command comes first, see "isms-cli --help".</source>
        <translation>« %1 » n’est pas une option ici ; la commande vient en premier, voir « isms-cli --help ».</translation>
    </message>
    <message>
        <source>Usage: isms-cli export KIND FILE -o OUT</source>
        <translation>Utilisation : isms-cli export TYPE FICHIER -o SORTIE</translation>
    </message>
    <message>
        <source>Kinds available in this version:</source>
        <translation>Types disponibles dans cette version :</translation>
    </message>
    <message>
        <source>Say what to export, for example "isms-cli export controls FILE -o controls.pdf".</source>
        <translation>Indiquez ce qu’il faut exporter, par exemple « isms-cli export controls FICHIER -o mesures.pdf ».</translation>
    </message>
    <message>
        <source>Exporting "%1" is not available in this version yet; it exports %2 only.</source>
        <translation>L’exportation de « %1 » n’est pas encore disponible dans cette version ; elle exporte uniquement %2.</translation>
    </message>
    <message>
        <source>"%1" is not something isms-cli can export; this version exports %2.</source>
        <translation>isms-cli ne sait pas exporter « %1 » ; cette version exporte %2.</translation>
    </message>
    <message>
        <source>run "isms-cli %1 --help" for its usage</source>
        <translation>exécutez « isms-cli %1 --help » pour connaître son utilisation</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>%1 is missing; %2.</source>
        <translation>%1 manque ; %2.</translation>
    </message>
    <message>
        <source>"%1" is one argument too many; %2.</source>
        <translation>« %1 » est un argument de trop ; %2.</translation>
    </message>
    <message>
        <source>With a command that changes a project: takes over its lock from another program or computer. Use it only when nobody is working on the project there.</source>
        <translation>Avec une commande qui modifie un projet : reprend son verrou à un autre programme ou ordinateur. Ne l’utilisez que si personne ne travaille sur le projet à cet endroit.</translation>
    </message>
    <message>
        <source>Say which register, for example "isms-cli %1 threats FILE"; the registers are %2.</source>
        <translation>Indiquez le registre, par exemple « isms-cli %1 threats FILE » ; les registres sont %2.</translation>
    </message>
    <message>
        <source>"%1" is not a register; use one of %2.</source>
        <translation>« %1 » n’est pas un registre ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source> Change one with "isms-cli set %1 FILE %2 --status ...".</source>
        <translation> Modifiez-en une avec « isms-cli set %1 FICHIER %2 --status ... ».</translation>
    </message>
    <message>
        <source>Say what "isms-cli %1" should do: %2.</source>
        <translation>Dites ce que « isms-cli %1 » doit faire : %2.</translation>
    </message>
    <message>
        <source>"%1" is not something "isms-cli %2" does; use %3.</source>
        <translation>« %1 » n'est pas une action de « isms-cli %2 » ; utilisez %3.</translation>
    </message>
</context>
<context>
    <name>isms::cli::CommandHelp</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>isms::cli::ControlCommands</name>
    <message>
        <source>There is no Annex A control "%1"; run "isms-cli controls %2" to list the 93 controls.</source>
        <translation>Il n’existe pas de mesure « %1 » dans l’annexe A ; « isms-cli controls %2 » liste les 93 mesures.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Controls by status: %1 (%2 in total).</source>
        <translation>Mesures par statut : %1 (%2 au total).</translation>
    </message>
    <message>
        <source>"%1" is not an output format; use table, csv or json.</source>
        <translation>« %1 » n’est pas un format de sortie ; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>New in 2022</source>
        <translation>Nouvelle en 2022</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Control type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Security properties</source>
        <translation>Propriétés de sécurité de l’information</translation>
    </message>
    <message>
        <source>Cybersecurity concepts</source>
        <translation>Concepts de cybersécurité</translation>
    </message>
    <message>
        <source>Operational capabilities</source>
        <translation>Capacités opérationnelles</translation>
    </message>
    <message>
        <source>Security domains</source>
        <translation>Domaines de sécurité</translation>
    </message>
    <message>
        <source>ISO/IEC 27001:2013</source>
        <translation>ISO/IEC 27001:2013</translation>
    </message>
    <message>
        <source>none (new control)</source>
        <translation>aucune (nouvelle mesure)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>"%1" is not a status; use one of %2.</source>
        <translation>« %1 » n’est pas un statut ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it as YYYY-MM-DD, for example 2027-03-31.</source>
        <translation>« %1 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-03-31.</translation>
    </message>
    <message>
        <source>%1 already had these values; nothing was changed.</source>
        <translation>%1 avait déjà ces valeurs ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation>%1 de %2 modifié, enregistré dans le journal des modifications sous %3.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>Lists the 93 Annex A controls with theme, status and owner.</source>
        <translation>Liste les 93 mesures de l’annexe A avec leur thème, leur statut et leur responsable.</translation>
    </message>
    <message>
        <source>The columns are id, title, theme, status and owner. CSV has a header row and neutralises cells that a spreadsheet would run as a formula; JSON is an array of objects with the same fields.</source>
        <translation>Les colonnes sont l’identifiant, le titre, le thème, le statut et le responsable. Le CSV a une ligne d’en-tête et neutralise les cellules qu’un tableur exécuterait comme formule ; le JSON est un tableau d’objets avec les mêmes champs.</translation>
    </message>
    <message>
        <source>table (the default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Shows one Annex A control, or changes its tracking as one logged action.</source>
        <translation>Affiche une mesure de l’annexe A ou modifie son suivi en une seule action journalisée.</translation>
    </message>
    <message>
        <source>Without options the control is shown with its attributes, its tracking and the 2013 controls that map to it. With options the given fields change together, in one transaction that the change log records field by field; the name recorded is the one set in the preferences, or the ISMS_ACTOR environment variable.</source>
        <translation>Sans option, la mesure est affichée avec ses attributs, son suivi et les mesures de 2013 qui lui correspondent. Avec des options, les champs indiqués changent ensemble, en une transaction que le journal des modifications enregistre champ par champ ; le nom enregistré est celui défini dans les préférences ou la variable d’environnement ISMS_ACTOR.</translation>
    </message>
    <message>
        <source>the control id, with or without "A." (A.5.1 or 5.1)</source>
        <translation>l’identifiant de la mesure, avec ou sans « A. » (A.5.1 ou 5.1)</translation>
    </message>
    <message>
        <source>not-started, planned, partial, implemented or not-applicable.</source>
        <translation>not-started, planned, partial, implemented ou not-applicable.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Who is responsible; "" clears it.</source>
        <translation>Qui est responsable ; "" efface le champ.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Free text notes; "" clears them.</source>
        <translation>Notes en texte libre ; "" les efface.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>When it is due; "" clears it.</source>
        <translation>Date à laquelle elle est due ; "" efface le champ.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>isms::cli::DocumentCommands</name>
    <message>
        <source>The file of the version, stored in the project.</source>
        <translation>Le fichier de la version, enregistré dans le projet.</translation>
    </message>
    <message>
        <source>Say which document the version belongs to, for example --document DOC-001.</source>
        <translation>Indiquez à quel document appartient la version, par exemple --document DOC-001.</translation>
    </message>
    <message>
        <source>A document version needs its file; give it with --file PATH.</source>
        <translation>Une version de document a besoin de son fichier ; indiquez-le avec --file CHEMIN.</translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation>Indiquez avec -o PATH où écrire le fichier.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>Stores a file in the project as a new version of a document and prints the version's reference.</source>
        <translation>Enregistre un fichier dans le projet comme nouvelle version d’un document et affiche la référence de la version.</translation>
    </message>
    <message>
        <source>Files over the project's size limit per stored file (50 MB unless changed) are refused. An approved version names its approver and approval date and never changes afterwards; a later change is a new version.</source>
        <translation>Les fichiers qui dépassent la limite de taille du projet par fichier stocké (50 Mo sauf modification) sont refusés. Une version approuvée indique son approbateur et sa date d’approbation et ne change plus jamais ensuite ; une modification ultérieure est une nouvelle version.</translation>
    </message>
    <message>
        <source>Writes the stored file of a document version out, byte for byte.</source>
        <translation>Écrit le fichier stocké d’une version de document, octet par octet.</translation>
    </message>
    <message>
        <source>the version's reference, such as DV-001</source>
        <translation>la référence de la version, par exemple DV-001</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>isms::cli::EvidenceCommands</name>
    <message>
        <source>--%1: "%2" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1 : « %2 » n’est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Aucune preuve n’est jointe.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Date de la preuve</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉE</translation>
    </message>
    <message>
        <source>current</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>« %1 » n’est pas un format ; utilisez table ou json.</translation>
    </message>
    <message>
        <source>ID is missing after %1; give a record, for example "isms-cli evidence FILE controls 5.1".</source>
        <translation>L’ID manque après %1 ; indiquez un enregistrement, par exemple « isms-cli evidence FILE controls 5.1 ».</translation>
    </message>
    <message>
        <source>Say where to write the file with -o PATH.</source>
        <translation>Indiquez avec -o PATH où écrire le fichier.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>the register of the record, such as controls, clauses, risks or assets</source>
        <translation>le registre de l’enregistrement, par exemple controls, clauses, risks ou assets</translation>
    </message>
    <message>
        <source>the record's reference, such as 5.1, 4.3 or R-001</source>
        <translation>la référence de l’enregistrement, par exemple 5.1, 4.3 ou R-001</translation>
    </message>
    <message>
        <source>Stores a file in the project as evidence of a record and prints the evidence's reference.</source>
        <translation>Enregistre un fichier dans le projet comme preuve d’un enregistrement et affiche la référence de la preuve.</translation>
    </message>
    <message>
        <source>The same bytes are stored once however often they are attached. Files over the project's size limit (50 MB unless changed) are refused. The evidence date is the date or period end the file proves, not today.</source>
        <translation>Les mêmes octets ne sont enregistrés qu’une fois, quel que soit le nombre de fois où ils sont joints. Les fichiers qui dépassent la limite de taille du projet (50 Mo sauf modification) sont refusés. La date de la preuve est la date ou la fin de période que le fichier atteste, et non la date du jour.</translation>
    </message>
    <message>
        <source>the file to store</source>
        <translation>le fichier à enregistrer</translation>
    </message>
    <message>
        <source>The date the file proves.</source>
        <translation>La date que le fichier atteste.</translation>
    </message>
    <message>
        <source>When the file stops proving it.</source>
        <translation>La date à partir de laquelle le fichier ne l’atteste plus.</translation>
    </message>
    <message>
        <source>A note about the file.</source>
        <translation>Une note sur le fichier.</translation>
    </message>
    <message>
        <source>Lists the evidence of the project or of one record; expired files are marked.</source>
        <translation>Liste les preuves du projet ou d’un enregistrement ; les fichiers expirés sont signalés.</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Format de sortie : table ou json.</translation>
    </message>
    <message>
        <source>Writes a stored evidence file out, byte for byte.</source>
        <translation>Écrit un fichier de preuve enregistré, octet par octet.</translation>
    </message>
    <message>
        <source>the evidence's reference, such as EV-001</source>
        <translation>la référence de la preuve, par exemple EV-001</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 Mo (%2 octets)</translation>
    </message>
    <message>
        <source>Size limit per evidence file: %1</source>
        <translation>Taille maximale par fichier de preuve : %1</translation>
    </message>
    <message>
        <source>"%1" is not a size limit; give a whole number of megabytes from 1 to %2, for example 50.</source>
        <translation>« %1 » n'est pas une taille maximale ; donnez un nombre entier de mégaoctets de 1 à %2, par exemple 50.</translation>
    </message>
    <message>
        <source>Prints the project's size limit per evidence file, or sets it (logged).</source>
        <translation>Affiche la taille maximale par fichier de preuve du projet, ou la fixe (consigné).</translation>
    </message>
    <message>
        <source>The limit is a setting of the project file, 50 MB unless changed; files over it are refused when attached. One megabyte is 1,048,576 bytes; the limit lies between 1 and 953 MB. Evidence already stored is kept when the limit is lowered.</source>
        <translation>La limite est un réglage du fichier de projet, 50 Mo sauf modification ; les fichiers plus grands sont refusés à l'ajout. Un mégaoctet vaut 1 048 576 octets ; la limite est comprise entre 1 et 953 Mo. Les preuves déjà stockées sont conservées quand la limite baisse.</translation>
    </message>
    <message>
        <source>the new limit, a whole number of megabytes</source>
        <translation>la nouvelle limite, un nombre entier de mégaoctets</translation>
    </message>
</context>
<context>
    <name>isms::cli::ExportCommands</name>
    <message>
        <source>The output file is missing; give it with -o OUT.pdf.</source>
        <translation>Le fichier de sortie manque ; indiquez-le avec -o SORTIE.pdf.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.pdf.</source>
        <translation>Le fichier de sortie est le fichier de projet lui-même ; indiquez un autre nom avec -o SORTIE.pdf.</translation>
    </message>
    <message>
        <source>"%1" is not a paper size; use a4, letter or auto.</source>
        <translation>« %1 » n’est pas un format de papier ; utilisez a4, letter ou auto.</translation>
    </message>
    <message>
        <source>Wrote the control status report to %1.</source>
        <translation>Le rapport d’état des mesures a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The project file is only read. The classification printed on every page defaults to the one set in the preferences; the paper size follows the locale unless --paper is given.</source>
        <translation>Le fichier de projet est seulement lu. La mention de classification imprimée sur chaque page est par défaut celle définie dans les préférences ; le format de papier suit les paramètres régionaux, sauf si --paper est indiqué.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>The PDF file to write; an existing file is replaced.</source>
        <translation>Le fichier PDF à écrire ; un fichier existant est remplacé.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>SORTIE.pdf</translation>
    </message>
    <message>
        <source>The classification label printed on every page.</source>
        <translation>La mention de classification imprimée sur chaque page.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>MENTION</translation>
    </message>
    <message>
        <source>a4, letter or auto (from the locale).</source>
        <translation>a4, letter ou auto (selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The risk report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le rapport sur les risques n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the risk report to %1.</source>
        <translation>Le rapport sur les risques a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writes the risk report (method, heat maps, register, sign-offs, treatment plan) as a PDF/A file in landscape.</source>
        <translation>Écrit le rapport sur les risques (méthode, cartes de chaleur, registre, approbations, plan de traitement des risques) dans un fichier PDF/A au format paysage.</translation>
    </message>
    <message>
        <source>The treatment plan is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le plan de traitement des risques n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the treatment plan to %1.</source>
        <translation>Le plan de traitement des risques a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writes the risk treatment plan (every task by due date, overdue ones marked) as a PDF/A file.</source>
        <translation>Écrit le plan de traitement des risques (toutes les tâches par date d’échéance, celles en retard étant signalées) dans un fichier PDF/A.</translation>
    </message>
    <message>
        <source>Writes the control status report (all 93 controls by theme, with a chart) as a PDF/A file, or the controls as CSV, XLSX or JSON.</source>
        <translation>Écrit le rapport d’état des mesures (les 93 mesures par thème, avec un graphique) au format PDF/A, ou les mesures au format CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability to %1.</source>
        <translation>Déclaration d’applicabilité écrite dans %1.</translation>
    </message>
    <message>
        <source>An issued version of the Statement of Applicability instead of the working state.</source>
        <translation>Une version émise de la déclaration d'applicabilité au lieu de l'état de travail.</translation>
    </message>
    <message>
        <source>The output file is the project file itself; give another name with -o OUT.</source>
        <translation>Le fichier de sortie est le fichier de projet lui-même ; donnez un autre nom avec -o OUT.</translation>
    </message>
    <message>
        <source>Wrote the Statement of Applicability (%1 entries) to %2.</source>
        <translation>Déclaration d'applicabilité (%1 entrées) écrite dans %2.</translation>
    </message>
    <message>
        <source>--version: give the number of an issued version, such as 1; leave it out for the working state.</source>
        <translation>--version : donnez le numéro d'une version émise, comme 1 ; omettez-la pour l'état de travail.</translation>
    </message>
    <message>
        <source>The Statement of Applicability is written as PDF, CSV, XLSX or JSON; give an output file name that ends in .pdf, .csv, .xlsx or .json.</source>
        <translation>La déclaration d'applicabilité s'écrit en PDF, CSV, XLSX ou JSON ; donnez un nom de fichier de sortie qui se termine par .pdf, .csv, .xlsx ou .json.</translation>
    </message>
    <message>
        <source>Wrote version %1 of the Statement of Applicability to %2.</source>
        <translation>Version %1 de la déclaration d'applicabilité écrite dans %2.</translation>
    </message>
    <message>
        <source>Writes the Statement of Applicability (every Annex A control, then the additional ones, with applicability, reasons or justification, status and implementation) as a PDF/A file in landscape, or as CSV, XLSX or JSON.</source>
        <translation>Écrit la déclaration d'applicabilité (chaque mesure de l'annexe A, puis les mesures supplémentaires, avec applicabilité, raisons ou justification, statut et mise en œuvre) en fichier PDF/A au format paysage, ou en CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Without --version the working state is written; the PDF then names the latest issued version it follows. With --version N the issued version N is written as it was approved.</source>
        <translation>Sans --version, l'état de travail est écrit ; le PDF nomme alors la dernière version émise qu'il suit. Avec --version N, la version émise N est écrite telle qu'elle a été approuvée.</translation>
    </message>
    <message>
        <source>The readiness report is written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le rapport de préparation à l’audit n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the readiness report to %1.</source>
        <translation>Le rapport de préparation à l’audit a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writes the readiness check (the score, the points an auditor would raise by area and clause, and every rule with its result) as a PDF/A file.</source>
        <translation>Écrit la vérification de la préparation à l’audit (le score, les points qu’un auditeur relèverait par domaine et par article, et chaque règle avec son résultat) dans un fichier PDF/A.</translation>
    </message>
    <message>
        <source>Wrote the roles and the RACI matrix to %1.</source>
        <translation>Les rôles et la matrice RACI ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Writes the roles and the RACI matrix over the ISMS processes (5.3) as a PDF/A file in landscape, or the RACI assignments as CSV, XLSX or JSON.</source>
        <translation>Écrit les rôles et la matrice RACI des processus du SMSI (5.3) dans un fichier PDF/A au format paysage, ou les affectations RACI au format CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Wrote the performance evaluation report to %1.</source>
        <translation>Le rapport d’évaluation des performances a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writes the performance evaluation report (each metric with its trend chart, measurements and evaluations, then the improvement log) as a PDF/A file, or the metrics as CSV, XLSX or JSON.</source>
        <translation>Écrit le rapport d’évaluation des performances (chaque indicateur avec son graphique de tendance, ses mesurages et ses évaluations, puis le journal des améliorations) dans un fichier PDF/A, ou les indicateurs au format CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Wrote the ISMS processes and their interaction map to %1.</source>
        <translation>Les processus du SMSI et leur carte des interactions ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Writes the ISMS processes (4.4, 8.1) with their interaction map as a PDF/A file in landscape, or the process register as CSV, XLSX or JSON.</source>
        <translation>Écrit les processus du SMSI (4.4, 8.1) avec leur carte des interactions dans un fichier PDF/A au format paysage, ou le registre des processus en CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Wrote the nonconformity and corrective-action register to %1.</source>
        <translation>Le registre des non-conformités et des actions correctives a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Writes the nonconformities with their corrective actions and effectiveness reviews (10.2), then the incidents and suppliers, as a PDF/A file in landscape, or the nonconformities as CSV, XLSX or JSON.</source>
        <translation>Écrit les non-conformités avec leurs actions correctives et les examens de leur efficacité (10.2), puis les incidents et les fournisseurs, dans un fichier PDF/A au format paysage, ou les non-conformités au format CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>Writes the minutes of one management review (attendees, each input of 9.3.2 as frozen when the review was held with its discussion, the decisions and actions of 9.3.3, the approval) as a PDF/A file.</source>
        <translation>Écrit le procès-verbal d’une revue de direction (participants, chaque élément d’entrée de 9.3.2 tel que figé lors de la tenue de la revue, avec sa discussion, les décisions et actions de 9.3.3, l’approbation) dans un fichier PDF/A.</translation>
    </message>
    <message>
        <source>A review not held yet shows its inputs as they stand today, marked as not yet frozen.</source>
        <translation>Une revue pas encore tenue montre ses éléments d’entrée tels qu’ils sont aujourd’hui, signalés comme pas encore figés.</translation>
    </message>
    <message>
        <source>the management review (MR-002)</source>
        <translation>la revue de direction (MR-002)</translation>
    </message>
    <message>
        <source>The review minutes are written as PDF only; give an output file name that ends in .pdf.</source>
        <translation>Le procès-verbal de revue n’est écrit qu’en PDF ; indiquez un nom de fichier de sortie se terminant par .pdf.</translation>
    </message>
    <message>
        <source>Wrote the minutes of management review %1 to %2.</source>
        <translation>Le procès-verbal de la revue de direction %1 a été écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectAccess</name>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>%1 is being edited by %2 on %3 since %4; close it there, or run the command again with --%5 if nobody is working on it any more.</source>
        <translation>%1 est en cours de modification par %2 sur %3 depuis %4 ; fermez-le à cet endroit, ou exécutez à nouveau la commande avec --%5 si plus personne n’y travaille.</translation>
    </message>
    <message>
        <source>Take over the project's lock from another program or computer; only when nobody is working on it there.</source>
        <translation>Reprendre le verrou du projet à un autre programme ou ordinateur ; uniquement si personne ne travaille dessus à cet endroit.</translation>
    </message>
</context>
<context>
    <name>isms::cli::ProjectCommands</name>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The organisation is missing; give its name with --org NAME (or use --demo).</source>
        <translation>L’organisme manque ; indiquez son nom avec --org NOM (ou utilisez --demo).</translation>
    </message>
    <message>
        <source>The organisation name is empty; give it with --org NAME.</source>
        <translation>Le nom de l’organisme est vide ; indiquez-le avec --org NOM.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name, isms-cli never overwrites a file.</source>
        <translation>%1 existe déjà ; choisissez un autre nom de fichier, isms-cli n’écrase jamais de fichier.</translation>
    </message>
    <message>
        <source>Created %1 for %2 with the demo data: %3 Annex A controls and %4 clause requirements.</source>
        <translation>%1 créé pour %2 avec les données de démonstration : %3 mesures de l’annexe A et %4 exigences des articles.</translation>
    </message>
    <message>
        <source>Created %1 for %2: %3 Annex A controls and %4 clause requirements.</source>
        <translation>%1 créé pour %2 : %3 mesures de l’annexe A et %4 exigences des articles.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Annex A controls</source>
        <translation>Mesures de l’annexe A</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>État des mesures</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1% implemented or not applicable</source>
        <translation>%1 % mises en œuvre ou non applicables</translation>
    </message>
    <message>
        <source>Clause requirements</source>
        <translation>Exigences des articles</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>Entrées du journal des modifications</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Verrouillé par</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4%5</source>
        <translation>%1 sur %2 (processus %3) depuis %4%5</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, obsolète</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>format de fichier</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>change log</source>
        <translation>journal des modifications</translation>
    </message>
    <message>
        <source>value history</source>
        <translation>historique des valeurs</translation>
    </message>
    <message>
        <source>No problems found in %1 (schema version %2, change log entries verified: %3).</source>
        <translation>Aucun problème trouvé dans %1 (version du schéma %2, entrées du journal des modifications vérifiées : %3).</translation>
    </message>
    <message>
        <source>The check found problems in %1 (%2 in total, listed above); compare it with a backup copy and review the change history before relying on it.</source>
        <translation>La vérification a trouvé des problèmes dans %1 (%2 au total, listés ci-dessus) ; comparez-le avec une copie de sauvegarde et examinez l’historique des modifications avant de vous y fier.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>--id needs --entity; for example --entity control --id A.5.1.</source>
        <translation>--id nécessite --entity ; par exemple --entity control --id A.5.1.</translation>
    </message>
    <message>
        <source>"%1" is not a number of entries; give a whole number of 1 or more.</source>
        <translation>« %1 » n’est pas un nombre d’entrées ; indiquez un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>No changes are recorded for this selection.</source>
        <translation>Aucune modification n’est enregistrée pour cette sélection.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Creates a new project file with the ISO/IEC 27001:2022 catalogues copied in.</source>
        <translation>Crée un nouveau fichier de projet contenant une copie des catalogues de l’ISO/IEC 27001:2022.</translation>
    </message>
    <message>
        <source>The organisation the ISMS belongs to.</source>
        <translation>L’organisme auquel appartient le SMSI.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Fill in the demo organisation's data.</source>
        <translation>Remplir avec les données de l’organisme de démonstration.</translation>
    </message>
    <message>
        <source>Checks the file's integrity, its schema and its tamper-evident change log.</source>
        <translation>Vérifie l’intégrité du fichier, son schéma et son journal des modifications, où toute altération est détectable.</translation>
    </message>
    <message>
        <source>Lists the change log: who changed which field, when, from what to what.</source>
        <translation>Liste le journal des modifications : qui a modifié quel champ, quand, de quelle valeur à quelle valeur.</translation>
    </message>
    <message>
        <source>Only records of this kind: control, clause or project.</source>
        <translation>Uniquement les enregistrements de ce type : control, clause ou project.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only the record with this id (A.5.1 or 5.1 for a control).</source>
        <translation>Uniquement l’enregistrement ayant cet identifiant (A.5.1 ou 5.1 pour une mesure).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the newest N entries (still listed oldest first).</source>
        <translation>Uniquement les N entrées les plus récentes (toujours listées de la plus ancienne à la plus récente).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Change log head</source>
        <extracomment>The hash of the newest change-log entry; printed so that a copy of it anchors the history.</extracomment>
        <translation>Repère du journal des modifications</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Identifiant du projet</translation>
    </message>
    <message>
        <source>text limits</source>
        <translation>limites de texte</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>seen history</source>
        <extracomment>Area of a check finding: the change log compared with what this computer saw before.</extracomment>
        <translation>historique déjà vu</translation>
    </message>
    <message>
        <source>Change-log entry %1 does not have the hash %2 given with --head; entries up to it were changed or removed since that head was printed.</source>
        <translation>L’entrée %1 du journal des modifications n’a pas l’empreinte %2 indiquée avec --head ; des entrées jusqu’à celle-ci ont été modifiées ou supprimées depuis que ce repère a été relevé.</translation>
    </message>
    <message>
        <source>--head needs the entry count and the hash as printed, for example --head 42:0123456789abcdef.</source>
        <translation>--head nécessite le nombre d’entrées et l’empreinte tels qu’ils ont été affichés, par exemple --head 42:0123456789abcdef.</translation>
    </message>
    <message>
        <source>%1 was left half-saved by a program that stopped during a save; its last complete save was checked, and the file is restored when it is next opened for editing.</source>
        <translation>%1 a été laissé à moitié enregistré par un programme qui s’est arrêté pendant un enregistrement ; son dernier état entièrement enregistré a été vérifié, et le fichier sera restauré à sa prochaine ouverture en modification.</translation>
    </message>
    <message>
        <source>Shows the organisation, the file format, control status counts, the change log's head and the lock.</source>
        <translation>Affiche l’organisme, le format de fichier, le nombre de mesures par statut, le repère du journal des modifications et le verrou.</translation>
    </message>
    <message>
        <source>Runs SQLite's quick check, compares the schema with the one this version creates, recomputes the SHA-256 chain of the change log, checks that its times never go backwards and its authors are plausible, compares the catalogue rows with the catalogue of the file's edition, compares every logged field with its current value, and compares the change log with the head this computer saw last. With --head it also checks that the file still holds the head printed on a report or by info. Exits with 1 when it finds a problem. The file is only read.</source>
        <translation>Exécute la vérification rapide de SQLite, compare le schéma avec celui que crée cette version, recalcule la chaîne SHA-256 du journal des modifications, vérifie que ses horodatages ne reculent jamais et que ses auteurs sont plausibles, compare les lignes du catalogue avec le catalogue de l’édition du fichier, compare chaque champ journalisé avec sa valeur actuelle et compare le journal des modifications avec le dernier repère vu par cet ordinateur. Avec --head, vérifie aussi que le fichier contient toujours le repère figurant sur un rapport ou affiché par info. Se termine avec le code 1 en cas de problème. Le fichier est seulement lu.</translation>
    </message>
    <message>
        <source>A change-log head printed earlier: the entry count and the hash (or its first 16 characters), e.g. 42:0123456789abcdef.</source>
        <translation>Un repère du journal des modifications relevé auparavant : le nombre d’entrées et l’empreinte (ou ses 16 premiers caractères), par ex. 42:0123456789abcdef.</translation>
    </message>
    <message>
        <source>COUNT:HASH</source>
        <translation>NOMBRE:EMPREINTE</translation>
    </message>
    <message>
        <source>"%1" is not a kind of record; use one of %2.</source>
        <translation>« %1 » n’est pas un type d’enregistrement ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>dependencies</source>
        <extracomment>Area of a check finding: links between records, such as asset dependencies.</extracomment>
        <translation>dépendances</translation>
    </message>
    <message>
        <source>--scale sizes the demo data; add --demo or leave --scale out.</source>
        <translation>--scale fixe la taille des données de démonstration ; ajoutez --demo ou retirez --scale.</translation>
    </message>
    <message>
        <source>"%1" is not a number of risks for --scale; give a whole number from 1 to %2.</source>
        <translation>« %1 » n’est pas un nombre de risques pour --scale ; indiquez un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>An existing file is never overwritten. With --demo the project is filled with a synthetic sample organisation; --org may then be left out. --scale N repeats the demo's registers for further branches until they hold N risks (1 to 1,000,000), with assets, links and tasks in proportion, for benchmarks.</source>
        <translation>Un fichier existant n’est jamais écrasé. Avec --demo, le projet est rempli avec une organisation d’exemple fictive ; --org peut alors être omis. --scale N répète les registres de la démonstration pour d’autres filiales jusqu’à ce qu’ils contiennent N risques (de 1 à 1 000 000), avec actifs, liens et tâches en proportion, pour les mesures de performance.</translation>
    </message>
    <message>
        <source>With --demo: about N risks instead of 60.</source>
        <translation>Avec --demo : environ N risques au lieu de 60.</translation>
    </message>
    <message>
        <source>applicability</source>
        <extracomment>Area of a check finding: the Statement of Applicability.</extracomment>
        <translation>applicabilité</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of the ISMS to settle before an audit, listed above.</source>
        <translation>
            <numerusform>%n point de l’ISMS à régler avant un audit, listé ci-dessus.</numerusform>
            <numerusform>%n points de l’ISMS à régler avant un audit, listés ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence</source>
        <extracomment>Area of a check finding: evidence files stored in the project.</extracomment>
        <translation>preuves</translation>
    </message>
    <message>
        <source>SoA versions</source>
        <extracomment>Area of a check finding: the issued versions of the Statement of Applicability.</extracomment>
        <translation>versions de la DdA</translation>
    </message>
    <message>
        <source>context</source>
        <extracomment>Area of a check finding: the context of the organisation (issues, interested parties, scope).</extracomment>
        <translation>contexte</translation>
    </message>
    <message>
        <source>risks</source>
        <extracomment>Area of a check finding: the risk register and its treatment.</extracomment>
        <translation>risques</translation>
    </message>
    <message>
        <source>planning</source>
        <extracomment>Area of a check finding: planning (ISMS risks and opportunities, objectives, planned changes).</extracomment>
        <translation>planification</translation>
    </message>
    <message>
        <source>processes</source>
        <extracomment>Area of a check finding: the processes of the ISMS and their interactions.</extracomment>
        <translation>processus</translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100 (major points: %2, minor points: %3).</source>
        <extracomment>%1: 0 to 100; %2, %3: counts of findings. Worded without plural forms for scripts.</extracomment>
        <translation>Score de préparation à l’audit : %1 sur 100 (points majeurs : %2, points mineurs : %3).</translation>
    </message>
    <message>
        <source>"%1" is not an output format of check; use table or json.</source>
        <translation>« %1 » n’est pas un format de sortie de check ; utilisez table ou json.</translation>
    </message>
    <message>
        <source>It also runs the readiness check: the points a certification auditor would raise (scope not approved, excluded control without justification, risk above the acceptance threshold without owner, overdue task, expired evidence...), each with its rule id, and a readiness score from 0 to 100. Readiness points do not change the exit code: they are gaps in the ISMS, not faults of the file. --format json writes one object with the file's findings and the readiness score and findings (rule, severity, kind, id, message).</source>
        <translation>Exécute aussi la vérification de la préparation à l’audit : les points qu’un auditeur de certification relèverait (périmètre non approuvé, mesure exclue sans justification, risque au-dessus du seuil d’acceptation sans propriétaire, tâche en retard, preuve expirée...), chacun avec son identifiant de règle, et un score de préparation de 0 à 100. Les points de préparation ne changent pas le code de sortie : ce sont des lacunes du SMSI, pas des défauts du fichier. --format json écrit un objet avec les constats sur le fichier ainsi que le score et les constats de préparation (rule, severity, kind, id, message).</translation>
    </message>
    <message>
        <source>table (the default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>clauses</source>
        <extracomment>Area of a check finding: clauses 4 to 10 and the documented information they require.</extracomment>
        <translation>articles</translation>
    </message>
    <message>
        <source>roles and support</source>
        <extracomment>Area of a check finding: roles, competences, training and awareness, communication.</extracomment>
        <translation>rôles et support</translation>
    </message>
    <message>
        <source>assessment runs</source>
        <extracomment>Area of a check finding: the dated risk assessment runs.</extracomment>
        <translation>campagnes d’appréciation</translation>
    </message>
    <message>
        <source>performance</source>
        <extracomment>Area of a check finding: metrics, their measurements and evaluations, and the improvement log.</extracomment>
        <translation>performances</translation>
    </message>
    <message>
        <source>documents</source>
        <extracomment>Area of a check finding: documented information (documents, versions, policies, leadership).</extracomment>
        <translation>documents</translation>
    </message>
    <message>
        <source>management reviews</source>
        <extracomment>Area of a check finding: the management reviews, their frozen inputs and their actions.</extracomment>
        <translation>revues de direction</translation>
    </message>
    <message>
        <source>internal audit</source>
        <extracomment>Area of a check finding: the audit programme, the audits, their checklists and findings.</extracomment>
        <translation>audit interne</translation>
    </message>
    <message>
        <source>improvement</source>
        <extracomment>Area of a check finding: nonconformities, corrective actions, incidents and suppliers.</extracomment>
        <translation>amélioration</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordCommands</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1 : %2</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table, csv or json.</source>
        <translation>« %1 » n’est pas un format ; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>Say what to change, for example --%1 VALUE; run "isms-cli set %2 --help" for the fields.</source>
        <translation>Indiquez ce qu’il faut modifier, par exemple --%1 VALUE ; exécutez « isms-cli set %2 --help » pour connaître les champs.</translation>
    </message>
    <message>
        <source>Changed %1 of %2, recorded in the change log as %3.</source>
        <translation>%1 de %2 modifié, enregistré dans le journal des modifications sous %3.</translation>
    </message>
    <message>
        <source>Removed %1, recorded in the change log as %2.</source>
        <translation>%1 supprimé, enregistré dans le journal des modifications sous %2.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>the %1's reference, such as %2</source>
        <translation>la référence de l’enregistrement (%1), par exemple %2</translation>
    </message>
    <message>
        <source>Lists the %1.</source>
        <translation>Liste les %1.</translation>
    </message>
    <message>
        <source>--where keeps the records whose field has the value (repeat it to combine filters): %1.</source>
        <translation>--where conserve les enregistrements dont le champ a la valeur donnée (répétez-le pour combiner des filtres) : %1.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>Only records whose FIELD has VALUE.</source>
        <translation>Uniquement les enregistrements dont FIELD a la valeur VALUE.</translation>
    </message>
    <message>
        <source>Shows every field of one %1.</source>
        <translation>Affiche tous les champs d’un enregistrement (%1).</translation>
    </message>
    <message>
        <source>Without --ref the next free reference is given.</source>
        <translation>Sans --ref, la prochaine référence libre est attribuée.</translation>
    </message>
    <message>
        <source>Changes fields of one %1 as one logged action.</source>
        <translation>Modifie des champs d’un enregistrement (%1) en une seule action journalisée.</translation>
    </message>
    <message>
        <source>Removes one %1 (logged).</source>
        <translation>Supprime un enregistrement (%1) ; action journalisée.</translation>
    </message>
    <message>
        <source>Removed %1 with the records that belonged to it (%2), recorded in the change log as %3.</source>
        <translation>%1 supprimé avec les enregistrements qui en dépendaient (%2), enregistré dans le journal des modifications sous %3.</translation>
    </message>
    <message>
        <source>Adds a record to the register of %1 and prints its reference.</source>
        <translation>Ajoute un enregistrement au registre des %1 et affiche sa référence.</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordOutput</name>
    <message>
        <source>"%1" is not a filter of %2; write FIELD=VALUE with one of %3.</source>
        <translation>« %1 » n’est pas un filtre de %2 ; écrivez FIELD=VALUE avec l’un de %3.</translation>
    </message>
    <message>
        <source>"%1" is not a value of %2; use one of %3.</source>
        <translation>« %1 » n’est pas une valeur de %2 ; utilisez l’une de %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>isms::cli::RecordTransferCommands</name>
    <message>
        <source>The output file is the project file itself; give another name with -o.</source>
        <translation>Le fichier de sortie est le fichier de projet lui-même ; indiquez un autre nom avec -o.</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose a folder you can write to.</source>
        <translation>%1 ne peut pas être écrit ; choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 could not be written; check the disk space and try again.</source>
        <translation>%1 n’a pas pu être écrit ; vérifiez l’espace disque et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n’a été importé depuis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found, so nothing was imported from %1; correct the file and import it again.</source>
        <translation>
            <numerusform>%n problème trouvé, rien n’a donc été importé depuis %1 ; corrigez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>%n problèmes trouvés, rien n’a donc été importé depuis %1 ; corrigez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of %2 matches them; use --map to assign one).</source>
        <translation>Colonnes ignorées : %1 (aucun champ de %2 ne leur correspond ; utilisez --map pour en associer un).</translation>
    </message>
    <message>
        <source>CSV cells that a spreadsheet would run as a formula are written with a leading apostrophe; importing the file gives the same records.</source>
        <translation>Les cellules CSV qu’un tableur exécuterait comme formule sont écrites précédées d’une apostrophe ; importer le fichier redonne les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>The output file is missing; give it with -o OUT.csv, -o OUT.xlsx or -o OUT.json.</source>
        <translation>Le fichier de sortie manque ; indiquez-le avec -o OUT.csv, -o OUT.xlsx ou -o OUT.json.</translation>
    </message>
    <message>
        <source>%1 can be exported as .csv, .xlsx or .json; give an output file name that ends in one of them.</source>
        <translation>%1 : export possible en .csv, .xlsx ou .json ; indiquez un nom de fichier de sortie qui se termine par l’une de ces extensions.</translation>
    </message>
    <message>
        <source>%1: %2 would be created and %3 changed; nothing was written (--dry-run).</source>
        <translation>%1 : %2 à créer et %3 à modifier ; rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>%1 imported: %2 created, %3 changed, recorded in the change log as %4.</source>
        <translation>%1 : importation terminée (créations : %2, modifications : %3), enregistrée dans le journal des modifications sous %4.</translation>
    </message>
    <message>
        <source>Writes the %1 as CSV, XLSX or JSON.</source>
        <translation>Écrit les %1 au format CSV, XLSX ou JSON.</translation>
    </message>
    <message>
        <source>The file to write (.csv, .xlsx or .json).</source>
        <translation>Le fichier à écrire (.csv, .xlsx ou .json).</translation>
    </message>
    <message>
        <source>Creates and changes %1 from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation>Crée et modifie des %1 à partir d’un fichier CSV, XLSX ou JSON, tout ou rien.</translation>
    </message>
    <message>
        <source>A row whose reference exists changes that record; other rows create records. Headers are matched by field key or label, or by the English, German and French names each field lists. Problems are listed as "line N: COLUMN: what is wrong" and nothing is imported.</source>
        <translation>Une ligne dont la référence existe modifie cet enregistrement ; les autres lignes créent des enregistrements. Les en-têtes sont reconnus d’après la clé ou le libellé du champ, ou d’après les noms anglais, allemands et français que chaque champ indique. Les problèmes sont listés sous la forme « line N: COLUMN: what is wrong » et rien n’est importé.</translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation>le fichier à importer (.csv, .xlsx ou .json)</translation>
    </message>
    <message>
        <source>Assign columns to fields by hand; 'Header=' leaves a column out.</source>
        <translation>Associer manuellement des colonnes à des champs ; 'Header=' laisse une colonne de côté.</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaCommands</name>
    <message>
        <source>"%1" is not a format; use table or json.</source>
        <translation>« %1 » n’est pas un format ; utilisez table ou json.</translation>
    </message>
    <message>
        <source>Name who approved the version with --approver NAME.</source>
        <translation>Indiquez qui a approuvé la version avec --approver NOM.</translation>
    </message>
    <message>
        <source>Say what the version changes with --summary TEXT.</source>
        <translation>Dites ce que change la version avec --summary TEXTE.</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date; write it as YYYY-MM-DD.</source>
        <translation>--date : « %1 » n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Nothing in the Statement of Applicability changed since version %1; add --unchanged to issue it as a re-approval.</source>
        <translation>Rien n'a changé dans la déclaration d'applicabilité depuis la version %1 ; ajoutez --unchanged pour l'émettre comme nouvelle approbation.</translation>
    </message>
    <message>
        <source>Issued version %1 of the Statement of Applicability (%2 entries, approved by %3 on %4).</source>
        <translation>Version %1 de la déclaration d'applicabilité émise (%2 entrées, approuvée par %3 le %4).</translation>
    </message>
    <message>
        <source>No version of the Statement of Applicability has been issued yet.</source>
        <translation>Aucune version de la déclaration d'applicabilité n'a encore été émise.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Émise (UTC)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Nothing changed from %1 to %2.</source>
        <translation>Rien n'a changé de %1 à %2.</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(ajoutée)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Modifications de %1 à %2 :</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>Output format: table or json.</source>
        <translation>Format de sortie : table ou json.</translation>
    </message>
    <message>
        <source>a version number, or current for the working state</source>
        <translation>un numéro de version, ou current pour l'état de travail</translation>
    </message>
    <message>
        <source>Issues the Statement of Applicability as it stands as its next version, approved by NAME; an issued version never changes.</source>
        <translation>Émet la déclaration d'applicabilité dans son état actuel comme sa version suivante, approuvée par NOM ; une version émise ne change jamais.</translation>
    </message>
    <message>
        <source>Issuing is logged and cannot be undone. The approval date defaults to today. A version whose content equals the latest one is refused unless --unchanged says it is a re-approval.</source>
        <translation>L'émission est consignée et ne peut pas être annulée. La date d'approbation est par défaut aujourd'hui. Une version dont le contenu est identique à la dernière est refusée, sauf si --unchanged indique une nouvelle approbation.</translation>
    </message>
    <message>
        <source>Who approved the version.</source>
        <translation>Qui a approuvé la version.</translation>
    </message>
    <message>
        <source>What the version changes.</source>
        <translation>Ce que change la version.</translation>
    </message>
    <message>
        <source>The approval date (default: today).</source>
        <translation>La date d'approbation (par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>Issue even when nothing changed since the latest version (a re-approval).</source>
        <translation>Émettre même si rien n'a changé depuis la dernière version (une nouvelle approbation).</translation>
    </message>
    <message>
        <source>Lists the issued versions of the Statement of Applicability with their approver, date and change summary.</source>
        <translation>Liste les versions émises de la déclaration d'applicabilité avec leur approbateur, leur date et leur résumé des modifications.</translation>
    </message>
    <message>
        <source>Lists what changed, control by control and field by field, from A to B (version numbers, or current).</source>
        <translation>Liste ce qui a changé de A à B, mesure par mesure et champ par champ (numéros de version, ou current).</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaImportCommand</name>
    <message>
        <source>"%1" is not an edition; use 2013 or 2022.</source>
        <translation>« %1 » n'est pas une édition ; utilisez 2013 ou 2022.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n’a été importé depuis %1.</translation>
    </message>
    <message>
        <source>Problems found: %1, so nothing was imported from %2; correct the file and import it again.</source>
        <translation>Problèmes trouvés : %1, donc rien n'a été importé depuis %2 ; corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Ignored columns: %1 (no field of the SoA matches them; use --map to assign one).</source>
        <translation>Colonnes ignorées : %1 (aucun champ de la DdA ne leur correspond ; utilisez --map pour en attribuer un).</translation>
    </message>
    <message>
        <source>Read as an SoA of ISO/IEC 27001:2013 and carried over to the 2022 controls through the mapping in the project.</source>
        <translation>Lue comme une DdA d'ISO/IEC 27001:2013 et reportée sur les mesures de 2022 par la correspondance du projet.</translation>
    </message>
    <message>
        <source>Statement of Applicability, nothing written (--dry-run): Annex A controls to change: %1; additional controls to create: %2, to change: %3.</source>
        <translation>Déclaration d'applicabilité, rien d'écrit (--dry-run) : mesures de l'annexe A à modifier : %1 ; mesures supplémentaires à créer : %2, à modifier : %3.</translation>
    </message>
    <message>
        <source>Statement of Applicability imported, recorded in the change log as %4: Annex A controls changed: %1; additional controls created: %2, changed: %3.</source>
        <translation>Déclaration d'applicabilité importée, consignée dans le journal des modifications sous %4 : mesures de l'annexe A modifiées : %1 ; mesures supplémentaires créées : %2, modifiées : %3.</translation>
    </message>
    <message>
        <source>Imports a Statement of Applicability from a CSV, XLSX or JSON file, all or nothing.</source>
        <translation>Importe une déclaration d'applicabilité depuis un fichier CSV, XLSX ou JSON, tout ou rien.</translation>
    </message>
    <message>
        <source>Columns: the control id (A.5.7 or 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 or x), status, justification, owner, implementation, reasons, last_reviewed, and for additional controls (AC-001, or rows with a source) title, source and source_ref. "isms-cli list soa FILE --format csv" writes a file in this form. An SoA of the 2013 edition (A.9.2.3) is carried over to the 2022 controls, and the controls that need a decision are listed. Problems are listed as "line N: COLUMN: what is wrong" and nothing is imported.</source>
        <translation>Colonnes : l'identifiant de mesure (A.5.7 ou 5.7), applicable (Y/N, yes/no, ja/nein, oui/non, true/false, 1/0 ou x), status, justification, owner, implementation, reasons, last_reviewed et, pour les mesures supplémentaires (AC-001, ou lignes avec une source), title, source et source_ref. « isms-cli list soa FILE --format csv » écrit un fichier sous cette forme. Une DdA de l'édition 2013 (A.9.2.3) est reportée sur les mesures de 2022, et les mesures qui demandent une décision sont listées. Les problèmes sont listés sous la forme « line N: COLUMN: ce qui ne va pas » et rien n'est importé.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>the file to import (.csv, .xlsx or .json)</source>
        <translation>le fichier à importer (.csv, .xlsx ou .json)</translation>
    </message>
    <message>
        <source>Assign columns to SoA fields by hand (%1); 'Header=' leaves a column out.</source>
        <translation>Attribuer des colonnes aux champs de la DdA à la main (%1) ; 'En-tête=' écarte une colonne.</translation>
    </message>
    <message>
        <source>The edition of the file's control ids; found from the ids when not given.</source>
        <translation>L'édition des identifiants de mesure du fichier ; déduite des identifiants si elle n'est pas donnée.</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Vérifier le fichier et indiquer ce qui changerait ; ne rien écrire.</translation>
    </message>
</context>
<context>
    <name>isms::cli::SoaRecordCommands</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>Applicable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Controls: %1 in total, %2 applicable, %3 excluded.</source>
        <translation>Mesures : %1 au total, %2 applicables, %3 exclues.</translation>
    </message>
    <message>
        <source>the project file (*.isms)</source>
        <translation>le fichier de projet (*.isms)</translation>
    </message>
    <message>
        <source>a control of the SoA: A.5.7, 5.7 or AC-001</source>
        <translation>une mesure de la DdA : A.5.7, 5.7 ou AC-001</translation>
    </message>
    <message>
        <source>"%1" is not a format; use table, csv or json.</source>
        <translation>« %1 » n’est pas un format ; utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>The Statement of Applicability has no control "%1"; run "isms-cli list soa %2" to see them.</source>
        <translation>La déclaration d'applicabilité n'a pas de mesure « %1 » ; lancez « isms-cli list soa %2 » pour les voir.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reference in the source</source>
        <translation>Référence dans la source</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>--%1 is not a field of %2.</source>
        <translation>--%1 n'est pas un champ de %2.</translation>
    </message>
    <message>
        <source>"%1" is not a value for applicable; use yes or no.</source>
        <translation>« %1 » n'est pas une valeur pour applicable ; utilisez yes ou no.</translation>
    </message>
    <message>
        <source>"%1" is not a change; write FIELD=VALUE with a field of %2, or applicable=yes|no.</source>
        <translation>« %1 » n'est pas une modification ; écrivez CHAMP=VALEUR avec un champ de %2, ou applicable=yes|no.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>Lists the Statement of Applicability: the 93 Annex A controls, then the additional controls.</source>
        <translation>Liste la déclaration d'applicabilité : les 93 mesures de l'annexe A, puis les mesures supplémentaires.</translation>
    </message>
    <message>
        <source>JSON gives one object per control with the keys id, title, applicable, reasons, justification, status, owner, implementation, theme, source, source_ref, last_reviewed, evidence and additional; CSV has the same columns, and imports back with "isms-cli import soa".</source>
        <translation>Le JSON donne un objet par mesure avec les clés id, title, applicable, reasons, justification, status, owner, implementation, theme, source, source_ref, last_reviewed, evidence et additional ; le CSV a les mêmes colonnes et se réimporte avec « isms-cli import soa ».</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>Shows what the SoA says of one control.</source>
        <translation>Affiche ce que la DdA dit d'une mesure.</translation>
    </message>
    <message>
        <source>Adds an additional control to the SoA and prints its reference.</source>
        <translation>Ajoute une mesure supplémentaire à la DdA et affiche sa référence.</translation>
    </message>
    <message>
        <source>The same as "isms-cli add additional-controls".</source>
        <translation>Identique à « isms-cli add additional-controls ».</translation>
    </message>
    <message>
        <source>Changes what the SoA says of one control as one logged action.</source>
        <translation>Modifie ce que la DdA dit d'une mesure, en une action consignée.</translation>
    </message>
    <message>
        <source>An Annex A id (A.5.7 or 5.7) changes that control, an additional control's reference (AC-001) that control. applicable=no sets the status not-applicable; applicable=yes keeps the status, or sets not-started for an excluded control.</source>
        <translation>Un identifiant de l'annexe A (A.5.7 ou 5.7) modifie cette mesure, la référence d'une mesure supplémentaire (AC-001) celle-ci. applicable=no met le statut à not-applicable ; applicable=yes garde le statut, ou met not-started pour une mesure exclue.</translation>
    </message>
    <message>
        <source>a field and its new value, such as owner=Alice</source>
        <translation>un champ et sa nouvelle valeur, comme owner=Alice</translation>
    </message>
</context>
<context>
    <name>isms::text</name>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>the text direction control %1</source>
        <extracomment>A character that changes the direction text is shown in (not an Annex A control).</extracomment>
        <translation>le caractère de contrôle de direction du texte %1</translation>
    </message>
    <message>
        <source>the control character %1</source>
        <extracomment>A non-printing character such as ESC or BEL (not an Annex A control).</extracomment>
        <translation>le caractère de contrôle %1</translation>
    </message>
    <message numerus="yes">
        <source> […cut: %n more character(s)]</source>
        <extracomment>Appended where a stored text that is longer than its field allows was cut for display.</extracomment>
        <translation>
            <numerusform> […tronqué : %n caractère de plus]</numerusform>
            <numerusform> […tronqué : %n caractères de plus]</numerusform>
        </translation>
    </message>
</context>
</TS>