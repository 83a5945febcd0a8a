// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl infer [INPUT.ndjson] [--out PLAN.json]`: a tracking plan inferred from captured events (a file or
/// the store), to edit and then use with `validate`.
class InferCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
