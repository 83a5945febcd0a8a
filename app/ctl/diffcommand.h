// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl diff A B [--format text|json|junit] [--funnel "A>B>C"] [--window 7d] [--volume-threshold PCT]
 * [--coverage-threshold PTS] [--conversion-threshold PTS] [--normalize] [--thresholds FILE] [--out FILE]`:
 * compares a baseline capture A with a candidate B (capture files or plain canonical NDJSON, gzip or not) with
 * CaptureDiffEngine and writes the report (CaptureDiffReportWriter). Flags override the thresholds file. Exit 0
 * when no finding fails the diff, 1 when one does (drift), 2 on a bad flag, an unreadable input or thresholds
 * file, or a report that cannot be written.
 */
class DiffCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
