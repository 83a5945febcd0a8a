// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/// `journeyctl capture`: saves a slice of the store (filters, id range) as a capture file, with each event's
/// original request.
class CaptureCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
