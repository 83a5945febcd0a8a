// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Journey {

enum class DeliveryOutcome {
    Delivered, ///< the provider accepted the event
    Retry, ///< try again later (5xx, 429, network); backoff applies
    Failed, ///< permanent failure: the event goes to the dead letters
};

/*!
 * A provider's reading of one response: one outcome for the request as a whole, overridden per event where
 * the provider answers per record (Mixpanel `/import` failed_records, Amplitude throttled/invalid indexes).
 */
struct DeliveryVerdict
{
    struct Item
    {
        int index = 0; ///< index into ProviderRequest::items
        DeliveryOutcome outcome = DeliveryOutcome::Delivered;
        QString reason;
        qint64 retryAfterMs = -1; ///< earliest next try for this event; -1: the backoff decides
    };

    DeliveryOutcome outcome = DeliveryOutcome::Delivered;
    QString reason; ///< why, for people (status line, provider's error message); empty when delivered
    qint64 retryAfterMs = -1; ///< from Retry-After (or the provider's documented pause); -1: the backoff decides
    bool countsAsAttempt = true; ///< false for rate limiting that says when to come back (Segment does not count those)
    bool splitBatch = false; ///< 413: send the same events again in smaller requests
    QList<Item> items; ///< per-event exceptions to \c outcome

    DeliveryOutcome outcomeOf(int index) const
    {
        for (const Item& item : items) {
            if (item.index == index)
                return item.outcome;
        }
        return outcome;
    }
};

} // namespace Journey
