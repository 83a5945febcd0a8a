// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysissnapshotbuilder.h"

#include "core/eventbatch.h"
#include "store/storereader.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <numeric>
#include <thread>

namespace Journey {

AnalysisSnapshotBuilder::AnalysisSnapshotBuilder(bool mergeIdentities)
    : m_merge(mergeIdentities)
{
}

qint32 AnalysisSnapshotBuilder::keyOf(QByteArrayView key)
{
    const QByteArray text = key.toByteArray();
    const auto found = m_keyIndex.constFind(text);
    if (found != m_keyIndex.constEnd())
        return found.value();
    const auto id = qint32(m_keyNames.size());
    m_keyIndex.insert(text, id);
    m_keyNames.push_back(text);
    return id;
}

void AnalysisSnapshotBuilder::add(const EventBatch& events)
{
    // A segment stores each distinct string once, so equal strings of a batch are equal views: the last
    // lookups are remembered by address, which skips most hashing of ids and names.
    struct Recent
    {
        const char* data = nullptr;
        qsizetype size = -1;
        qint32 value = -1;
    };
    Recent lastUser, lastAnonymous, lastName[2];
    EventType lastNameType[2] = { EventType::Track, EventType::Track };
    const auto cached = [](Recent& recent, QByteArrayView text, const auto& make) {
        if (recent.data != text.data() || recent.size != text.size()) {
            recent.data = text.data();
            recent.size = text.size();
            recent.value = make();
        }
        return recent.value;
    };

    const int count = events.size();
    for (int i = 0; i < count; ++i) {
        const QByteArrayView userId = events.userId(i);
        const QByteArrayView anonymousId = events.anonymousId(i);
        const int user = cached(lastUser, userId, [&] { return m_identities.node(IdentityGraph::Kind::User, userId); });
        const int anonymous = cached(lastAnonymous, anonymousId,
            [&] { return m_identities.node(IdentityGraph::Kind::Anonymous, anonymousId); });
        const EventType type = events.type(i);
        if (m_merge) {
            if (user >= 0 && anonymous >= 0)
                m_identities.join(user, anonymous);
            if (type == EventType::Alias && user >= 0 && !events.previousId(i).isEmpty()) {
                m_identities.join(user, m_identities.node(IdentityGraph::Kind::User, events.previousId(i)));
                m_identities.join(user, m_identities.node(IdentityGraph::Kind::Anonymous, events.previousId(i)));
            }
        }
        const int node = user >= 0 ? user : anonymous;
        if (node < 0)
            continue; // no id at all: nobody's event (the parser does not let such events in)
        const QByteArrayView name = events.name(i);
        const int slot = type == EventType::Track ? 0 : 1;
        Recent& recentName = lastName[slot];
        if (lastNameType[slot] != type)
            recentName = {};
        lastNameType[slot] = type;
        const qint32 key = cached(recentName, name, [&] { return keyOf(AnalysisSnapshot::eventKey(type, name)); });
        m_nodes.push_back(node);
        m_timestamps.push_back(events.timestamp(i));
        m_keys.push_back(key);
        m_ids.push_back(events.id(i));
        m_lastEventId = std::max(m_lastEventId, events.id(i));
        m_types.push_back(quint8(type));
    }
}

AnalysisSnapshot AnalysisSnapshotBuilder::snapshot() const
{
    auto data = std::make_shared<AnalysisSnapshot::Data>();
    data->mergedIdentities = m_merge;

    // Persons: one per root; the shown id is the first userId seen, else the first anonymousId seen (nodes
    // are numbered in the order ids were first seen).
    const int nodes = m_identities.nodeCount();
    std::vector<int> personOfRoot(size_t(nodes), -1);
    std::vector<int> personOfNode(size_t(nodes), -1);
    std::vector<int> shownNode;
    for (int node = 0; node < nodes; ++node) {
        const int root = m_merge ? m_identities.root(node) : node;
        if (personOfRoot[size_t(root)] < 0) {
            personOfRoot[size_t(root)] = int(shownNode.size());
            shownNode.push_back(-1);
        }
        const int person = personOfRoot[size_t(root)];
        personOfNode[size_t(node)] = person;
        int& shown = shownNode[size_t(person)];
        const bool isUser = m_identities.kind(node) == IdentityGraph::Kind::User;
        if (shown < 0 || (isUser && m_identities.kind(shown) != IdentityGraph::Kind::User))
            shown = node;
    }
    // Only persons with events (an alias's previousId alone makes no person).
    std::vector<int> personEvents(shownNode.size(), 0);
    for (const int node : m_nodes)
        ++personEvents[size_t(personOfNode[size_t(node)])];
    std::vector<int> renumber(shownNode.size(), -1);
    for (size_t person = 0; person < shownNode.size(); ++person) {
        if (personEvents[person] == 0)
            continue;
        renumber[person] = int(data->personIds.size());
        data->personIds.push_back(m_identities.id(shownNode[person]));
    }

    // Counting sort by person, then each person's events by (timestamp, id).
    const size_t events = m_timestamps.size();
    const size_t persons = data->personIds.size();
    data->offsets.assign(persons + 1, 0);
    std::vector<qint32> personOfEvent(events);
    for (size_t i = 0; i < events; ++i) {
        personOfEvent[i] = renumber[size_t(personOfNode[size_t(m_nodes[i])])];
        ++data->offsets[size_t(personOfEvent[i]) + 1];
    }
    std::partial_sum(data->offsets.begin(), data->offsets.end(), data->offsets.begin());
    std::vector<qint64> next(data->offsets.begin(), data->offsets.end() - 1);
    std::vector<quint32> order(events);
    for (size_t i = 0; i < events; ++i)
        order[size_t(next[size_t(personOfEvent[i])]++)] = quint32(i);
    const auto before = [this](quint32 a, quint32 b) {
        return m_timestamps[a] != m_timestamps[b] ? m_timestamps[a] < m_timestamps[b] : m_ids[a] < m_ids[b];
    };
    for (size_t person = 0; person < persons; ++person) {
        const auto begin = order.begin() + data->offsets[person];
        const auto end = order.begin() + data->offsets[person + 1];
        if (!std::is_sorted(begin, end, before))
            std::sort(begin, end, before);
    }

    data->timestamps.resize(events);
    data->keys.resize(events);
    data->eventIds.resize(events);
    data->types.resize(events);
    data->keyCounts.assign(m_keyNames.size(), 0);
    qint64 minId = std::numeric_limits<qint64>::max();
    qint64 maxId = 0;
    data->minTimestamp = events ? std::numeric_limits<qint64>::max() : 0;
    data->maxTimestamp = events ? std::numeric_limits<qint64>::min() : 0;
    for (size_t at = 0; at < events; ++at) {
        const quint32 i = order[at];
        data->timestamps[at] = m_timestamps[i];
        data->keys[at] = m_keys[i];
        data->eventIds[at] = m_ids[i];
        data->types[at] = m_types[i];
        ++data->keyCounts[size_t(m_keys[i])];
        minId = std::min(minId, m_ids[i]);
        maxId = std::max(maxId, m_ids[i]);
        data->minTimestamp = std::min(data->minTimestamp, m_timestamps[i]);
        data->maxTimestamp = std::max(data->maxTimestamp, m_timestamps[i]);
    }
    if (events) {
        data->minEventId = minId;
        data->lastEventId = maxId;
        // Store ids are dense; a sparse set (a hand-made test) still fits unless its span is huge.
        if (maxId - minId < qint64(std::numeric_limits<quint32>::max()) && maxId - minId <= 8 * qint64(events) + 1024) {
            data->positionById.assign(size_t(maxId - minId + 1), std::numeric_limits<quint32>::max());
            for (size_t at = 0; at < events; ++at)
                data->positionById[size_t(data->eventIds[at] - minId)] = quint32(at);
        }
    }
    data->keyNames = m_keyNames;
    data->keyIndex = m_keyIndex;
    return AnalysisSnapshot(std::move(data));
}

bool AnalysisSnapshotBuilder::readStore(const QString& storePath, AnalysisSnapshotBuilder& builder, QString* error,
    const std::atomic<bool>* cancel, const std::function<void(qint64)>& progress)
{
    // Reading and decoding segments costs about as much as adding their events: a reader thread hands
    // decoded batches over through a short queue.
    struct Handover
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<EventBatch> batches;
        bool done = false;
        bool stop = false; ///< the consumer gave up (cancelled)
        bool ok = true;
        QString error;
    } handover;
    constexpr size_t queueLength = 8;
    std::thread reader([&] {
        StoreReader store(storePath);
        QString readError;
        bool ok = store.open(true, &readError);
        if (ok) {
            ok = store.scan(
                EventFilter(), false,
                [&](EventBatch& batch) {
                    std::unique_lock lock(handover.mutex);
                    handover.changed.wait(lock, [&] { return handover.batches.size() < queueLength || handover.stop; });
                    if (handover.stop)
                        return false;
                    handover.batches.push_back(std::move(batch));
                    handover.changed.notify_all();
                    return true;
                },
                &readError, cancel);
        }
        std::lock_guard lock(handover.mutex);
        handover.ok = ok;
        handover.error = readError;
        handover.done = true;
        handover.changed.notify_all();
    });
    qint64 added = 0;
    qint64 reported = 0;
    for (;;) {
        EventBatch batch;
        {
            std::unique_lock lock(handover.mutex);
            handover.changed.wait(lock, [&] { return !handover.batches.empty() || handover.done; });
            if (handover.batches.empty())
                break;
            batch = std::move(handover.batches.front());
            handover.batches.pop_front();
            handover.changed.notify_all();
        }
        builder.add(batch);
        added += batch.size();
        if (progress && added - reported >= 250'000) {
            reported = added;
            progress(added);
        }
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            std::lock_guard lock(handover.mutex);
            handover.stop = true;
            handover.changed.notify_all();
            break;
        }
    }
    reader.join();
    if (!handover.ok) {
        if (error)
            *error = handover.error;
        return false;
    }
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return false;
    }
    return true;
}

bool AnalysisSnapshotBuilder::fromStore(const QString& storePath, bool mergeIdentities, AnalysisSnapshot& out,
    QString* error, const std::atomic<bool>* cancel, const std::function<void(qint64)>& progress)
{
    AnalysisSnapshotBuilder builder(mergeIdentities);
    if (!readStore(storePath, builder, error, cancel, progress))
        return false;
    out = builder.snapshot();
    return true;
}

} // namespace Journey
