// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "commandparser.h"

#include <QCoreApplication>

namespace Journey::Ctl {

CommandParser::CommandParser(const QString& command, const QString& synopsis, const QString& description)
    : m_command(command)
    , m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption({ QStringLiteral("store"),
        QCoreApplication::translate("journeyctl", "The store file (default: the app's data folder)."),
        QStringLiteral("PATH") });
    m_parser.addOption({ QStringLiteral("config"),
        QCoreApplication::translate("journeyctl", "The configuration file (default: the app's config folder)."),
        QStringLiteral("FILE") });
}

int CommandParser::usageError(CtlContext& context, const QString& message) const
{
    context.err << "journeyctl " << m_command << ": " << message << '\n'
                << QCoreApplication::translate("journeyctl", "Try 'journeyctl %1 --help'.").arg(m_command) << '\n';
    context.err.flush();
    return UsageError;
}

int CommandParser::parse(CtlContext& context)
{
    if (!m_parser.parse(context.arguments))
        return usageError(context, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the binary; show the command's own synopsis instead.
        const qsizetype firstNewline = help.indexOf(QLatin1Char('\n'));
        help.replace(0, firstNewline, QCoreApplication::translate("journeyctl", "Usage: journeyctl %1").arg(m_synopsis));
        context.out << help;
        context.out.flush();
        return Success;
    }
    return -1;
}

int CommandParser::parseWithoutArguments(CtlContext& context)
{
    const int parsed = parse(context);
    if (parsed >= 0 || m_parser.positionalArguments().isEmpty())
        return parsed;
    return usageError(context,
        QCoreApplication::translate("journeyctl", "unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
}

} // namespace Journey::Ctl
