// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Journey::Ctl {

/// Exit codes of journeyctl (documented in the README).
enum ExitCode {
    Success = 0,
    Failure = 1, ///< the work failed (bad input file, store error, undelivered events)
    UsageError = 2, ///< bad command line
};

/// What every command gets: the global options and the two output streams.
struct CtlContext
{
    QString storePath;
    QString configPath;
    bool configGiven = false; ///< --config was on the command line (a missing file is then an error)
    QStringList arguments; ///< the command's own arguments, program name first
    QTextStream& out;
    QTextStream& err;
};

} // namespace Journey::Ctl
