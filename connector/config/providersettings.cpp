// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providersettings.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>

#include <memory>

namespace Journey {

namespace {

const QStringList& commonKeys()
{
    static const QStringList keys { QStringLiteral("enabled"), QStringLiteral("endpoint"), QStringLiteral("batch"),
        QStringLiteral("routes"), QStringLiteral("timeoutMs"), QStringLiteral("maxAttempts"), QStringLiteral("backoffMs"),
        QStringLiteral("maxBackoffMs"), QStringLiteral("concurrency"), QStringLiteral("forward"),
        QStringLiteral("forwardTo"), QStringLiteral("validation") };
    return keys;
}

bool readInt(const QJsonObject& object, const QString& member, const QString& key, int minimum, int maximum, int& out,
    QString* error)
{
    const QJsonValue value = object.value(member);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number)) || number < minimum || number > maximum) {
        *error = QCoreApplication::translate(
            "Journey::ProviderSettings", "%1.%2: expected a whole number between %3 and %4")
                     .arg(key, member)
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    out = int(number);
    return true;
}

} // namespace

QString validationModeName(ValidationMode mode)
{
    switch (mode) {
    case ValidationMode::Allow:
        return QStringLiteral("allow");
    case ValidationMode::OmitUnplannedProperties:
        return QStringLiteral("omit-unplanned-properties");
    case ValidationMode::Block:
        return QStringLiteral("block");
    }
    return QStringLiteral("allow");
}

std::optional<ValidationMode> validationModeFromName(QStringView name)
{
    for (ValidationMode mode :
        { ValidationMode::Allow, ValidationMode::OmitUnplannedProperties, ValidationMode::Block }) {
        if (name == validationModeName(mode))
            return mode;
    }
    return std::nullopt;
}

BatchLimits ProviderSettings::effectiveLimits() const
{
    BatchLimits limits = provider ? provider->limits() : BatchLimits();
    if (maxBatchEvents > 0)
        limits.maxEvents = qMin(limits.maxEvents, maxBatchEvents);
    if (maxBatchBytes > 0)
        limits.maxRequestBytes = qMin(limits.maxRequestBytes, maxBatchBytes);
    limits.maxEventBytes = qMin(limits.maxEventBytes, limits.maxRequestBytes);
    return limits;
}

QUrl ProviderSettings::forwardTarget() const
{
    if (!forwardTo.isEmpty())
        return forwardTo;
    return provider ? provider->endpoint() : endpoint;
}

bool ProviderSettings::parse(const QString& id, const QJsonObject& object, ProviderSettings& out, QString* error)
{
    const QString key = QStringLiteral("journey.providers.") + id;
    std::unique_ptr<Provider> provider = ProviderRegistry::create(id);
    if (!provider) {
        *error = tr("%1: unknown provider; expected one of: %2").arg(key, ProviderRegistry::ids().join(QLatin1String(", ")));
        return false;
    }
    ProviderSettings settings;
    settings.id = id;
    const QStringList ownKeys = provider->settingKeys();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (commonKeys().contains(it.key()))
            continue;
        if (!ownKeys.contains(it.key())) {
            QStringList expected = ownKeys;
            expected += commonKeys();
            *error = tr("%1.%2: unknown key; expected one of: %3").arg(key, it.key(), expected.join(QLatin1String(", ")));
            return false;
        }
        settings.options.insert(it.key(), it.value());
    }

    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool()) {
        *error = tr("%1.enabled: expected true or false").arg(key);
        return false;
    }
    settings.enabled = enabled.toBool(true);

    const QJsonValue endpoint = object.value(QLatin1String("endpoint"));
    if (!endpoint.isUndefined()) {
        const QUrl url(endpoint.toString(), QUrl::StrictMode);
        if (!endpoint.isString() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("%1.endpoint: expected an http:// or https:// base URL").arg(key);
            return false;
        }
        settings.endpoint = url;
    }

    const QJsonValue forward = object.value(QLatin1String("forward"));
    if (!forward.isUndefined() && !forward.isBool()) {
        *error = tr("%1.forward: expected true or false").arg(key);
        return false;
    }
    settings.forward = forward.toBool(false);
    const QJsonValue forwardTo = object.value(QLatin1String("forwardTo"));
    if (!forwardTo.isUndefined()) {
        const QUrl url(forwardTo.toString(), QUrl::StrictMode);
        if (!forwardTo.isString() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = tr("%1.forwardTo: expected an http:// or https:// base URL").arg(key);
            return false;
        }
        settings.forwardTo = url;
    }

    const QJsonValue batch = object.value(QLatin1String("batch"));
    if (!batch.isUndefined()) {
        if (!batch.isObject()) {
            *error = tr("%1.batch: expected an object with \"maxEvents\", \"maxKB\" and/or \"flushMs\"").arg(key);
            return false;
        }
        const QJsonObject batchObject = batch.toObject();
        for (auto it = batchObject.begin(); it != batchObject.end(); ++it) {
            if (it.key() != QLatin1String("maxEvents") && it.key() != QLatin1String("maxKB") && it.key() != QLatin1String("flushMs")) {
                *error = tr("%1.batch.%2: unknown key; expected one of: maxEvents, maxKB, flushMs").arg(key, it.key());
                return false;
            }
        }
        int maxKB = 0;
        if (!readInt(batchObject, QStringLiteral("maxEvents"), key + QStringLiteral(".batch"), 1, 100000, settings.maxBatchEvents, error)
            || !readInt(batchObject, QStringLiteral("maxKB"), key + QStringLiteral(".batch"), 1, 1024 * 1024, maxKB, error)
            || !readInt(batchObject, QStringLiteral("flushMs"), key + QStringLiteral(".batch"), 0, 3600000, settings.flushIntervalMs, error))
            return false;
        settings.maxBatchBytes = qint64(maxKB) * 1024;
    }
    if (!RouteRules::parse(object.value(QLatin1String("routes")), key + QStringLiteral(".routes"), settings.routes, error))
        return false;
    if (!readInt(object, QStringLiteral("timeoutMs"), key, 100, 600000, settings.timeoutMs, error)
        || !readInt(object, QStringLiteral("maxAttempts"), key, 1, 1000, settings.maxAttempts, error)
        || !readInt(object, QStringLiteral("backoffMs"), key, 1, 3600000, settings.backoffMs, error)
        || !readInt(object, QStringLiteral("maxBackoffMs"), key, 1, 86400000, settings.maxBackoffMs, error)
        || !readInt(object, QStringLiteral("concurrency"), key, 1, 64, settings.concurrency, error))
        return false;
    const QJsonValue validation = object.value(QLatin1String("validation"));
    if (!validation.isUndefined()) {
        const std::optional<ValidationMode> mode = validationModeFromName(validation.toString());
        if (!validation.isString() || !mode) {
            *error = tr("%1.validation: expected one of: %2, %3, %4")
                         .arg(key, validationModeName(ValidationMode::Allow),
                             validationModeName(ValidationMode::OmitUnplannedProperties),
                             validationModeName(ValidationMode::Block));
            return false;
        }
        settings.validationMode = *mode;
    }
    if (settings.maxBackoffMs < settings.backoffMs)
        settings.maxBackoffMs = settings.backoffMs;

    if (!provider->configure(settings.options, error))
        return false;
    provider->setEndpointOverride(settings.endpoint);
    settings.provider = ProviderPtr(std::move(provider));
    out = settings;
    return true;
}

} // namespace Journey
