// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "personsession.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Journey {

/*!
 * Finds the provider's own session id in a canonical message, where the collector's decoders put it. First
 * found wins, in this order:
 *
 * 1. Amplitude: `context.amplitude.session_id` (-1, or any negative number, means "no session");
 * 2. PostHog: `properties.$session_id`, else `context.posthog.properties.$session_id` ($identify, $create_alias,
 *    $groupidentify keep their remaining properties there), else `context.posthog.session_id`;
 * 3. GA4, only for messages the GA4 decoder made (they have a `context.ga4` object): `session_id`,
 *    `ga_session_id` or `sid` in `properties`, then in `context.ga4.params` (join_group), then in `context.ga4`;
 * 4. Mixpanel: `properties.$mp_replay_id` (set by mixpanel-js while it records a session replay);
 * 5. Heap: `context.heap.session_id`;
 * 6. `context.sessionId` (the Segment Spec's place; RudderStack's SDKs fill it);
 * 7. Amplitude through Segment: `integrations["Actions Amplitude"].session_id` or
 *    `integrations.Amplitude.session_id` (negative: none).
 *
 * Strings are taken as they are (an empty string is no id), integers in decimal; other JSON types are no id.
 * Messages that mention none of the keys are answered from a byte search, without parsing.
 */
class SessionIdReader
{
public:
    struct Result
    {
        SessionIdKind kind = SessionIdKind::None;
        QByteArray id;

        bool isValid() const { return kind != SessionIdKind::None; }
    };

    SessionIdReader();
    ~SessionIdReader();
    SessionIdReader(const SessionIdReader&) = delete;
    SessionIdReader& operator=(const SessionIdReader&) = delete;

    /// The session id of \a payload, a canonical message as compact or indented JSON.
    Result read(QByteArrayView payload);

    /// Whether \a payload may hold a session id at all (a byte search; no false negatives).
    static bool mayHaveSessionId(QByteArrayView payload);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace Journey
