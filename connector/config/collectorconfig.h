// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

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

    /// Parses "HOST:PORT" ("[::1]:8787" for IPv6; ":8787" or "8787" mean 127.0.0.1).
    static bool parseListen(const QString& text, QString& host, quint16& port, QString* error);
    QString listenText() const;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::CollectorConfig)
