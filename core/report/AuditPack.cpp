// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/AuditPack.h"

#include "report/AuditPackSections.h"
#include "report/DocumentControl.h"
#include "report/RiskReport.h"

using namespace Qt::StringLiterals;

namespace isms {

namespace {

const QString Stage1 = u"stage1"_s;
const QString Stage2 = u"stage2"_s;
const QString Surveillance = u"surveillance"_s;

/// The detail of the error build() returns when it is cancelled.
const QString CancelledDetail = u"audit pack cancelled"_s;

} // namespace

QString AuditPackSection::titleText() const
{
    return QCoreApplication::translate("isms::AuditPack", title);
}

QString AuditPack::documentId()
{
    return u"ISMS-PACK"_s;
}

const QList<AuditPackSection> &AuditPack::sections()
{
    using namespace auditpack;
    const QStringList all{Stage1, Stage2, Surveillance};
    const QStringList initial{Stage1, Stage2};
    static const QList<AuditPackSection> list{
        {u"document-control"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Document control"),
         all,
         &documentControl},
        {u"context"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Context of the organisation"),
         all,
         &contextSection},
        {u"scope"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Scope of the ISMS"), all, &scope},
        {u"processes"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "ISMS processes and their interactions"),
         initial,
         &processes},
        {u"policy"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Policy and topic-specific policies"),
         all,
         &policy},
        {u"roles"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Roles, responsibilities and RACI"),
         initial,
         &roles},
        {u"isms-risks"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Risks and opportunities of the ISMS"),
         initial,
         &ismsRisks},
        {u"risk-method"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Risk assessment method"), all, &riskMethod},
        {u"risk-assessment"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Risk assessment run with heat maps"),
         all,
         &riskAssessment},
        {u"risk-register"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Full risk register"), {}, &riskRegister},
        {u"treatment"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Treatment plan and risk owners' sign-offs"),
         all,
         &treatment},
        {u"soa"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Statement of Applicability (latest issued)"),
         all,
         &soa},
        {u"objectives"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Objectives and metrics"), all, &objectives},
        {u"competence"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Competence"), initial, &competence},
        {u"changes"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Planned changes"), all, &changes},
        {u"audit-programme"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Internal audit programme"),
         all,
         &auditProgramme},
        {u"audits"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Internal audit reports"), all, &auditReports},
        {u"reviews"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Management review minutes"),
         all,
         &reviewMinutes},
        {u"nonconformities"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Nonconformities and corrective actions"),
         all,
         &nonconformities},
        {u"incidents"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Incidents and suppliers"),
         {Stage2, Surveillance},
         &incidentsAndSuppliers},
        {u"documents"_s, QT_TRANSLATE_NOOP("isms::AuditPack", "Documented information"), all, &documents},
        {u"mandatory"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Mandatory documented information"),
         all,
         &mandatory},
        {u"evidence"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Evidence index"),
         {Stage2, Surveillance},
         &evidence},
        {u"readiness"_s,
         QT_TRANSLATE_NOOP("isms::AuditPack", "Readiness summary (internal)"),
         {},
         &readiness},
    };
    return list;
}

const AuditPackSection *AuditPack::find(QStringView key)
{
    for (const AuditPackSection &section : sections()) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

QStringList AuditPack::presets()
{
    return {Stage1, Stage2, Surveillance};
}

QString AuditPack::presetText(const QString &preset)
{
    if (preset == Stage2) {
        return tr("Stage 2: implementation, with the evidence index");
    }
    if (preset == Surveillance) {
        return tr("Surveillance: the period since the last certification audit");
    }
    return tr("Stage 1: documentation review");
}

QStringList AuditPack::presetSections(const QString &preset)
{
    QStringList keys;
    for (const AuditPackSection &section : sections()) {
        if (section.presets.contains(preset)) {
            keys.append(section.key);
        }
    }
    return keys;
}

QString AuditPack::keyList()
{
    QStringList keys;
    for (const AuditPackSection &section : sections()) {
        keys.append(section.key);
    }
    return keys.join(u", "_s);
}

Result<QStringList> AuditPack::parseSections(const QString &list)
{
    QStringList wanted;
    for (const QString &part : list.split(u',')) {
        const QString key = part.trimmed().toLower();
        if (key.isEmpty()) {
            continue;
        }
        if (!find(key)) {
            return Error{ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a section of the audit pack; use one or more of %2, separated by "
                            "commas.")
                             .arg(part.trimmed(), keyList()),
                         {}};
        }
        wanted.append(key);
    }
    if (wanted.isEmpty()) {
        return Error{
            ErrorCode::InvalidArgument,
            tr("The list of sections is empty; name one or more of %1, separated by commas.").arg(keyList()),
            {}};
    }
    QStringList ordered;
    for (const AuditPackSection &section : sections()) {
        if (wanted.contains(section.key)) {
            ordered.append(section.key);
        }
    }
    return ordered;
}

Result<QStringList> AuditPack::resolve(const AuditPackRequest &request)
{
    if (!presets().contains(request.preset)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a preset of the audit pack; use stage1, stage2 or surveillance.")
                         .arg(request.preset),
                     {}};
    }
    if (request.sections.isEmpty()) {
        return presetSections(request.preset);
    }
    return parseSections(request.sections.join(u','));
}

bool AuditPack::isCancellation(const Error &error)
{
    return error.detail == CancelledDetail;
}

QDate AuditPack::periodStart(const AuditPackRequest &request, const QDate &asOf)
{
    return request.since.value_or(asOf.addYears(-1));
}

Result<ReportDocument> AuditPack::build(Database &db,
                                        const ReportOptions &options,
                                        const AuditPackRequest &request,
                                        const Progress &progress)
{
    const auto keys = resolve(request);
    if (!keys) {
        return keys.error();
    }
    Result<ReportDocument> cover = RiskReport::coverFor(db, options);
    if (!cover) {
        return cover.error();
    }
    ReportDocument doc = std::move(cover).value();
    const QDate asOf = doc.generatedAtUtc.date();
    doc.title = tr("Audit pack");
    doc.documentId = documentId();
    doc.orientation = QPageLayout::Landscape;
    if (auto controlled = DocumentControl::apply(db, u"audit-pack"_s, doc); !controlled) {
        return controlled.error();
    }
    AuditPackContext context{.db = db,
                             .asOf = asOf,
                             .since = std::nullopt,
                             .evidenceHandling = request.evidenceHandling};
    if (request.preset == Surveillance) {
        context.since = periodStart(request, asOf);
        doc.subtitle = tr("Surveillance audit: the ISMS from %1 to %2")
                           .arg(context.since->toString(Qt::ISODate), asOf.toString(Qt::ISODate));
    } else if (request.preset == Stage2) {
        doc.subtitle = tr("Stage 2 certification audit: the ISMS as implemented, with the evidence index");
    } else {
        doc.subtitle = tr("Stage 1 certification audit: the documented ISMS");
    }

    const int total = int(keys->size());
    int done = 0;
    for (const QString &key : *keys) {
        const AuditPackSection *section = find(key);
        if (progress && !progress(done, total, section->titleText())) {
            return Error{ErrorCode::InvalidArgument, tr("The audit pack was cancelled."), CancelledDetail};
        }
        if (!doc.blocks.isEmpty()) {
            doc.blocks.append(ReportPageBreak{});
        }
        if (auto appended = section->append(context, doc.blocks); !appended) {
            return appended.error();
        }
        ++done;
    }
    if (progress && !progress(done, total, QString())) {
        return Error{ErrorCode::InvalidArgument, tr("The audit pack was cancelled."), CancelledDetail};
    }
    return doc;
}

} // namespace isms
