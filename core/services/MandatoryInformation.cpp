// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
// The items of mandatory documented information, and how a document names the clauses it serves.
#include "services/MandatoryInformation.h"

#include <QRegularExpression>

namespace isms {

namespace {

MandatoryItem itemOf(const char *id,
                     const char *clause,
                     const char *title,
                     const char *heldBy,
                     const char *kind)
{
    return MandatoryItem{QString::fromLatin1(id),
                         QString::fromLatin1(clause),
                         title,
                         heldBy,
                         QString::fromLatin1(kind)};
}

} // namespace

QString MandatoryItem::titleText() const
{
    return QCoreApplication::translate("isms::MandatoryInformation", title);
}

QString MandatoryItem::heldByText() const
{
    return QCoreApplication::translate("isms::MandatoryInformation", heldBy);
}

const QList<MandatoryItem> &MandatoryInformation::items()
{
    static const QList<MandatoryItem> list{
        itemOf("DI-4.3",
               "4.3",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "ISMS scope"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "An approved scope in the scope register"),
               "scope"),
        itemOf("DI-5.2",
               "5.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Information security policy"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "An approved policy in the documented-information register"),
               "documents"),
        itemOf("DI-6.1.2",
               "6.1.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Risk assessment process"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "The risk method, approved with the risk report under document control"),
               "document-controls"),
        itemOf(
            "DI-6.1.3-PROCESS",
            "6.1.3",
            QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Risk treatment process"),
            QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                              "The treatment options and acceptance threshold of the risk method, approved "
                              "with the risk report"),
            "document-controls"),
        itemOf("DI-6.1.3-SOA",
               "6.1.3",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Statement of Applicability"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "An issued version of the SoA"),
               "soa"),
        itemOf("DI-6.1.3-PLAN",
               "6.1.3",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Risk treatment plan"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Treatment tasks for every risk that is modified, avoided or shared"),
               "risks"),
        itemOf("DI-6.2",
               "6.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Information security objectives"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Objectives with measurable targets"),
               "objectives"),
        itemOf("DI-7.2",
               "7.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Evidence of competence"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Training records and competences held, or an approved record naming 7.2"),
               "trainings"),
        itemOf("DI-7.5.1",
               "7.5.1",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Documented information the ISMS needs"),
               QT_TRANSLATE_NOOP(
                   "isms::MandatoryInformation",
                   "Approved procedures, plans and records in the documented-information register"),
               "documents"),
        itemOf("DI-7.5.3",
               "7.5.3",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Documented information of external origin"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Documents of external origin identified in the documented-information "
                                 "register"),
               "documents"),
        itemOf("DI-8.1",
               "8.1",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Evidence that processes run as planned"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Operating ISMS processes with the criteria that control them"),
               "processes"),
        itemOf("DI-8.2",
               "8.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Results of risk assessments"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Dated risk assessment runs that freeze the rated register"),
               "assessment-runs"),
        itemOf("DI-8.3",
               "8.3",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Results of risk treatment"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Residual ratings and the risk owners' sign-offs"),
               "risks"),
        itemOf("DI-9.1",
               "9.1",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Monitoring and measurement results"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Measurements of the metrics"),
               "metrics"),
        itemOf("DI-9.2.2-PROGRAMME",
               "9.2.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Audit programme"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "An approved audit programme, or an approved document naming 9.2.2"),
               "audit-programme"),
        itemOf("DI-9.2.2-RESULTS",
               "9.2.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Internal audit results"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Reported audits, or approved audit reports naming 9.2.2"),
               "audits"),
        itemOf(
            "DI-9.3.3",
            "9.3.3",
            QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Management review results"),
            QT_TRANSLATE_NOOP("isms::MandatoryInformation", "A held management review with approved minutes"),
            "management-reviews"),
        itemOf("DI-10.2-NONCONFORMITIES",
               "10.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Nonconformities and the actions taken"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Nonconformities with their corrections and corrective actions"),
               "nonconformities"),
        itemOf("DI-10.2-RESULTS",
               "10.2",
               QT_TRANSLATE_NOOP("isms::MandatoryInformation", "Results of corrective actions"),
               QT_TRANSLATE_NOOP("isms::MandatoryInformation",
                                 "Corrective actions with the review of their effectiveness"),
               "nonconformities"),
    };
    return list;
}

const MandatoryItem *MandatoryInformation::item(QStringView id)
{
    for (const MandatoryItem &entry : items()) {
        if (entry.id == id) {
            return &entry;
        }
    }
    return nullptr;
}

QList<const MandatoryItem *> MandatoryInformation::itemsOf(const QString &clause)
{
    QList<const MandatoryItem *> result;
    for (const MandatoryItem &entry : items()) {
        if (entry.clause == clause || entry.clause.startsWith(clause + u'.')) {
            result.append(&entry);
        }
    }
    return result;
}

bool MandatoryInformation::names(const QString &clauses, const QString &clause)
{
    static const QRegularExpression separators(QStringLiteral(R"([,;\s]+)"));
    const QStringList named = clauses.split(separators, Qt::SkipEmptyParts);
    return std::any_of(named.cbegin(), named.cend(), [&](const QString &one) {
        return one == clause || clause.startsWith(one + u'.');
    });
}

QString MandatoryInformation::stateKeyword(InformationState state)
{
    switch (state) {
    case InformationState::Present:
        return QStringLiteral("present");
    case InformationState::Incomplete:
        return QStringLiteral("incomplete");
    case InformationState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString MandatoryInformation::stateText(InformationState state)
{
    switch (state) {
    case InformationState::Present:
        return tr("Present");
    case InformationState::Incomplete:
        return tr("Incomplete");
    case InformationState::Missing:
        break;
    }
    return tr("Missing");
}

} // namespace isms
