// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "posthogflagresponder.h"

#include "config/collectorconfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Journey {

PostHogFlagResponder::PostHogFlagResponder(const QJsonObject& flags)
{
    int id = 0;
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        QJsonObject normal;
        QString error;
        // JourneyConfig has checked the configuration; a value that does not read is left out.
        if (it.key().isEmpty() || !CollectorConfig::parseFeatureFlag(it.value(), normal, &error))
            continue;
        Flag flag;
        flag.key = it.key();
        flag.enabled = normal.value(QLatin1String("enabled")).toBool();
        flag.variant = normal.value(QLatin1String("variant")).toString();
        const QJsonValue payload = normal.value(QLatin1String("payload"));
        if (!payload.isUndefined() && !payload.isNull())
            flag.payload = payload;
        flag.id = ++id;
        m_flags.append(flag);
    }
}

QString PostHogFlagResponder::payloadText(const QJsonValue& payload)
{
    // QJsonDocument writes only objects and arrays: write the value inside an array and take the brackets off.
    const QByteArray text = QJsonDocument(QJsonArray { payload }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QJsonObject PostHogFlagResponder::detail(const Flag& flag) const
{
    QJsonObject reason;
    if (flag.enabled) {
        reason.insert(QStringLiteral("code"), QStringLiteral("condition_match"));
        reason.insert(QStringLiteral("condition_index"), 0);
        reason.insert(QStringLiteral("description"), QStringLiteral("Matched condition set 1"));
    } else {
        reason.insert(QStringLiteral("code"), QStringLiteral("no_condition_match"));
        reason.insert(QStringLiteral("condition_index"), 0);
        reason.insert(QStringLiteral("description"), QStringLiteral("No matching condition set"));
    }
    QJsonObject metadata;
    metadata.insert(QStringLiteral("id"), flag.id);
    metadata.insert(QStringLiteral("version"), 1);
    metadata.insert(QStringLiteral("payload"), flag.payload ? QJsonValue(payloadText(*flag.payload)) : QJsonValue());
    QJsonObject detail;
    detail.insert(QStringLiteral("key"), flag.key);
    detail.insert(QStringLiteral("enabled"), flag.enabled);
    detail.insert(QStringLiteral("variant"), flag.variant.isEmpty() ? QJsonValue() : QJsonValue(flag.variant));
    detail.insert(QStringLiteral("reason"), reason);
    detail.insert(QStringLiteral("metadata"), metadata);
    return detail;
}

QJsonObject PostHogFlagResponder::answer(Api api, std::optional<int> version,
    const std::optional<QStringList>& onlyKeys, const QString& requestId, qint64 evaluatedAtMs) const
{
    const bool detailed = api == Api::Flags ? version.value_or(1) >= 2 : version.value_or(3) >= 4;
    const bool legacy = api == Api::Decide || version.value_or(1) < 2;

    QJsonObject details;
    QJsonObject values;
    QJsonObject payloads;
    for (const Flag& flag : m_flags) {
        if (onlyKeys && !onlyKeys->contains(flag.key))
            continue;
        if (detailed)
            details.insert(flag.key, detail(flag));
        values.insert(flag.key, flag.variant.isEmpty() ? QJsonValue(flag.enabled) : QJsonValue(flag.variant));
        if (flag.enabled && flag.payload)
            payloads.insert(flag.key, payloadText(*flag.payload));
    }

    QJsonObject answer;
    if (legacy) {
        answer.insert(QStringLiteral("featureFlags"), values);
        answer.insert(QStringLiteral("featureFlagPayloads"), payloads);
    }
    if (detailed)
        answer.insert(QStringLiteral("flags"), details);
    answer.insert(QStringLiteral("errorsWhileComputingFlags"), false);
    answer.insert(QStringLiteral("requestId"), requestId);
    if (detailed)
        answer.insert(QStringLiteral("evaluatedAt"), evaluatedAtMs);
    return answer;
}

} // namespace Journey
