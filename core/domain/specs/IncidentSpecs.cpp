// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Information security incidents (Annex A 5.24-5.28): when they happened, were detected and reported,
// what they touched, the response, the evidence collected and the lessons learned; and the suppliers
// (Annex A 5.19-5.23) with their criticality, security requirements, contract and review dates.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &categories()
{
    static const EnumSpec spec{
        QStringLiteral("incident_category"),
        {
            value("malware",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Malware"),
                  0xC62828,
                  {QStringLiteral("virus"),
                   QStringLiteral("ransomware"),
                   QStringLiteral("Schadsoftware"),
                   QStringLiteral("logiciel malveillant")}),
            value("phishing",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Phishing or social engineering"),
                  0xAD1457,
                  {QStringLiteral("social engineering"), QStringLiteral("hameçonnage")}),
            value("unauthorised-access",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Unauthorised access"),
                  0x6A1B9A,
                  {QStringLiteral("unauthorized access"),
                   QStringLiteral("unbefugter Zugriff"),
                   QStringLiteral("accès non autorisé")}),
            value("data-loss",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Data leak or loss"),
                  0x4527A0,
                  {QStringLiteral("data leak"),
                   QStringLiteral("Datenabfluss"),
                   QStringLiteral("Datenverlust"),
                   QStringLiteral("fuite de données")}),
            value("outage",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Outage"),
                  0xEF6C00,
                  {QStringLiteral("availability"), QStringLiteral("Ausfall"), QStringLiteral("panne")}),
            value("physical",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Physical"),
                  0x5D4037,
                  {QStringLiteral("theft"), QStringLiteral("Diebstahl"), QStringLiteral("physique")}),
            value("human-error",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Human error"),
                  0x1565C0,
                  {QStringLiteral("mistake"),
                   QStringLiteral("Fehlbedienung"),
                   QStringLiteral("erreur humaine")}),
            value("other",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
                  0x757575,
                  {QStringLiteral("sonstige"), QStringLiteral("autre")}),
        }};
    return spec;
}

const EnumSpec &levels(const char *name)
{
    static const auto make = [](const char *key) {
        return EnumSpec{QString::fromLatin1(key),
                        {
                            value("low",
                                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Low"),
                                  0x2E7D32,
                                  {QStringLiteral("niedrig"), QStringLiteral("faible")}),
                            value("medium",
                                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Medium"),
                                  0xF9A825,
                                  {QStringLiteral("mittel"), QStringLiteral("moyen")}),
                            value("high",
                                  QT_TRANSLATE_NOOP("isms::EnumSpec", "High"),
                                  0xEF6C00,
                                  {QStringLiteral("hoch"), QStringLiteral("élevé")}),
                            value("critical",
                                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Critical"),
                                  0xC62828,
                                  {QStringLiteral("kritisch"), QStringLiteral("critique")}),
                        }};
    };
    static const EnumSpec severity = make("incident_severity");
    static const EnumSpec criticality = make("supplier_criticality");
    return qstrcmp(name, "incident_severity") == 0 ? severity : criticality;
}

const EnumSpec &incidentStatuses()
{
    static const EnumSpec spec{QStringLiteral("incident_status"),
                               {
                                   value("open",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
                                         0xC62828,
                                         {QStringLiteral("offen"), QStringLiteral("ouvert")}),
                                   value("contained",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Contained"),
                                         0xEF6C00,
                                         {QStringLiteral("eingedämmt"), QStringLiteral("contenu")}),
                                   value("resolved",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Resolved"),
                                         0x1565C0,
                                         {QStringLiteral("behoben"), QStringLiteral("résolu")}),
                                   value("closed",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Closed"),
                                         0x2E7D32,
                                         {QStringLiteral("geschlossen"), QStringLiteral("clos")}),
                               }};
    return spec;
}

