// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl trends --events "A,B[plan=pro],*" [--period day|week|month] [--measure events|users] [--from DATE]
 * [--to DATE] [--raw-ids] [--format json|csv|text] [--out FILE]`: events or unique users per period for each
 * series (TrendEngine), written by AnalysisReportWriter. Exit 0 on success, 1 when the store cannot be read,
 * 2 on a bad flag.
 */
class TrendsCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
