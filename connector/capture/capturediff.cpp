// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturediff.h"

#include <algorithm>

namespace Journey {

bool CaptureDiff::hasDrift() const
{
    return errorCount() > 0;
}

int CaptureDiff::errorCount() const
{
    return int(std::count_if(
        findings.cbegin(), findings.cend(), [](const CaptureDiffFinding& finding) { return finding.isError(); }));
}

int CaptureDiff::infoCount() const
{
    return int(findings.size()) - errorCount();
}

QMap<CaptureDiffFinding::Kind, int> CaptureDiff::countsByKind() const
{
    QMap<CaptureDiffFinding::Kind, int> counts;
    for (const CaptureDiffFinding& finding : findings)
        ++counts[finding.kind];
    return counts;
}

QList<CaptureDiffFinding> CaptureDiff::findingsOf(const QString& event) const
{
    QList<CaptureDiffFinding> out;
    for (const CaptureDiffFinding& finding : findings) {
        if (finding.step == 0 && finding.event == event)
            out.append(finding);
    }
    return out;
}

QList<CaptureDiffFinding> CaptureDiff::findingsOfStep(int step) const
{
    QList<CaptureDiffFinding> out;
    for (const CaptureDiffFinding& finding : findings) {
        if (finding.step == step)
            out.append(finding);
    }
    return out;
}

} // namespace Journey
