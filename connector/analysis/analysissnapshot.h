// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"
#include "propertycolumn.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Journey {

/*!
 * What funnels, retention and trends read: every event of the store reduced to (person, timestamp, event
 * key), grouped by person and sorted by time within each person, in plain arrays. Built once by
 * AnalysisSnapshotBuilder from the store's segment columns (payloads are not read), then shared read-only
 * by any number of queries on any threads; a query is one pass over the arrays.
 *
 * Events of person p are the positions [personBegin(p), personEnd(p)), ordered by (timestamp, store id).
 * The event key names what a step matches: the event name for a track call, "page:NAME" / "screen:NAME"
 * for page and screen calls, and "identify", "group", "alias" for the others (see eventKey()).
 *
 * Property columns (PropertyColumn) are added on demand with withProperty(), which returns a new snapshot
 * sharing the arrays.
 */
class AnalysisSnapshot
{
public:
    struct Data
    {
        std::vector<qint64> offsets { 0 }; ///< personCount + 1 entries
        std::vector<qint64> timestamps; ///< ms since the epoch
        std::vector<qint32> keys; ///< index into keyNames
        std::vector<qint64> eventIds; ///< store ids
        std::vector<quint8> types; ///< EventType
        std::vector<QByteArray> personIds; ///< a userId of the person when any, else an anonymousId
        std::vector<QByteArray> keyNames;
        std::vector<qint64> keyCounts;
        QHash<QByteArray, qint32> keyIndex;
        std::vector<quint32> positionById; ///< position of store id (minId + i); UINT32_MAX where none
        qint64 minEventId = 0;
        qint64 lastEventId = 0; ///< the highest store id read
        qint64 minTimestamp = 0;
        qint64 maxTimestamp = 0;
        bool mergedIdentities = true;
    };

    AnalysisSnapshot();
    explicit AnalysisSnapshot(std::shared_ptr<const Data> data);

    /// The key a step names for an event of \a type called \a name (see the class description).
    static QByteArray eventKey(EventType type, QByteArrayView name);

    int personCount() const { return int(m_data->personIds.size()); }
    qsizetype eventCount() const { return qsizetype(m_data->timestamps.size()); }
    qsizetype personBegin(int person) const { return qsizetype(m_data->offsets[size_t(person)]); }
    qsizetype personEnd(int person) const { return qsizetype(m_data->offsets[size_t(person) + 1]); }
    const QByteArray& personId(int person) const { return m_data->personIds[size_t(person)]; }
    /// The person of event \a position (a binary search).
    int personOf(qsizetype position) const;
    qint64 timestamp(qsizetype position) const { return m_data->timestamps[size_t(position)]; }
    qint32 key(qsizetype position) const { return m_data->keys[size_t(position)]; }
    qint64 eventId(qsizetype position) const { return m_data->eventIds[size_t(position)]; }
    EventType type(qsizetype position) const { return EventType(m_data->types[size_t(position)]); }
    /// The position of store event \a eventId; -1 when the snapshot does not have it.
    qsizetype positionOf(qint64 eventId) const;

    const Data& data() const { return *m_data; }
    int keyCount() const { return int(m_data->keyNames.size()); }
    const QByteArray& keyName(qint32 key) const { return m_data->keyNames[size_t(key)]; }
    qint64 keyEventCount(qint32 key) const { return m_data->keyCounts[size_t(key)]; }
    /// The key id of \a name; -1 when no event has it.
    qint32 keyId(QByteArrayView name) const;
    qint64 lastEventId() const { return m_data->lastEventId; }
    qint64 minTimestamp() const { return m_data->minTimestamp; }
    qint64 maxTimestamp() const { return m_data->maxTimestamp; }
    bool mergedIdentities() const { return m_data->mergedIdentities; }

    /// The column of \a path, or null when it was not loaded (see PropertyPath for paths).
    const PropertyColumn* property(const QString& path) const;
    bool hasProperty(const QString& path) const { return property(path) != nullptr; }
    AnalysisSnapshot withProperty(std::shared_ptr<const PropertyColumn> column) const;
    /// The paths of the loaded property columns.
    QStringList propertyPaths() const { return m_properties.keys(); }

private:
    std::shared_ptr<const Data> m_data;
    QHash<QString, std::shared_ptr<const PropertyColumn>> m_properties;
};

} // namespace Journey
