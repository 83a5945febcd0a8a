// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "providerlinter.h"

#include "core/jsonpointer.h"
#include "core/timestamp.h"
#include "providers/amplitudeprovider.h"
#include "providers/ga4payloadvalidator.h"
#include "providers/mixpanelprovider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Journey {

namespace {

constexpr qsizetype segmentMaxEventBytes = 32 * 1024;
constexpr int mixpanelMaxProperties = 255;
constexpr int mixpanelMaxStringChars = 255;
constexpr int mixpanelMaxDepth = 3;
constexpr int mixpanelMaxInsertIdChars = 36;
constexpr qint64 mixpanelFutureClampMs = 3600 * 1000;
constexpr qint64 day = 24 * 3600 * 1000;
constexpr qint64 year1971Ms = 31536000000LL; // 1971-01-01T00:00:00Z

PlanViolation lintOf(const QString& provider, PlanViolation::Severity severity, const QString& pointer,
    const QString& keyword, const QString& message)
{
    PlanViolation violation;
    violation.kind = PlanViolation::Kind::ProviderLint;
    violation.severity = severity;
    violation.pointer = pointer;
    violation.keyword = keyword;
    violation.message = message;
    violation.provider = provider;
    return violation;
}

/// The member a message's properties live in: `traits` for identify and group, `properties` otherwise.
QString valuesMember(const QJsonObject& message)
{
    const QString type = message.value(QLatin1String("type")).toString();
    return type == QLatin1String("identify") || type == QLatin1String("group") ? QStringLiteral("traits")
                                                                               : QStringLiteral("properties");
}

/// Calls \a visit(pointer, string) for every string inside \a value, and tells the deepest object nesting.
template<typename Visit>
void walkStrings(const QJsonValue& value, const QString& pointer, int depth, int& maxDepth, const Visit& visit)
{
    if (value.isString()) {
        visit(pointer, value.toString());
    } else if (value.isObject()) {
        maxDepth = std::max(maxDepth, depth);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            walkStrings(it.value(), pointer + QLatin1Char('/') + jsonPointerToken(it.key()), depth + 1, maxDepth, visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walkStrings(array.at(i), pointer + QLatin1Char('/') + QString::number(i), depth, maxDepth, visit);
    }
}

QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

std::optional<qint64> timestampOf(const QJsonObject& message)
{
    const QJsonValue value = message.value(QLatin1String("timestamp"));
    if (!value.isString())
        return std::nullopt;
    return Timestamp::parseIso8601(value.toString().toUtf8());
}

} // namespace

QStringList ProviderLinter::supportedProviders()
{
    return { QStringLiteral("segment"), QStringLiteral("rudderstack"), QStringLiteral("mixpanel"),
        QStringLiteral("amplitude"), QStringLiteral("posthog"), QStringLiteral("ga4") };
}

bool ProviderLinter::setProviders(const QStringList& providers, QString* error)
{
    QStringList chosen;
    for (const QString& name : providers) {
        const QString id = name.trimmed().toLower();
        if (id.isEmpty())
            continue;
        if (id == QLatin1String("all")) {
            chosen = supportedProviders();
            continue;
        }
        if (!supportedProviders().contains(id)) {
            if (error)
                *error = tr("no provider lints for \"%1\" (known: %2, or all)")
                             .arg(name, supportedProviders().join(QStringLiteral(", ")));
            return false;
        }
        if (!chosen.contains(id))
            chosen.append(id);
    }
    m_providers = chosen;
    return true;
}

QList<PlanViolation> ProviderLinter::lint(const QJsonObject& message, qsizetype jsonBytes) const
{
    QList<PlanViolation> out;
    const qint64 nowMs = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    for (const QString& provider : m_providers) {
        if (provider == QLatin1String("segment") || provider == QLatin1String("rudderstack"))
            lintSegment(provider, message, jsonBytes, out);
        else if (provider == QLatin1String("mixpanel"))
            lintMixpanel(message, nowMs, out);
        else if (provider == QLatin1String("amplitude"))
            lintAmplitude(message, out);
        else if (provider == QLatin1String("posthog"))
            lintPostHog(message, out);
        else if (provider == QLatin1String("ga4"))
            lintGa4(message, out);
    }
    return out;
}

void ProviderLinter::lintSegment(const QString& provider, const QJsonObject& message, qsizetype jsonBytes,
    QList<PlanViolation>& out) const
{
    const qsizetype bytes = jsonBytes >= 0 ? jsonBytes : QJsonDocument(message).toJson(QJsonDocument::Compact).size();
    if (bytes > segmentMaxEventBytes)
        out.append(lintOf(provider, PlanViolation::Severity::Error, QString(), QStringLiteral("size"),
            tr("the event is %1 bytes of JSON; %2 refuses events over 32 KB").arg(bytes).arg(
                provider == QLatin1String("segment") ? QStringLiteral("Segment") : QStringLiteral("RudderStack"))));
}

void ProviderLinter::lintMixpanel(const QJsonObject& message, qint64 nowMs, QList<PlanViolation>& out) const
{
    const QString provider = QStringLiteral("mixpanel");
    for (const char* id : { "userId", "anonymousId" }) {
        const QString text = idText(message.value(QLatin1String(id)));
        if (!text.isEmpty() && MixpanelProvider::isForbiddenId(text))
            out.append(lintOf(provider, PlanViolation::Severity::Error, QLatin1Char('/') + QLatin1String(id),
                QStringLiteral("distinct_id"),
                tr("Mixpanel refuses \"%1\" as a distinct_id: the event would not be tied to a person").arg(text)));
    }
    const QString member = valuesMember(message);
    const QJsonObject values = message.value(member).toObject();
    const QJsonValue insertId = values.value(QLatin1String("$insert_id"));
    if (!insertId.isUndefined()) {
        const QString text = insertId.toString();
        const bool wellFormed = insertId.isString() && !text.isEmpty() && text.size() <= mixpanelMaxInsertIdChars
            && std::all_of(text.begin(), text.end(), [](QChar c) {
                   return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
               });
        if (!wellFormed || MixpanelProvider::isForbiddenId(text))
            out.append(lintOf(provider, PlanViolation::Severity::Error,
                QLatin1Char('/') + member + QStringLiteral("/$insert_id"), QStringLiteral("$insert_id"),
                tr("Mixpanel needs $insert_id to be 1 to 36 letters, digits or '-' and not a placeholder value; "
                   "duplicates of this event would not be removed")));
    }
    if (const auto timestamp = timestampOf(message)) {
        if (*timestamp < nowMs - MixpanelProvider::trackWindowMs)
            out.append(lintOf(provider, PlanViolation::Severity::Warning, QStringLiteral("/timestamp"),
                QStringLiteral("time"),
                tr("the event is %n day(s) old: Mixpanel's /track drops events older than 5 days; it must go "
                   "through /import (a project secret or service account)",
                    nullptr, int((nowMs - *timestamp) / day))));
        else if (*timestamp > nowMs + mixpanelFutureClampMs)
            out.append(lintOf(provider, PlanViolation::Severity::Warning, QStringLiteral("/timestamp"),
                QStringLiteral("time"), tr("the time is in the future: Mixpanel sets it to the time of ingestion")));
    }
    if (values.size() >= mixpanelMaxProperties)
        out.append(lintOf(provider, PlanViolation::Severity::Error, QLatin1Char('/') + member, QStringLiteral("size"),
            tr("%1 properties: Mixpanel takes fewer than 255 per event").arg(values.size())));
    int depth = 0;
    walkStrings(QJsonValue(values), QLatin1Char('/') + member, 0, depth, [&](const QString& pointer, const QString& text) {
        if (text.size() > mixpanelMaxStringChars)
            out.append(lintOf(provider, PlanViolation::Severity::Warning, pointer, QStringLiteral("maxLength"),
                tr("%1 characters: Mixpanel keeps the first 255").arg(text.size())));
    });
    if (depth > mixpanelMaxDepth)
        out.append(lintOf(provider, PlanViolation::Severity::Error, QLatin1Char('/') + member, QStringLiteral("depth"),
            tr("objects nested %1 deep: Mixpanel refuses nesting deeper than 3").arg(depth)));
}

void ProviderLinter::lintAmplitude(const QJsonObject& message, QList<PlanViolation>& out) const
{
    const QString provider = QStringLiteral("amplitude");
    int usable = 0;
    int present = 0;
    for (const auto& [member, field] : { std::pair { "userId", "user_id" }, std::pair { "anonymousId", "device_id" } }) {
        const QString text = idText(message.value(QLatin1String(member)));
        if (text.isEmpty())
            continue;
        ++present;
        const QString pointer = QLatin1Char('/') + QLatin1String(member);
        if (AmplitudeProvider::isInvalidId(text)) {
            out.append(lintOf(provider, PlanViolation::Severity::Error, pointer, QLatin1String(field),
                tr("Amplitude refuses \"%1\" as a %2").arg(text, QLatin1String(field))));
        } else if (text.size() < AmplitudeProvider::defaultMinIdLength) {
            out.append(lintOf(provider, PlanViolation::Severity::Error, pointer, QLatin1String(field),
                tr("Amplitude removes a %1 shorter than %2 characters (\"%3\" has %4)")
                    .arg(QLatin1String(field))
                    .arg(AmplitudeProvider::defaultMinIdLength)
                    .arg(text)
                    .arg(text.size())));
        } else {
            ++usable;
        }
    }
    if (present > 0 && usable == 0)
        out.append(lintOf(provider, PlanViolation::Severity::Error, QString(), QStringLiteral("user_id"),
            tr("no usable user_id or device_id is left: Amplitude refuses the event")));
    if (const auto timestamp = timestampOf(message); timestamp && *timestamp >= 0 && *timestamp < year1971Ms)
        out.append(lintOf(provider, PlanViolation::Severity::Error, QStringLiteral("/timestamp"), QStringLiteral("time"),
            tr("the time is in 1970: seconds sent where Amplitude expects milliseconds since 1970?")));
    int depth = 0;
    for (const QString& member : { QStringLiteral("properties"), QStringLiteral("traits") }) {
        walkStrings(message.value(member), QLatin1Char('/') + member, 0, depth,
            [&](const QString& pointer, const QString& text) {
                if (text.size() > AmplitudeProvider::maxStringLength)
                    out.append(lintOf(provider, PlanViolation::Severity::Warning, pointer, QStringLiteral("maxLength"),
                        tr("%1 characters: Amplitude keeps the first %2")
                            .arg(text.size())
                            .arg(AmplitudeProvider::maxStringLength)));
            });
    }
}

void ProviderLinter::lintPostHog(const QJsonObject& message, QList<PlanViolation>& out) const
{
    if (idText(message.value(QLatin1String("userId"))).isEmpty()
        && idText(message.value(QLatin1String("anonymousId"))).isEmpty())
        out.append(lintOf(QStringLiteral("posthog"), PlanViolation::Severity::Error, QString(),
            QStringLiteral("distinct_id"), tr("no userId or anonymousId: PostHog drops events without a distinct_id")));
}

void ProviderLinter::lintGa4(const QJsonObject& message, QList<PlanViolation>& out) const
{
    const QString provider = QStringLiteral("ga4");
    // An event that came in GA4's own format: what Google's validation said about its real request.
    const QJsonValue received = message.value(QLatin1String("context")).toObject().value(QLatin1String("ga4"))
                                    .toObject().value(QLatin1String("validationMessages"));
    if (received.isArray()) {
        for (const QJsonValue& entry : received.toArray()) {
            const QJsonObject finding = entry.toObject();
            out.append(lintOf(provider, PlanViolation::Severity::Error, QStringLiteral("/context/ga4"),
                finding.value(QLatin1String("validationCode")).toString(),
                finding.value(QLatin1String("fieldPath")).toString() + QStringLiteral(": ")
                    + finding.value(QLatin1String("description")).toString()));
        }
        return;
    }

    // Otherwise the event as GA4 would receive it when sent as it is: the name unchanged, properties as
    // parameters, identify traits as user properties; Ga4PayloadValidator holds Google's rules.
    const QString type = message.value(QLatin1String("type")).toString();
    QString name;
    QJsonObject params;
    QJsonObject userProperties;
    if (type == QLatin1String("track")) {
        name = message.value(QLatin1String("event")).toString();
        params = message.value(QLatin1String("properties")).toObject();
    } else if (type == QLatin1String("page") || type == QLatin1String("screen")) {
        name = type == QLatin1String("page") ? QStringLiteral("page_view") : QStringLiteral("screen_view");
        params = message.value(QLatin1String("properties")).toObject();
    } else if (type == QLatin1String("identify")) {
        name = QStringLiteral("login");
        const QJsonObject traits = message.value(QLatin1String("traits")).toObject();
        for (auto it = traits.begin(); it != traits.end(); ++it)
            userProperties.insert(it.key(), QJsonObject { { QStringLiteral("value"), it.value() } });
    } else if (type == QLatin1String("group")) {
        name = QStringLiteral("join_group");
    } else {
        out.append(lintOf(provider, PlanViolation::Severity::Warning, QStringLiteral("/type"), QStringLiteral("type"),
            tr("GA4 has no %1 call: the event is not sent to it").arg(type)));
        return;
    }
    QJsonObject event { { QStringLiteral("name"), name } };
    if (!params.isEmpty())
        event.insert(QStringLiteral("params"), params);
    if (const auto timestamp = timestampOf(message))
        event.insert(QStringLiteral("timestamp_micros"), double(*timestamp) * 1000.0);
    QJsonObject body { { QStringLiteral("client_id"), QStringLiteral("lint") },
        { QStringLiteral("events"), QJsonArray { event } } };
    if (!userProperties.isEmpty())
        body.insert(QStringLiteral("user_properties"), userProperties);

    Ga4PayloadValidator::Options options;
    options.nowMs = m_nowMs;
    const QString eventPath = QStringLiteral("events[0]");
    const QString paramsPath = QStringLiteral("events[0].params");
    for (const Ga4PayloadValidator::Message& finding : Ga4PayloadValidator().validate(body, options)) {
        QString pointer;
        QString renamable; ///< the event or parameter name GA4 finds badly spelt
        const auto severity = PlanViolation::Severity::Error;
        const QString& path = finding.fieldPath;
        if (path == eventPath + QStringLiteral(".name")) {
            pointer = type == QLatin1String("track") ? QStringLiteral("/event") : QStringLiteral("/type");
            if (finding.validationCode == QLatin1String("NAME_INVALID") && name.size() <= Ga4PayloadValidator::maxNameChars)
                renamable = name;
        } else if (path.startsWith(paramsPath + QLatin1Char('.'))) {
            const QString param = path.mid(paramsPath.size() + 1);
            pointer = QStringLiteral("/properties/") + jsonPointerToken(param);
            if (finding.validationCode == QLatin1String("NAME_INVALID") && param.size() <= Ga4PayloadValidator::maxNameChars)
                renamable = param;
        } else if (path == paramsPath) {
            pointer = QStringLiteral("/properties");
        } else if (path == eventPath + QStringLiteral(".timestamp_micros")) {
            pointer = QStringLiteral("/timestamp");
        } else if (path.startsWith(QStringLiteral("user_properties."))) {
            QString trait = path.mid(16);
            if (!userProperties.contains(trait) && trait.endsWith(QStringLiteral(".value")))
                trait.chop(6);
            pointer = QStringLiteral("/traits/") + jsonPointerToken(trait);
        } else if (path == QLatin1String("user_properties")) {
            pointer = QStringLiteral("/traits");
        }
        // A name GA4 only finds badly spelt ("Order Completed") never reaches it so: Journey Connector and
        // Segment's GA4 destination send it renamed ("order_completed"). Only what is lost is reported.
        if (!renamable.isEmpty())
            continue;
        const QString text = finding.description;
        out.append(lintOf(provider, severity, pointer, finding.validationCode, text));
    }
}

} // namespace Journey
