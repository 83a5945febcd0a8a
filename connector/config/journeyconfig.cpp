// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "journeyconfig.h"

#include "core/jsontypename.h"
#include "core/secretmasker.h"
#include "providers/providerregistry.h"
#include "validation/providerlinter.h"

#include <QCoreApplication>

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace Journey {

namespace {

// Replaces ${NAME} with the environment variable NAME; `$$` stands for `$`.
bool expand(const QString& text, const QString& key, QString& out, QString* error)
{
    out.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('$')) {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('$')) {
            out += QLatin1Char('$');
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                *error
                    = QCoreApplication::translate("Journey::JourneyConfig", "%1: '${' without a closing '}'").arg(key);
                return false;
            }
            const QString name = text.mid(i + 2, close - i - 2);
            if (name.isEmpty()) {
                *error = QCoreApplication::translate("Journey::JourneyConfig", "%1: empty variable name in '${}'")
                             .arg(key);
                return false;
            }
            if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
                *error = QCoreApplication::translate(
                    "Journey::JourneyConfig", "%1: the environment variable %2 is not set")
                             .arg(key, name);
                return false;
            }
            out += qEnvironmentVariable(name.toLocal8Bit().constData());
            i = close;
            continue;
        }
        out += c;
    }
    return true;
}

// Expands every string in a JSON value, recording values under secret-looking keys.
bool expandValue(const QJsonValue& value, const QString& key, QJsonValue& out, QStringList& secrets, QString* error)
{
    if (value.isString()) {
        QString expanded;
        if (!expand(value.toString(), key, expanded, error))
            return false;
        const QString leaf = key.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
        if (SecretMasker::isSecretKey(leaf.toUtf8()) && !expanded.isEmpty())
            secrets.append(expanded);
        out = expanded;
        return true;
    }
    if (value.isArray()) {
        QJsonArray array;
        const QJsonArray input = value.toArray();
        for (qsizetype i = 0; i < input.size(); ++i) {
            QJsonValue item;
            if (!expandValue(input.at(i), QStringLiteral("%1[%2]").arg(key).arg(i), item, secrets, error))
                return false;
            array.append(item);
        }
        out = array;
        return true;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject input = value.toObject();
        for (auto it = input.begin(); it != input.end(); ++it) {
            QJsonValue item;
            if (!expandValue(it.value(), key + QLatin1Char('.') + it.key(), item, secrets, error))
                return false;
            object.insert(it.key(), item);
        }
        out = object;
        return true;
    }
    out = value;
    return true;
}

bool unknownKeys(const QJsonObject& object, const QString& path, const QStringList& known, QString* error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate("Journey::JourneyConfig", "%1.%2: unknown key; expected one of: %3")
                         .arg(path, it.key(), known.join(QLatin1String(", ")));
            return true;
        }
    }
    return false;
}

bool wrongType(const QJsonValue& value, QJsonValue::Type expected, const QString& key, const QString& expectedName,
    QString* error)
{
    if (value.isUndefined() || value.type() == expected)
        return false;
    *error = QCoreApplication::translate("Journey::JourneyConfig", "%1: expected %2, got %3")
                 .arg(key, expectedName, jsonTypeName(value));
    return true;
}

} // namespace

QStringList JourneyConfig::providerNames()
{
    return ProviderRegistry::ids();
}

const ProviderSettings* JourneyConfig::settingsFor(const QString& id) const
{
    for (const ProviderSettings& settings : providerSettings) {
        if (settings.id == id)
            return &settings;
    }
    return nullptr;
}

