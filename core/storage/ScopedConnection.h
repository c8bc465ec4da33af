// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace isms {

/// Storage-internal: a QSqlDatabase connection of its own name that is closed and removed when the
/// scope ends. For the short looks at a file that come before a Database object exists.
class ScopedConnection final
{
public:
    ScopedConnection(const QString &path, bool readOnly);
    ~ScopedConnection();
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    bool isOpen() const { return m_isOpen; }

    QString errorText() const { return m_error; }

    QSqlDatabase db() const;

    /// A new, unique connection name ("isms-db-N"), also used by Database.
    static QString nextName();

private:
    QString m_name;
    bool m_isOpen = false;
    QString m_error;
};

} // namespace isms
