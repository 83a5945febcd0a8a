// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl collect`: the collector without the GUI, until SIGINT or SIGTERM.
class CollectCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