bool JourneyConfig::parse(const QByteArray& text, const QString& origin, JourneyConfig& out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        *error = tr("%1:%2:%3: malformed JSON: %4").arg(origin).arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1: expected a JSON object with a \"journey\" member").arg(origin);
        return false;
    }
    const QJsonObject root = document.object();
    QString reason;
    const auto failed = [&](const QString& message) {
        *error = tr("%1: %2").arg(origin, message);
        return false;
    };
    if (unknownKeys(root, QString(), { QStringLiteral("journey") }, &reason))
        return failed(reason.mid(1));
    if (wrongType(root.value(QLatin1String("journey")), QJsonValue::Object, QStringLiteral("journey"),
            QStringLiteral("an object"), &reason))
        return failed(reason);

    QJsonValue expandedJourney;
    QStringList secrets;
    if (!expandValue(root.value(QLatin1String("journey")).toObject(), QStringLiteral("journey"), expandedJourney, secrets,
            &reason))
        return failed(reason);
    const QJsonObject journey = expandedJourney.toObject();
    if (unknownKeys(journey, QStringLiteral("journey"),
            { QStringLiteral("enabled"), QStringLiteral("collector"), QStringLiteral("provider"),
                QStringLiteral("providers"), QStringLiteral("sampling"), QStringLiteral("queue"),
                QStringLiteral("validation") },
            &reason))
        return failed(reason);

    JourneyConfig config;
    config.knownSecrets = secrets;
    if (wrongType(journey.value(QLatin1String("enabled")), QJsonValue::Bool, QStringLiteral("journey.enabled"),
            QStringLiteral("true or false"), &reason))
        return failed(reason);
    config.enabled = journey.value(QLatin1String("enabled")).toBool(true);

    const QJsonValue collectorValue = journey.value(QLatin1String("collector"));
    if (wrongType(collectorValue, QJsonValue::Object, QStringLiteral("journey.collector"), QStringLiteral("an object"),
            &reason))
        return failed(reason);
    QJsonObject collector = collectorValue.toObject();
    const QJsonValue flags = collector.value(QLatin1String("flags"));
    if (wrongType(
            flags, QJsonValue::Object, QStringLiteral("journey.collector.flags"), QStringLiteral("an object"), &reason))
        return failed(reason);
    const QJsonObject flagObject = flags.toObject();
    for (auto it = flagObject.begin(); it != flagObject.end(); ++it) {
        if (it.key().isEmpty())
            return failed(tr("journey.collector.flags: a flag key is empty"));
        QJsonObject flag;
        if (!CollectorConfig::parseFeatureFlag(it.value(), flag, &reason))
            return failed(QStringLiteral("journey.collector.flags.%1: %2").arg(it.key(), reason));
        config.collector.featureFlags.insert(it.key(), flag);
    }
    if (unknownKeys(collector, QStringLiteral("journey.collector"),
            { QStringLiteral("listen"), QStringLiteral("writeKeys"), QStringLiteral("maxBatchKB"),
                QStringLiteral("maxEventKB"), QStringLiteral("flags") },
            &reason))
        return failed(reason);
    const QJsonValue listen = collector.value(QLatin1String("listen"));
    if (wrongType(listen, QJsonValue::String, QStringLiteral("journey.collector.listen"), QStringLiteral("\"HOST:PORT\""),
            &reason))
        return failed(reason);
    if (listen.isString()
        && !CollectorConfig::parseListen(listen.toString(), config.collector.host, config.collector.port, &reason))
        return failed(QStringLiteral("journey.collector.listen: ") + reason);
    const QJsonValue keys = collector.value(QLatin1String("writeKeys"));
    if (wrongType(keys, QJsonValue::Array, QStringLiteral("journey.collector.writeKeys"),
            QStringLiteral("an array of strings"), &reason))
        return failed(reason);
    const QJsonArray keyArray = keys.toArray();
    for (qsizetype i = 0; i < keyArray.size(); ++i) {
        if (!keyArray.at(i).isString() || keyArray.at(i).toString().isEmpty())
            return failed(tr("journey.collector.writeKeys[%1]: expected a non-empty string").arg(i));
        config.collector.writeKeys.append(keyArray.at(i).toString().toUtf8());
        config.knownSecrets.append(keyArray.at(i).toString());
    }
    for (const auto& [name, target] : { std::pair { QStringLiteral("maxBatchKB"), &config.collector.maxBatchBytes },
             std::pair { QStringLiteral("maxEventKB"), &config.collector.maxEventBytes } }) {
        const QJsonValue value = collector.value(name);
        if (value.isUndefined())
            continue;
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > 1024 * 1024)
            return failed(tr("journey.collector.%1: expected a number of kilobytes between 1 and 1048576").arg(name));
        *target = qsizetype(value.toDouble() * 1024);
    }

    const QJsonValue providers = journey.value(QLatin1String("providers"));
    if (wrongType(providers, QJsonValue::Object, QStringLiteral("journey.providers"), QStringLiteral("an object"),
            &reason))
        return failed(reason);
    config.providers = providers.toObject();
    for (auto it = config.providers.begin(); it != config.providers.end(); ++it) {
        if (!providerNames().contains(it.key()))
            return failed(tr("journey.providers.%1: unknown provider; expected one of: %2")
                              .arg(it.key(), providerNames().join(QLatin1String(", "))));
        if (!it.value().isObject())
            return failed(tr("journey.providers.%1: expected an object, got %2").arg(it.key(), jsonTypeName(it.value())));
        ProviderSettings settings;
        if (!ProviderSettings::parse(it.key(), it.value().toObject(), settings, &reason))
            return failed(reason);
        for (const QString& secret : settings.provider->secrets()) {
            if (!secret.isEmpty())
                config.knownSecrets.append(secret);
        }
        if (settings.forward) {
            const QUrl target = settings.forwardTarget();
            if (target.isEmpty())
                return failed(tr("journey.providers.%1.forward: there is no endpoint to forward to; set forwardTo").arg(it.key()));
            config.collector.forwardTargets[it.key().toUtf8()] = target;
        }
        config.providerSettings.append(settings);
    }

    // The registry's order (Segment first), not the JSON object's alphabetical one.
    std::stable_sort(config.providerSettings.begin(), config.providerSettings.end(),
        [](const ProviderSettings& a, const ProviderSettings& b) {
            return providerNames().indexOf(a.id) < providerNames().indexOf(b.id);
        });

    const QJsonValue provider = journey.value(QLatin1String("provider"));
    QStringList defaults;
    if (provider.isString()) {
        if (provider.toString() != QLatin1String("all"))
            defaults.append(provider.toString());
    } else if (provider.isArray()) {
        const QJsonArray array = provider.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return failed(tr("journey.provider[%1]: expected a provider name").arg(i));
            defaults.append(array.at(i).toString());
        }
    } else if (!provider.isUndefined()) {
        return failed(tr("journey.provider: expected a provider name, a list of them or \"all\", got %1")
                          .arg(jsonTypeName(provider)));
    }
    for (const QString& name : defaults) {
        if (!providerNames().contains(name))
            return failed(tr("journey.provider: unknown provider '%1'; expected one of: %2")
                              .arg(name, providerNames().join(QLatin1String(", "))));
        if (!config.providers.contains(name))
            return failed(tr("journey.provider: '%1' has no settings under journey.providers.%1").arg(name));
    }
    config.defaultProviders = defaults;

    if (!SamplingRules::parse(journey.value(QLatin1String("sampling")), QStringLiteral("journey.sampling"), config.sampling,
            &reason))
        return failed(reason);
    const QJsonValue queue = journey.value(QLatin1String("queue"));
    if (wrongType(queue, QJsonValue::Object, QStringLiteral("journey.queue"), QStringLiteral("an object"), &reason))
        return failed(reason);
    if (unknownKeys(queue.toObject(), QStringLiteral("journey.queue"), { QStringLiteral("maxEvents") }, &reason))
        return failed(reason);
    const QJsonValue capacity = queue.toObject().value(QLatin1String("maxEvents"));
    if (!capacity.isUndefined()) {
        if (!capacity.isDouble() || capacity.toDouble() < 1 || capacity.toDouble() > 100000000
            || capacity.toDouble() != double(qint64(capacity.toDouble())))
            return failed(tr("journey.queue.maxEvents: expected a whole number between 1 and 100000000"));
        config.queueCapacity = int(capacity.toDouble());
    }
    const QJsonValue validation = journey.value(QLatin1String("validation"));
    if (wrongType(validation, QJsonValue::Object, QStringLiteral("journey.validation"), QStringLiteral("an object"), &reason))
        return failed(reason);
    if (unknownKeys(validation.toObject(), QStringLiteral("journey.validation"),
            { QStringLiteral("plan"), QStringLiteral("lint") }, &reason))
        return failed(reason);
    const QJsonValue plan = validation.toObject().value(QLatin1String("plan"));
    if (wrongType(plan, QJsonValue::String, QStringLiteral("journey.validation.plan"),
            QStringLiteral("the path of a tracking plan"), &reason))
        return failed(reason);
    config.validationPlan = plan.toString();
    const QJsonValue lint = validation.toObject().value(QLatin1String("lint"));
    if (lint.isString()) {
        config.validationLint = QStringList { lint.toString() };
    } else if (lint.isArray()) {
        const QJsonArray list = lint.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return failed(tr("journey.validation.lint[%1]: expected a provider name").arg(i));
            config.validationLint.append(list.at(i).toString());
        }
    } else if (!lint.isUndefined()) {
        return failed(tr("journey.validation.lint: expected a list of provider names or \"all\""));
    }
    ProviderLinter linter;
    if (!linter.setProviders(config.validationLint, &reason))
        return failed(QStringLiteral("journey.validation.lint: ") + reason);

    config.knownSecrets.removeDuplicates();
    out = config;
    return true;
}

