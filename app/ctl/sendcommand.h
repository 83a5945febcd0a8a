// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl send`: delivers events through the connector and reports every request.
class SendCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
