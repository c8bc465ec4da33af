// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// Roles, responsibilities and authorities (clause 5.3) and the RACI matrix over the ISMS processes.
#include "domain/Entities.h"
#include "domain/specs/SpecHelpers.h"
#include "services/RaciMatrix.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace isms {

using namespace specs;

namespace {

FieldSpec assignment(const QString &key, const char *label, QStringList synonyms, const char *tip)
{
    return FieldSpec{.key = key,
                     .label = label,
                     .type = FieldType::Boolean,
                     .flags = DefaultFieldFlags | Filterable | EditableInTable,
                     .importSynonyms = std::move(synonyms),
                     .description = tip};
}

const EnumSpec &raciLetters()
{
    static const EnumSpec spec{
        QStringLiteral("raci_letter"),
        {
            {QStringLiteral("R"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "R: Responsible"),
             0x1565C0,
             {QStringLiteral("responsible"),
              QStringLiteral("does the work"),
              QStringLiteral("durchführend"),
              QStringLiteral("verantwortlich"),
              QStringLiteral("réalise")}},
            {QStringLiteral("A"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "A: Accountable"),
             0xC62828,
             {QStringLiteral("accountable"),
              QStringLiteral("approver"),
              QStringLiteral("rechenschaftspflichtig"),
              QStringLiteral("approbateur"),
              QStringLiteral("autorité")}},
            {QStringLiteral("C"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "C: Consulted"),
             0x2E7D32,
             {QStringLiteral("consulted"),
              QStringLiteral("konsultiert"),
              QStringLiteral("beratend"),
              QStringLiteral("consulté")}},
            {QStringLiteral("I"),
             QT_TRANSLATE_NOOP("isms::EnumSpec", "I: Informed"),
             0x757575,
             {QStringLiteral("informed"), QStringLiteral("informiert"), QStringLiteral("informé")}},
        }};
    return spec;
}

/// A deputy stands in for someone else than the holder.
Result<void> validateRole(const EntitySpec &spec, const Record &record, const RecordContext & /*context*/)
{
    const QVariant holder = record.values.at(spec.indexOf(u"holder"));
    const QVariant deputy = record.values.at(spec.indexOf(u"deputy"));
    if (holder.isValid() && deputy.isValid() && holder.toLongLong() == deputy.toLongLong()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("isms::RoleSpecs",
                                                 "The deputy is the holder of the role; name another person "
                                                 "as deputy, or leave \"Deputy\" empty."),
                     {}};
    }
    return {};
}

} // namespace

const EnumSpec &raciLetterValues()
{
    return raciLetters();
}

