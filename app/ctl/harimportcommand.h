// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

namespace Journey::Ctl {

/*!
 * `journeyctl har-import FILE.har --out CAPTURE [--name NAME] [--format text|json] [--host HOST=PROVIDER]…`:
 * imports the analytics requests of a HAR file (HarImporter) as a capture file and prints what it found: requests
 * per provider, events, requests a decoder rejected, requests to analytics hosts without events, and the
 * unrecognised rest. Exit 0 when something was imported, 1 when the file holds no analytics request that could be
 * imported (nothing is written then), 2 on a bad flag, a file that cannot be read or is not HAR, or a capture
 * that cannot be written.
 */
class HarImportCommand
{
public:
    static int run(CtlContext& context);
};

} // namespace Journey::Ctl
