// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl validate --plan PLAN [INPUT.ndjson] [--format text|json|junit]`: checks events (a file of one JSON
 * message per line, or the store) against a tracking plan and provider lints. Exit 0 when clean, 1 with errors
 * (or warnings, with --strict), 2 on bad input: an unreadable plan or input, a line that is not a JSON object,
 * a bad flag.
 */
class ValidateCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
