// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "samplingrules.h"

#include "routerules.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <xxhash.h>

namespace Journey {

namespace {

bool isGlob(const QString& pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
}

} // namespace

double SamplingRules::bucketOf(const QString& personId)
{
    const QByteArray bytes = personId.toUtf8();
    const quint64 hash = XXH3_64bits_withSeed(bytes.constData(), size_t(bytes.size()), 0x4a6f75726e6579ull);
    return double(hash >> 11) / double(quint64(1) << 53);
}

SamplingRules::Decision SamplingRules::decide(EventType type, const QString& name, const QString& userId,
    const QString& anonymousId) const
{
    Decision decision;
    if (rules.isEmpty() || type == EventType::Identify || type == EventType::Group || type == EventType::Alias)
        return decision;
    const Rule* chosen = nullptr;
    for (const Rule& rule : rules) {
        if (!isGlob(rule.pattern) && rule.pattern == name) {
            chosen = &rule;
            break;
        }
    }
    if (!chosen) {
        qsizetype bestLiterals = -1;
        for (const Rule& rule : rules) {
            if (!isGlob(rule.pattern) || !RouteRules::globMatches(rule.pattern, name))
                continue;
            const qsizetype literals = rule.pattern.size() - rule.pattern.count(QLatin1Char('*')) - rule.pattern.count(QLatin1Char('?'));
            if (literals > bestLiterals) {
                bestLiterals = literals;
                chosen = &rule;
            }
        }
    }
    if (!chosen)
        return decision;
    decision.rate = chosen->rate;
    decision.rule = chosen->pattern;
    const QString person = anonymousId.isEmpty() ? userId : anonymousId;
    decision.kept = chosen->rate >= 1.0 || (chosen->rate > 0.0 && bucketOf(person) < chosen->rate);
    return decision;
}

bool SamplingRules::parse(const QJsonValue& value, const QString& key, SamplingRules& out, QString* error)
{
    out = SamplingRules();
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = tr("%1: expected an object of event name → rate between 0 and 1").arg(key);
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const double rate = it.value().toDouble(-1);
        if (!it.value().isDouble() || rate < 0 || rate > 1) {
            *error = tr("%1.%2: expected a rate between 0 and 1").arg(key, it.key());
            return false;
        }
        out.rules.append({ it.key(), rate });
    }
    return true;
}

} // namespace Journey
