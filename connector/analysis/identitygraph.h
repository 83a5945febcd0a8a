// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <vector>

namespace Journey {

/*!
 * Which raw ids (userIds, anonymousIds) belong to one person, as the events tell it: an event that carries
 * both a userId and an anonymousId (an identify after an anonymous visit, and everything sent after it) joins
 * the two, and an alias joins its previousId to its userId. A union-find over interned ids; userIds and
 * anonymousIds live in separate namespaces, so an anonymousId that happens to equal some userId is not
 * taken for it.
 */
class IdentityGraph
{
public:
    enum class Kind { User, Anonymous };

    /// The node of \a id (made on first sight); -1 for an empty id.
    int node(Kind kind, QByteArrayView id);
    void join(int a, int b);
    /// The representative of \a node's person.
    int root(int node);
    int nodeCount() const { return int(m_parents.size()); }
    Kind kind(int node) const { return m_kinds[size_t(node)] ? Kind::User : Kind::Anonymous; }
    const QByteArray& id(int node) const { return m_ids[size_t(node)]; }

private:
    QHash<QByteArray, int> m_userNodes;
    QHash<QByteArray, int> m_anonymousNodes;
    std::vector<int> m_parents;
    std::vector<int> m_ranks;
    std::vector<quint8> m_kinds;
    std::vector<QByteArray> m_ids;
};

} // namespace Journey
