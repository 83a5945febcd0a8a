// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl sessions [--gap 30m] [--person ID] [--input FILE] [--format text|json|csv] [--limit N] [--raw-ids]
 * [--out FILE]`: the sessions (Sessionizer, docs/SESSIONS.md) of the store, or of a capture file or canonical
 * NDJSON, one row per session in order of start (SessionReportWriter). Exit 0 on success (also when there are no
 * sessions), 1 when the store or the file cannot be read, 2 on a bad flag.
 */
class SessionsCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
