// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/ProcessMap.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>
#include <iterator>
#include <vector>

namespace isms {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

QString text(const EntitySpec &spec, const Record &record, QStringView key)
{
    return record.values.at(spec.indexOf(key)).toString().trimmed();
}

RecordId endOf(const EntitySpec &spec, const Record &record, QStringView key)
{
    return RecordId{record.values.value(spec.indexOf(key)).toLongLong()};
}

/// The processes' references by id. Errors: Database.
Result<QHash<RecordId, QString>> processRefs(const Database &db)
{
    QHash<RecordId, QString> byId;
    const auto processes = RecordRepository(db, processSpec()).all();
    if (!processes) {
        return processes.error();
    }
    for (const Record &record : *processes) {
        byId.insert(record.id, EntitySpec::refOf(record));
    }
    return byId;
}

/// The interactions as (from, to) pairs with their ids. Errors: Database.
Result<QHash<std::pair<qint64, qint64>, RecordId>> interactionPairs(const Database &db)
{
    const EntitySpec &spec = processInteractionSpec();
    const auto links = RecordRepository(db, spec).all();
    if (!links) {
        return links.error();
    }
    QHash<std::pair<qint64, qint64>, RecordId> pairs;
    for (const Record &record : *links) {
        pairs.insert({endOf(spec, record, u"from_process").value, endOf(spec, record, u"to_process").value},
                     record.id);
    }
    return pairs;
}

/// Checks one interaction against the processes and the interactions so far.
Result<void> checkInteraction(const QHash<RecordId, QString> &refs,
                              const QHash<std::pair<qint64, qint64>, RecordId> &pairs,
                              RecordId from,
                              RecordId to,
                              RecordId self)
{
    if (from == to) {
        return invalid(QCoreApplication::translate("isms::ProcessMap",
                                                   "A process cannot interact with itself; choose another "
                                                   "process."));
    }
    if (!refs.contains(from) || !refs.contains(to)) {
        return invalid(QCoreApplication::translate("isms::ProcessMap",
                                                   "The interaction names a process that does not exist."));
    }
    const auto existing = pairs.constFind({from.value, to.value});
    if (existing != pairs.cend() && (!self.isValid() || *existing != self)) {
        return invalid(QCoreApplication::translate("isms::ProcessMap",
                                                   "%1 already passes something to %2; describe everything "
                                                   "that passes in that one interaction.")
                           .arg(refs.value(from), refs.value(to)));
    }
    return {};
}

} // namespace

Result<ProcessMap> ProcessMap::load(const Database &db)
{
    const EntitySpec &processes = processSpec();
    const EntitySpec &links = processInteractionSpec();
    const auto processRecords = RecordRepository(db, processes).all();
    if (!processRecords) {
        return processRecords.error();
    }
    const auto linkRecords = RecordRepository(db, links).all();
    if (!linkRecords) {
        return linkRecords.error();
    }
    QList<ProcessNode> nodes;
    QHash<RecordId, int> index;
    nodes.reserve(processRecords->size());
    for (const Record &record : *processRecords) {
        index.insert(record.id, static_cast<int>(nodes.size()));
        nodes.append(ProcessNode{
            .id = record.id,
            .ref = EntitySpec::refOf(record),
            .name = text(processes, record, u"name"),
            .owner = text(processes, record, u"owner"),
            .status = text(processes, record, u"status"),
            .external = record.values.at(processes.indexOf(u"externally_provided")).toBool(),
            .supplier = text(processes, record, u"supplier"),
        });
    }
    QList<ProcessEdge> edges;
    for (const Record &record : *linkRecords) {
        const int from = index.value(endOf(links, record, u"from_process"), -1);
        const int to = index.value(endOf(links, record, u"to_process"), -1);
        if (from >= 0 && to >= 0 && from != to) { // the foreign keys and the CHECK keep both ends sound
            edges.append(ProcessEdge{.id = record.id,
                                     .ref = EntitySpec::refOf(record),
                                     .from = from,
                                     .to = to,
                                     .label = text(links, record, u"exchange")});
        }
    }
    return fromGraph(std::move(nodes), std::move(edges));
}

