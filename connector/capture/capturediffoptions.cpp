// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "capturediffoptions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Journey {

namespace {
/// "7d", "12h", "30m" or "90s": the largest unit that divides \a ms.
QString durationText(qint64 ms)
{
    if (ms % 86'400'000 == 0)
        return QString::number(ms / 86'400'000) + QLatin1Char('d');
    if (ms % 3'600'000 == 0)
        return QString::number(ms / 3'600'000) + QLatin1Char('h');
    if (ms % 60'000 == 0)
        return QString::number(ms / 60'000) + QLatin1Char('m');
    return QString::number(ms / 1000) + QLatin1Char('s');
}

/// The 1-based line of byte \a offset of \a text.
int lineOf(const QByteArray& text, qsizetype offset)
{
    return 1 + int(QByteArrayView(text).first(std::clamp<qsizetype>(offset, 0, text.size())).count('\n'));
}

bool readStrings(const QJsonValue& value, const QString& where, QStringList& out, QString* error)
{
    if (!value.isArray()) {
        *error = CaptureDiffOptions::tr("%1: expected an array of strings").arg(where);
        return false;
    }
    QStringList strings;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            *error = CaptureDiffOptions::tr("%1: expected an array of strings").arg(where);
            return false;
        }
        strings.append(item.toString());
    }
    out = strings;
    return true;
}
} // namespace

QSet<CaptureDiffOptions::Kind> CaptureDiffOptions::defaultFailOn()
{
    return { Kind::EventRemoved, Kind::PropertyRemoved, Kind::TypeChanged, Kind::RequiredCoverageDrop,
        Kind::VolumeChange, Kind::ConversionDrop };
}

bool CaptureDiffOptions::ignoresProperty(const QString& path) const
{
    for (const QString& ignored : ignoreProperties) {
        if (path.startsWith(ignored)
            && (path.size() == ignored.size() || path.at(ignored.size()) == QLatin1Char('.')
                || path.at(ignored.size()) == QLatin1Char('[')))
            return true;
    }
    return false;
}

FunnelQuery CaptureDiffOptions::funnelQuery() const
{
    FunnelQuery query;
    query.steps = funnelSteps;
    query.windowMs = funnelWindowMs;
    query.order = funnelOrder;
    return query;
}

QString CaptureDiffOptions::funnelText() const
{
    QStringList steps;
    for (const EventSelector& step : funnelSteps)
        steps.append(step.toString());
    return steps.join(QLatin1Char('>'));
}

bool CaptureDiffOptions::parseAmount(const QString& text, double& out)
{
    QString number = text.trimmed();
    if (number.endsWith(QLatin1Char('%')))
        number.chop(1);
    bool ok = false;
    const double value = number.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return false;
    out = value;
    return true;
}

bool CaptureDiffOptions::setFunnel(const QString& steps, QString* error)
{
    QList<EventSelector> parsed;
    if (!FunnelQuery::parseSteps(steps, parsed, error))
        return false;
    if (parsed.size() < FunnelQuery::minSteps || parsed.size() > FunnelQuery::maxSteps) {
        *error = tr("\"%1\" has %2 step(s), and a funnel has %3 to %4, separated by '>' (\"A>B>C\")")
                     .arg(steps)
                     .arg(parsed.size())
                     .arg(FunnelQuery::minSteps)
                     .arg(FunnelQuery::maxSteps);
        return false;
    }
    funnelSteps = parsed;
    return true;
}

bool CaptureDiffOptions::check(QString* error) const
{
    for (const auto& [name, value] : { std::pair { "volumePercent", volumePercent },
             std::pair { "coveragePoints", coveragePoints }, std::pair { "conversionPoints", conversionPoints } }) {
        if (!std::isfinite(value) || value < 0) {
            *error = tr("%1 must be a number of 0 or more").arg(QLatin1String(name));
            return false;
        }
    }
    if (minimumEvents < 0) {
        *error = tr("minimumEvents must be 0 or more");
        return false;
    }
    if (hasFunnel() && !funnelQuery().check(error))
        return false;
    return true;
}

