// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventtype.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Journey {

/*!
 * `journey.sampling`: a rate between 0 and 1 per event name (globs allowed). An exact name wins; otherwise the
 * matching glob with the most literal characters (the most specific) decides, so `"Debug *"` beats `"*"`
 * whatever the order in the file (JSON objects have none):
 *
 *     "sampling": {"Page Viewed": 0.1, "Scroll *": 0.01, "*": 1}
 *
 * The decision is deterministic per person: the same anonymousId (or userId when there is none) is always in
 * or always out for a given rate, so a sampled person's journey stays whole. Identify, group and alias calls
 * are never sampled: dropping them would break identity merging for the events that are kept.
 */
struct SamplingRules
{
    Q_DECLARE_TR_FUNCTIONS(Journey::SamplingRules)

public:
    struct Rule
    {
        QString pattern;
        double rate = 1.0;
    };

    struct Decision
    {
        bool kept = true;
        double rate = 1.0;
        QString rule; ///< the pattern that decided; empty when no rule applied
    };

    QList<Rule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    Decision decide(EventType type, const QString& name, const QString& userId, const QString& anonymousId) const;

    /// The position in [0, 1) of a person for sampling: compared with the rate to decide.
    static double bucketOf(const QString& personId);
    static bool parse(const QJsonValue& value, const QString& key, SamplingRules& out, QString* error);
};

} // namespace Journey
