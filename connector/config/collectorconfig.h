// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <map>

namespace Journey {

/// How the local collector listens and what it accepts.
struct CollectorConfig
{
    static constexpr quint16 defaultPort = 8787;

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = defaultPort; ///< 0 picks a free port
    /// When not empty, each request must carry one of these keys (body `writeKey` or Basic auth).
    QList<QByteArray> writeKeys;
    qsizetype maxBatchBytes = 500 * 1024; ///< Segment's limit for /v1/batch, decompressed
    qsizetype maxEventBytes = 32 * 1024; ///< Segment's limit per event and per single call
    qint64 maxPendingBytes = 256 * 1024 * 1024; ///< answer 429 while this much waits for the store
    /*!
     * Feature flags the collector answers PostHog's `/flags/` and `/decide/` with (config key
     * `journey.collector.flags`), by flag key. Each value is in the normal form parseFeatureFlag() gives:
     * `{"enabled": bool}` plus `"variant": "name"` for a multivariate flag and `"payload": <any JSON>` when the
     * flag has one. Flags not listed here are unknown to the SDK (undefined / false).
     */
    QJsonObject featureFlags;
    /*!
     * Forwarding ("inspect in transit"): requests in a provider's format are passed on to this base URL and the
     * SDK gets the upstream's answer; the upstream exchange is stored beside the events. Keyed by the format's
     * source (eventSourceName: "segment", "mixpanel", …); filled from `journey.providers.<id>.forward`.
     */
    std::map<QByteArray, QUrl> forwardTargets;
    int forwardTimeoutMs = 15'000;

    /// Parses "HOST:PORT" ("[::1]:8787" for IPv6; ":8787" or "8787" mean 127.0.0.1).
    static bool parseListen(const QString& text, QString& host, quint16& port, QString* error);
    QString listenText() const;

    /*!
     * Reads one configured feature flag into its normal form (see featureFlags): `true` / `false`, a variant
     * name (`"test"`, enabled), or an object with `enabled` (bool, default true), `variant` (non-empty string)
     * and `payload` (any JSON). On a value of another shape returns false with \a error saying what is wrong,
     * without the key ("expected true, false, a variant name or an object, got a number").
     */
    static bool parseFeatureFlag(const QJsonValue& value, QJsonObject& flag, QString* error);
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::CollectorConfig)
