// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Journey {

/// How a replay treats the events' timestamps.
enum class ReplayTimestamps {
    Keep, ///< as captured
    Shift, ///< moved so that the last event of the capture is "now", gaps between events preserved
};

/*!
 * What a replay does, chosen before it starts (the `journeyctl replay` flags, the replay dialog). A plain value:
 * ReplayPlanner reads it once.
 */
struct ReplayOptions
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ReplayOptions)

public:
    /// Original pacing divided by this (2: twice as fast). Ignored when asFastAsPossible.
    double speed = 1.0;
    /// `--speed max`: no waiting between requests, a few in flight at once.
    bool asFastAsPossible = false;
    ReplayTimestamps timestamps = ReplayTimestamps::Keep;
    /// New dedup ids (messageId, `$insert_id`, `insert_id`, `uuid`, `idempotency_key`) so providers do not drop
    /// the replay as duplicates of the original.
    bool regenerateIds = true;
    /// Appended to every userId, anonymousId and previousId (and their wire-format spellings), the same way
    /// everywhere so that identities stay linked: "u-1" becomes "u-1-run2" in every event. Empty: unchanged.
    QString userSuffix;
    /// Segment-format bodies that name a `writeKey` get this one instead (the capture keeps keys masked): the
    /// collector's own key when it checks them (ReplayTarget::collectorHeaders() gives it as Basic auth too).
    QByteArray writeKey;
    /// List the requests, send nothing.
    bool dryRun = false;
    /// Requests in flight at once when asFastAsPossible (paced replays send one at a time, in order).
    int maxInFlight = 4;
    /// Per HTTP request.
    int timeoutMs = 30000;

    /// Whether the messages go out exactly as captured (ids, times and users unchanged).
    bool changesNothing() const
    {
        return !regenerateIds && timestamps == ReplayTimestamps::Keep && userSuffix.isEmpty();
    }

    /// "1", "2.5", "0.5", "max" (also "2x"). False with \a error when it is not a positive number or max.
    static bool parseSpeed(const QString& text, ReplayOptions& out, QString* error);
    /// "max" or the factor ("2", "0.5").
    QString speedText() const;
};

/// "keep", "shift".
QString replayTimestampsName(ReplayTimestamps mode);
std::optional<ReplayTimestamps> replayTimestampsFromName(QStringView name);

} // namespace Journey