ProcessMap ProcessMap::fromGraph(QList<ProcessNode> nodes, QList<ProcessEdge> edges)
{
    ProcessMap map;
    map.m_nodes = std::move(nodes);
    map.m_edges = std::move(edges);
    for (int i = 0; i < map.m_nodes.size(); ++i) {
        map.m_index.insert(map.m_nodes.at(i).id, i);
    }
    map.layOut();
    return map;
}

void ProcessMap::layOut()
{
    const auto count = static_cast<int>(m_nodes.size());
    m_layerCount = 0;
    m_layerSize = 0;
    if (count == 0) {
        return;
    }
    QSet<std::pair<int, int>> present;
    std::vector<std::vector<int>> out(static_cast<size_t>(count)); // edge indexes, by target order
    for (int e = 0; e < m_edges.size(); ++e) {
        ProcessEdge &edge = m_edges[e];
        edge.reversed = false;
        present.insert({edge.from, edge.to});
        out.at(static_cast<size_t>(edge.from)).push_back(e);
    }
    for (ProcessEdge &edge : m_edges) {
        edge.paired = present.contains({edge.to, edge.from});
    }
    for (std::vector<int> &list : out) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
            return m_edges.at(a).to < m_edges.at(b).to;
        });
    }

    // 1. Break circles: an interaction into a process still on the depth-first path runs against the flow.
    enum class Colour
    {
        White,
        Grey,
        Black
    };
    std::vector<Colour> colour(static_cast<size_t>(count), Colour::White);
    for (int root = 0; root < count; ++root) {
        if (colour.at(static_cast<size_t>(root)) != Colour::White) {
            continue;
        }
        std::vector<std::pair<int, size_t>> stack{{root, 0}};
        colour.at(static_cast<size_t>(root)) = Colour::Grey;
        while (!stack.empty()) {
            auto &[vertex, next] = stack.back();
            const std::vector<int> &outgoing = out.at(static_cast<size_t>(vertex));
            if (next == outgoing.size()) {
                colour.at(static_cast<size_t>(vertex)) = Colour::Black;
                stack.pop_back();
                continue;
            }
            const int e = outgoing.at(next++);
            const int target = m_edges.at(e).to;
            if (colour.at(static_cast<size_t>(target)) == Colour::Grey) {
                m_edges[e].reversed = true;
            } else if (colour.at(static_cast<size_t>(target)) == Colour::White) {
                colour.at(static_cast<size_t>(target)) = Colour::Grey;
                stack.emplace_back(target, 0);
            }
        }
    }

    // 2. Layers: each process one after the latest that feeds it (longest path over the acyclic flow).
    Graph flow(static_cast<size_t>(count));
    std::vector<std::vector<int>> predecessors(static_cast<size_t>(count));
    std::vector<std::vector<int>> successors(static_cast<size_t>(count));
    for (const ProcessEdge &edge : std::as_const(m_edges)) {
        const int from = edge.reversed ? edge.to : edge.from;
        const int to = edge.reversed ? edge.from : edge.to;
        boost::add_edge(static_cast<size_t>(from), static_cast<size_t>(to), flow);
        predecessors.at(static_cast<size_t>(to)).push_back(from);
        successors.at(static_cast<size_t>(from)).push_back(to);
    }
    std::vector<size_t> reversedOrder;
    boost::topological_sort(flow, std::back_inserter(reversedOrder));
    std::vector<int> layer(static_cast<size_t>(count), 0);
    for (auto it = reversedOrder.rbegin(); it != reversedOrder.rend(); ++it) {
        for (const int before : predecessors.at(*it)) {
            layer.at(*it) = std::max(layer.at(*it), layer.at(static_cast<size_t>(before)) + 1);
        }
    }
    // A process that nothing feeds sits just before the first process it feeds, not at the far left.
    for (const size_t vertex : reversedOrder) {
        const std::vector<int> &after = successors.at(vertex);
        if (predecessors.at(vertex).empty() && !after.empty()) {
            int first = layer.at(static_cast<size_t>(after.front()));
            for (const int next : after) {
                first = std::min(first, layer.at(static_cast<size_t>(next)));
            }
            layer.at(vertex) = std::max(layer.at(vertex), first - 1);
        }
    }
    m_layerCount = *std::max_element(layer.cbegin(), layer.cend()) + 1;

    // 3. Order within layers by the mean centred position of neighbours, sweeping forth and back.
    std::vector<std::vector<int>> layers(static_cast<size_t>(m_layerCount));
    for (int v = 0; v < count; ++v) {
        layers.at(static_cast<size_t>(layer.at(static_cast<size_t>(v)))).push_back(v);
    }
    std::vector<double> centred(static_cast<size_t>(count), 0.0);
    const auto place = [&] {
        for (const std::vector<int> &members : layers) {
            const double middle = (static_cast<double>(members.size()) - 1.0) / 2.0;
            for (size_t i = 0; i < members.size(); ++i) {
                centred.at(static_cast<size_t>(members.at(i))) = static_cast<double>(i) - middle;
            }
        }
    };
    place();
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(count));
    for (const ProcessEdge &edge : std::as_const(m_edges)) {
        neighbours.at(static_cast<size_t>(edge.from)).push_back(edge.to);
        neighbours.at(static_cast<size_t>(edge.to)).push_back(edge.from);
    }
    const auto sweep = [&](int l, bool towardsEarlier) {
        std::vector<int> &members = layers.at(static_cast<size_t>(l));
        std::vector<std::pair<double, int>> keyed;
        for (size_t i = 0; i < members.size(); ++i) {
            const int v = members.at(i);
            double sum = 0.0;
            int seen = 0;
            for (const int other : neighbours.at(static_cast<size_t>(v))) {
                const int otherLayer = layer.at(static_cast<size_t>(other));
                if (towardsEarlier ? otherLayer < l : otherLayer > l) {
                    sum += centred.at(static_cast<size_t>(other));
                    ++seen;
                }
            }
            keyed.emplace_back(seen > 0 ? sum / seen : centred.at(static_cast<size_t>(v)), v);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        for (size_t i = 0; i < members.size(); ++i) {
            members.at(i) = keyed.at(i).second;
        }
        place();
    };
    for (int round = 0; round < 4; ++round) {
        for (int l = 1; l < m_layerCount; ++l) {
            sweep(l, true);
        }
        for (int l = m_layerCount - 2; l >= 0; --l) {
            sweep(l, false);
        }
    }
    for (int l = 0; l < m_layerCount; ++l) {
        const std::vector<int> &members = layers.at(static_cast<size_t>(l));
        m_layerSize = std::max(m_layerSize, static_cast<int>(members.size()));
        for (size_t i = 0; i < members.size(); ++i) {
            ProcessNode &node = m_nodes[members.at(i)];
            node.layer = l;
            node.position = static_cast<int>(i);
        }
    }
}

