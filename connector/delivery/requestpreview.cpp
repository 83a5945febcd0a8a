// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "requestpreview.h"

#include "core/eventbatch.h"
#include "core/eventparser.h"
#include "core/secretmasker.h"
#include "core/timestamp.h"
#include "eventrouter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Journey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Journey::RequestPreview", text);
}

} // namespace

bool RequestPreview::build(const JourneyConfig& config, const QByteArray& messageJson, const QStringList& providers,
    QList<ProviderRequests>& out, QString* error)
{
    out.clear();
    EventParser::Options options;
    options.source = EventSource::Connector;
    options.receivedAt = Timestamp::nowMs();
    EventParser parser(options);
    EventBatch batch;
    if (!parser.parseMessage(messageJson, batch)) {
        *error = parser.error().toString();
        return false;
    }
    OutboundEvent event;
    event.type = batch.type(0);
    event.message = QJsonDocument::fromJson(batch.payload(0).toByteArray()).object();
    const QString name = QString::fromUtf8(batch.name(0));
    const QJsonObject integrations = event.message.value(QLatin1String("integrations")).toObject();
    const QStringList routed = EventRouter(config).route(event.type, name, integrations, providers);
    const SamplingRules::Decision sampling = config.sampling.decide(event.type, name, QString::fromUtf8(batch.userId(0)),
        QString::fromUtf8(batch.anonymousId(0)));

    const QStringList wanted = providers.isEmpty() ? routed : providers;
    for (const QString& id : wanted) {
        ProviderRequests preview;
        preview.provider = id;
        const ProviderSettings* settings = config.settingsFor(id);
        if (!settings) {
            preview.displayName = id;
            preview.skipped = tr("not configured under journey.providers");
            out.append(preview);
            continue;
        }
        preview.displayName = settings->provider->displayName();
        if (!routed.contains(id)) {
            QString why;
            EventRouter(config).route(event.type, name, integrations, { id }, &why);
            preview.skipped = why;
        }
        preview.sampledOut = !sampling.kept;
        SecretMasker masker;
        for (const QString& secret : config.knownSecrets)
            masker.addKnownSecret(secret.toUtf8());
        for (const QString& secret : settings->provider->secrets())
            masker.addKnownSecret(secret.toUtf8());
        const EncodedBatch encoded = settings->provider->encode({ event }, settings->effectiveLimits());
        for (ProviderRequest request : encoded.requests) {
            if (request.url.hasQuery())
                request.url.setQuery(masker.maskQuery(request.url.query(QUrl::FullyEncoded)), QUrl::StrictMode);
            request.headers = masker.maskHeaders(request.headers);
            request.body = masker.maskKnown(masker.maskJsonText(request.body));
            preview.requests.append(request);
        }
        for (const EncodedBatch::Issue& issue : encoded.rejected)
            preview.rejected.append(issue.text);
        for (const EncodedBatch::Issue& issue : encoded.notes)
            preview.notes.append(issue.text);
        out.append(preview);
    }
    return true;
}

QString RequestPreview::toText(const ProviderRequest& request)
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString(QUrl::PrettyDecoded)
        + QLatin1Char('\n');
    for (const auto& [name, value] : request.headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    if (request.gzip)
        text += QStringLiteral("Content-Encoding: gzip\n");
    text += QLatin1Char('\n');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        text += QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    else
        text += QString::fromUtf8(request.body);
    return text;
}

} // namespace Journey
