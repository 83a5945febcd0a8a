// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionizer.h"

#include "capture/capture.h"
#include "core/eventbatch.h"
#include "store/storereader.h"

#include <algorithm>
#include <numeric>

namespace Journey {

Sessionizer::Sessionizer() = default;

Sessionizer::~Sessionizer() = default;

qint32 Sessionizer::keyOf(const SessionIdReader::Result& id)
{
    QByteArray text;
    text.reserve(id.id.size() + 1);
    text.append(char(id.kind));
    text.append(id.id);
    const auto found = m_keyIndex.constFind(text);
    if (found != m_keyIndex.constEnd())
        return found.value();
    const auto index = qint32(m_keys.size());
    m_keys.push_back({ id.kind, id.id });
    m_keyIndex.insert(text, index);
    return index;
}

void Sessionizer::add(const EventBatch& events, EventRefs refs)
{
    // Segments store each distinct string once, so a run of events of one person repeats the same views: the
    // last lookups are remembered by address (as AnalysisSnapshotBuilder does).
    struct Recent
    {
        const char* data = nullptr;
        qsizetype size = -1;
        int node = -1;
    };
    Recent lastUser, lastAnonymous;
    const auto cached = [](Recent& recent, QByteArrayView text, const auto& make) {
        if (recent.data != text.data() || recent.size != text.size()) {
            recent.data = text.data();
            recent.size = text.size();
            recent.node = make();
        }
        return recent.node;
    };

    m_rows.reserve(m_rows.size() + size_t(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const qint64 position = m_position++;
        const QByteArrayView userId = events.userId(i);
        const QByteArrayView anonymousId = events.anonymousId(i);
        const int user = cached(lastUser, userId, [&] { return m_identities.node(IdentityGraph::Kind::User, userId); });
        const int anonymous = cached(
            lastAnonymous, anonymousId, [&] { return m_identities.node(IdentityGraph::Kind::Anonymous, anonymousId); });
        const EventType type = events.type(i);
        // Joins are always recorded; sessions() decides whether to follow them.
        if (user >= 0 && anonymous >= 0)
            m_identities.join(user, anonymous);
        if (type == EventType::Alias && user >= 0 && !events.previousId(i).isEmpty()) {
            m_identities.join(user, m_identities.node(IdentityGraph::Kind::User, events.previousId(i)));
            m_identities.join(user, m_identities.node(IdentityGraph::Kind::Anonymous, events.previousId(i)));
        }
        const int node = user >= 0 ? user : anonymous;
        if (node < 0) {
            ++m_unattributed; // a group update and the like: nobody's session
            continue;
        }
        Row row;
        row.timestamp = events.timestamp(i);
        const qint64 id = events.id(i);
        row.ref = refs == EventRefs::StoreIds && id != 0 ? id : position;
        m_lastEventId = std::max(m_lastEventId, id);
        row.node = node;
        const SessionIdReader::Result sessionId = m_reader.read(events.payload(i));
        row.key = sessionId.isValid() ? keyOf(sessionId) : -1;
        row.type = quint8(type);
        row.source = quint8(events.source(i));
        row.validation = quint8(events.validation(i));
        m_rows.push_back(row);
    }
}

bool Sessionizer::usesEventIds(const Capture& capture)
{
    const EventBatch& events = capture.events();
    for (int i = 0; i < events.size(); ++i) {
        if (events.id(i) <= 0 || (i > 0 && events.id(i) <= events.id(i - 1)))
            return false;
    }
    return true;
}

int Sessionizer::indexInCapture(const Capture& capture, qint64 ref)
{
    const EventBatch& events = capture.events();
    if (!usesEventIds(capture))
        return ref >= 0 && ref < events.size() ? int(ref) : -1;
    int low = 0;
    int high = events.size();
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (events.id(middle) < ref)
            low = middle + 1;
        else
            high = middle;
    }
    return low < events.size() && events.id(low) == ref ? low : -1;
}

void Sessionizer::add(const Capture& capture)
{
    add(capture.events(), usesEventIds(capture) ? EventRefs::StoreIds : EventRefs::Positions);
}

bool Sessionizer::checkOptions(const Options& options, QString* error)
{
    if (options.gapMs < 1000 || options.gapMs > maxGapMs) {
        if (error)
            *error = tr("the inactivity limit must be between 1 second and 366 days");
        return false;
    }
    return true;
}

SessionList Sessionizer::sessions(const Options& options, const std::atomic<bool>* cancel) const
{
    SessionList list;
    list.m_gapMs = options.gapMs;
    list.m_unattributed = m_unattributed;
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    // Persons: one per root (or per node without merging). The shown id is the first userId seen, else the first
    // anonymousId (nodes are numbered in the order ids were first seen).
    const int nodes = m_identities.nodeCount();
    std::vector<int> personOfRoot(size_t(nodes), -1);
    std::vector<int> personOfNode(size_t(nodes), -1);
    std::vector<std::vector<int>> nodesOfPerson;
    for (int node = 0; node < nodes; ++node) {
        const int root = options.mergeIdentities ? m_identities.root(node) : node;
        if (personOfRoot[size_t(root)] < 0) {
            personOfRoot[size_t(root)] = int(nodesOfPerson.size());
            nodesOfPerson.emplace_back();
        }
        const int person = personOfRoot[size_t(root)];
        personOfNode[size_t(node)] = person;
        nodesOfPerson[size_t(person)].push_back(node);
    }
    // Only persons with events (an alias's previousId alone makes none), numbered in order of appearance.
    std::vector<qint64> eventsOfPerson(nodesOfPerson.size(), 0);
    for (const Row& row : m_rows)
        ++eventsOfPerson[size_t(personOfNode[size_t(row.node)])];
    std::vector<int> renumber(nodesOfPerson.size(), -1);
    for (size_t person = 0; person < nodesOfPerson.size(); ++person) {
        if (eventsOfPerson[person] == 0)
            continue;
        const std::vector<int>& members = nodesOfPerson[person];
        int shown = members.front();
        for (const int node : members) {
            if (m_identities.kind(node) == IdentityGraph::Kind::User) {
                shown = node;
                break;
            }
        }
        SessionList::Person entry;
        entry.id = QString::fromUtf8(m_identities.id(shown));
        entry.ids.append(entry.id);
        for (const int node : members) {
            if (node != shown)
                entry.ids.append(QString::fromUtf8(m_identities.id(node)));
        }
        renumber[person] = int(list.m_persons.size());
        list.m_persons.push_back(std::move(entry));
    }

    int onlyPerson = -1;
    if (!options.person.isEmpty()) {
        onlyPerson = list.findPerson(options.person);
        if (onlyPerson < 0)
            return list;
    }

    // Events grouped by person (counting sort), each person's by (timestamp, ref).
    const size_t persons = list.m_persons.size();
    std::vector<qint64> offsets(persons + 1, 0);
    std::vector<qint32> personOfRow(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        personOfRow[i] = renumber[size_t(personOfNode[size_t(m_rows[i].node)])];
        ++offsets[size_t(personOfRow[i]) + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<qint64> next(offsets.begin(), offsets.end() - 1);
    std::vector<quint32> order(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        order[size_t(next[size_t(personOfRow[i])]++)] = quint32(i);

    const auto before = [this](quint32 a, quint32 b) {
        const Row& x = m_rows[a];
        const Row& y = m_rows[b];
        return x.timestamp != y.timestamp ? x.timestamp < y.timestamp : x.ref < y.ref;
    };
    QHash<qint32, int> openByKey; // the person's sessions with a provider id
    for (size_t person = 0; person < persons; ++person) {
        if (onlyPerson >= 0 && int(person) != onlyPerson)
            continue;
        if ((person & 1023) == 0 && cancelled())
            return SessionList();
        const auto begin = order.begin() + offsets[person];
        const auto end = order.begin() + offsets[person + 1];
        if (!std::is_sorted(begin, end, before))
            std::sort(begin, end, before);
        openByKey.clear();
        int current = -1; // the session of the previous event
        qint64 previousTime = 0;
        for (auto it = begin; it != end; ++it) {
            const Row& row = m_rows[*it];
            const bool withinGap = current >= 0 && row.timestamp - previousTime <= options.gapMs;
            int target = -1;
            if (row.key >= 0) {
                const auto open = openByKey.constFind(row.key);
                if (open != openByKey.constEnd()) {
                    target = open.value();
                } else if (withinGap && list.m_sessions[size_t(current)].split == SessionSplit::Inactivity) {
                    // Events without an id just before the first one with it (a page view sent before the SDK
                    // had its session) belong to it.
                    target = current;
                }
                if (target < 0) {
                    target = int(list.m_sessions.size());
                    list.m_sessions.emplace_back();
                    list.m_sessions.back().person = int(person);
                }
                PersonSession& session = list.m_sessions[size_t(target)];
                if (session.split == SessionSplit::Inactivity) {
                    session.split = SessionSplit::ProviderId;
                    session.idKind = m_keys[size_t(row.key)].kind;
                    session.providerSessionId = m_keys[size_t(row.key)].id;
                    openByKey.insert(row.key, target);
                }
            } else if (withinGap) {
                target = current;
            } else {
                target = int(list.m_sessions.size());
                list.m_sessions.emplace_back();
                list.m_sessions.back().person = int(person);
            }
            PersonSession& session = list.m_sessions[size_t(target)];
            if (session.eventCount == 0)
                session.start = row.timestamp; // events come in time order: the first is the earliest
            session.end = row.timestamp;
            ++session.eventCount;
            switch (ValidationState(row.validation)) {
            case ValidationState::Invalid:
                ++session.invalidCount;
                break;
            case ValidationState::Warning:
                ++session.warningCount;
                break;
            case ValidationState::Unchecked:
                ++session.uncheckedCount;
                break;
            case ValidationState::Valid:
                break;
            }
            if (EventType(row.type) == EventType::Page)
                ++session.pageCount;
            else if (EventType(row.type) == EventType::Screen)
                ++session.screenCount;
            if (row.source < 64)
                session.sourceMask |= quint64(1) << row.source;
            session.eventIds.push_back(row.ref);
            ++list.m_eventCount;
            current = target;
            previousTime = row.timestamp;
        }
    }

    std::sort(list.m_sessions.begin(), list.m_sessions.end(), [](const PersonSession& a, const PersonSession& b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.person != b.person)
            return a.person < b.person;
        return a.eventIds.front() < b.eventIds.front();
    });
    return list;
}

bool Sessionizer::readStore(const QString& storePath, Sessionizer& sessionizer, QString* error,
    const std::atomic<bool>* cancel, const std::function<void(qint64)>& progress)
{
    StoreReader reader(storePath);
    if (!reader.open(true, error))
        return false;
    qint64 added = 0;
    const bool scanned = reader.scan(
        EventFilter(), true,
        [&](const EventBatch& batch) {
            sessionizer.add(batch);
            added += batch.size();
            if (progress)
                progress(added);
            return !(cancel && cancel->load(std::memory_order_relaxed));
        },
        error, cancel);
    if (!scanned)
        return false;
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return false;
    }
    return true;
}

} // namespace Journey
