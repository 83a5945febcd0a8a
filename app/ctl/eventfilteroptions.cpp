// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "eventfilteroptions.h"

#include "core/timestamp.h"

#include <QCoreApplication>

namespace Journey::Ctl {

void EventFilterOptions::add(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("type"),
        QCoreApplication::translate("journeyctl", "Only this call type (track, identify, page, screen, group, alias); "
                                                  "repeat for several."),
        QStringLiteral("TYPE") });
    parser.addOption({ QStringLiteral("event"),
        QCoreApplication::translate("journeyctl", "Only events whose event or page/screen name contains TEXT."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("user"),
        QCoreApplication::translate("journeyctl", "Only events whose userId or anonymousId contains TEXT."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("text"),
        QCoreApplication::translate("journeyctl", "Only events whose JSON contains TEXT."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("since"),
        QCoreApplication::translate("journeyctl", "Only events with a timestamp at or after TIME (ISO-8601)."),
        QStringLiteral("TIME") });
    parser.addOption({ QStringLiteral("until"),
        QCoreApplication::translate("journeyctl", "Only events with a timestamp before TIME (ISO-8601)."),
        QStringLiteral("TIME") });
}

bool EventFilterOptions::read(const QCommandLineParser& parser, EventFilter& filter, QString* error)
{
    for (const QString& type : parser.values(QStringLiteral("type"))) {
        const auto parsedType = eventTypeFromName(type.toUtf8());
        if (!parsedType) {
            *error = QCoreApplication::translate("journeyctl",
                "--type: '%1' is not one of track, identify, page, screen, group, alias")
                         .arg(type);
            return false;
        }
        filter.addType(*parsedType);
    }
    filter.setName(parser.value(QStringLiteral("event")));
    filter.setIdentity(parser.value(QStringLiteral("user")));
    filter.setText(parser.value(QStringLiteral("text")));
    std::optional<qint64> since, until;
    for (const auto& [name, target] :
        { std::pair { QStringLiteral("since"), &since }, std::pair { QStringLiteral("until"), &until } }) {
        if (!parser.isSet(name))
            continue;
        *target = Timestamp::parseIso8601(parser.value(name).toUtf8());
        if (!*target) {
            *error = QCoreApplication::translate("journeyctl", "--%1: '%2' is not an ISO-8601 date-time")
                         .arg(name, parser.value(name));
            return false;
        }
    }
    filter.setTimeRange(since, until);
    return true;
}

} // namespace Journey::Ctl