Result<void> ProcessMap::validateInteraction(const EntitySpec &spec,
                                             const Record &interaction,
                                             const RecordContext &context)
{
    const RecordId from = endOf(spec, interaction, u"from_process");
    const RecordId to = endOf(spec, interaction, u"to_process");
    if (!from.isValid() || !to.isValid()) {
        return {}; // the fields' own rules report a missing end
    }
    if (from == to) {
        return checkInteraction({}, {}, from, to, interaction.id);
    }
    if (!context.db) {
        return {};
    }
    const auto refs = processRefs(*context.db);
    if (!refs) {
        return refs.error();
    }
    const auto pairs = interactionPairs(*context.db);
    if (!pairs) {
        return pairs.error();
    }
    return checkInteraction(*refs, *pairs, from, to, interaction.id);
}

QList<std::pair<qsizetype, Error>> ProcessMap::validateInteractions(const EntitySpec &spec,
                                                                    const QList<Record> &interactions,
                                                                    const RecordContext &context)
{
    QList<std::pair<qsizetype, Error>> problems;
    if (!context.db || interactions.isEmpty()) {
        return problems;
    }
    const auto refs = processRefs(*context.db);
    auto pairs = interactionPairs(*context.db);
    if (!refs || !pairs) {
        problems.append({0, !refs ? refs.error() : pairs.error()});
        return problems;
    }
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        const RecordId from = endOf(spec, interactions.at(i), u"from_process");
        const RecordId to = endOf(spec, interactions.at(i), u"to_process");
        if (!from.isValid() || !to.isValid()) {
            continue;
        }
        if (auto valid = checkInteraction(*refs, *pairs, from, to, interactions.at(i).id); !valid) {
            problems.append({i, valid.error()});
            continue;
        }
        pairs->insert({from.value, to.value}, RecordId{});
    }
    return problems;
}

} // namespace isms
