// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Journey {

/*!
 * One difference CaptureDiffEngine found between a baseline capture (A) and a candidate (B); docs/CAPTURES.md
 * ("Capture diff") defines each kind, its before/after values and its threshold. Findings of kinds with a
 * threshold exist only beyond it; the severity is Error when the options make the kind fail the diff, else
 * Info.
 */
struct CaptureDiffFinding
{
    Q_DECLARE_TR_FUNCTIONS(Journey::CaptureDiffFinding)

public:
    enum class Kind {
        EventAdded, ///< before/after: event counts (0 → n)
        EventRemoved, ///< event counts (n → 0)
        PropertyAdded, ///< coverage (0 → share of B's events of the key)
        PropertyRemoved, ///< coverage (share of A's events → 0)
        TypeChanged, ///< the JSON type sets (["number"] → ["string"])
        RequiredCoverageDrop, ///< coverage: on every event of the key in A, on fewer in B
        CoverageDrop, ///< coverage fell by more than the coverage threshold (points)
        CoverageRise, ///< coverage rose by more than the coverage threshold (points)
        VolumeChange, ///< event counts; change = relative change in percent (of shares with normalisation)
        ConversionDrop, ///< step conversion (from the previous step) fell by more than the threshold (points)
        ConversionRise, ///< step conversion rose by more than the threshold (points)
    };
    enum class Severity { Info, Error };
    enum class Unit { None, Percent, Points };

    Kind kind = Kind::EventAdded;
    Severity severity = Severity::Info;
    QString event; ///< the event key (for a funnel finding: the step's event as written)
    QString type; ///< the call type of the event key ("track", "page", …; "funnel" for a funnel step)
    QString property; ///< the property path, for property findings
    int step = 0; ///< the funnel step (1-based), 0 for the other findings
    QJsonValue before;
    QJsonValue after;
    double change = 0; ///< in unit: the relative volume change in percent, or percentage points
    Unit unit = Unit::None;
    int nested = 0; ///< added/removed/retyped paths below property that are folded into this finding
    bool ofShare = false; ///< a volume change of the key's share of all events (CaptureDiffOptions::normalizeVolume)

    bool isError() const { return severity == Severity::Error; }
    /// What changed, for people: "properties.coupon is gone (was on 100% of events)".
    QString message() const;
    /// A value of before/after as people read it ("42 events", "87.5%", "number, string").
    QString valueText(const QJsonValue& value) const;
    QJsonObject toJson() const;

    static QList<Kind> allKinds();
    /// "event-added", "type-changed", … (stable: the JSON report and thresholds files use them).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    /// The kind for people ("Event added").
    static QString kindTitle(Kind kind);
    static QString severityName(Severity severity);
    static QString unitName(Unit unit);
};

} // namespace Journey
