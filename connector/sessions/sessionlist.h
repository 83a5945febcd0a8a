// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "personsession.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace Journey {

/*!
 * What Sessionizer::sessions() answers: the sessions, ordered by start time (then person, then first event),
 * and the persons they belong to. A person is one identity after merging (IdentityGraph): shown by its first
 * userId, else its first anonymousId, and known by every id that joined it.
 */
class SessionList
{
public:
    struct Person
    {
        QString id; ///< the id shown: the first userId seen, else the first anonymousId
        QStringList ids; ///< every userId and anonymousId of the person, the shown one first
    };

    int size() const { return int(m_sessions.size()); }
    bool isEmpty() const { return m_sessions.empty(); }
    const PersonSession& at(int index) const { return m_sessions[size_t(index)]; }
    const std::vector<PersonSession>& sessions() const { return m_sessions; }
    const std::vector<Person>& persons() const { return m_persons; }
    const Person& person(int index) const { return m_persons[size_t(index)]; }
    /// The shown id of session \a index's person.
    const QString& personOf(int index) const { return m_persons[size_t(at(index).person)].id; }
    /// The person one of whose ids is exactly \a id; -1 when none.
    int findPerson(QStringView id) const;

    /// The inactivity limit the sessions were made with, ms.
    qint64 gapMs() const { return m_gapMs; }
    /// Events put in sessions (all the Sessionizer was given, less those naming nobody).
    qint64 eventCount() const { return m_eventCount; }
    /// Events with neither a userId nor an anonymousId (e.g. Mixpanel group updates): in no session.
    qint64 unattributedCount() const { return m_unattributed; }
    /// Sessions whose events carry a provider session id.
    int providerSessionCount() const;

    /// Keeps the sessions of person \a person only (-1: none at all).
    void keepPerson(int person);
    /// Keeps the first \a count sessions.
    void truncate(int count);

private:
    friend class Sessionizer;

    std::vector<PersonSession> m_sessions;
    std::vector<Person> m_persons;
    qint64 m_gapMs = 0;
    qint64 m_eventCount = 0;
    qint64 m_unattributed = 0;
};

/// Session lists cross threads as shared, immutable values.
using SessionListPtr = std::shared_ptr<const SessionList>;

} // namespace Journey

Q_DECLARE_METATYPE(Journey::SessionListPtr)
