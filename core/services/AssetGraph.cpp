// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "services/AssetGraph.h"

#include "domain/Entities.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <deque>
#include <iterator>
#include <vector>

namespace isms {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

const std::array<QString, ProtectionCount> &protectionKeys()
{
    static const std::array<QString, ProtectionCount> keys{QStringLiteral("confidentiality"),
                                                           QStringLiteral("integrity"),
                                                           QStringLiteral("availability")};
    return keys;
}

/// The shortest path from `from` to `to` (from == to: the shortest cycle through it) over vertices that
/// `allowed` accepts, as vertices from `from` to `to`; empty when there is none.
template <typename Allowed>
std::vector<int> shortestPath(const Graph &graph, int from, int to, Allowed allowed)
{
    const auto count = static_cast<int>(boost::num_vertices(graph));
    std::vector<int> parent(static_cast<size_t>(count), -1);
    std::vector<bool> seen(static_cast<size_t>(count), false);
    std::deque<int> queue{from};
    bool found = false;
    while (!queue.empty() && !found) {
        const int current = queue.front();
        queue.pop_front();
        for (const auto next : boost::make_iterator_range(boost::adjacent_vertices(current, graph))) {
            const auto vertex = static_cast<int>(next);
            if (!allowed(vertex) || seen.at(static_cast<size_t>(vertex))) {
                continue;
            }
            seen.at(static_cast<size_t>(vertex)) = true;
            parent.at(static_cast<size_t>(vertex)) = current;
            if (vertex == to) {
                found = true;
                break;
            }
            queue.push_back(vertex);
        }
    }
    if (!found) {
        return {};
    }
    std::vector<int> path{to};
    int step = parent.at(static_cast<size_t>(to));
    while (step != from) {
        path.push_back(step);
        step = parent.at(static_cast<size_t>(step));
    }
    path.push_back(from);
    std::reverse(path.begin(), path.end());
    return path;
}

QString arrowJoined(const QStringList &refs)
{
    return refs.join(QStringLiteral(" \u2192 "));
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidArgument, message, {}};
}

} // namespace

Result<AssetGraph> AssetGraph::load(const Database &db)
{
    const EntitySpec &assets = assetSpec();
    const EntitySpec &links = assetDependencySpec();
    const auto assetRecords = RecordRepository(db, assets).all();
    if (!assetRecords) {
        return assetRecords.error();
    }
    const auto linkRecords = RecordRepository(db, links).all();
    if (!linkRecords) {
        return linkRecords.error();
    }
    AssetGraph graph;
    std::array<int, ProtectionCount> columns{};
    for (size_t k = 0; k < ProtectionCount; ++k) {
        columns.at(k) = assets.indexOf(protectionKeys().at(k));
    }
    graph.m_assets.reserve(assetRecords->size());
    graph.m_outgoing.resize(assetRecords->size());
    for (const Record &record : *assetRecords) {
        AssetRequirements entry{.asset = record.id, .ref = EntitySpec::refOf(record)};
        for (size_t k = 0; k < ProtectionCount; ++k) {
            const QVariant &value = record.values.at(columns.at(k));
            entry.own.at(k) = value.isValid() && !value.isNull() ? value.toInt() : 0;
        }
        graph.m_index.insert(record.id, static_cast<int>(graph.m_assets.size()));
        graph.m_assets.append(entry);
    }
    const int fromColumn = links.indexOf(u"asset");
    const int toColumn = links.indexOf(u"depends_on");
    for (const Record &record : *linkRecords) {
        const int from = graph.m_index.value(RecordId{record.values.at(fromColumn).toLongLong()}, -1);
        const int to = graph.m_index.value(RecordId{record.values.at(toColumn).toLongLong()}, -1);
        if (from >= 0 && to >= 0) { // the foreign keys keep both ends in place
            graph.addLink(Link{record.id, from, to});
        }
    }
    graph.compute();
    return graph;
}

void AssetGraph::addLink(const Link &link)
{
    m_outgoing[link.from].append(m_links.size());
    m_links.append(link);
    if (link.id.isValid()) {
        m_linkIds.insert(link.id);
    }
}

