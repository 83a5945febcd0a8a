// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturediffengine.h"

#include "analysis/analysissnapshotbuilder.h"
#include "analysis/funnelengine.h"
#include "analysis/propertycolumnbuilder.h"
#include "capture.h"
#include "captureprofiler.h"
#include "core/eventbatch.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Journey {

namespace {
using Kind = CaptureDiffFinding::Kind;

/// Changes are compared to thresholds with this slack: 0.4 − 0.5 is −0.09999999999999998, and a change of
/// exactly the threshold is not beyond it.
constexpr double slack = 1e-9;

bool beyond(double change, double threshold)
{
    return std::abs(change) > threshold + slack;
}

/// The paths that contain \a path, longest last: "properties.items" and "properties.items[]" for
/// "properties.items[].price".
QStringList ancestorsOf(const QString& path)
{
    QStringList out;
    // The first part ("properties", "traits") is the root, not a property.
    const qsizetype rootEnd = path.indexOf(QLatin1Char('.'));
    for (qsizetype i = rootEnd + 1; i > 0 && i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.') || (c == QLatin1Char('[') && path.mid(i, 2) == QLatin1String("[]")))
            out.append(path.left(i));
    }
    return out;
}

QJsonArray typeArray(quint8 types)
{
    return QJsonArray::fromStringList(CaptureProfile::typeNames(types));
}

/// Runs the funnel over \a events alone: a snapshot of its own, with ids in capture order for ties.
bool funnelOf(const EventBatch& events, const FunnelQuery& query, FunnelResult& out, QString* error,
    const std::atomic<bool>* cancel)
{
    EventBatch numbered = events;
    numbered.assignIds(1);
    AnalysisSnapshotBuilder builder(true);
    builder.add(numbered);
    AnalysisSnapshot snapshot = builder.snapshot();
    for (const QString& path : query.propertyPaths()) {
        std::shared_ptr<const PropertyColumn> column;
        {
            PropertyColumnBuilder columns(snapshot, path);
            columns.add(numbered);
            column = columns.finish();
        }
        snapshot = snapshot.withProperty(std::move(column));
    }
    return FunnelEngine::run(snapshot, query, out, error, cancel);
}

CaptureDiffFinding makeFinding(Kind kind, const CaptureDiffOptions& options, const QString& event, const QString& type)
{
    CaptureDiffFinding finding;
    finding.kind = kind;
    finding.severity = options.fails(kind) ? CaptureDiffFinding::Severity::Error : CaptureDiffFinding::Severity::Info;
    finding.event = event;
    finding.type = type;
    return finding;
}

void compareProperties(const CaptureProfile::Event& a, const CaptureProfile::Event& b,
    const CaptureDiffOptions& options, const QString& type, QList<CaptureDiffFinding>& out)
{
    // Paths of both, in order: QMap keeps them sorted, so an ancestor comes before what it contains.
    QStringList paths;
    {
        auto left = a.properties.keyBegin();
        auto right = b.properties.keyBegin();
        while (left != a.properties.keyEnd() || right != b.properties.keyEnd()) {
            if (right == b.properties.keyEnd() || (left != a.properties.keyEnd() && *left < *right))
                paths.append(*left++);
            else if (left == a.properties.keyEnd() || *right < *left)
                paths.append(*right++);
            else {
                paths.append(*left++);
                ++right;
            }
        }
    }

    // Structural changes (added, removed, retyped) by path: what is below one of them and is itself added
    // or removed is folded into the topmost one.
    QHash<QString, qsizetype> structural; ///< path → index of its finding in out
    for (const QString& path : std::as_const(paths)) {
        if (options.ignoresProperty(path))
            continue;
        const auto inA = a.properties.constFind(path);
        const auto inB = b.properties.constFind(path);
        const bool hasA = inA != a.properties.constEnd();
        const bool hasB = inB != b.properties.constEnd();
        const double coverageA = hasA ? double(inA->events) / double(a.count) : 0.0;
        const double coverageB = hasB ? double(inB->events) / double(b.count) : 0.0;

        if (!hasA || !hasB) {
            qsizetype folder = -1;
            for (const QString& ancestor : ancestorsOf(path)) {
                const auto found = structural.constFind(ancestor);
                if (found != structural.constEnd()) {
                    folder = found.value();
                    break;
                }
            }
            if (folder >= 0) {
                ++out[folder].nested;
                continue;
            }
            CaptureDiffFinding finding
                = makeFinding(hasB ? Kind::PropertyAdded : Kind::PropertyRemoved, options, a.key, type);
            finding.property = path;
            finding.before = coverageA;
            finding.after = coverageB;
            finding.change = (coverageB - coverageA) * 100;
            finding.unit = CaptureDiffFinding::Unit::Points;
            structural.insert(path, out.size());
            out.append(finding);
            continue;
        }

        if (inA->types != inB->types) {
            CaptureDiffFinding finding = makeFinding(Kind::TypeChanged, options, a.key, type);
            finding.property = path;
            finding.before = typeArray(inA->types);
            finding.after = typeArray(inB->types);
            bool folded = false;
            for (const QString& ancestor : ancestorsOf(path)) {
                if (structural.contains(ancestor)) {
                    folded = true;
                    break;
                }
            }
            if (!folded)
                structural.insert(path, out.size());
            out.append(finding);
        }

        const double points = (coverageB - coverageA) * 100;
        std::optional<Kind> coverageKind;
        if (inA->events == a.count && inB->events < b.count)
            coverageKind = Kind::RequiredCoverageDrop;
        else if (beyond(points, options.coveragePoints))
            coverageKind = points < 0 ? Kind::CoverageDrop : Kind::CoverageRise;
        if (coverageKind) {
            CaptureDiffFinding finding = makeFinding(*coverageKind, options, a.key, type);
            finding.property = path;
            finding.before = coverageA;
            finding.after = coverageB;
            finding.change = points;
            finding.unit = CaptureDiffFinding::Unit::Points;
            out.append(finding);
        }
    }
}
} // namespace

void CaptureDiffEngine::compareProfiles(const CaptureProfile& baseline, const CaptureProfile& candidate,
    const CaptureDiffOptions& options, CaptureDiff& out)
{
    out.options = options;
    out.baseline.events = baseline.totalEvents;
    out.candidate.events = candidate.totalEvents;
    out.events.clear();
    out.findings.erase(std::remove_if(out.findings.begin(), out.findings.end(),
                           [](const CaptureDiffFinding& finding) { return finding.step == 0; }),
        out.findings.end());

    QStringList keys = baseline.events.keys();
    for (const QString& key : candidate.events.keys()) {
        if (!baseline.events.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());

    QList<CaptureDiffFinding> findings;
    for (const QString& key : std::as_const(keys)) {
        if (options.ignoresEvent(key))
            continue;
        const CaptureProfile::Event* a = baseline.event(key);
        const CaptureProfile::Event* b = candidate.event(key);
        CaptureDiff::EventRow row;
        row.event = key;
        row.type = CaptureProfile::typeName((a ? a : b)->type);
        row.before = a ? a->count : 0;
        row.after = b ? b->count : 0;
        QSet<QString> paths;
        for (const CaptureProfile::Event* side : { a, b }) {
            if (!side)
                continue;
            for (auto it = side->properties.keyBegin(); it != side->properties.keyEnd(); ++it) {
                if (!options.ignoresProperty(*it))
                    paths.insert(*it);
            }
        }
        row.properties = int(paths.size());

        if (!a || !b) {
            CaptureDiffFinding finding = makeFinding(a ? Kind::EventRemoved : Kind::EventAdded, options, key, row.type);
            finding.before = double(row.before);
            finding.after = double(row.after);
            findings.append(finding);
            out.events.append(row);
            continue;
        }

        double change = 0;
        if (options.normalizeVolume) {
            const double shareA = double(a->count) / double(std::max<qint64>(1, baseline.totalEvents));
            const double shareB = double(b->count) / double(std::max<qint64>(1, candidate.totalEvents));
            change = (shareB - shareA) / shareA * 100;
        } else {
            change = double(b->count - a->count) / double(a->count) * 100;
        }
        row.change = change;
        if (std::max(a->count, b->count) >= options.minimumEvents && beyond(change, options.volumePercent)) {
            CaptureDiffFinding finding = makeFinding(Kind::VolumeChange, options, key, row.type);
            finding.before = double(a->count);
            finding.after = double(b->count);
            finding.change = change;
            finding.unit = CaptureDiffFinding::Unit::Percent;
            finding.ofShare = options.normalizeVolume;
            findings.append(finding);
        }
        compareProperties(*a, *b, options, row.type, findings);
        out.events.append(row);
    }
    // Profile findings first, the funnel's after them.
    out.findings = findings + out.findings;
}

bool CaptureDiffEngine::run(const EventBatch& baseline, const EventBatch& candidate, const CaptureDiffOptions& options,
    CaptureDiff& out, QString* error, const std::atomic<bool>* cancel)
{
    if (!options.check(error))
        return false;
    const auto cancelled = [&] {
        if (cancel && cancel->load()) {
            *error = tr("cancelled");
            return true;
        }
        return false;
    };
    CaptureProfiler profilerA;
    CaptureProfiler profilerB;
    if (!profilerA.add(baseline, cancel) || !profilerB.add(candidate, cancel) || cancelled())
        return false;
    out.findings.clear();
    out.funnel.clear();
    out.notes.clear();
    compareProfiles(profilerA.profile(), profilerB.profile(), options, out);
    if (!options.hasFunnel())
        return true;

    const FunnelQuery query = options.funnelQuery();
    FunnelResult before;
    FunnelResult after;
    if (!funnelOf(baseline, query, before, error, cancel) || !funnelOf(candidate, query, after, error, cancel))
        return false;
    if (cancelled())
        return false;
    for (qsizetype i = 0; i < query.steps.size(); ++i) {
        CaptureDiff::FunnelStep step;
        step.step = int(i + 1);
        step.event = query.steps[i].toString();
        step.usersBefore = before.steps.value(i).users;
        step.usersAfter = after.steps.value(i).users;
        step.fromFirstBefore = before.steps.value(i).conversionFromFirst;
        step.fromFirstAfter = after.steps.value(i).conversionFromFirst;
        step.conversionBefore = before.steps.value(i).conversionFromPrevious;
        step.conversionAfter = after.steps.value(i).conversionFromPrevious;
        out.funnel.append(step);
        const QString& key = query.steps[i].event;
        const bool known = std::any_of(out.events.cbegin(), out.events.cend(),
            [&key](const CaptureDiff::EventRow& row) { return row.event == key; });
        if (!known)
            out.notes.append(tr("Funnel step %1 (%2): neither capture has this event.").arg(i + 1).arg(key));
        if (i == 0)
            continue;
        const qint64 previousBefore = before.steps.value(i - 1).users;
        const qint64 previousAfter = after.steps.value(i - 1).users;
        if (previousBefore == 0 || previousAfter == 0) {
            const QString text = previousBefore == 0 && previousAfter == 0
                ? tr("Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in either capture.")
                : previousBefore == 0
                ? tr("Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the baseline.")
                : tr("Funnel step %1 (%2): no conversion to compare, nobody reached step %3 in the candidate.");
            out.notes.append(text.arg(i + 1).arg(step.event).arg(i));
            continue;
        }
        const double points = (step.conversionAfter - step.conversionBefore) * 100;
        if (!beyond(points, options.conversionPoints))
            continue;
        CaptureDiffFinding finding = makeFinding(
            points < 0 ? Kind::ConversionDrop : Kind::ConversionRise, options, step.event, QStringLiteral("funnel"));
        finding.step = step.step;
        finding.before = step.conversionBefore;
        finding.after = step.conversionAfter;
        finding.change = points;
        finding.unit = CaptureDiffFinding::Unit::Points;
        out.findings.append(finding);
    }
    return true;
}

bool CaptureDiffEngine::run(const Capture& baseline, const Capture& candidate, const CaptureDiffOptions& options,
    CaptureDiff& out, QString* error, const std::atomic<bool>* cancel)
{
    out.baseline.name = baseline.info.name;
    out.candidate.name = candidate.info.name;
    return run(baseline.events(), candidate.events(), options, out, error, cancel);
}

} // namespace Journey
