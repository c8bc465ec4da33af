// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Support (clause 7): competences required for roles (7.2), training and awareness with the evaluation
// of their effectiveness (7.2 c, 7.3), and the communication plan (7.4).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec person(quint32 extra)
{
    return reference(QStringLiteral("person"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Person"),
                     QStringLiteral("people"),
                     extra,
                     {QStringLiteral("name"),
                      QStringLiteral("employee"),
                      QStringLiteral("participant"),
                      QStringLiteral("Mitarbeiter"),
                      QStringLiteral("Teilnehmer"),
                      QStringLiteral("personne")});
}

const EnumSpec &competenceLevels()
{
    static const EnumSpec spec{QStringLiteral("competence_level"),
                               {
                                   {QStringLiteral("missing"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Missing"),
                                    0xC62828,
                                    {QStringLiteral("no"),
                                     QStringLiteral("gap"),
                                     QStringLiteral("fehlt"),
                                     QStringLiteral("nein"),
                                     QStringLiteral("manquante"),
                                     QStringLiteral("non")}},
                                   {QStringLiteral("partly"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Partly held"),
                                    0xEF6C00,
                                    {QStringLiteral("partial"),
                                     QStringLiteral("in part"),
                                     QStringLiteral("teilweise"),
                                     QStringLiteral("partielle"),
                                     QStringLiteral("en partie")}},
                                   {QStringLiteral("held"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Held"),
                                    0x2E7D32,
                                    {QStringLiteral("yes"),
                                     QStringLiteral("met"),
                                     QStringLiteral("vorhanden"),
                                     QStringLiteral("ja"),
                                     QStringLiteral("acquise"),
                                     QStringLiteral("oui")}},
                               }};
    return spec;
}

const EnumSpec &trainingKinds()
{
    static const EnumSpec spec{
        QStringLiteral("training_kind"),
        {
            {QStringLiteral("training"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Training"),
             0x1565C0,
             {QStringLiteral("course"), QStringLiteral("Schulung"), QStringLiteral("formation")}},
            {QStringLiteral("awareness"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Awareness"),
             0x6A1B9A,
             {QStringLiteral("campaign"),
              QStringLiteral("Sensibilisierung"),
              QStringLiteral("Awareness"),
              QStringLiteral("sensibilisation")}},
            {QStringLiteral("other"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
             0x757575,
             {QStringLiteral("sonstige"), QStringLiteral("autre")}},
        }};
    return spec;
}

const EnumSpec &effectivenessValues()
{
    static const EnumSpec spec{
        QStringLiteral("training_effectiveness"),
        {
            {QStringLiteral("not-evaluated"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not yet evaluated"),
             0x9E9E9E,
             {QStringLiteral("open"),
              QStringLiteral("pending"),
              QStringLiteral("offen"),
              QStringLiteral("nicht bewertet"),
              QStringLiteral("non évalué"),
              QStringLiteral("en attente")}},
            {QStringLiteral("effective"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Effective"),
             0x2E7D32,
             {QStringLiteral("yes"), QStringLiteral("wirksam"), QStringLiteral("efficace")}},
            {QStringLiteral("not-effective"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Not effective"),
             0xC62828,
             {QStringLiteral("ineffective"),
              QStringLiteral("no"),
              QStringLiteral("unwirksam"),
              QStringLiteral("nicht wirksam"),
              QStringLiteral("inefficace")}},
        }};
    return spec;
}

/// An evaluated training says when it was evaluated; the evaluation comes on or after the training.
Result<void> validateTraining(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QString effectiveness = record.values.at(spec.indexOf(u"effectiveness")).toString();
    const QDate held = record.values.at(spec.indexOf(u"training_date")).toDate();
    const QDate evaluated = record.values.at(spec.indexOf(u"evaluated_on")).toDate();
    if (effectiveness != u"not-evaluated" && !evaluated.isValid()) {
        return invalid(
            QCoreApplication::translate("isms::SupportSpecs",
                                        "An evaluated training says when it was evaluated; fill in "
                                        "\"Evaluated on\", or set the effectiveness to \"Not yet "
                                        "evaluated\"."));
    }
    if (held.isValid() && evaluated.isValid() && evaluated < held) {
        return invalid(QCoreApplication::translate("isms::SupportSpecs",
                                                   "The evaluation on %1 lies before the training on %2; an "
                                                   "evaluation comes on or after the training, so correct "
                                                   "one of the dates.")
                           .arg(evaluated.toString(Qt::ISODate), held.toString(Qt::ISODate)));
    }
    return {};
}

/// A communication is not done in the future.
Result<void> validateCommunication(const EntitySpec &spec,
                                   const Record &record,
                                   const RecordContext & /*context*/)
{
    const QDate done = record.values.at(spec.indexOf(u"last_done")).toDate();
    if (done.isValid() && done > QDate::currentDate()) {
        return invalid(QCoreApplication::translate("isms::SupportSpecs",
                                                   "\"Last done\" is %1, a date in the future; give the date "
                                                   "on which the communication last took place, and put a "
                                                   "coming one in \"Planned date\".")
                           .arg(done.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace

const EntitySpec &competenceSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("competences"),
        .entity = QStringLiteral("competence"),
        .table = QStringLiteral("competence"),
        .refPrefix = QStringLiteral("CO-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Competence"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Competences"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "competence"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "competences"),
        .fields =
            {
                referenceFieldSpec(),
                reference(QStringLiteral("role"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Role"),
                          QStringLiteral("roles"),
                          Required | EditableInTable,
                          {QStringLiteral("Rolle"), QStringLiteral("rôle")}),
                text(QStringLiteral("competence"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Competence required"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("competence"),
                      QStringLiteral("skill"),
                      QStringLiteral("required competence"),
                      QStringLiteral("Kompetenz"),
                      QStringLiteral("Qualifikation"),
                      QStringLiteral("compétence")}),
                person(Required | EditableInTable),
                FieldSpec{.key = QStringLiteral("level"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Held"),
                          .type = FieldType::Enum,
                          .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                          .enumSpec = &competenceLevels(),
                          .importSynonyms = {QStringLiteral("status"),
                                             QStringLiteral("has it"),
                                             QStringLiteral("Stand"),
                                             QStringLiteral("niveau")},
                          .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                           "Whether the person has the competence; a gap "
                                                           "is closed by a training that names it.")},
                longText(QStringLiteral("determined_how"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "How it was determined"),
                         {QStringLiteral("method"),
                          QStringLiteral("basis"),
                          QStringLiteral("Nachweis"),
                          QStringLiteral("Grundlage"),
                          QStringLiteral("méthode")},
                         QT_TRANSLATE_NOOP("isms::FieldSpec",
                                           "Education, training or experience that shows the competence, "
                                           "and how it was checked; attach proof on the Evidence tab.")),
                date(QStringLiteral("assessed_on"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Assessed on"),
                     {QStringLiteral("assessment date"),
                      QStringLiteral("bewertet am"),
                      QStringLiteral("évalué le")}),
            },
    };
    return spec;
}

const EntitySpec &trainingSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("trainings"),
        .entity = QStringLiteral("training"),
        .table = QStringLiteral("training"),
        .refPrefix = QStringLiteral("TR-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Training"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Training and awareness"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "training"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "trainings"),
        .fields =
            {
                referenceFieldSpec(),
                person(Required | EditableInTable),
                FieldSpec{.key = QStringLiteral("kind"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Kind"),
                          .type = FieldType::Enum,
                          .flags = DefaultFieldFlags | Required | EditableInTable,
                          .enumSpec = &trainingKinds(),
                          .importSynonyms = {QStringLiteral("type"),
                                             QStringLiteral("Art"),
                                             QStringLiteral("genre")}},
                text(QStringLiteral("title"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Title"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("training"),
                      QStringLiteral("course"),
                      QStringLiteral("Titel"),
                      QStringLiteral("Thema"),
                      QStringLiteral("titre"),
                      QStringLiteral("intitulé")}),
                text(QStringLiteral("campaign"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Campaign"),
                     Filterable | EditableInTable,
                     {QStringLiteral("awareness campaign"),
                      QStringLiteral("Kampagne"),
                      QStringLiteral("campagne")}),
                date(QStringLiteral("training_date"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Date"),
                     {QStringLiteral("date"),
                      QStringLiteral("held on"),
                      QStringLiteral("attended"),
                      QStringLiteral("Datum"),
                      QStringLiteral("date de formation")},
                     QT_TRANSLATE_NOOP("isms::FieldSpec",
                                       "When the person attended; a date to come marks a planned training.")),
                reference(QStringLiteral("competence"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Closes competence"),
                          QStringLiteral("competences"),
                          EditableInTable,
                          {QStringLiteral("competence gap"),
                           QStringLiteral("Kompetenz"),
                           QStringLiteral("compétence")}),
                FieldSpec{.key = QStringLiteral("effectiveness"),
                          .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Effectiveness"),
                          .type = FieldType::Enum,
                          .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                          .enumSpec = &effectivenessValues(),
                          .importSynonyms = {QStringLiteral("effective"),
                                             QStringLiteral("evaluation"),
                                             QStringLiteral("Wirksamkeit"),
                                             QStringLiteral("efficacité")},
                          .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                           "Whether the training reached its aim (7.2 c), "
                                                           "judged some time after it took place.")},
                date(QStringLiteral("evaluated_on"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluated on"),
                     {QStringLiteral("evaluation date"),
                      QStringLiteral("bewertet am"),
                      QStringLiteral("évalué le")}),
                longText(QStringLiteral("evaluation_note"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Evaluation note"),
                         {QStringLiteral("evaluation notes"),
                          QStringLiteral("Bewertung"),
                          QStringLiteral("note d'évaluation")},
                         QT_TRANSLATE_NOOP("isms::FieldSpec",
                                           "How effectiveness was judged: a test, an observation, a phishing "
                                           "simulation's results.")),
            },
        .validate = &validateTraining};
    return spec;
}

const EntitySpec &communicationSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("communications"),
        .entity = QStringLiteral("communication"),
        .table = QStringLiteral("communication"),
        .refPrefix = QStringLiteral("CM-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Communication"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Communication plan"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "communication"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "communications"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("subject"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "What"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("what"),
                      QStringLiteral("topic"),
                      QStringLiteral("Was"),
                      QStringLiteral("Inhalt"),
                      QStringLiteral("quoi"),
                      QStringLiteral("sujet")}),
                text(QStringLiteral("timing"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "When"),
                     EditableInTable,
                     {QStringLiteral("when"),
                      QStringLiteral("frequency"),
                      QStringLiteral("Wann"),
                      QStringLiteral("Häufigkeit"),
                      QStringLiteral("quand"),
                      QStringLiteral("fréquence")}),
                date(QStringLiteral("planned_date"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Planned date"),
                     {QStringLiteral("next"), QStringLiteral("geplant am"), QStringLiteral("prévu le")}),
                text(QStringLiteral("audience"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "With whom"),
                     Filterable | EditableInTable,
                     {QStringLiteral("audience"),
                      QStringLiteral("to whom"),
                      QStringLiteral("recipients"),
                      QStringLiteral("Zielgruppe"),
                      QStringLiteral("destinataires"),
                      QStringLiteral("public")}),
                reference(QStringLiteral("communicator"),
                          QT_TRANSLATE_NOOP("isms::FieldSpec", "Who communicates"),
                          QStringLiteral("people"),
                          EditableInTable,
                          {QStringLiteral("who"),
                           QStringLiteral("sender"),
                           QStringLiteral("Wer"),
                           QStringLiteral("Absender"),
                           QStringLiteral("qui"),
                           QStringLiteral("émetteur")}),
                text(QStringLiteral("channel"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "How"),
                     EditableInTable,
                     {QStringLiteral("how"),
                      QStringLiteral("medium"),
                      QStringLiteral("Wie"),
                      QStringLiteral("Kanal"),
                      QStringLiteral("comment"),
                      QStringLiteral("canal")}),
                date(QStringLiteral("last_done"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Last done"),
                     {QStringLiteral("last"), QStringLiteral("zuletzt"), QStringLiteral("dernière fois")}),
            },
        .validate = &validateCommunication};
    return spec;
}

} // namespace isms
