// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsendpointmatcher.h"
#include "capture.h"
#include "config/collectorconfig.h"
#include "harentry.h"
#include "harimportreport.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Journey {

/*!
 * Imports a HAR file (a browser devtools export, docs/CAPTURES.md#har-import) as a Capture: each request to an
 * analytics provider's ingestion host (AnalyticsEndpointMatcher) is decoded by the collector's own decoder for
 * that provider, exactly as if the SDK had sent it to the collector, and kept with the events it carried. Bodies
 * may be plain, form-encoded, JSON, base64 (`postData.encoding`) or gzip; query-string payloads (gtag.js
 * `/g/collect`, Mixpanel `GET ?data=`) are read too. Requests to other hosts are counted and listed, never guessed
 * at; requests a decoder refuses are listed with its reason. Secrets (write keys, tokens, api_secret, Basic
 * credentials) are masked in everything kept, as the collector masks them; cookies are dropped.
 *
 * No QObject and no shared state: run it on a worker thread. Options::cancel stops it between requests and
 * Options::progress reports how far it got (called on the importing thread).
 */
class HarImporter
{
    Q_DECLARE_TR_FUNCTIONS(Journey::HarImporter)

public:
    struct Options
    {
        /// The capture's name; empty: the file's base name.
        QString name;
        /// Which hosts are analytics hosts: the providers' own, plus any added (`addHostSpec("dp.example.com=rudderstack")`).
        AnalyticsEndpointMatcher endpoints;
        /// Limits and options for the decoders (the collector's configuration; defaults are the providers' limits).
        CollectorConfig collector;
        /// Configured keys: masked wherever they appear, as the collector masks them.
        QByteArrayList knownSecrets;
        /// Set from another thread to stop; import() then returns false with a "cancelled" error.
        const std::atomic_bool* cancel = nullptr;
        /// Called with (requests done, requests in the file) as the import goes on, about a hundred times at most.
        std::function<void(int done, int total)> progress;
    };

    HarImporter();
    explicit HarImporter(Options options);

    const Options& options() const { return m_options; }
    Options& options() { return m_options; }

    /*!
     * Imports the HAR file at \a path into \a capture (cleared first; info.name, origin "har:<file name>",
     * createdAt set) and describes it in \a report. Returns false with \a error when the file cannot be read, is
     * not HAR, has a malformed entry (the error names it: "log.entries[12].request.postData: …"), or the import
     * was cancelled; \a capture is then empty. A file without any analytics request is not an error: the report
     * says so (HarImportReport::hasImports()).
     */
    bool importFile(const QString& path, Capture& capture, HarImportReport& report, QString* error);
    /// As importFile(), from the file's bytes; \a fileName is what the capture's origin and the report call it.
    bool importData(const QByteArray& har, const QString& fileName, Capture& capture, HarImportReport& report,
        QString* error);
    /// The last call stopped because Options::cancel was set.
    bool wasCancelled() const { return m_cancelled; }

private:
    bool importEntries(const QList<HarEntry>& entries, Capture& capture, HarImportReport& report, QString* error);

    Options m_options;
    bool m_cancelled = false;
};

} // namespace Journey
