// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "report/RiskRegisterSection.h"

#include "common/Translations.h"
#include "report/RiskCells.h"
#include "report/RiskMethodSection.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace isms {

namespace {

QString lines(const QStringList &items)
{
    return items.isEmpty() ? RiskCells::none() : items.join(u'\n');
}

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? RiskCells::none() : text;
}

/// "R-004 Laptop theft": a risk named in the sign-off tables.
QString riskText(const RiskReportRow &risk)
{
    return u"%1 %2"_s.arg(risk.ref, risk.title);
}

ReportTableCell signoffCell(const RiskReportRow &risk)
{
    if (risk.isSignedOff()) {
        return RiskCells::text(u"%1\n%2"_s.arg(risk.signoffBy, RiskCells::date(risk.signoffDate)));
    }
    if (risk.isClosed) {
        return RiskCells::text(RiskCells::none());
    }
    return RiskCells::coloured(RiskRegisterSection::awaitingText(), RiskCells::pendingTint(), true);
}

} // namespace

QString RiskRegisterSection::awaitingText()
{
    return tr("Awaiting sign-off");
}

void RiskRegisterSection::appendRegister(QList<ReportBlock> &blocks, const RiskReportData &data)
{
    blocks.append(ReportHeading{1, tr("Risk register")});
    appendRegisterTable(blocks, data, {});
}

void RiskRegisterSection::appendRegisterTable(QList<ReportBlock> &blocks,
                                              const RiskReportData &data,
                                              const QStringList &only)
{
    const RiskMethod &method = data.overview.method;
    //: The first sentence of the risk register's introduction when it prints only some risks.
    const QString which = only.isEmpty() ? tr("Every risk of the register, by reference.")
                                         : tr("The risks named above, by reference.");
    blocks.append(ReportParagraph{
        which + u' '
        + tr("Each rating shows the level the matrix gives and, "
             "below it, likelihood \u00d7 impact on the scales of the method. The current rating takes the "
             "existing controls into account; the residual rating is the one expected once the treatment is "
             "in place (\"Not rated\": not re-rated for its treatment yet). Controls are Annex A controls; "
             "planned controls are part of the treatment.")});
    ReportTable table;
    table.compact = true;
    table.columns = {
        ReportTableColumn{tr("Ref"), 0.7, Qt::AlignLeft},
        ReportTableColumn{tr("Risk"), 2.3, Qt::AlignLeft},
        ReportTableColumn{tr("Owner"), 1.2, Qt::AlignLeft},
        ReportTableColumn{tr("Assets"), 1.7, Qt::AlignLeft},
        ReportTableColumn{tr("Threat / vulnerability"), 1.9, Qt::AlignLeft},
        ReportTableColumn{tr("Existing controls"), 0.95, Qt::AlignLeft},
        ReportTableColumn{tr("Current risk"), 0.95, Qt::AlignLeft},
        ReportTableColumn{tr("Treatment"), 0.9, Qt::AlignLeft},
        ReportTableColumn{tr("Planned controls"), 0.95, Qt::AlignLeft},
        ReportTableColumn{tr("Residual risk"), 0.95, Qt::AlignLeft},
        ReportTableColumn{tr("Status"), 0.9, Qt::AlignLeft},
        ReportTableColumn{tr("Sign-off"), 1.15, Qt::AlignLeft},
    };
    for (const RiskReportRow &risk : data.risks) {
        if (!only.isEmpty() && !only.contains(risk.ref)) {
            continue;
        }
        QStringList causes;
        if (!risk.threat.isEmpty()) {
            causes.append(risk.threat);
        }
        if (!risk.vulnerability.isEmpty()) {
            causes.append(risk.vulnerability);
        }
        table.rows.append({
            RiskCells::text(risk.ref, true),
            RiskCells::text(risk.title),
            RiskCells::text(orNone(risk.owner)),
            RiskCells::text(lines(risk.assets)),
            RiskCells::text(lines(causes)),
            RiskCells::text(lines(risk.existingControls)),
            RiskCells::rating(method, risk.current.level, risk.current.likelihood, risk.current.impact),
            RiskCells::text(orNone(risk.treatment)),
            RiskCells::text(lines(risk.plannedControls)),
            RiskCells::rating(method, risk.residual.level, risk.residual.likelihood, risk.residual.impact),
            RiskCells::text(orNone(risk.status)),
            signoffCell(risk),
        });
    }
    if (table.rows.isEmpty()) {
        blocks.append(ReportParagraph{tr("The register holds no risks yet.")});
        return;
    }
    blocks.append(table);
}