const EntitySpec &roleSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("roles"),
        .entity = QStringLiteral("role"),
        .table = QStringLiteral("role"),
        .refPrefix = QStringLiteral("RL-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "Role"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "Roles"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "role"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "roles"),
        .fields =
            {
                referenceFieldSpec(),
                text(QStringLiteral("name"),
                     QT_TRANSLATE_NOOP("isms::FieldSpec", "Role"),
                     Required | Filterable | EditableInTable,
                     {QStringLiteral("role"),
                      QStringLiteral("title"),
                      QStringLiteral("Rolle"),
                      QStringLiteral("rôle")}),
                longText(QStringLiteral("responsibilities"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Responsibilities"),
                         {QStringLiteral("duties"),
                          QStringLiteral("Verantwortlichkeiten"),
                          QStringLiteral("Aufgaben"),
                          QStringLiteral("responsabilités")}),
                longText(QStringLiteral("authorities"),
                         QT_TRANSLATE_NOOP("isms::FieldSpec", "Authorities"),
                         {QStringLiteral("powers"),
                          QStringLiteral("Befugnisse"),
                          QStringLiteral("Kompetenzen"),
                          QStringLiteral("autorités"),
                          QStringLiteral("pouvoirs")},
                         QT_TRANSLATE_NOOP("isms::FieldSpec",
                                           "What the holder may decide or approve on their own.")),
                person(QStringLiteral("holder"),
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "Holder"),
                       {QStringLiteral("person"),
                        QStringLiteral("assigned to"),
                        QStringLiteral("Inhaber"),
                        QStringLiteral("Rolleninhaber"),
                        QStringLiteral("titulaire")},
                       QT_TRANSLATE_NOOP("isms::FieldSpec", "The person who holds the role.")),
                noColumn(person(QStringLiteral("deputy"),
                                QT_TRANSLATE_NOOP("isms::FieldSpec", "Deputy"),
                                {QStringLiteral("substitute"),
                                 QStringLiteral("Stellvertreter"),
                                 QStringLiteral("Vertretung"),
                                 QStringLiteral("suppléant"),
                                 QStringLiteral("adjoint")},
                                QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "The person who stands in while the holder is away."))),
                assignment(QStringLiteral("ensures_conformity"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Ensures conformity (5.3 a)"),
                           {QStringLiteral("conformity"),
                            QStringLiteral("ensures conformity"),
                            QStringLiteral("Konformität"),
                            QStringLiteral("conformité")},
                           QT_TRANSLATE_NOOP("isms::FieldSpec",
                                             "This role makes sure that the ISMS meets the requirements of "
                                             "ISO/IEC 27001 (5.3 a).")),
                assignment(QStringLiteral("reports_performance"),
                           QT_TRANSLATE_NOOP("isms::FieldSpec", "Reports performance (5.3 b)"),
                           {QStringLiteral("reporting"),
                            QStringLiteral("reports performance"),
                            QStringLiteral("Berichterstattung"),
                            QStringLiteral("rapport")},
                           QT_TRANSLATE_NOOP("isms::FieldSpec",
                                             "This role reports on how the ISMS performs to top management "
                                             "(5.3 b).")),
                {.key = QStringLiteral("communicated_how"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Communicated how"),
                 .flags = Logged | Exported | Importable,
                 .importSynonyms = {QStringLiteral("communicated"),
                                    QStringLiteral("communication"),
                                    QStringLiteral("bekannt gemacht"),
                                    QStringLiteral("Kommunikation"),
                                    QStringLiteral("communiqué")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "How the organisation was told who holds the role: an "
                                                  "intranet page, an announcement, the organisation chart.")},
                {.key = QStringLiteral("communicated_on"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Communicated on"),
                 .type = FieldType::Date,
                 .flags = Logged | Exported | Importable,
                 .importSynonyms = {QStringLiteral("communication date"),
                                    QStringLiteral("bekannt gemacht am"),
                                    QStringLiteral("communiqué le")}},
            },
        .validate = &validateRole};
    return spec;
}

const EntitySpec &raciAssignmentSpec()
{
    static const EntitySpec spec{
        .key = QStringLiteral("raci"),
        .entity = QStringLiteral("raci_assignment"),
        .table = QStringLiteral("raci_assignment"),
        .refPrefix = QStringLiteral("RA-"),
        .singular = QT_TRANSLATE_NOOP("isms::EntitySpec", "RACI assignment"),
        .plural = QT_TRANSLATE_NOOP("isms::EntitySpec", "RACI assignments"),
        .singularInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "RACI assignment"),
        .pluralInSentence = QT_TRANSLATE_NOOP("isms::EntitySpec", "RACI assignments"),
        .fields =
            {
                referenceFieldSpec(ReadOnly),
                // A link: its ends are set when it is created; removing a process or a role removes its
                // cells with it, in the same undo step.
                {.key = QStringLiteral("process"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Process"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly | CascadeDelete,
                 .referenceKind = QStringLiteral("processes"),
                 .importSynonyms = {QStringLiteral("activity"),
                                    QStringLiteral("Prozess"),
                                    QStringLiteral("Tätigkeit"),
                                    QStringLiteral("processus"),
                                    QStringLiteral("activité")}},
                {.key = QStringLiteral("role"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "Role"),
                 .type = FieldType::Reference,
                 .flags = DefaultFieldFlags | Required | Filterable | ReadOnly | CascadeDelete,
                 .referenceKind = QStringLiteral("roles"),
                 .importSynonyms = {QStringLiteral("Rolle"), QStringLiteral("rôle")}},
                {.key = QStringLiteral("letter"),
                 .label = QT_TRANSLATE_NOOP("isms::FieldSpec", "RACI"),
                 .type = FieldType::Enum,
                 .flags = DefaultFieldFlags | Required | Filterable | EditableInTable,
                 .enumSpec = &raciLetters(),
                 .importSynonyms = {QStringLiteral("letter"),
                                    QStringLiteral("involvement"),
                                    QStringLiteral("Beteiligung"),
                                    QStringLiteral("implication")},
                 .description = QT_TRANSLATE_NOOP("isms::FieldSpec",
                                                  "R does the work, A answers for it (one per process), C "
                                                  "is asked before, I is told after.")},
            },
        .validate = &RaciMatrix::validateAssignment,
        .validateBatch = &RaciMatrix::validateAssignments};
    return spec;
}

} // namespace isms
