// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Nonconformities and their corrective actions (10.2): where a nonconformity came from, how it was
// corrected, its root cause, whether similar ones exist or could occur, the ISMS changes it led to, and
// the review of whether the actions were effective, without which it is not closed.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &sources()
{
    static const EnumSpec spec{
        QStringLiteral("nonconformity_source"),
        {
            value("audit-finding",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Audit finding"),
                  0x6A1B9A,
                  {QStringLiteral("audit"),
                   QStringLiteral("Auditfeststellung"),
                   QStringLiteral("constat d'audit")}),
            value("incident",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Incident"),
                  0xC62828,
                  {QStringLiteral("Vorfall"), QStringLiteral("Sicherheitsvorfall")}),
            value("complaint",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Complaint"),
                  0xEF6C00,
                  {QStringLiteral("Beschwerde"), QStringLiteral("réclamation"), QStringLiteral("plainte")}),
            value("management-review",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Management review"),
                  0x1565C0,
                  {QStringLiteral("review"),
                   QStringLiteral("Managementbewertung"),
                   QStringLiteral("revue de direction")}),
            value("other",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
                  0x757575,
                  {QStringLiteral("sonstige"), QStringLiteral("autre")}),
        }};
    return spec;
}

const EnumSpec &classifications()
{
    static const EnumSpec spec{
        QStringLiteral("nonconformity_class"),
        {
            value("minor",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Minor"),
                  0xEF6C00,
                  {QStringLiteral("gering"), QStringLiteral("Nebenabweichung"), QStringLiteral("mineure")}),
            value("major",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Major"),
                  0xC62828,
                  {QStringLiteral("schwer"), QStringLiteral("Hauptabweichung"), QStringLiteral("majeure")}),
        }};
    return spec;
}

const EnumSpec &similarAnswers()
{
    static const EnumSpec spec{
        QStringLiteral("similar_nonconformity"),
        {
            value("unknown",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not yet determined"),
                  0x757575,
                  {QStringLiteral("open"), QStringLiteral("offen"), QStringLiteral("inconnu")}),
            value("no",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "No"),
                  0x2E7D32,
                  {QStringLiteral("nein"), QStringLiteral("non")}),
            value("yes",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Yes"),
                  0xEF6C00,
                  {QStringLiteral("ja"), QStringLiteral("oui")}),
        }};
    return spec;
}

const EnumSpec &statuses()
{
    static const EnumSpec spec{
        QStringLiteral("nonconformity_status"),
        {
            value("open",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Open"),
                  0xC62828,
                  {QStringLiteral("offen"), QStringLiteral("ouvert")}),
            value("correction-done",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Correction done"),
                  0xEF6C00,
                  {QStringLiteral("corrected"), QStringLiteral("korrigiert"), QStringLiteral("corrigé")}),
            value("action-planned",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Action planned"),
                  0x1565C0,
                  {QStringLiteral("Maßnahme geplant"), QStringLiteral("action planifiée")}),
            value("verifying",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Verifying"),
                  0x6A1B9A,
                  {QStringLiteral("verification"),
                   QStringLiteral("Wirksamkeitsprüfung"),
                   QStringLiteral("vérification")}),
            value("closed",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Closed"),
                  0x2E7D32,
                  {QStringLiteral("geschlossen"), QStringLiteral("abgeschlossen"), QStringLiteral("clos")}),
        }};
    return spec;
}

const EnumSpec &reviewResults()
{
    static const EnumSpec spec{
        QStringLiteral("effectiveness_result"),
        {
            value("pending",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not reviewed yet"),
                  0x757575,
                  {QStringLiteral("open"), QStringLiteral("offen"), QStringLiteral("à évaluer")}),
            value("not-effective",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Not effective"),
                  0xC62828,
                  {QStringLiteral("no"), QStringLiteral("unwirksam"), QStringLiteral("inefficace")}),
            value("effective",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Effective"),
                  0x2E7D32,
                  {QStringLiteral("yes"), QStringLiteral("wirksam"), QStringLiteral("efficace")}),
        }};
    return spec;
}