bool CaptureDiffOptions::load(const QJsonObject& json, const QString& where, QString* error)
{
    static const QStringList known { QStringLiteral("volumePercent"), QStringLiteral("coveragePoints"),
        QStringLiteral("conversionPoints"), QStringLiteral("normalizeVolume"), QStringLiteral("minimumEvents"),
        QStringLiteral("failOn"), QStringLiteral("ignoreEvents"), QStringLiteral("ignoreProperties"),
        QStringLiteral("funnel") };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("%1: unknown member \"%2\" (known: %3)").arg(where, it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    }
    CaptureDiffOptions next = *this;
    for (const auto& [name, target] : { std::pair { QStringLiteral("volumePercent"), &next.volumePercent },
             std::pair { QStringLiteral("coveragePoints"), &next.coveragePoints },
             std::pair { QStringLiteral("conversionPoints"), &next.conversionPoints } }) {
        if (!json.contains(name))
            continue;
        const QJsonValue value = json.value(name);
        if (!value.isDouble() || value.toDouble() < 0) {
            *error = tr("%1: %2: expected a number of 0 or more").arg(where, name);
            return false;
        }
        *target = value.toDouble();
    }
    if (json.contains(QStringLiteral("normalizeVolume"))) {
        const QJsonValue value = json.value(QStringLiteral("normalizeVolume"));
        if (!value.isBool()) {
            *error = tr("%1: normalizeVolume: expected true or false").arg(where);
            return false;
        }
        next.normalizeVolume = value.toBool();
    }
    if (json.contains(QStringLiteral("minimumEvents"))) {
        const QJsonValue value = json.value(QStringLiteral("minimumEvents"));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::floor(number)) {
            *error = tr("%1: minimumEvents: expected a whole number of 0 or more").arg(where);
            return false;
        }
        next.minimumEvents = qint64(number);
    }
    if (json.contains(QStringLiteral("failOn"))) {
        QStringList names;
        if (!readStrings(json.value(QStringLiteral("failOn")), where + QStringLiteral(": failOn"), names, error))
            return false;
        QStringList all;
        for (const Kind kind : CaptureDiffFinding::allKinds())
            all.append(CaptureDiffFinding::kindName(kind));
        next.failOn.clear();
        for (const QString& name : std::as_const(names)) {
            const auto kind = CaptureDiffFinding::kindFromName(name);
            if (!kind) {
                *error = tr("%1: failOn: \"%2\" is not a kind of finding (%3)")
                             .arg(where, name, all.join(QStringLiteral(", ")));
                return false;
            }
            next.failOn.insert(*kind);
        }
    }
    if (json.contains(QStringLiteral("ignoreEvents"))
        && !readStrings(json.value(QStringLiteral("ignoreEvents")), where + QStringLiteral(": ignoreEvents"),
            next.ignoreEvents, error))
        return false;
    if (json.contains(QStringLiteral("ignoreProperties"))
        && !readStrings(json.value(QStringLiteral("ignoreProperties")), where + QStringLiteral(": ignoreProperties"),
            next.ignoreProperties, error))
        return false;
    if (json.contains(QStringLiteral("funnel"))) {
        const QJsonValue value = json.value(QStringLiteral("funnel"));
        const QJsonObject funnel = value.toObject();
        if (!value.isObject() || !funnel.value(QStringLiteral("steps")).isString()) {
            *error = tr("%1: funnel: expected {\"steps\": \"A>B>C\", \"window\": \"7d\"}").arg(where);
            return false;
        }
        if (!next.setFunnel(funnel.value(QStringLiteral("steps")).toString(), error)) {
            *error = where + QStringLiteral(": funnel: steps: ") + *error;
            return false;
        }
        if (funnel.contains(QStringLiteral("window"))) {
            const QJsonValue window = funnel.value(QStringLiteral("window"));
            QString windowError;
            if (!window.isString()
                || !FunnelQuery::parseDuration(window.toString(), next.funnelWindowMs, &windowError)) {
                *error = tr("%1: funnel: window: expected a duration such as \"7d\" or \"12h\"").arg(where);
                return false;
            }
        }
        if (funnel.contains(QStringLiteral("order"))
            && !FunnelQuery::parseOrder(funnel.value(QStringLiteral("order")).toString(), next.funnelOrder)) {
            *error = tr("%1: funnel: order: expected ordered, strict or any").arg(where);
            return false;
        }
    }
    QString checkError;
    if (!next.check(&checkError)) {
        *error = where + QStringLiteral(": ") + checkError;
        return false;
    }
    *this = next;
    return true;
}

bool CaptureDiffOptions::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the thresholds file: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1:%2: not valid JSON: %3")
                     .arg(path)
                     .arg(lineOf(text, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1:1: expected a JSON object of thresholds").arg(path);
        return false;
    }
    return load(document.object(), path, error);
}

QJsonObject CaptureDiffOptions::toJson() const
{
    QJsonArray fail;
    for (const Kind kind : CaptureDiffFinding::allKinds()) {
        if (fails(kind))
            fail.append(CaptureDiffFinding::kindName(kind));
    }
    QJsonObject json { { QStringLiteral("volumePercent"), volumePercent },
        { QStringLiteral("coveragePoints"), coveragePoints }, { QStringLiteral("conversionPoints"), conversionPoints },
        { QStringLiteral("normalizeVolume"), normalizeVolume },
        { QStringLiteral("minimumEvents"), double(minimumEvents) }, { QStringLiteral("failOn"), fail },
        { QStringLiteral("ignoreEvents"), QJsonArray::fromStringList(ignoreEvents) },
        { QStringLiteral("ignoreProperties"), QJsonArray::fromStringList(ignoreProperties) } };
    if (hasFunnel())
        json.insert(QStringLiteral("funnel"),
            QJsonObject { { QStringLiteral("steps"), funnelText() },
                { QStringLiteral("window"), durationText(funnelWindowMs) },
                { QStringLiteral("order"), FunnelQuery::orderName(funnelOrder) } });
    return json;
}

} // namespace Journey