void RiskRegisterSection::appendSignoffs(QList<ReportBlock> &blocks, const RiskReportData &data)
{
    const RiskMethod &method = data.overview.method;
    QList<const RiskReportRow *> signedOff;
    QList<const RiskReportRow *> awaiting;
    for (const RiskReportRow &risk : data.risks) {
        if (risk.isSignedOff()) {
            signedOff.append(&risk);
        } else if (risk.awaitsSignoff()) {
            awaiting.append(&risk);
        }
    }
    blocks.append(ReportHeading{1, tr("Sign-offs")});
    blocks.append(ReportParagraph{
        tr("Each risk owner approves the treatment of the risk and accepts the residual risk by signing it "
           "off. The acceptance threshold is %1; a residual level above it is signed off only with an "
           "acceptance rationale. Where a risk has not been re-rated for its treatment, its current level "
           "stands for the residual one. Signed off: %2 risks. Awaiting sign-off: %3 open risks.")
            .arg(RiskMethodSection::levelText(method, method.acceptanceLevel),
                 reportLocale().toString(signedOff.size()),
                 reportLocale().toString(awaiting.size()))});

    blocks.append(ReportHeading{2, tr("Signed-off risks")});
    if (signedOff.isEmpty()) {
        blocks.append(ReportParagraph{tr("No risk has been signed off yet.")});
    } else {
        ReportTable table;
        table.columns = {
            ReportTableColumn{tr("Risk"), 2.6, Qt::AlignLeft},
            ReportTableColumn{tr("Residual level"), 1.0, Qt::AlignLeft},
            ReportTableColumn{tr("Treatment"), 0.95, Qt::AlignLeft},
            ReportTableColumn{tr("Signed off by"), 1.3, Qt::AlignLeft},
            ReportTableColumn{tr("Date"), 0.95, Qt::AlignLeft},
            ReportTableColumn{tr("Comment"), 2.4, Qt::AlignLeft},
            ReportTableColumn{tr("Acceptance rationale"), 2.6, Qt::AlignLeft},
        };
        for (const RiskReportRow *risk : std::as_const(signedOff)) {
            const QString rationale = !risk->acceptanceRationale.trimmed().isEmpty()
                                          ? risk->acceptanceRationale
                                      : method.needsRationale(risk->acceptanceLevel)
                                          ? RiskCells::none()
                                          : tr("Not needed: within the acceptance threshold.");
            table.rows.append({
                RiskCells::text(riskText(*risk)),
                RiskCells::level(method, risk->acceptanceLevel),
                RiskCells::text(orNone(risk->treatment)),
                RiskCells::text(risk->signoffBy, true),
                RiskCells::text(RiskCells::date(risk->signoffDate)),
                RiskCells::text(orNone(risk->signoffComment)),
                RiskCells::text(rationale),
            });
        }
        blocks.append(table);
    }

    blocks.append(ReportHeading{2, tr("Risks awaiting sign-off")});
    if (awaiting.isEmpty()) {
        blocks.append(ReportParagraph{tr("Every open risk is signed off.")});
        return;
    }
    blocks.append(ReportParagraph{
        tr("These open risks have no sign-off yet. They are part of the register like every other risk and "
           "are listed here so that their owners can be asked to review and sign them off.")});
    ReportTable table;
    table.columns = {
        ReportTableColumn{tr("Risk"), 3.0, Qt::AlignLeft},
        ReportTableColumn{tr("Owner"), 1.4, Qt::AlignLeft},
        ReportTableColumn{tr("Residual level"), 1.2, Qt::AlignLeft},
        ReportTableColumn{tr("Status"), 1.0, Qt::AlignLeft},
        ReportTableColumn{tr("Sign-off"), 1.2, Qt::AlignLeft},
        ReportTableColumn{tr("Before the sign-off"), 2.6, Qt::AlignLeft},
    };
    for (const RiskReportRow *risk : std::as_const(awaiting)) {
        QStringList needs;
        if (risk->owner.trimmed().isEmpty()) {
            needs.append(tr("Assign a risk owner."));
        }
        if (!risk->current.isRated()) {
            needs.append(tr("Rate likelihood and impact."));
        }
        if (method.needsRationale(risk->acceptanceLevel) && risk->acceptanceRationale.trimmed().isEmpty()) {
            needs.append(tr("Above the acceptance threshold: treat it further, or write an acceptance "
                            "rationale."));
        }
        table.rows.append({
            RiskCells::text(riskText(*risk)),
            RiskCells::text(orNone(risk->owner)),
            RiskCells::level(method, risk->acceptanceLevel),
            RiskCells::text(orNone(risk->status)),
            RiskCells::coloured(awaitingText(), RiskCells::pendingTint(), true),
            RiskCells::text(needs.isEmpty() ? tr("Ready for the owner's sign-off.") : needs.join(u'\n')),
        });
    }
    blocks.append(table);
}

} // namespace isms
