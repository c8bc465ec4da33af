// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The people of the ISMS: who holds roles (5.3), who is top management (5.1, 9.3), whose competence
// and awareness are recorded (7.2, 7.3).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &personStatuses()
{
    static const EnumSpec spec{QStringLiteral("person_status"),
                               {
                                   {QStringLiteral("active"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Active"),
                                    0x2E7D32,
                                    {QStringLiteral("current"),
                                     QStringLiteral("employed"),
                                     QStringLiteral("aktiv"),
                                     QStringLiteral("actif"),
                                     QStringLiteral("active")}},
                                   {QStringLiteral("left"),
                                    QT_TRANSLATE_NOOP("isms::EnumSpec", "Left"),
                                    0x9E9E9E,
                                    {QStringLiteral("former"),
                                     QStringLiteral("inactive"),
                                     QStringLiteral("ausgeschieden"),
                                     QStringLiteral("inaktiv"),
                                     QStringLiteral("parti"),
                                     QStringLiteral("inactif")}},
                               }};
    return spec;
}

/// An e-mail address, when given, has one "@" with something on both sides and no spaces; this catches
/// a name typed into the wrong column without pretending to validate addresses fully.
Result<void> validatePerson(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    static const QRegularExpression plausible(QStringLiteral(R"(^[^@\s]+@[^@\s]+$)"));
    const QString email = record.values.at(spec.indexOf(u"email")).toString().trimmed();
    if (!email.isEmpty() && !plausible.match(email).hasMatch()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::PeopleSpec",
                                                 "\"%1\" is not an e-mail address; write it as "
                                                 "name@example.org, or leave the field empty.")
                         .arg(email),
                     {}};
    }
    return {};
}

} // namespace

const EntitySpec &personSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("people"),
        .entity = QStringLiteral("person"),
        .table = QStringLiteral("person"),
        .refPrefix = QStringLiteral("P-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Person"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "People"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "person"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "people"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("name"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Name"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("person"),
                      QStringLiteral("full name"),
                      QStringLiteral("Person"),
                      QStringLiteral("nom"),
                      QStringLiteral("nom complet")}),
                text(QStringLiteral("job_title"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Job title"),
                     Filterable | EditableInTable,
                     {QStringLiteral("title"),
                      QStringLiteral("position"),
                      QStringLiteral("Funktion"),
                      QStringLiteral("Stelle"),
                      QStringLiteral("fonction"),
                      QStringLiteral("poste")}),
                text(QStringLiteral("department"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Department"),
                     Filterable | EditableInTable,
                     {QStringLiteral("team"),
                      QStringLiteral("unit"),
                      QStringLiteral("Abteilung"),
                      QStringLiteral("service"),
                      QStringLiteral("département")}),
                text(QStringLiteral("email"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "E-mail"),
                     EditableInTable,
                     {QStringLiteral("e-mail"),
                      QStringLiteral("mail"),
                      QStringLiteral("email address"),
                      QStringLiteral("E-Mail-Adresse"),
                      QStringLiteral("courriel"),
                      QStringLiteral("adresse e-mail")}),
                {.key = QStringLiteral("top_management"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Top management"),
                 .type = FieldType::Boolean,
                 .flags = DefaultFieldFlags | Filterable | EditableInTable,
                 .importSynonyms = {QStringLiteral("management"),
                                    QStringLiteral("executive"),
                                    QStringLiteral("oberste Leitung"),
                                    QStringLiteral("Geschäftsleitung"),
                                    QStringLiteral("direction"),
                                    QStringLiteral("direction générale")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "Whether the person belongs to the top management that "
                                                  "directs the organisation: leadership duties and the "
                                                  "management review's attendance count them.")},
                enumeration(QStringLiteral("status"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                            personStatuses(),
                            {QStringLiteral("state"), QStringLiteral("statut")}),
                longText(QStringLiteral("notes"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Notes"),
                         {QStringLiteral("comment"),
                          QStringLiteral("Bemerkungen"),
                          QStringLiteral("Notizen"),
                          QStringLiteral("remarques")}),
            },
        .validate = &validatePerson};
    return spec;
}

} // namespace isms
