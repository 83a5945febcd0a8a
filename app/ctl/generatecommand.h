// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl generate [--users N] [--events N] [--seed S] [--start DATE] [--days N] [--out FILE | --import]`:
 * realistic, deterministic demo events (DemoDataGenerator) as canonical NDJSON on standard output, in a file,
 * or straight into the store.
 */
class GenerateCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
