// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl import FILE...`: canonical NDJSON or CSV into the store, all or nothing.
class ImportCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
