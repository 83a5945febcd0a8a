// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ctlcontext.h"

#include <QCommandLineParser>

namespace Journey::Ctl {

/*!
 * A QCommandLineParser set up for one command: its description, the global options (so `--help` lists
 * them) and `--help`. parse() prints usage errors and help itself and says whether to go on.
 */
class CommandParser
{
public:
    CommandParser(const QString& command, const QString& synopsis, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    /// Returns -1 to go on, or the exit code to return (after printing help or a usage error).
    int parse(CtlContext& context);
    /// As parse(), for commands that take options only: a positional argument is a usage error.
    int parseWithoutArguments(CtlContext& context);
    /// Prints "journeyctl COMMAND: MESSAGE" and returns UsageError.
    int usageError(CtlContext& context, const QString& message) const;

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

} // namespace Journey::Ctl
