// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// connector-example: the smallest application that links the connector engine (journeyconnector) and sends
// its own events to the providers in a configuration file.
//
//     connector-example CONFIG.json [STORE.db]
//
// CONFIG.json is the app's configuration format, e.g.
//     {"journey":{"provider":"all","providers":{"segment":{"writeKey":"${SEGMENT_WRITE_KEY}"},
//                                              "posthog":{"apiKey":"${POSTHOG_API_KEY}"}}}}
// Events wait in the store's durable outbox until each provider has them; run it again and anything left
// over from a crash is delivered first.

#include "config/journeyconfig.h"
#include "delivery/connector.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        err << "usage: connector-example CONFIG.json [STORE.db]\n";
        return 2;
    }

    Journey::JourneyConfig config;
    QString error;
    if (!Journey::JourneyConfig::load(arguments.at(1), false, config, &error)) {
        err << error << '\n';
        return 1;
    }
    const QString store = arguments.value(2, QDir::temp().filePath(QStringLiteral("connector-example.db")));

    Journey::Connector connector;
    if (!connector.start(store, config, &error)) {
        err << error << '\n';
        return 1;
    }
    QObject::connect(&connector, &Journey::Connector::exchangeFinished, [&out](const Journey::DeliveryExchange& exchange) {
        out << exchange.provider << ": " << exchange.method << ' ' << exchange.url << " → "
            << (exchange.status ? QString::number(exchange.status) : exchange.reason) << '\n';
        out.flush();
    });

    // The six calls, as an application makes them. Each returns at once; delivery happens on worker threads.
    const QString user = QStringLiteral("user-42");
    const QString device = QStringLiteral("anon-7f3a");
    connector.identify(user, device, { { QStringLiteral("email"), QStringLiteral("ada@example.com") }, { QStringLiteral("plan"), QStringLiteral("pro") } });
    connector.page({}, device, QStringLiteral("Pricing"), { { QStringLiteral("url"), QStringLiteral("https://example.com/pricing") } });
    connector.screen(user, {}, QStringLiteral("Dashboard"));
    connector.group(user, {}, QStringLiteral("acme"), { { QStringLiteral("name"), QStringLiteral("Acme Inc") } });
    connector.alias(user, device);
    const Journey::EnqueueResult order = connector.track(user, device, QStringLiteral("Order Completed"),
        { { QStringLiteral("order_id"), QStringLiteral("o-1001") }, { QStringLiteral("revenue"), 49.90 },
            { QStringLiteral("currency"), QStringLiteral("EUR") } });
    if (!order.accepted()) {
        err << order.error << '\n';
        return 1;
    }

    // Wait for delivery (serving signals meanwhile), then show where the order stands with each provider.
    bool delivered = false;
    for (int i = 0; i < 100 && !delivered; ++i) {
        delivered = connector.flush(100);
        QCoreApplication::processEvents();
    }
    for (const Journey::OutboxRow& row : connector.statusOf(order.messageId, &error))
        out << "Order Completed → " << row.provider << ": " << Journey::outboxStateName(row.state)
            << (row.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(row.reason)) << '\n';
    connector.shutdown(1000);
    return delivered ? 0 : 1;
}