void AssetGraph::compute()
{
    const auto count = static_cast<size_t>(m_assets.size());
    Graph graph(count);
    for (const Link &link : std::as_const(m_links)) {
        boost::add_edge(static_cast<size_t>(link.from), static_cast<size_t>(link.to), graph);
    }
    // Assets in one cycle require the same of each other, so inheritance runs over the strongly
    // connected components, in topological order of the graph they form.
    std::vector<int> component(count);
    const auto componentCount = static_cast<size_t>(boost::strong_components(
        graph,
        boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph))));
    std::vector<std::vector<int>> members(componentCount);

    struct Best
    {
        int level = 0;
        int vertex = -1;
    };

    std::vector<std::array<Best, ProtectionCount>> best(componentCount);
    for (size_t v = 0; v < count; ++v) {
        const auto c = static_cast<size_t>(component.at(v));
        members.at(c).push_back(static_cast<int>(v));
        for (size_t k = 0; k < ProtectionCount; ++k) {
            const int own = m_assets.at(static_cast<qsizetype>(v)).own.at(k);
            if (own > best.at(c).at(k).level) {
                best.at(c).at(k) = Best{own, static_cast<int>(v)};
            }
        }
    }
    Graph condensed(componentCount);
    for (const Link &link : std::as_const(m_links)) {
        const int from = component.at(static_cast<size_t>(link.from));
        const int to = component.at(static_cast<size_t>(link.to));
        if (from != to) {
            boost::add_edge(static_cast<size_t>(from), static_cast<size_t>(to), condensed);
        }
    }
    std::vector<size_t> reversedOrder;
    boost::topological_sort(condensed, std::back_inserter(reversedOrder));
    for (auto it = reversedOrder.rbegin(); it != reversedOrder.rend(); ++it) {
        for (const auto next : boost::make_iterator_range(boost::adjacent_vertices(*it, condensed))) {
            for (size_t k = 0; k < ProtectionCount; ++k) {
                if (best.at(*it).at(k).level > best.at(next).at(k).level) {
                    best.at(next).at(k) = best.at(*it).at(k);
                }
            }
        }
    }
    for (size_t v = 0; v < count; ++v) {
        AssetRequirements &entry = m_assets[static_cast<qsizetype>(v)];
        const auto &reached = best.at(static_cast<size_t>(component.at(v)));
        for (size_t k = 0; k < ProtectionCount; ++k) {
            entry.effective.at(k) = std::max(entry.own.at(k), reached.at(k).level);
            if (entry.effective.at(k) == 0) {
                entry.source.at(k).clear();
            } else if (entry.own.at(k) == entry.effective.at(k)) {
                entry.source.at(k) = entry.ref;
            } else {
                entry.source.at(k) = m_assets.at(reached.at(k).vertex).ref;
            }
        }
    }
    m_cycles.clear();
    for (const std::vector<int> &group : members) {
        const int start = group.front();
        const int c = component.at(static_cast<size_t>(start));
        const bool selfLoop =
            boost::edge(static_cast<size_t>(start), static_cast<size_t>(start), graph).second;
        if (group.size() < 2 && !selfLoop) {
            continue;
        }
        const std::vector<int> cycle = shortestPath(graph, start, start, [&](int vertex) {
            return component.at(static_cast<size_t>(vertex)) == c;
        });
        QStringList refs;
        for (const int vertex : cycle) {
            refs.append(m_assets.at(vertex).ref);
        }
        m_cycles.append(arrowJoined(refs));
    }
    m_cycles.sort();
}

Result<QList<AssetRequirements>> AssetGraph::effective(const Database &db)
{
    auto graph = load(db);
    if (!graph) {
        return graph.error();
    }
    return graph->requirements();
}

Result<QStringList> AssetGraph::cycles(const Database &db)
{
    auto graph = load(db);
    if (!graph) {
        return graph.error();
    }
    return graph->cycleNames();
}

QList<AssetRequirements> AssetGraph::requirements() const
{
    return m_assets;
}

AssetRequirements AssetGraph::requirementsOf(RecordId asset) const
{
    const int index = m_index.value(asset, -1);
    return index < 0 ? AssetRequirements{} : m_assets.at(index);
}

QStringList AssetGraph::cycleNames() const
{
    return m_cycles;
}

QStringList AssetGraph::dependsOn(RecordId asset) const
{
    const int index = m_index.value(asset, -1);
    QStringList refs;
    for (const Link &link : m_links) {
        if (link.from == index) {
            refs.append(m_assets.at(link.to).ref);
        }
    }
    refs.sort();
    return refs;
}

QStringList AssetGraph::dependents(RecordId asset) const
{
    const int index = m_index.value(asset, -1);
    QStringList refs;
    for (const Link &link : m_links) {
        if (link.to == index) {
            refs.append(m_assets.at(link.from).ref);
        }
    }
    refs.sort();
    return refs;
}

