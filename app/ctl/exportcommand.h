// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl export`: the store's events as canonical NDJSON or CSV, optionally filtered.
class ExportCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
