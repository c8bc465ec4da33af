// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace isms {

/// What frozen versions share (REGISTERS.md decision 6: an issued SoA version, an approved document
/// version): their content as canonical JSON and its SHA-256, as the change log holds them and `check`
/// recomputes them.
class FrozenSnapshot final
{
public:
    /// SHA-256 of `data` in lower-case hex.
    static QString sha256(const QByteArray &data);

    /// `object` as canonical JSON: sorted keys (QJsonObject keeps them sorted), no whitespace.
    static QString canonicalJson(const QJsonObject &object);

    /// `json` (canonical JSON of an object) read back; an empty object when it is not one.
    static QJsonObject parse(const QString &json);
};

} // namespace isms
