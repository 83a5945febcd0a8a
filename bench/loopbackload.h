// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

// Load for the collector benchmarks: keep-alive HTTP/1.1 connections to 127.0.0.1 that send prepared requests
// back to back, each waiting for the whole answer (as an SDK's HTTP agent does), plus per-thread CPU figures.

#include <QByteArray>

#include <atomic>
#include <map>
#include <vector>

namespace Journey::Bench {

/*!
 * One client connection to 127.0.0.1:\a port: sends \a requests in turn (round robin) until \a stop, reading
 * each answer whole. Counts \a eventsPerRequest in \a acknowledged for each answer with a 2xx status, and
 * every other answer or socket failure in \a failures.
 */
void runLoopbackClient(quint16 port, const std::vector<QByteArray>& requests, int eventsPerRequest,
    const std::atomic<bool>& stop, std::atomic<qint64>& acknowledged, std::atomic<qint64>& failures);

/// CPU seconds each thread of this process has used so far, by thread name (from /proc).
std::map<QByteArray, double> threadCpuSeconds();

} // namespace Journey::Bench
