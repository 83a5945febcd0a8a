// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventfilter.h"

#include <QCommandLineParser>
#include <QString>

namespace Journey::Ctl {

/// The event filter flags commands that read the store share: --type, --event, --user, --text, --since, --until.
class EventFilterOptions
{
public:
    static void add(QCommandLineParser& parser);
    /// The filter the flags ask for; false with \a error naming the flag when one is bad.
    static bool read(const QCommandLineParser& parser, EventFilter& filter, QString* error);
};

} // namespace Journey::Ctl
