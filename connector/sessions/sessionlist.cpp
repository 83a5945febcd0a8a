// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionlist.h"

#include <algorithm>

namespace Journey {

int SessionList::findPerson(QStringView id) const
{
    if (id.isEmpty())
        return -1;
    for (size_t person = 0; person < m_persons.size(); ++person) {
        for (const QString& known : m_persons[person].ids) {
            if (known == id)
                return int(person);
        }
    }
    return -1;
}

int SessionList::providerSessionCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(),
        [](const PersonSession& session) { return session.split == SessionSplit::ProviderId; }));
}

void SessionList::keepPerson(int person)
{
    std::erase_if(m_sessions, [person](const PersonSession& session) { return session.person != person; });
}

void SessionList::truncate(int count)
{
    if (count >= 0 && size_t(count) < m_sessions.size())
        m_sessions.resize(size_t(count));
}

} // namespace Journey
