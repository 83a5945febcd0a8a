// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventtype.h"

#include <array>

namespace Journey {

namespace {
struct TypeInfo
{
    EventType type;
    QByteArrayView name;
    char letter;
};

constexpr std::array<TypeInfo, eventTypeCount> typeInfos { {
    { EventType::Track, "track", 't' },
    { EventType::Identify, "identify", 'i' },
    { EventType::Page, "page", 'p' },
    { EventType::Screen, "screen", 's' },
    { EventType::Group, "group", 'g' },
    { EventType::Alias, "alias", 'a' },
} };

struct SourceInfo
{
    EventSource source;
    QByteArrayView name;
    const char* displayName;
};

constexpr std::array<SourceInfo, 10> sourceInfos { {
    { EventSource::Unknown, "unknown", "Unknown" },
    { EventSource::Segment, "segment", "Segment" },
    { EventSource::RudderStack, "rudderstack", "RudderStack" },
    { EventSource::Mixpanel, "mixpanel", "Mixpanel" },
    { EventSource::Amplitude, "amplitude", "Amplitude" },
    { EventSource::Heap, "heap", "Heap" },
    { EventSource::GoogleAnalytics4, "ga4", "Google Analytics 4" },
    { EventSource::PostHog, "posthog", "PostHog" },
    { EventSource::Import, "import", "Import" },
    { EventSource::Connector, "connector", "Connector" },
} };
} // namespace

QByteArrayView eventTypeName(EventType type)
{
    for (const auto& info : typeInfos) {
        if (info.type == type)
            return info.name;
    }
    return "unknown";
}

std::optional<EventType> eventTypeFromName(QByteArrayView name)
{
    for (const auto& info : typeInfos) {
        if (info.name == name)
            return info.type;
    }
    return std::nullopt;
}

char eventTypeLetter(EventType type)
{
    for (const auto& info : typeInfos) {
        if (info.type == type)
            return info.letter;
    }
    return '?';
}

QByteArrayView eventSourceName(EventSource source)
{
    for (const auto& info : sourceInfos) {
        if (info.source == source)
            return info.name;
    }
    return "unknown";
}

std::optional<EventSource> eventSourceFromName(QByteArrayView name)
{
    for (const auto& info : sourceInfos) {
        if (info.name == name)
            return info.source;
    }
    return std::nullopt;
}

QString eventSourceDisplayName(EventSource source)
{
    for (const auto& info : sourceInfos) {
        if (info.source == source)
            return QString::fromLatin1(info.displayName);
    }
    return QStringLiteral("Unknown");
}

} // namespace Journey
