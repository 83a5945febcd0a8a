// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "identitygraph.h"

namespace Journey {

int IdentityGraph::node(Kind kind, QByteArrayView id)
{
    if (id.isEmpty())
        return -1;
    QHash<QByteArray, int>& nodes = kind == Kind::User ? m_userNodes : m_anonymousNodes;
    const QByteArray key = id.toByteArray();
    const auto found = nodes.constFind(key);
    if (found != nodes.constEnd())
        return found.value();
    const int created = int(m_parents.size());
    nodes.insert(key, created);
    m_parents.push_back(created);
    m_ranks.push_back(0);
    m_kinds.push_back(kind == Kind::User ? 1 : 0);
    m_ids.push_back(key);
    return created;
}

int IdentityGraph::root(int node)
{
    int top = node;
    while (m_parents[size_t(top)] != top)
        top = m_parents[size_t(top)];
    while (m_parents[size_t(node)] != top) { // path compression
        const int next = m_parents[size_t(node)];
        m_parents[size_t(node)] = top;
        node = next;
    }
    return top;
}

void IdentityGraph::join(int a, int b)
{
    if (a < 0 || b < 0)
        return;
    a = root(a);
    b = root(b);
    if (a == b)
        return;
    if (m_ranks[size_t(a)] < m_ranks[size_t(b)])
        std::swap(a, b);
    m_parents[size_t(b)] = a;
    if (m_ranks[size_t(a)] == m_ranks[size_t(b)])
        ++m_ranks[size_t(a)];
}

} // namespace Journey
