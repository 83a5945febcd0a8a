// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysisreportwriter.h"
#include "analysis/analysissnapshot.h"
#include "analysis/eventselector.h"
#include "ctlcontext.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Journey::Ctl {

/*!
 * What the analysis commands (funnel, retention, trends) share: the options --from, --to, --raw-ids, --format
 * and --out, the syntax help for event selectors, loading the store into an AnalysisSnapshot (progress on stderr
 * when it is a terminal), and the warning for event names no event in the store has.
 */
class AnalysisInput
{
public:
    struct Options
    {
        std::optional<qint64> from; ///< ms since the epoch, inclusive
        std::optional<qint64> to; ///< ms since the epoch, exclusive
        bool mergeIdentities = true;
        AnalysisReportWriter::Format format = AnalysisReportWriter::Format::Json;
        QString out; ///< empty: standard output
    };

    /// Adds --from, --to, --raw-ids, --format and --out to \a parser.
    static void addOptions(QCommandLineParser& parser);
    /// Reads the options addOptions() added; false with \a error naming the flag and its bad value.
    static bool readOptions(const QCommandLineParser& parser, Options& out, QString* error);

    /// The help paragraph on event selectors: names, event keys, conditions.
    static QString selectorHelp();

    /// Reads the store of \a context with the property columns of \a paths. False after printing
    /// "journeyctl COMMAND: …" to stderr.
    static bool load(CtlContext& context, const QString& command, const Options& options, const QStringList& paths,
        AnalysisSnapshot& out);

    /// Prints a warning on stderr for each selector whose event no event of \a snapshot has ("*" excepted),
    /// suggesting the closest event key.
    static void warnUnknownEvents(CtlContext& context, const QString& command, const AnalysisSnapshot& snapshot,
        const QList<EventSelector>& selectors);
    /// The event key of \a snapshot closest to \a name, or an empty string when none is close.
    static QString closestKey(const AnalysisSnapshot& snapshot, const QString& name);

    /// Splits \a text on \a separator where it is outside brackets ("A,B[plan=pro,x>1]" → "A", "B[…]").
    static QStringList splitOutsideBrackets(const QString& text, QChar separator);
};

} // namespace Journey::Ctl
