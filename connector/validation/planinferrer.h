// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trackingplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <vector>

namespace Journey {

/*!
 * Infers a TrackingPlan from captured traffic: the fastest way to start a plan. add() takes canonical Segment Spec
 * messages one by one and keeps only statistics (per event, per property path: how often each JSON type was seen,
 * which keys objects had, the distinct strings while they are few), never the messages. plan() turns them into one
 * rule per track event, page and screen name, and an identify and a group rule when such calls were seen.
 *
 * Each rule's schema is a draft-07 object schema that the traffic it was inferred from passes without any
 * violation, unplanned properties included, when checked by PlanValidator (docs/TRACKING-PLAN.md, "Inferring a
 * plan"):
 * - `type`: every JSON type seen, one name or a list (`["string", "null"]`). A number is `integer` only when every
 *   number seen was a whole number that valijson takes as an integer (within 32-bit range: its Qt adapter
 *   checks QJsonValue::toInt()), otherwise `number`.
 * - `required`: the members present in every occurrence of the object (a call without `properties` counts as
 *   `{}`, as PlanValidator checks it), sorted.
 * - `enum`: the exact strings seen (plus `null` when null was seen), only when the value was never anything but a
 *   string or null, was seen as a string at least Options::minOccurrencesForEnum times and took at most
 *   Options::maxEnumValues distinct values. The occurrence threshold keeps a property seen a few times from
 *   getting an enum that would reject the next new value.
 * - objects (`properties`, `required`) and arrays (`items`, describing every element seen) down to
 *   Options::maxDepth; deeper ones are only `{"type": "object"}` or `{"type": "array"}`.
 *
 * Alias calls and calls without a name (a track call without `event`, a page or screen without `name`) are
 * skipped: a plan file cannot name them.
 */
class PlanInferrer
{
    Q_DECLARE_TR_FUNCTIONS(Journey::PlanInferrer)

public:
    /// How deep statistics are kept; Options::maxDepth is capped to it.
    static constexpr int maxCollectedDepth = 16;
    /// How many distinct strings are kept per property path; Options::maxEnumValues is capped to it.
    static constexpr int maxTrackedValues = 100;
    /// A longer string never makes an enum (it is text, not a category), and is not kept.
    static constexpr int maxEnumValueLength = 200;

    struct Options
    {
        QString name = tr("Inferred plan");
        QString version = QStringLiteral("1");
        TrackingPlan::Policy unplannedEvents = TrackingPlan::Policy::Warn;
        TrackingPlan::Policy unplannedProperties = TrackingPlan::Policy::Warn;
        /// A string property gets an enum only with at most this many distinct values (0: never).
        int maxEnumValues = 10;
        /// … and only when it was seen as a string at least this many times.
        int minOccurrencesForEnum = 20;
        /// Nesting described: a property of `properties` (`traits`) is at depth 1, its members or elements at 2, …
        /// An object or array deeper than this is described by its type only.
        int maxDepth = 3;
    };

    /// Takes the statistics of one canonical message (track, page, screen, identify, group; others are skipped).
    void add(const QJsonObject& message);
    /// How many messages went into the statistics (skipped ones not counted).
    int eventCount() const { return m_eventCount; }
    /// Forgets everything added.
    void clear();

    /// The plan inferred from everything added so far, with default options.
    TrackingPlan plan() const;
    TrackingPlan plan(const Options& options) const;

private:
    /// What was seen at one path (a property, a member of it, the elements of an array, …).
    struct Node
    {
        int nulls = 0;
        int booleans = 0;
        int integers = 0; ///< whole numbers valijson takes as integers
        int numbers = 0; ///< all other numbers
        int strings = 0;
        int objects = 0;
        int arrays = 0;
        QHash<QString, int> members; ///< object members by name → index in m_nodes
        int items = -1; ///< the elements of arrays → index in m_nodes; -1 when no element was seen
        QSet<QString> values; ///< the distinct strings, while there are at most maxTrackedValues of them
        bool enumerable = true; ///< false once too many or too long strings were seen
        int count() const { return nulls + booleans + integers + numbers + strings + objects + arrays; }
    };
    /// What was seen for one rule: the node of its `properties` (`traits`) and how many calls.
    struct Seen
    {
        int root = -1;
        int count = 0;
    };

    void addTo(Seen& seen, const QJsonObject& message, const QString& member);
    void addValue(int node, const QJsonValue& value, int depth);
    int memberNode(int parent, const QString& name);
    int itemsNode(int parent);
    QJsonObject schemaOf(int node, int depth, const Options& options) const;
    TrackingPlan::Rule ruleOf(const Seen& seen, const Options& options) const;

    std::vector<Node> m_nodes;
    QHash<QString, Seen> m_events;
    QHash<QString, Seen> m_pages;
    QHash<QString, Seen> m_screens;
    Seen m_identify;
    Seen m_group;
    int m_eventCount = 0;
};

} // namespace Journey
