// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Journey {

/*!
 * What a capture sends, reduced to its shape: per event key (AnalysisSnapshot::eventKey(): a track event's
 * name, "page:NAME", "screen:NAME", "identify", "group", "alias") how many events have it and, per property
 * path, how many of those events carry the path and which JSON types its values had. CaptureProfiler makes
 * one; CaptureDiffEngine compares two.
 *
 * Paths are those of track/page/screen `properties` and identify/group `traits`, written with dots from the
 * message's root ("properties.plan", "traits.address.city"). An object member is a path of its own (type
 * "object") and so is each of its members; the elements of an array are the path followed by `[]`
 * ("properties.products" is an array, "properties.products[]" an object, "properties.products[].price" a
 * number). Integers and fractions are both "number".
 */
class CaptureProfile
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureProfile)

public:
    /// JSON value types, as bits of a mask.
    enum JsonType : quint8 {
        NullType = 0x01,
        BooleanType = 0x02,
        NumberType = 0x04,
        StringType = 0x08,
        ObjectType = 0x10,
        ArrayType = 0x20,
    };

    struct Property
    {
        qint64 events = 0; ///< events of the key that carry the path (once each, however often it occurs)
        quint8 types = 0; ///< JsonType bits seen
        bool operator==(const Property& other) const = default;
    };

    struct Event
    {
        QString key;
        EventType type = EventType::Track;
        qint64 count = 0;
        QMap<QString, Property> properties; ///< by path

        /// The share (0..1) of this key's events that carry \a path.
        double coverage(const QString& path) const;
    };

    qint64 totalEvents = 0;
    QMap<QString, Event> events; ///< by key

    /// The key's profile, or null when no event has it.
    const Event* event(const QString& key) const;

    /// "null", "boolean", "number", "string", "object", "array": the names of the bits of \a types in that order.
    static QStringList typeNames(quint8 types);
    static std::optional<JsonType> typeFromName(QStringView name);
    /// The call type as the Segment Spec names it ("track", …).
    static QString typeName(EventType type);
};

} // namespace Journey
