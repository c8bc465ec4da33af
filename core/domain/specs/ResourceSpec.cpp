// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The resources the ISMS needs (clause 7.1).
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

const EnumSpec &resourceTypes()
{
    static const EnumSpec spec{
        QStringLiteral("resource_type"),
        {
            {QStringLiteral("people"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "People and time"),
             0x1565C0,
             {QStringLiteral("staff"),
              QStringLiteral("time"),
              QStringLiteral("Personal"),
              QStringLiteral("personnel")}},
            {QStringLiteral("budget"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Budget"),
             0x2E7D32,
             {QStringLiteral("money"), QStringLiteral("Budget"), QStringLiteral("budget")}},
            {QStringLiteral("tools"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Tools and software"),
             0x6A1B9A,
             {QStringLiteral("software"), QStringLiteral("Werkzeuge"), QStringLiteral("outils")}},
            {QStringLiteral("facilities"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Facilities"),
             0x8D6E63,
             {QStringLiteral("rooms"), QStringLiteral("Räume"), QStringLiteral("locaux")}},
            {QStringLiteral("external-services"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "External services"),
             0xEF6C00,
             {QStringLiteral("consulting"),
              QStringLiteral("services"),
              QStringLiteral("externe Dienstleistungen"),
              QStringLiteral("prestations externes")}},
            {QStringLiteral("other"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Other"),
             0x9E9E9E,
             {QStringLiteral("sonstige"), QStringLiteral("autre")}},
        }};
    return spec;
}

const EnumSpec &resourceStatuses()
{
    static const EnumSpec spec{
        QStringLiteral("resource_status"),
        {
            {QStringLiteral("requested"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Requested"),
             0xEF6C00,
             {QStringLiteral("needed"), QStringLiteral("beantragt"), QStringLiteral("demandé")}},
            {QStringLiteral("approved"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Approved"),
             0x1565C0,
             {QStringLiteral("genehmigt"), QStringLiteral("freigegeben"), QStringLiteral("approuvé")}},
            {QStringLiteral("provided"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Provided"),
             0x2E7D32,
             {QStringLiteral("available"), QStringLiteral("bereitgestellt"), QStringLiteral("fourni")}},
            {QStringLiteral("withdrawn"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "Withdrawn"),
             0x9E9E9E,
             {QStringLiteral("cancelled"), QStringLiteral("zurückgezogen"), QStringLiteral("retiré")}},
        }};
    return spec;
}

/// An approved or provided resource names who is responsible for it: a resource nobody answers for is
/// not one the ISMS can count on.
Result<void> validateResource(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QString status = record.values.at(spec.indexOf(u"status")).toString();
    if ((status == u"approved" || status == u"provided")
        && record.values.at(spec.indexOf(u"owner")).toString().trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::ResourceSpec",
                                                 "An approved or provided resource names who is responsible "
                                                 "for it; fill in \"Owner\", or keep it as requested."),
                     {}};
    }
    return {};
}

} // namespace

const EntitySpec &resourceSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("resources"),
        .entity = QStringLiteral("isms_resource"),
        .table = QStringLiteral("isms_resource"),
        .refPrefix = QStringLiteral("RS-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Resource"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Resources"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "resource"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "resources"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("name"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Resource"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("resource"),
                      QStringLiteral("title"),
                      QStringLiteral("Ressource"),
                      QStringLiteral("ressource")}),
                enumeration(QStringLiteral("type"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Type"),
                            resourceTypes(),
                            {QStringLiteral("kind"), QStringLiteral("Art"), QStringLiteral("Typ")}),
                longText(QStringLiteral("description"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Description"),
                         {QStringLiteral("Beschreibung")}),
                {.key = QStringLiteral("serves"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Serves"),
                 .flags = DefaultFieldFlags | Filterable | EditableInTable,
                 .importSynonyms = {QStringLiteral("for"),
                                    QStringLiteral("purpose"),
                                    QStringLiteral("Zweck"),
                                    QStringLiteral("für"),
                                    QStringLiteral("pour")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "What the resource is for: a process, an objective, a "
                                                  "control or a treatment task (\"PR-003\", \"OBJ-002\").")},
                text(QStringLiteral("amount"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Amount"),
                     EditableInTable,
                     {QStringLiteral("quantity"),
                      QStringLiteral("budget"),
                      QStringLiteral("Umfang"),
                      QStringLiteral("Menge"),
                      QStringLiteral("montant"),
                      QStringLiteral("quantité")}),
                ownerText(),
                enumeration(QStringLiteral("status"),
                            QT_TRANSLATE_NOOP("isms::FieldSpec", "Status"),
                            resourceStatuses(),
                            {QStringLiteral("state"), QStringLiteral("statut")}),
                date(QStringLiteral("next_review"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Next review"),
                     {QStringLiteral("review date"),
                      QStringLiteral("nächste Prüfung"),
                      QStringLiteral("prochaine revue")}),
            },
        .validate = &validateResource};
    return spec;
}

} // namespace isms
