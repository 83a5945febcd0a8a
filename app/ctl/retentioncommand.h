// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl retention --cohort-event E --return-event E [--period day|week|month] [--periods N]
 * [--mode on|on-or-after] [--breakdown PROP] [--from DATE] [--to DATE] [--raw-ids] [--format json|csv|text]
 * [--out FILE]`: retention cohorts over the store (RetentionEngine), written by AnalysisReportWriter. Exit 0 on
 * success (an event no event of the store has is a warning), 1 when the store cannot be read, 2 on a bad flag.
 */
class RetentionCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
