// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#pragma once

#include "common/Result.h"
#include "domain/EntitySpec.h"

#include <QHash>
#include <QList>
#include <QString>

namespace isms {

class Database;
struct RecordContext;

/// One process on the map.
struct ProcessNode
{
    RecordId id;
    QString ref;    ///< "PR-003"
    QString name;   ///< "Customer support"
    QString owner;  ///< may be empty
    QString status; ///< keyword: "operating", "planned", "retired"
    bool external = false;
    QString supplier; ///< who provides an external process
    int layer = 0;    ///< column of the layered layout, 0 first
    int position = 0; ///< row within its layer, 0 first
};

/// One interaction on the map: an arrow from one process to another with what passes between them.
struct ProcessEdge
{
    RecordId id;
    QString ref;           ///< "PI-004"
    int from = 0;          ///< index into nodes()
    int to = 0;            ///< index into nodes()
    QString label;         ///< what passes ("Release notes"); may be empty
    bool reversed = false; ///< runs against the layers (closes a circle): drawn around the others
    bool paired = false;   ///< the opposite interaction exists too: the two are drawn apart
};

/// The processes of the ISMS and their interactions (4.4) as a graph laid out in layers, for the map
/// in the window and in reports. Processes feed each other, so interactions may run in a circle; the
/// layout turns the interactions that close one against the flow (chosen by a depth-first search in
/// reference order) and places every process one layer after the latest process that feeds it, then
/// orders each layer by the mean position of its neighbours to keep arrows short and uncrossed. The
/// same project always gives the same map.
class ProcessMap final
{
public:
    /// An empty map.
    ProcessMap() = default;

    /// Reads the processes and interactions and lays them out. Errors: Database.
    [[nodiscard]] static Result<ProcessMap> load(const Database &db);

    /// Lays out the given graph (for tests and reports built from other data).
    static ProcessMap fromGraph(QList<ProcessNode> nodes, QList<ProcessEdge> edges);

    /// Every process, in reference order, with its layer and position.
    const QList<ProcessNode> &nodes() const { return m_nodes; }

    /// Every interaction, in reference order.
    const QList<ProcessEdge> &edges() const { return m_edges; }

    /// The number of layers (0 when there is no process).
    int layerCount() const { return m_layerCount; }

    /// The most processes in one layer.
    int layerSize() const { return m_layerSize; }

    /// The index in nodes() of the process `id`, or -1.
    int indexOf(RecordId id) const { return m_index.value(id, -1); }

    /// The validate hook of the process-interactions spec: refuses an interaction of a process with
    /// itself, one with a process that does not exist, and a second one in the same direction between
    /// the same two processes. Circles are allowed.
    [[nodiscard]] static Result<void> validateInteraction(const EntitySpec &spec,
                                                          const Record &interaction,
                                                          const RecordContext &context);

    /// The validateBatch hook: the same rules for the new interactions of one file, each checked
    /// against the project's and the ones before it.
    static QList<std::pair<qsizetype, Error>> validateInteractions(const EntitySpec &spec,
                                                                   const QList<Record> &interactions,
                                                                   const RecordContext &context);

private:
    void layOut();

    QList<ProcessNode> m_nodes;
    QList<ProcessEdge> m_edges;
    QHash<RecordId, int> m_index;
    int m_layerCount = 0;
    int m_layerSize = 0;
};

} // namespace isms
