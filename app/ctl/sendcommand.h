// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

#include <QCoreApplication>

namespace Journey::Ctl {

/// `journeyctl send`: delivers events through the connector and reports every request.
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(journeyctl)

public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
