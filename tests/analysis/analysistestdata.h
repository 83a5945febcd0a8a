// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once
//
// Seeded random event sets for the analysis tests, as both the engine's input (an AnalysisSnapshot with
// property columns) and the reference's (Reference::Event lists). Timestamps fall on a coarse grid so that
// ties are common; identities mix anonymous visits, identifies and aliases.

#include "analysis/analysissnapshotbuilder.h"
#include "analysis/propertycolumnbuilder.h"
#include "analysisreference.h"
#include "core/eventbatch.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace AnalysisTestData {

struct DataSet
{
    std::vector<Reference::Event> events;
    Journey::EventBatch batch;
};

inline DataSet make(quint32 seed, int persons, int maxEvents, qint64 spreadMs, const QStringList& names)
{
    QRandomGenerator random(seed);
    DataSet set;
    const qint64 base = 1'767'571'200'000; // 2026-01-05T00:00:00Z, a Monday
    qint64 id = 1;
    const QStringList plans { QStringLiteral("free"), QStringLiteral("pro"), QStringLiteral("team") };
    for (int p = 0; p < persons; ++p) {
        const QString user = QStringLiteral("user-%1").arg(p);
        const QString anonymous = QStringLiteral("anon-%1").arg(p);
        const int count = int(random.bounded(maxEvents + 1));
        const qint64 personStart = base + qint64(random.bounded(int(spreadMs / 1000))) * 1000;
        const int identifiedAt = random.bounded(4) == 0 ? count + 1 : int(random.bounded(count + 1));
        for (int i = 0; i < count; ++i) {
            Reference::Event event;
            event.id = id++;
            // A coarse grid (whole seconds, often equal) so that ties happen.
            event.ts = personStart + qint64(random.bounded(int(spreadMs / 4000) + 1)) * 1000;
            const int roll = int(random.bounded(20));
            if (roll == 0) {
                event.type = QStringLiteral("page");
                event.name = QStringLiteral("Home");
            } else {
                event.type = QStringLiteral("track");
                event.name = names[int(random.bounded(int(names.size())))];
            }
            if (i == identifiedAt) {
                event.type = QStringLiteral("identify");
                event.name.clear();
            }
            if (i >= identifiedAt)
                event.userId = user;
            event.anonymousId = anonymous;
            if (random.bounded(10) == 0 && i >= identifiedAt)
                event.anonymousId.clear(); // a server-side call: userId only
            QJsonObject message { { QStringLiteral("type"), event.type }, { QStringLiteral("messageId"), QStringLiteral("m%1").arg(event.id) } };
            if (event.type == QLatin1String("track"))
                message.insert(QStringLiteral("event"), event.name);
            else if (event.type == QLatin1String("page"))
                message.insert(QStringLiteral("name"), event.name);
            if (!event.userId.isEmpty())
                message.insert(QStringLiteral("userId"), event.userId);
            if (!event.anonymousId.isEmpty())
                message.insert(QStringLiteral("anonymousId"), event.anonymousId);
            if (event.type == QLatin1String("identify")) {
                message.insert(QStringLiteral("traits"), QJsonObject { { QStringLiteral("tier"), plans[int(random.bounded(3))] } });
            } else {
                QJsonObject properties;
                if (random.bounded(4) != 0)
                    properties.insert(QStringLiteral("plan"), plans[int(random.bounded(3))]);
                properties.insert(QStringLiteral("price"), int(random.bounded(1, 6)));
                message.insert(QStringLiteral("properties"), properties);
            }
            event.message = message;
            set.events.push_back(event);
        }
        // Now and then two persons turn out to be one (an alias from another person's anonymous id).
        if (p > 0 && random.bounded(15) == 0) {
            Reference::Event alias;
            alias.id = id++;
            alias.ts = personStart;
            alias.type = QStringLiteral("alias");
            alias.userId = user;
            alias.previousId = QStringLiteral("anon-%1").arg(p - 1);
            alias.message = QJsonObject { { QStringLiteral("type"), alias.type }, { QStringLiteral("userId"), user },
                { QStringLiteral("previousId"), alias.previousId }, { QStringLiteral("messageId"), QStringLiteral("m%1").arg(alias.id) } };
            set.events.push_back(alias);
        }
    }
    for (const Reference::Event& event : set.events) {
        Journey::EventFields fields;
        fields.type = event.type == QLatin1String("track") ? Journey::EventType::Track
            : event.type == QLatin1String("page")          ? Journey::EventType::Page
            : event.type == QLatin1String("identify")      ? Journey::EventType::Identify
                                                           : Journey::EventType::Alias;
        fields.timestamp = event.ts;
        const QByteArray userId = event.userId.toUtf8();
        const QByteArray anonymousId = event.anonymousId.toUtf8();
        const QByteArray name = event.name.toUtf8();
        const QByteArray previousId = event.previousId.toUtf8();
        fields.userId = userId;
        fields.anonymousId = anonymousId;
        fields.name = name;
        fields.previousId = previousId;
        set.batch.append(fields, QJsonDocument(event.message).toJson(QJsonDocument::Compact));
        set.batch.setId(set.batch.size() - 1, event.id);
    }
    return set;
}

/// The snapshot of \a set with columns for \a paths.
inline Journey::AnalysisSnapshot snapshotOf(const DataSet& set, const QStringList& paths, bool merge = true)
{
    Journey::AnalysisSnapshotBuilder builder(merge);
    builder.add(set.batch);
    Journey::AnalysisSnapshot snapshot = builder.snapshot();
    for (const QString& path : paths) {
        Journey::PropertyColumnBuilder columns(snapshot, path);
        columns.add(set.batch);
        snapshot = snapshot.withProperty(columns.finish());
    }
    return snapshot;
}

} // namespace AnalysisTestData
