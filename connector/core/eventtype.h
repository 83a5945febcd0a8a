// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Journey {

/// The six calls of the Segment Spec. Values are stored on disk: never renumber.
enum class EventType : quint8 {
    Track = 1,
    Identify = 2,
    Page = 3,
    Screen = 4,
    Group = 5,
    Alias = 6,
};

/// Where an event came from. Values are stored on disk: never renumber.
enum class EventSource : quint8 {
    Unknown = 0,
    Segment = 1, ///< Segment HTTP API format received by the collector
    RudderStack = 2, ///< Segment format, recognised as sent by a RudderStack SDK
    Mixpanel = 3,
    Amplitude = 4,
    Heap = 5,
    GoogleAnalytics4 = 6,
    PostHog = 7,
    Import = 32, ///< loaded from a file with `journeyctl import`
    Connector = 33, ///< sent by the connector engine (composer, API, replay)
};

constexpr int eventTypeCount = 6;

/// "track", "identify", … as used in the Segment Spec.
QByteArrayView eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(QByteArrayView name);
/// Short path letter of analytics.js (`/v1/t`, `/v1/i`, …).
char eventTypeLetter(EventType type);

/// Stable machine name ("segment", "rudderstack", "import", …).
QByteArrayView eventSourceName(EventSource source);
std::optional<EventSource> eventSourceFromName(QByteArrayView name);
/// Name for people ("Segment", "RudderStack", "Import", …); not translated: these are product names.
QString eventSourceDisplayName(EventSource source);

} // namespace Journey

Q_DECLARE_METATYPE(Journey::EventType)
Q_DECLARE_METATYPE(Journey::EventSource)