bool JourneyConfig::load(const QString& path, bool missingIsOk, JourneyConfig& out, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        if (missingIsOk) {
            out = JourneyConfig();
            return true;
        }
        *error = tr("no configuration file at %1").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!parse(file.readAll(), path, out, error))
        return false;
    // The plan is named relative to the configuration file, so a project can keep both side by side.
    if (!out.validationPlan.isEmpty() && QFileInfo(out.validationPlan).isRelative())
        out.validationPlan = QFileInfo(path).absoluteDir().filePath(out.validationPlan);
    return true;
}

bool JourneyConfig::saveCollectorListen(const QString& path, const QString& listen, QString* error)
{
    QString host;
    quint16 port = 0;
    if (!CollectorConfig::parseListen(listen, host, port, error))
        return false;
    QJsonObject root;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, existing.errorString());
            return false;
        }
        const QByteArray text = existing.readAll();
        // Only rewrite a file we understand; never clobber one with mistakes in it.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = tr("%1 is not valid JSON; fix it before changing settings from the app").arg(path);
            return false;
        }
        root = document.object();
        // The members on the way to `listen` must be what the file format says, or their contents would be lost.
        const QJsonValue journey = root.value(QLatin1String("journey"));
        const QJsonValue collector = journey.toObject().value(QLatin1String("collector"));
        if ((!journey.isUndefined() && !journey.isObject()) || (!collector.isUndefined() && !collector.isObject())) {
            *error = tr("%1 is not a valid configuration; fix it before changing settings from the app").arg(path);
            return false;
        }
    }
    QJsonObject journey = root.value(QLatin1String("journey")).toObject();
    QJsonObject collector = journey.value(QLatin1String("collector")).toObject();
    collector.insert(QStringLiteral("listen"), listen);
    journey.insert(QStringLiteral("collector"), collector);
    root.insert(QStringLiteral("journey"), journey);

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the folder for %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Journey