const EnumSpec &supplierStatuses()
{
    static const EnumSpec spec{QStringLiteral("supplier_status"),
                               {
                                   value("active",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Active"),
                                         0x2E7D32,
                                         {QStringLiteral("aktiv"), QStringLiteral("actif")}),
                                   value("onboarding",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Onboarding"),
                                         0x1565C0,
                                         {QStringLiteral("Einführung"), QStringLiteral("intégration")}),
                                   value("offboarded",
                                         QT_TRANSLATE_NOOP("isms::EnumSpec", "Offboarded"),
                                         0x9E9E9E,
                                         {QStringLiteral("beendet"), QStringLiteral("terminé")}),
                               }};
    return spec;
}

const EnumSpec &yesNo()
{
    static const EnumSpec spec{
        QStringLiteral("cloud_service"),
        {
            value("no",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "No"),
                  0x757575,
                  {QStringLiteral("nein"), QStringLiteral("non"), QStringLiteral("false")}),
            value("yes",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Yes"),
                  0x1565C0,
                  {QStringLiteral("ja"), QStringLiteral("oui"), QStringLiteral("true")}),
        }};
    return spec;
}

Result<void> validateIncident(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QDate occurred = dateOf(spec, record, u"occurred_on");
    const QDate detected = dateOf(spec, record, u"detected_on");
    const QDate reported = dateOf(spec, record, u"reported_on");
    if (occurred.isValid() && detected.isValid() && detected < occurred) {
        return invalid(
            QCoreApplication::translate("isms::IncidentSpecs",
                                        "The incident was detected on %1, before it occurred on %2; "
                                        "correct one of the dates.")
                .arg(iso(detected), iso(occurred)));
    }
    const QDate before = detected.isValid() ? detected : occurred;
    if (before.isValid() && reported.isValid() && reported < before) {
        return invalid(
            QCoreApplication::translate("isms::IncidentSpecs",
                                        "The incident was reported on %1, before it was detected or "
                                        "occurred on %2; correct one of the dates.")
                .arg(iso(reported), iso(before)));
    }
    if (textOf(spec, record, u"status") == u"closed" && textOf(spec, record, u"lessons").isEmpty()) {
        return invalid(
            QCoreApplication::translate("isms::IncidentSpecs",
                                        "A closed incident states what was learned from it; fill in "
                                        "\"Lessons learned\" before closing it."));
    }
    return {};
}

Result<void> validateSupplier(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QDate last = dateOf(spec, record, u"last_review");
    const QDate next = dateOf(spec, record, u"next_review");
    if (last.isValid() && next.isValid() && next < last) {
        return invalid(QCoreApplication::translate("isms::IncidentSpecs",
                                                   "The next review on %1 lies before the last review on %2; "
                                                   "correct one of the dates.")
                           .arg(iso(next), iso(last)));
    }
    if (last.isValid() && last > QDate::currentDate()) {
        return invalid(
            QCoreApplication::translate("isms::IncidentSpecs",
                                        "The last review date %1 lies in the future; plan it as the "
                                        "next review instead.")
                .arg(iso(last)));
    }
    return {};
}

