// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "personsession.h"

#include <QStringList>

namespace Journey {

QString sessionIdKindName(SessionIdKind kind)
{
    switch (kind) {
    case SessionIdKind::None:
        return {};
    case SessionIdKind::Amplitude:
        return QStringLiteral("amplitude");
    case SessionIdKind::PostHog:
        return QStringLiteral("posthog");
    case SessionIdKind::Ga4:
        return QStringLiteral("ga4");
    case SessionIdKind::Mixpanel:
        return QStringLiteral("mixpanel");
    case SessionIdKind::Heap:
        return QStringLiteral("heap");
    case SessionIdKind::Context:
        return QStringLiteral("context");
    }
    return {};
}

QString sessionSplitName(SessionSplit split)
{
    return split == SessionSplit::ProviderId ? QStringLiteral("provider") : QStringLiteral("inactivity");
}

ValidationState PersonSession::validation() const
{
    if (invalidCount > 0)
        return ValidationState::Invalid;
    if (warningCount > 0)
        return ValidationState::Warning;
    if (uncheckedCount == eventCount)
        return ValidationState::Unchecked;
    return ValidationState::Valid;
}

QList<EventSource> PersonSession::sources() const
{
    QList<EventSource> out;
    for (int bit = 0; bit < 64; ++bit) {
        if (sourceMask & (quint64(1) << bit))
            out.append(EventSource(bit));
    }
    return out;
}

QString PersonSession::sourceNames() const
{
    QStringList names;
    for (const EventSource source : sources())
        names.append(eventSourceDisplayName(source));
    return names.join(QStringLiteral(", "));
}

} // namespace Journey
