// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storecapturebuilder.h"

#include "store/storereader.h"

#include <QHash>

namespace Journey {

namespace {

constexpr int pageSize = 10000;

} // namespace

bool StoreCaptureBuilder::build(const QString& storePath, const EventFilter& filter, const Range& range, Capture& out,
    QString* error, const std::atomic<bool>* cancel)
{
    StoreReader reader(storePath);
    if (!reader.open(true, error))
        return false;

    Capture capture;
    capture.info = out.info;
    if (capture.info.origin.isEmpty())
        capture.info.origin = QStringLiteral("store");

    QHash<qint64, std::optional<CapturedRequest>> requests; // by store id; nullopt: not found
    auto requestFor = [&](qint64 id) -> const std::optional<CapturedRequest>& {
        auto it = requests.find(id);
        if (it == requests.end()) {
            QString ignored;
            const std::optional<StoredRequest> stored = reader.request(id, &ignored);
            it = requests.insert(id, stored ? std::optional(CapturedRequest::fromStored(*stored)) : std::nullopt);
        }
        return *it;
    };

    qint64 afterId = range.afterId;
    bool done = false;
    while (!done) {
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("cancelled");
            return false;
        }
        EventBatch page;
        if (!reader.readForward(filter, afterId, pageSize, page, error))
            return false;
        int usable = page.size();
        for (int i = 0; i < page.size(); ++i) {
            const bool beyondRange = range.upToId > 0 && page.id(i) > range.upToId;
            const bool beyondLimit = range.maxEvents > 0 && capture.eventCount() + i >= range.maxEvents;
            if (beyondRange || beyondLimit) {
                usable = i;
                done = true;
                break;
            }
        }
        if (page.size() < pageSize)
            done = true;
        if (usable > 0)
            afterId = page.id(usable - 1);

        // Consecutive events of one request become that request's events in the capture.
        int i = 0;
        while (i < usable) {
            const qint64 requestId = page.requestId(i);
            int end = i + 1;
            if (requestId > 0) {
                while (end < usable && page.requestId(end) == requestId)
                    ++end;
                const std::optional<CapturedRequest>& request = requestFor(requestId);
                if (request) {
                    // A request whose events span two pages continues in the previous capture request.
                    const int last = capture.requestCount() - 1;
                    if (last >= 0 && capture.eventCount() > 0 && capture.requestIndex(capture.eventCount() - 1) == last
                        && capture.events().requestId(capture.eventCount() - 1) == requestId) {
                        capture.extendLastRequest(page, i, end - i);
                    } else {
                        capture.addRequest(*request, page, i, end - i);
                    }
                    i = end;
                    continue;
                }
            }
            for (int k = i; k < end; ++k)
                capture.addEvent(page, k);
            i = end;
        }
    }
    out = std::move(capture);
    return true;
}

} // namespace Journey