QStringList AssetGraph::cycleClosedBy(RecordId from, RecordId to, RecordId ignoredLink) const
{
    const int fromIndex = m_index.value(from, -1);
    const int toIndex = m_index.value(to, -1);
    if (fromIndex < 0 || toIndex < 0) {
        return {};
    }
    if (fromIndex == toIndex) {
        return {m_assets.at(fromIndex).ref, m_assets.at(fromIndex).ref};
    }
    // Breadth first from `to` over the links in their order, so the shortest way back to `from` is
    // found; only what `to` reaches is visited, which keeps a check cheap in a large register.
    QHash<int, int> parent{{toIndex, -1}};
    std::deque<int> queue{toIndex};
    bool found = false;
    while (!queue.empty() && !found) {
        const int current = queue.front();
        queue.pop_front();
        for (const qsizetype linkIndex : m_outgoing.at(current)) {
            const Link &link = m_links.at(linkIndex);
            if (ignoredLink.isValid() && link.id == ignoredLink) {
                continue;
            }
            if (parent.contains(link.to)) {
                continue;
            }
            parent.insert(link.to, current);
            if (link.to == fromIndex) {
                found = true;
                break;
            }
            queue.push_back(link.to);
        }
    }
    if (!found) {
        return {};
    }
    QStringList back;
    for (int vertex = fromIndex; vertex >= 0; vertex = parent.value(vertex)) {
        back.prepend(m_assets.at(vertex).ref);
    }
    return QStringList{m_assets.at(fromIndex).ref} + back;
}

Result<void> AssetGraph::checkLink(RecordId from, RecordId to, RecordId linkId) const
{
    if (from == to) {
        return invalid(QCoreApplication::translate("isms::AssetGraph",
                                                   "An asset cannot depend on itself; choose another "
                                                   "asset."));
    }
    const int fromIndex = m_index.value(from, -1);
    const int toIndex = m_index.value(to, -1);
    if (fromIndex < 0 || toIndex < 0) {
        return invalid(QCoreApplication::translate("isms::AssetGraph",
                                                   "The dependency names an asset that does not exist."));
    }
    const QString fromRef = m_assets.at(fromIndex).ref;
    const QString toRef = m_assets.at(toIndex).ref;
    for (const qsizetype linkIndex : m_outgoing.at(fromIndex)) {
        const Link &existing = m_links.at(linkIndex);
        if (existing.to == toIndex && (existing.id != linkId || !linkId.isValid())) {
            return invalid(QCoreApplication::translate("isms::AssetGraph", "%1 already depends on %2.")
                               .arg(fromRef, toRef));
        }
    }
    if (const QStringList cycle = cycleClosedBy(from, to, linkId); !cycle.isEmpty()) {
        return invalid(QCoreApplication::translate("isms::AssetGraph",
                                                   "%1 cannot depend on %2: that would close the cycle %3. "
                                                   "Dependencies must not run in a circle.")
                           .arg(fromRef, toRef, arrowJoined(cycle)));
    }
    return {};
}

Result<void> AssetGraph::validateLink(const EntitySpec &spec,
                                      const Record &link,
                                      const RecordContext &context)
{
    const RecordId from{link.values.value(spec.indexOf(u"asset")).toLongLong()};
    const RecordId to{link.values.value(spec.indexOf(u"depends_on")).toLongLong()};
    if (!context.db || !from.isValid() || !to.isValid()) {
        return {}; // the fields' own rules report a missing end
    }
    if (!context.assetGraph) {
        auto graph = load(*context.db);
        if (!graph) {
            return graph.error();
        }
        context.assetGraph = std::make_shared<AssetGraph>(std::move(graph).value());
    }
    AssetGraph &graph = *context.assetGraph;
    if (auto valid = graph.checkLink(from, to, link.id); !valid) {
        return valid;
    }
    if (!link.id.isValid() || !graph.m_linkIds.contains(link.id)) {
        graph.addLink(Link{link.id, graph.m_index.value(from), graph.m_index.value(to)});
    }
    return {};
}

QList<std::pair<qsizetype, Error>> AssetGraph::validateLinks(const EntitySpec &spec,
                                                             const QList<Record> &links,
                                                             const RecordContext &context)
{
    QList<std::pair<qsizetype, Error>> problems;
    if (!context.db || links.isEmpty()) {
        return problems;
    }
    auto graph = load(*context.db);
    if (!graph) {
        problems.append({0, graph.error()});
        return problems;
    }
    for (qsizetype i = 0; i < links.size(); ++i) {
        const RecordId from{links.at(i).values.value(spec.indexOf(u"asset")).toLongLong()};
        const RecordId to{links.at(i).values.value(spec.indexOf(u"depends_on")).toLongLong()};
        if (!from.isValid() || !to.isValid()) {
            continue;
        }
        if (auto valid = graph->checkLink(from, to, links.at(i).id); !valid) {
            problems.append({i, valid.error()});
            continue;
        }
        graph->addLink(Link{RecordId{}, graph->m_index.value(from), graph->m_index.value(to)});
    }
    return problems;
}

} // namespace isms
