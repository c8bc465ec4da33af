// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "io/SoaAnswer.h"

#include <algorithm>

namespace isms {

namespace {

/// The distinct non-empty values of one text of several answers, joined; unset when no answer has it.
std::optional<QString> joined(const QList<const SoaAnswer *> &answers,
                              std::optional<QString> SoaAnswer::*member,
                              const QString &separator)
{
    bool any = false;
    QStringList values;
    for (const SoaAnswer *answer : answers) {
        const std::optional<QString> &value = answer->*member;
        any = any || value.has_value();
        const QString text = value.value_or(QString()).trimmed();
        if (!text.isEmpty() && !values.contains(text)) {
            values.append(text);
        }
    }
    return any ? std::optional<QString>(values.join(separator)) : std::nullopt;
}

/// One 2013 answer as a line of the review list.
QString answerLine(const SoaAnswer &answer, const QString &title2013, const QString &currentStatus)
{
    const QString status = answer.effectiveStatus(currentStatus);
    QString text = answer.isApplicable(currentStatus)
                       ? SoaCarryOver::tr("%1 %2: applicable, %3").arg(answer.ref, title2013, status)
                       : SoaCarryOver::tr("%1 %2: not applicable").arg(answer.ref, title2013);
    const QString justification = answer.justification.value_or(QString()).simplified();
    if (!answer.isApplicable(currentStatus) && !justification.isEmpty()) {
        text += SoaCarryOver::tr(" (%1)").arg(justification);
    }
    return text;
}

} // namespace

QList<SoaAnswer> SoaCarryOver::carryOver(const QList<SoaAnswer> &answers2013,
                                         const QList<Control2013> &mapping,
                                         const QList<std::pair<QString, QString>> &titles,
                                         const QHash<QString, QString> &statusByRef,
                                         QList<SoaReviewItem> &review)
{
    QHash<QString, const SoaAnswer *> answerOf;
    for (const SoaAnswer &answer : answers2013) {
        answerOf.insert(answer.ref.toUpper(), &answer);
    }
    QHash<QString, QStringList> predecessors; // 2022 ref to its 2013 refs, in 2013 order
    QHash<QString, QString> titles2013;
    for (const Control2013 &control : mapping) {
        titles2013.insert(control.ref.toUpper(), control.title);
        for (const QString &ref2022 : control.refs2022) {
            predecessors[ref2022].append(control.ref);
        }
    }
    QList<SoaAnswer> merged;
    for (const auto &[ref, title] : titles) {
        const QStringList refs2013 = predecessors.value(ref);
        if (refs2013.isEmpty()) {
            review.append({SoaReviewItem::Kind::NewControl, QStringLiteral("A.") + ref, title, {}});
            continue;
        }
        QList<const SoaAnswer *> answers;
        for (const QString &ref2013 : refs2013) {
            if (const SoaAnswer *answer = answerOf.value(ref2013.toUpper())) {
                answers.append(answer);
            }
        }
        if (answers.isEmpty()) {
            continue; // the file says nothing of this control: it stays as it is
        }
        const QString current = statusByRef.value(ref);
        const QString status = answers.constFirst()->effectiveStatus(current);
        const bool agree = std::all_of(answers.cbegin(), answers.cend(), [&](const SoaAnswer *answer) {
            return answer->effectiveStatus(current) == status;
        });
        if (!agree) {
            SoaReviewItem item{SoaReviewItem::Kind::DifferentAnswers, QStringLiteral("A.") + ref, title, {}};
            for (const SoaAnswer *answer : std::as_const(answers)) {
                item.answers.append(answerLine(*answer, titles2013.value(answer->ref.toUpper()), current));
            }
            review.append(item);
            continue;
        }
        SoaAnswer answer;
        answer.line = answers.constFirst()->line;
        QStringList ids;
        for (const SoaAnswer *one : std::as_const(answers)) {
            ids.append(one->ref);
        }
        //: %1 is a 2022 control, %2 the 2013 controls it was carried over from
        answer.id = tr("A.%1 (from %2)").arg(ref, ids.join(QStringLiteral(", ")));
        answer.ref = ref;
        answer.applicable = status != u"not-applicable";
        answer.status = status;
        answer.justification = joined(answers, &SoaAnswer::justification, QStringLiteral("\n"));
        answer.owner = joined(answers, &SoaAnswer::owner, QStringLiteral(", "));
        answer.implementation = joined(answers, &SoaAnswer::implementation, QStringLiteral("\n"));
        answer.reasons = joined(answers, &SoaAnswer::reasons, QStringLiteral(", "));
        // The merged control was reviewed as a whole no later than its least recently reviewed part.
        for (const SoaAnswer *one : std::as_const(answers)) {
            if (one->lastReviewed) {
                const QDate date = *one->lastReviewed;
                if (!answer.lastReviewed || !answer.lastReviewed->isValid()
                    || (date.isValid() && date < *answer.lastReviewed)) {
                    answer.lastReviewed = date;
                }
            }
        }
        merged.append(answer);
    }
    return merged;
}

QString SoaImport::reviewText(const QList<SoaReviewItem> &review)
{
    QString text = tr("Review list: what the 2013 SoA leaves to decide") + u'\n';
    const auto section = [&text, &review](SoaReviewItem::Kind kind, const QString &heading) {
        const auto count = std::count_if(review.cbegin(), review.cend(), [kind](const SoaReviewItem &item) {
            return item.kind == kind;
        });
        text += u'\n' + heading.arg(count) + u'\n';
        for (const SoaReviewItem &item : review) {
            if (item.kind != kind) {
                continue;
            }
            text += QStringLiteral("  [ ] ") + item.id + u' ' + item.title + u'\n';
            for (const QString &answer : item.answers) {
                text += QStringLiteral("        ") + answer + u'\n';
            }
        }
        if (count == 0) {
            text += QStringLiteral("  ") + tr("(none)") + u'\n';
        }
    };
    section(SoaReviewItem::Kind::NewControl,
            tr("New in ISO/IEC 27001:2022, no 2013 control maps to them (%1): decide whether each applies"));
    section(SoaReviewItem::Kind::DifferentAnswers,
            tr("Merged from 2013 controls whose answers differ (%1): the control was left as it was; "
               "decide its answer"));
    return text;
}

} // namespace isms