const EnumSpec &actionStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("corrective_action_status"),
        {
            value("planned",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Planned"),
                  0x757575,
                  {QStringLiteral("geplant"), QStringLiteral("prévu")}),
            value("in-progress",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "In progress"),
                  0x1565C0,
                  {QStringLiteral("in Bearbeitung"), QStringLiteral("en cours")}),
            value("done",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Done"),
                  0x2E7D32,
                  {QStringLiteral("erledigt"), QStringLiteral("terminé")}),
            value("cancelled",
                  QT_TRANSLATE_NOOP("isms::EnumSpec", "Cancelled"),
                  0x9E9E9E,
                  {QStringLiteral("canceled"), QStringLiteral("abgebrochen"), QStringLiteral("annulé")}),
        }};
    return spec;
}

/// A date that lies before another that must come first is refused in one sentence.
Result<void> notBefore(const QDate &later, const QDate &earlier, const char *sentence)
{
    if (later.isValid() && earlier.isValid() && later < earlier) {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs", sentence).arg(iso(later), iso(earlier)));
    }
    return {};
}

Result<void> validateNonconformity(const EntitySpec &spec,
                                   const Record &record,
                                   const RecordContext & /*context*/)
{
    const QString status = textOf(spec, record, u"status");
    const QString result = textOf(spec, record, u"review_result");
    const QDate raised = dateOf(spec, record, u"raised_on");
    const QDate reviewed = dateOf(spec, record, u"review_date");
    const QDate closed = dateOf(spec, record, u"closed_on");
    if (status == u"closed" && (result != u"effective" || !reviewed.isValid())) {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "A nonconformity is closed only after an effectiveness review "
                                        "found its actions effective; record the review date and the "
                                        "result \"Effective\" first."));
    }
    if (result != u"pending" && !reviewed.isValid()) {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "An effectiveness result comes from a review; give the date of "
                                        "the review in \"Reviewed on\"."));
    }
    if (reviewed.isValid() && reviewed > QDate::currentDate()) {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "The review date %1 lies in the future; record the review once "
                                        "it has taken place.")
                .arg(iso(reviewed)));
    }
    if (closed.isValid() && status != u"closed") {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "A closing date belongs to a closed nonconformity; set the "
                                        "status to \"Closed\" or clear \"Closed on\"."));
    }
    if (auto order = notBefore(dateOf(spec, record, u"correction_date"),
                               raised,
                               QT_TRANSLATE_NOOP("isms::NonconformitySpecs",
                                                 "The correction date %1 lies before the day %2 on which the "
                                                 "nonconformity was raised; correct one of them."));
        !order) {
        return order;
    }
    if (auto order = notBefore(reviewed,
                               raised,
                               QT_TRANSLATE_NOOP("isms::NonconformitySpecs",
                                                 "The review date %1 lies before the day %2 on which the "
                                                 "nonconformity was raised; correct one of them."));
        !order) {
        return order;
    }
    return notBefore(
        closed,
        reviewed,
        QT_TRANSLATE_NOOP("isms::NonconformitySpecs",
                          "The closing date %1 lies before the effectiveness review of %2; correct "
                          "one of them."));
}

Result<void> validateAction(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QString status = textOf(spec, record, u"status");
    const QDate done = dateOf(spec, record, u"done_on");
    if (done.isValid() && status != u"done") {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "A completion date belongs to a done action; set the status "
                                        "to \"Done\" or clear \"Done on\"."));
    }
    if (done.isValid() && done > QDate::currentDate()) {
        return invalid(
            QCoreApplication::translate("isms::NonconformitySpecs",
                                        "The completion date %1 lies in the future; give it once the "
                                        "action is done, and use \"Due date\" until then.")
                .arg(iso(done)));
    }
    return {};
}

FieldSpec why(int number)
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("isms::FieldSpec", "Why 1"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Why 2"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Why 3"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Why 4"),
                                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Why 5")};
    FieldSpec field = formOnly(text(QStringLiteral("why%1").arg(number), labels[number - 1], 0));
    field.description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                          "One answer of the five-whys analysis: why did the previous step "
                                          "happen? The helper on the page walks through them.");
    return field;
}

} // namespace

