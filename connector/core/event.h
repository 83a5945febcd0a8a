// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "eventtype.h"
#include "validationstate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Journey {

/*!
 * One canonical event (a Segment Spec message), convenient to hand around one at a time: the indexed fields
 * as Qt strings plus the full message as compact JSON. Bulk paths use EventBatch instead.
 */
struct Event
{
    qint64 id = 0; ///< store id; 0 until stored
    EventType type = EventType::Track;
    EventSource source = EventSource::Unknown;
    qint64 timestamp = 0; ///< ms since epoch, UTC
    qint64 receivedAt = 0; ///< ms since epoch, UTC
    qint64 requestId = 0; ///< raw request it arrived in; 0 when there is none
    QString messageId;
    QString userId;
    QString anonymousId;
    QString name; ///< `event` of a track, `name` of a page/screen, empty otherwise
    QString groupId;
    QString previousId;
    QByteArray json; ///< the canonical message, compact JSON
    ValidationState validation = ValidationState::Unchecked;

    /// The canonical message as a JSON object (parsed on each call).
    QJsonObject toJsonObject() const;
    /// The canonical message indented for people.
    QByteArray prettyJson() const;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::Event)