FieldSpec incidentEnd()
{
    return reference(QStringLiteral("incident"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Incident"),
                     QStringLiteral("incidents"),
                     0,
                     {QStringLiteral("Vorfall")});
}

FieldSpec supplierEnd()
{
    return reference(QStringLiteral("supplier"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Supplier"),
                     QStringLiteral("suppliers"),
                     0,
                     {QStringLiteral("Lieferant"), QStringLiteral("fournisseur")});
}

FieldSpec assetEnd()
{
    return reference(QStringLiteral("asset"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Asset"),
                     QStringLiteral("assets"),
                     0,
                     {QStringLiteral("Wert"), QStringLiteral("actif")});
}

FieldSpec riskEnd()
{
    return reference(QStringLiteral("risk"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Risk"),
                     QStringLiteral("risks"),
                     0,
                     {QStringLiteral("Risiko"), QStringLiteral("risque")});
}

LinkColumn linkColumn(const char *key,
                      const char *label,
                      const char *kind,
                      const char *own,
                      const char *other)
{
    return {.key = QString::fromLatin1(key),
            .label = label,
            .linkKind = QString::fromLatin1(kind),
            .ownField = QString::fromLatin1(own),
            .otherField = QString::fromLatin1(other)};
}

} // namespace

const EntitySpec &incidentSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec incidents{
            .key = QStringLiteral("incidents"),
            .entity = QStringLiteral("incident"),
            .table = QStringLiteral("incident"),
            .refPrefix = QStringLiteral("INC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Incident"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Incidents"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "incident"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "incidents"),
            .fields = {},
        };
        incidents.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Incident"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("incident"), QStringLiteral("Vorfall"), QStringLiteral("titre")}),
            date(QStringLiteral("occurred_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Occurred on"),
                 {QStringLiteral("occurred"),
                  QStringLiteral("date"),
                  QStringLiteral("eingetreten am"),
                  QStringLiteral("survenu le")}),
            formOnly(date(
                QStringLiteral("detected_on"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Detected on"),
                {QStringLiteral("detected"), QStringLiteral("erkannt am"), QStringLiteral("détecté le")})),
            formOnly(date(
                QStringLiteral("reported_on"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Reported on"),
                {QStringLiteral("reported"), QStringLiteral("gemeldet am"), QStringLiteral("signalé le")})),
            formOnly(reference(
                QStringLiteral("reported_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Reported by"),
                QStringLiteral("people"),
                0,
                {QStringLiteral("reporter"), QStringLiteral("gemeldet von"), QStringLiteral("signalé par")})),
            longText(QStringLiteral("description"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                     {QStringLiteral("Beschreibung")}),
            enumeration(QStringLiteral("category"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Category"),
                        categories(),
                        {QStringLiteral("type"), QStringLiteral("Kategorie"), QStringLiteral("catégorie")}),
            enumeration(QStringLiteral("severity"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Severity"),
                        levels("incident_severity"),
                        {QStringLiteral("Schweregrad"), QStringLiteral("gravité")}),
            longText(QStringLiteral("response"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Response"),
                     {QStringLiteral("Reaktion"), QStringLiteral("réponse")}),
            longText(QStringLiteral("evidence"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Evidence collected"),
                     {QStringLiteral("Beweise"), QStringLiteral("preuves")}),
            longText(QStringLiteral("lessons"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Lessons learned"),
                     {QStringLiteral("lessons learned"),
                      QStringLiteral("Erkenntnisse"),
                      QStringLiteral("enseignements")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        incidentStatuses(),
                        {QStringLiteral("state"), QStringLiteral("Stand"), QStringLiteral("statut")}),
            reference(QStringLiteral("nonconformity"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Nonconformity"),
                      QStringLiteral("nonconformities"),
                      0,
                      {QStringLiteral("NC"), QStringLiteral("Abweichung")}),
        };
        incidents.validate = &validateIncident;
        incidents.links = {linkColumn("assets",
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Affected assets"),
                                      "incident-assets",
                                      "incident",
                                      "asset"),
                           linkColumn("risks",
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Related risks"),
                                      "incident-risks",
                                      "incident",
                                      "risk")};
        return incidents;
    }();
    return spec;
}

const EntitySpec &incidentAssetSpec()
{
    static const EntitySpec spec = linkSpec(QStringLiteral("incident-assets"),
                                            QStringLiteral("incident_asset"),
                                            QStringLiteral("IA-"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Incident asset link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Incident asset links"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "incident asset link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "incident asset links"),
                                            incidentEnd(),
                                            assetEnd());
    return spec;
}

const EntitySpec &incidentRiskSpec()
{
    static const EntitySpec spec = linkSpec(QStringLiteral("incident-risks"),
                                            QStringLiteral("incident_risk"),
                                            QStringLiteral("IR-"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Incident risk link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Incident risk links"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "incident risk link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "incident risk links"),
                                            incidentEnd(),
                                            riskEnd());
    return spec;
}

const EntitySpec &supplierSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec suppliers{
            .key = QStringLiteral("suppliers"),
            .entity = QStringLiteral("supplier"),
            .table = QStringLiteral("supplier"),
            .refPrefix = QStringLiteral("SUP-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Supplier"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Suppliers"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "supplier"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "suppliers"),
            .fields = {},
        };
        FieldSpec cloud = enumeration(QStringLiteral("cloud"),
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Cloud service"),
                                      yesNo(),
                                      {QStringLiteral("cloud service"),
                                       QStringLiteral("Cloud-Dienst"),
                                       QStringLiteral("service cloud")});
        cloud.description =
            QT_TRANSLATE_NOOP("isms::FieldSpec",
                              "Yes when the supplier provides a cloud service, whose acquisition, "
                              "use, management and exit the ISMS governs as well.");
        suppliers.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("name"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Supplier"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("supplier"), QStringLiteral("Lieferant"), QStringLiteral("fournisseur")}),
            text(QStringLiteral("service"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Service provided"),
                 EditableInTable,
                 {QStringLiteral("Leistung"), QStringLiteral("prestation")}),
            enumeration(QStringLiteral("criticality"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Criticality"),
                        levels("supplier_criticality"),
                        {QStringLiteral("Kritikalität"), QStringLiteral("criticité")}),
            formOnly(text(QStringLiteral("contact"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Contact"),
                          0,
                          {QStringLiteral("Ansprechpartner"), QStringLiteral("contact")})),
            longText(QStringLiteral("security_requirements"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Security requirements"),
                     {QStringLiteral("requirements"),
                      QStringLiteral("Sicherheitsanforderungen"),
                      QStringLiteral("exigences de sécurité")}),
            longText(QStringLiteral("contract_clauses"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Contract clauses"),
                     {QStringLiteral("contract"),
                      QStringLiteral("Vertragsklauseln"),
                      QStringLiteral("clauses contractuelles")}),
            formOnly(date(QStringLiteral("contract_end"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Contract ends"),
                          {QStringLiteral("contract end"),
                           QStringLiteral("Vertragsende"),
                           QStringLiteral("fin de contrat")})),
            date(QStringLiteral("last_review"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Last review"),
                 {QStringLiteral("last reviewed"),
                  QStringLiteral("letzte Prüfung"),
                  QStringLiteral("dernière revue")}),
            date(QStringLiteral("next_review"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Next review"),
                 {QStringLiteral("nächste Prüfung"), QStringLiteral("prochaine revue")}),
            cloud,
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        supplierStatuses(),
                        {QStringLiteral("state"), QStringLiteral("Stand"), QStringLiteral("statut")}),
        };
        suppliers.validate = &validateSupplier;
        suppliers.links = {linkColumn("risks",
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Linked risks"),
                                      "supplier-risks",
                                      "supplier",
                                      "risk"),
                           linkColumn("assets",
                                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Linked assets"),
                                      "supplier-assets",
                                      "supplier",
                                      "asset")};
        return suppliers;
    }();
    return spec;
}

const EntitySpec &supplierRiskSpec()
{
    static const EntitySpec spec = linkSpec(QStringLiteral("supplier-risks"),
                                            QStringLiteral("supplier_risk"),
                                            QStringLiteral("SR-"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Supplier risk link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Supplier risk links"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "supplier risk link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "supplier risk links"),
                                            supplierEnd(),
                                            riskEnd());
    return spec;
}

const EntitySpec &supplierAssetSpec()
{
    static const EntitySpec spec = linkSpec(QStringLiteral("supplier-assets"),
                                            QStringLiteral("supplier_asset"),
                                            QStringLiteral("SA-"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Supplier asset link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "Supplier asset links"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "supplier asset link"),
                                            QT_TRANSLATE_NOOP("isms::EntitySpec", "supplier asset links"),
                                            supplierEnd(),
                                            assetEnd());
    return spec;
}

} // namespace isms
