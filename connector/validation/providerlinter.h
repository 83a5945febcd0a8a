// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "planviolation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Journey {

/*!
 * Provider lints: what a provider would reject, silently drop or change in a canonical message (a Segment Spec
 * message), whatever the tracking plan says. Each finding is a PlanViolation of kind ProviderLint naming the
 * provider; an Error when the provider refuses or drops the event or a value, a Warning when it only changes
 * something (truncates, clamps, renames).
 *
 * The rules are the providers' documented limits (../shared/reference/providers.md):
 * - **segment**, **rudderstack**: an event over 32 KB of JSON is refused.
 * - **mixpanel**: `$insert_id` of at most 36 characters of `[A-Za-z0-9-]` and not a forbidden value;
 *   `distinct_id` (userId, anonymousId) not a forbidden value ("anonymous", "null", "0", …); `/track` ingests the
 *   last 5 days only, a time more than an hour ahead is clamped; fewer than 255 properties; strings over 255
 *   characters are truncated; nested objects deeper than 3 are refused.
 * - **amplitude**: user_id and device_id of at least 5 characters and not a refused value; a time in 1970
 *   (seconds sent where Amplitude expects milliseconds); strings over 1024 characters are truncated.
 * - **posthog**: an event without any id (no `distinct_id`) is dropped.
 * - **ga4**: Google's Measurement Protocol rules (Ga4PayloadValidator) on the event as GA4 would get it: event and
 *   parameter names of at most 40 characters, not reserved (`_`, `firebase_`, `ga_`, `google_` prefixes, names
 *   like `session_start`); at most 25 parameters; values up to 100 characters (page_location 1000, page_referrer
 *   420, page_title 300); identify traits as at most 25 user properties with names up to 24 and values up to 36
 *   characters; timestamps at most 72 hours old. A name GA4 only finds badly spelt ("Order Completed") is not
 *   reported: Journey Connector and Segment's destination send it renamed ("order_completed"), nothing is lost.
 *   An event that came to the collector in GA4's own format carries the findings on its real request instead
 *   (25 events per request and the rest), and those are reported.
 *
 * Stateless after setup; lint() is const and thread-safe.
 */
class ProviderLinter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::ProviderLinter)

public:
    /// The provider ids lints exist for, in the order of the docs.
    static QStringList supportedProviders();

    /// Lints for these providers ("ga4", "mixpanel", …; "all" for every supported one). False with \a error naming
    /// the first unknown id.
    bool setProviders(const QStringList& providers, QString* error);
    const QStringList& providers() const { return m_providers; }
    bool isEmpty() const { return m_providers.isEmpty(); }
    /// "Now" for event-age lints, ms since 1970; 0 (the default) reads the clock at each lint().
    void setNow(qint64 msSinceEpoch) { m_nowMs = msSinceEpoch; }

    /// The findings on \a message; \a jsonBytes is the size of its compact JSON when the caller knows it
    /// (otherwise it is measured when a size lint needs it).
    QList<PlanViolation> lint(const QJsonObject& message, qsizetype jsonBytes = -1) const;

private:
    void lintSegment(const QString& provider, const QJsonObject& message, qsizetype jsonBytes,
        QList<PlanViolation>& out) const;
    void lintMixpanel(const QJsonObject& message, qint64 nowMs, QList<PlanViolation>& out) const;
    void lintAmplitude(const QJsonObject& message, QList<PlanViolation>& out) const;
    void lintPostHog(const QJsonObject& message, QList<PlanViolation>& out) const;
    void lintGa4(const QJsonObject& message, QList<PlanViolation>& out) const;

    QStringList m_providers;
    qint64 m_nowMs = 0;
};

} // namespace Journey
