// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace isms {

class Database;
struct RecordContext;

/// Confidentiality, integrity and availability, in that order.
enum class Protection
{
    Confidentiality,
    Integrity,
    Availability,
};

inline constexpr int ProtectionCount = 3;

/// The protection requirements of one asset: its own (as entered) and the effective ones after
/// inheritance. Levels run from 1 (low) to 4 (very high); 0 means not assessed.
struct AssetRequirements
{
    RecordId asset;
    QString ref;
    std::array<int, ProtectionCount> own{};
    std::array<int, ProtectionCount> effective{};
    /// The reference of the asset each effective level comes from (the asset's own reference when
    /// its own level is the highest; empty when not assessed anywhere).
    std::array<QString, ProtectionCount> source{};

    int ownOf(Protection p) const { return own.at(static_cast<size_t>(p)); }

    int effectiveOf(Protection p) const { return effective.at(static_cast<size_t>(p)); }

    bool isInherited(Protection p) const { return effectiveOf(p) > ownOf(p); }
};

/// The dependency graph of the asset register, built with the Boost Graph Library from the assets and
/// the asset-dependencies links.
///
/// Direction: a link "A depends on B" (asset = A, depends_on = B) means A needs B to work: a database
/// depends on the server that hosts it, a service on the site it runs at. B must then protect A at least
/// as well as A requires: **an asset inherits the highest requirement of every asset that depends on it,
/// directly or through a chain**. The server hosting a strictly confidential database needs
/// confidentiality 4 however low its own entry is. Effective level = max(own, effective levels of the
/// assets that depend on it).
///
/// A cycle (A depends on B, B on A) makes no sense as a dependency, so creating a link that would close
/// one is refused; cycles written outside the program are named by `check`. Inheritance still works in
/// their presence: every asset in a cycle gets the highest level of the cycle.
///
/// Not thread-safe beyond the Database's own rule (the thread that opened it); holds no pointers into it.
class AssetGraph final
{
public:
    /// Reads every asset and dependency. Errors: Database.
    [[nodiscard]] static Result<AssetGraph> load(const Database &db);

    /// Every asset's own and effective requirements, in id order. Errors: Database.
    [[nodiscard]] static Result<QList<AssetRequirements>> effective(const Database &db);

    /// Every cycle in the graph, each named by references from its first asset back to it,
    /// "AS-003 → AS-007 → AS-003"; empty when there is none. Errors: Database.
    [[nodiscard]] static Result<QStringList> cycles(const Database &db);

    /// The validate hook of the asset-dependencies spec: refuses a link from an asset to itself, a link
    /// that exists already, and a link that would close a cycle (the message names the cycle). The graph
    /// is read once per `context` and each accepted new link is added to it, so that the links of one
    /// write are checked against each other in one pass (a batch of n links costs O(n), not O(n²)).
    [[nodiscard]] static Result<void> validateLink(const EntitySpec &spec,
                                                   const Record &link,
                                                   const RecordContext &context);

    /// The validateBatch hook of the asset-dependencies spec: the same rules for new links taken in order,
    /// each checked against the project's links and the ones before it.
    static QList<std::pair<qsizetype, Error>> validateLinks(const EntitySpec &spec,
                                                            const QList<Record> &links,
                                                            const RecordContext &context);

    /// The requirements of every asset, in id order.
    QList<AssetRequirements> requirements() const;

    /// The requirements of one asset; an empty entry when it is unknown.
    AssetRequirements requirementsOf(RecordId asset) const;

    /// The cycles, named as in cycles(const Database &).
    QStringList cycleNames() const;

    /// The references of the assets `asset` depends on, sorted.
    QStringList dependsOn(RecordId asset) const;

    /// The references of the assets that depend on `asset`, sorted.
    QStringList dependents(RecordId asset) const;

    /// The cycle a new link "from depends on to" would close, as references starting and ending with
    /// `from`; empty when it closes none. The link `ignoredLink` (an existing one being checked again)
    /// is left out.
    QStringList cycleClosedBy(RecordId from, RecordId to, RecordId ignoredLink = {}) const;

private:
    struct Link
    {
        RecordId id;
        int from = 0; ///< index into m_assets
        int to = 0;
    };

    AssetGraph() = default;
    /// Checks a link "from depends on to" against the graph; `linkId` is the link itself when it exists.
    /// Looks only at the links out of `from` and at what `to` reaches.
    [[nodiscard]] Result<void> checkLink(RecordId from, RecordId to, RecordId linkId) const;
    /// Adds a link to the graph's edges (not to the computed requirements): a link about to be written.
    void addLink(const Link &link);
    void compute();

    QList<AssetRequirements> m_assets;
    QHash<RecordId, int> m_index;
    QList<Link> m_links;
    QList<QList<qsizetype>> m_outgoing; ///< per asset, the indexes in m_links of the links out of it
    QSet<RecordId> m_linkIds;
    QStringList m_cycles;
};

} // namespace isms
