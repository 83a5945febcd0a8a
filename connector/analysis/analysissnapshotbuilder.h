// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysissnapshot.h"
#include "identitygraph.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Journey {

class EventBatch;

/*!
 * Builds an AnalysisSnapshot from batches of events (with ids), in any order: add() each batch, then
 * finish(). With merged identities (the default), the events of ids the IdentityGraph joins count as one
 * person's; without, each userId (or anonymousId, for events without a userId) is a person of its own.
 * fromStore() reads a whole store's segment columns, never its payloads.
 */
class AnalysisSnapshotBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Journey::AnalysisSnapshotBuilder)

public:
    explicit AnalysisSnapshotBuilder(bool mergeIdentities = true);

    void add(const EventBatch& events);
    qsizetype size() const { return qsizetype(m_timestamps.size()); }
    /// The highest store id added so far (0 before any).
    qint64 lastEventId() const { return m_lastEventId; }
    /// A snapshot of everything added so far; more events may be added afterwards and a new snapshot taken
    /// (which costs a pass over all events, not a new read of the store).
    AnalysisSnapshot snapshot() const;

    /// Adds every event of the store at \a storePath to \a builder: one thread reads and decodes segments
    /// while this one adds them. \a progress gets the number of events added so far.
    static bool readStore(const QString& storePath, AnalysisSnapshotBuilder& builder, QString* error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(qint64)>& progress = {});
    /// readStore() into a new builder, then its snapshot.
    static bool fromStore(const QString& storePath, bool mergeIdentities, AnalysisSnapshot& out, QString* error,
        const std::atomic<bool>* cancel = nullptr, const std::function<void(qint64)>& progress = {});

private:
    qint32 keyOf(QByteArrayView key);

    bool m_merge;
    mutable IdentityGraph m_identities; ///< root() compresses paths
    std::vector<qint32> m_nodes;
    std::vector<qint64> m_timestamps;
    std::vector<qint32> m_keys;
    std::vector<qint64> m_ids;
    std::vector<quint8> m_types;
    qint64 m_lastEventId = 0;
    std::vector<QByteArray> m_keyNames;
    QHash<QByteArray, qint32> m_keyIndex;
};

} // namespace Journey
