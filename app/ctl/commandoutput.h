// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

#include <QByteArray>
#include <QString>

namespace Journey::Ctl {

/// Where a command's whole output goes: the file of `--out` (written to a temporary file and renamed, so a failed
/// write leaves no half file), or standard output.
class CommandOutput
{
public:
    /// Writes \a bytes to \a path (empty: standard output). False after printing "journeyctl COMMAND: cannot
    /// write …" to stderr.
    static bool write(CtlContext& context, const QString& command, const QString& path, const QByteArray& bytes);
};

} // namespace Journey::Ctl
