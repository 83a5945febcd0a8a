// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

#include <QCoreApplication>

namespace Journey::Ctl {

/// `journeyctl replay`: replays a capture (or plain canonical NDJSON) to a provider, the collector or a URL.
class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(journeyctl)

public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
