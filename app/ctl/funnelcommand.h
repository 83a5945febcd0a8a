// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl funnel --steps "A>B[plan=pro]>C" [--window 7d] [--order ordered|strict|any] [--exclude "X:1-2"]...
 * [--breakdown PROP] [--attribution first-touch|last-touch|step:N] [--hold PROP] [--from DATE] [--to DATE]
 * [--raw-ids] [--format json|csv|text] [--out FILE]`: a funnel over the store (FunnelEngine), written by
 * AnalysisReportWriter. Exit 0 on success (a step no event has is a warning), 1 when the store cannot be read,
 * 2 on a bad flag.
 */
class FunnelCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