const EntitySpec &nonconformitySpec()
{
    static const EntitySpec spec = [] {
        EntitySpec ncs{
            .key = QStringLiteral("nonconformities"),
            .entity = QStringLiteral("nonconformity"),
            .table = QStringLiteral("nonconformity"),
            .refPrefix = QStringLiteral("NC-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Nonconformity"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Nonconformities"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "nonconformity"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "nonconformities"),
            .fields = {},
        };
        FieldSpec similar =
            enumeration(QStringLiteral("similar"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Similar ones exist or could occur"),
                        similarAnswers(),
                        {QStringLiteral("similar nonconformities"),
                         QStringLiteral("ähnliche"),
                         QStringLiteral("similaires")});
        similar.description =
            QT_TRANSLATE_NOOP("isms::FieldSpec",
                              "Whether nonconformities like this one exist elsewhere or could "
                              "occur; say where in the note below.");
        similar.flags &= ~quint32(InTable);
        ncs.fields = {
            referenceFieldSpec(),
            text(QStringLiteral("title"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Nonconformity"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("nonconformity"),
                  QStringLiteral("Abweichung"),
                  QStringLiteral("non-conformité")}),
            date(QStringLiteral("raised_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Raised on"),
                 {QStringLiteral("raised"),
                  QStringLiteral("date"),
                  QStringLiteral("festgestellt am"),
                  QStringLiteral("constatée le")}),
            formOnly(person(QStringLiteral("raised_by"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Raised by"),
                            {QStringLiteral("reporter"),
                             QStringLiteral("festgestellt von"),
                             QStringLiteral("constatée par")})),
            enumeration(QStringLiteral("source"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Source"),
                        sources(),
                        {QStringLiteral("origin"), QStringLiteral("Quelle"), QStringLiteral("origine")}),
            formOnly(text(QStringLiteral("source_ref"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Source reference"),
                          0,
                          {QStringLiteral("source reference"),
                           QStringLiteral("Fundstelle"),
                           QStringLiteral("référence source")})),
            formOnly(reference(QStringLiteral("incident"),
                               QT_TRANSLATE_NOOP("isms::FieldSpec", "Incident"),
                               QStringLiteral("incidents"),
                               0,
                               {QStringLiteral("Vorfall")})),
            longText(QStringLiteral("description"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                     {QStringLiteral("Beschreibung")}),
            formOnly(text(
                QStringLiteral("requirement"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Requirement not fulfilled"),
                0,
                {QStringLiteral("requirement"), QStringLiteral("Anforderung"), QStringLiteral("exigence")})),
            enumeration(
                QStringLiteral("classification"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Classification"),
                classifications(),
                {QStringLiteral("grade"), QStringLiteral("Einstufung"), QStringLiteral("classement")}),
            longText(QStringLiteral("correction"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Correction"),
                     {QStringLiteral("immediate action"), QStringLiteral("Korrektur")}),
            formOnly(date(QStringLiteral("correction_date"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Corrected on"),
                          {QStringLiteral("correction date"),
                           QStringLiteral("korrigiert am"),
                           QStringLiteral("corrigée le")})),
            why(1),
            why(2),
            why(3),
            why(4),
            why(5),
            longText(QStringLiteral("root_cause"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Root cause"),
                     {QStringLiteral("cause"), QStringLiteral("Ursache"), QStringLiteral("cause racine")}),
            similar,
            longText(QStringLiteral("similar_note"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Similar nonconformities: where"),
                     {QStringLiteral("similar note")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        statuses(),
                        {QStringLiteral("state"), QStringLiteral("Stand"), QStringLiteral("statut")}),
            date(QStringLiteral("review_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Reviewed on"),
                 {QStringLiteral("review date"),
                  QStringLiteral("Wirksamkeitsprüfung am"),
                  QStringLiteral("date de revue")}),
            enumeration(
                QStringLiteral("review_result"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Effectiveness"),
                reviewResults(),
                {QStringLiteral("effective"), QStringLiteral("Wirksamkeit"), QStringLiteral("efficacité")}),
            formOnly(person(
                QStringLiteral("reviewed_by"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Reviewed by"),
                {QStringLiteral("reviewer"), QStringLiteral("geprüft von"), QStringLiteral("revue par")})),
            longText(QStringLiteral("review_note"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Review note"),
                     {QStringLiteral("Prüfvermerk"), QStringLiteral("note de revue")}),
            formOnly(date(
                QStringLiteral("closed_on"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Closed on"),
                {QStringLiteral("closed"), QStringLiteral("geschlossen am"), QStringLiteral("close le")})),
            formOnly(reference(
                QStringLiteral("finding"),
                QT_TRANSLATE_NOOP("isms::FieldSpec", "Audit finding"),
                QStringLiteral("findings"),
                0,
                {QStringLiteral("finding"), QStringLiteral("Feststellung"), QStringLiteral("constat")})),
        };
        ncs.fields[ncs.indexOf(u"root_cause")].description = QT_TRANSLATE_NOOP(
            "isms::FieldSpec",
            "Why the nonconformity happened, found for instance with the five-whys helper.");
        ncs.fields[ncs.indexOf(u"correction")].description =
            QT_TRANSLATE_NOOP("isms::FieldSpec",
                              "What was done at once to control and correct the nonconformity.");
        ncs.validate = &validateNonconformity;
        ncs.links = {{.key = QStringLiteral("planned_changes"),
                      .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "ISMS changes"),
                      .linkKind = QStringLiteral("nonconformity-changes"),
                      .ownField = QStringLiteral("nonconformity"),
                      .otherField = QStringLiteral("planned_change"),
                      .importSynonyms = {QStringLiteral("changes"),
                                         QStringLiteral("Änderungen"),
                                         QStringLiteral("changements")}}};
        return ncs;
    }();
    return spec;
}

const EntitySpec &correctiveActionSpec()
{
    static const EntitySpec spec = [] {
        EntitySpec actions{
            .key = QStringLiteral("corrective-actions"),
            .entity = QStringLiteral("corrective_action"),
            .table = QStringLiteral("corrective_action"),
            .refPrefix = QStringLiteral("CA-"),
            .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Corrective action"),
            .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Corrective actions"),
            .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "corrective action"),
            .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "corrective actions"),
            .fields = {},
        };
        actions.fields = {
            referenceFieldSpec(),
            reference(QStringLiteral("nonconformity"),
                      QT_TRANSLATE_NOOP("isms::FieldSpec", "Nonconformity"),
                      QStringLiteral("nonconformities"),
                      Required | CascadeDelete,
                      {QStringLiteral("NC"), QStringLiteral("Abweichung"), QStringLiteral("non-conformité")}),
            text(QStringLiteral("action"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Action"),
                 Required | Filterable | EditableInTable,
                 {QStringLiteral("corrective action"),
                  QStringLiteral("Maßnahme"),
                  QStringLiteral("action corrective")}),
            person(QStringLiteral("owner"),
                   QT_TRANSLATE_NOOP("isms::FieldSpec", "Owner"),
                   {QStringLiteral("responsible"),
                    QStringLiteral("Verantwortlich"),
                    QStringLiteral("responsable")}),
            date(QStringLiteral("due_date"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Due date"),
                 {QStringLiteral("due"),
                  QStringLiteral("deadline"),
                  QStringLiteral("fällig"),
                  QStringLiteral("échéance")}),
            enumeration(QStringLiteral("status"),
                        QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                        actionStatuses(),
                        {QStringLiteral("state"), QStringLiteral("Stand"), QStringLiteral("statut")}),
            date(QStringLiteral("done_on"),
                 QT_TRANSLATE_NOOP("isms::FieldSpec", "Done on"),
                 {QStringLiteral("completed"), QStringLiteral("erledigt am"), QStringLiteral("terminée le")}),
            longText(QStringLiteral("result"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Result"),
                     {QStringLiteral("outcome"), QStringLiteral("Ergebnis"), QStringLiteral("résultat")}),
        };
        actions.validate = &validateAction;
        return actions;
    }();
    return spec;
}

const EntitySpec &nonconformityChangeSpec()
{
    static const EntitySpec spec =
        linkSpec(QStringLiteral("nonconformity-changes"),
                 QStringLiteral("nonconformity_change"),
                 QStringLiteral("NCPC-"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "Nonconformity change link"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "Nonconformity change links"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "nonconformity change link"),
                 QT_TRANSLATE_NOOP("isms::EntitySpec", "nonconformity change links"),
                 reference(QStringLiteral("nonconformity"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Nonconformity"),
                           QStringLiteral("nonconformities"),
                           0,
                           {QStringLiteral("NC")}),
                 reference(QStringLiteral("planned_change"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned change"),
                           QStringLiteral("planned-changes"),
                           0,
                           {QStringLiteral("change"), QStringLiteral("Änderung")}));
    return spec;
}

} // namespace isms
