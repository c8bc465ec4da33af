// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace isms {

class Database;

/// One recurring duty of the ISMS with the date it is due, taken from a record.
struct CalendarDuty
{
    /// Stable across runs and exports: "<kind>/<ref>/<duty>" ("risks/R-003/review"), so that a calendar
    /// program that imported the duty once updates it rather than adding it again.
    QString id;
    QString kind;  ///< the register the duty comes from, its EntitySpec key ("risks")
    QString ref;   ///< the record's shown reference ("R-003")
    QString duty;  ///< a keyword: "review", "due", "expiry", "next-run"
    QString title; ///< translated sentence naming the record ("Review risk R-003 Phishing")
    QDate due;
    bool overdue = false; ///< due before today
    /// Where to go: the change-log entity and id of the record that holds the duty (as
    /// ReadinessFinding: a treatment task opens its risk, evidence the record it proves).
    QString entity;
    QString entityId;

    friend bool operator==(const CalendarDuty &, const CalendarDuty &) = default;
};

/// One source of duties (the risk register, the evidence store...). A register that brings dated
/// duties adds its provider to IsmsCalendar::providers() (documents and metrics will).
struct CalendarProvider
{
    QString key; ///< "risk-reviews": names the provider in tests and logs
    /// The duties of this source on `today`; their `overdue` is filled in by IsmsCalendar. A provider
    /// whose register is not in the file (an older schema) returns none.
    std::function<Result<QList<CalendarDuty>>(const Database &db, const QDate &today)> duties;
};

/// The ISMS calendar (issue 8 item 10): recurring duties with due dates taken from the records: risk
/// reviews, the next assessment run by the method's interval, treatment task and objective due dates,
/// evidence expiry, ISMS risk actions and process reviews.
class IsmsCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(isms::IsmsCalendar)

public:
    /// Every provider, in the order their duties are listed on the same day.
    static const QList<CalendarProvider> &providers();

    /// Every duty of every provider: overdue ones first, then by due date, then by id. Errors: Database.
    [[nodiscard]] static Result<QList<CalendarDuty>> duties(const Database &db, const QDate &today);

    /// Only the overdue duties, oldest first. Errors: Database.
    [[nodiscard]] static Result<QList<CalendarDuty>> overdue(const Database &db, const QDate &today);

    /// "risks/R-003/review".
    static QString dutyId(const QString &kind, const QString &ref, const QString &duty);

    /// Months after a process's last review that the next one is due.
    static constexpr int ProcessReviewMonths = 12;
};

} // namespace isms
