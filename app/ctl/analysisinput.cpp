// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysisinput.h"

#include "analysis/analysissnapshotbuilder.h"
#include "analysis/propertycolumnbuilder.h"
#include "core/timestamp.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Journey::Ctl {

namespace {

constexpr qint64 s_msPerDay = 86'400'000;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

/// Levenshtein distance of \a a and \a b.
int editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 0; i < a.size(); ++i) {
        current[0] = int(i) + 1;
        for (qsizetype j = 0; j < b.size(); ++j) {
            const int substitution = previous[size_t(j)] + (a[i] == b[j] ? 0 : 1);
            current[size_t(j) + 1] = std::min({ previous[size_t(j) + 1] + 1, current[size_t(j)] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous.back();
}

/// --from / --to: a date (UTC midnight; for --to, the end of that day) or an ISO 8601 date-time.
bool readTime(
    const QCommandLineParser& parser, const QString& name, bool endOfDay, std::optional<qint64>& out, QString* error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    const std::optional<qint64> ms = Timestamp::parseIso8601(text.toUtf8());
    if (!ms) {
        *error = QCoreApplication::translate("journeyctl",
            "--%1: \"%2\" is not a date or a date-time (YYYY-MM-DD, or ISO 8601 as in 2026-01-05T08:00:00Z)")
                     .arg(name, text);
        return false;
    }
    const bool dateOnly = text.size() == 10;
    out = *ms + (endOfDay && dateOnly ? s_msPerDay : 0);
    return true;
}

} // namespace

void AnalysisInput::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("from"),
        QCoreApplication::translate("journeyctl", "Only events at or after this date (UTC) or date-time."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"),
        QCoreApplication::translate(
            "journeyctl", "Only events up to this date (UTC, the whole day included), or before this date-time."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("raw-ids"),
        QCoreApplication::translate("journeyctl",
            "Count each userId (or anonymousId) on its own, without merging the ids that identify and alias join.") });
    parser.addOption(
        { QStringLiteral("format"), QCoreApplication::translate("journeyctl", "json (default), csv or text."),
            QStringLiteral("FORMAT"), QStringLiteral("json") });
    parser.addOption({ QStringLiteral("out"),
        QCoreApplication::translate("journeyctl", "Write the result to FILE instead of standard output."),
        QStringLiteral("FILE") });
}

bool AnalysisInput::readOptions(const QCommandLineParser& parser, Options& out, QString* error)
{
    Options options;
    const QString format = parser.value(QStringLiteral("format"));
    if (!AnalysisReportWriter::parseFormat(format, options.format)) {
        *error = QCoreApplication::translate("journeyctl", "--format: \"%1\" is not json, csv or text").arg(format);
        return false;
    }
    if (!readTime(parser, QStringLiteral("from"), false, options.from, error)
        || !readTime(parser, QStringLiteral("to"), true, options.to, error))
        return false;
    if (options.from && options.to && *options.from >= *options.to) {
        *error = QCoreApplication::translate("journeyctl", "--from %1 --to %2: the time range is empty")
                     .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return false;
    }
    options.mergeIdentities = !parser.isSet(QStringLiteral("raw-ids"));
    options.out = parser.value(QStringLiteral("out"));
    out = options;
    return true;
}

QString AnalysisInput::selectorHelp()
{
    return QCoreApplication::translate("journeyctl",
        "Events are named by their key: a track call's event name (Order Completed), page:NAME and\n"
        "screen:NAME for page and screen calls, identify, group and alias for the others.\n"
        "Conditions on the event's properties go in brackets, separated by commas; all must hold:\n"
        "  Order Completed[plan=pro,revenue>=10]\n"
        "  PROP=VALUE  PROP!=VALUE  PROP<N  PROP<=N  PROP>N  PROP>=N  PROP~TEXT (contains)\n"
        "  PROP? (has the property)  !PROP (does not)\n"
        "PROP is an event property (plan), or a path: traits.plan, context.campaign.source, userId.\n"
        "Numbers compare as numbers (10 = 10.0), anything else as text.");
}

bool AnalysisInput::load(CtlContext& context, const QString& command, const Options& options, const QStringList& paths,
    AnalysisSnapshot& out)
{
    const bool terminal = stderrIsTerminal();
    QElapsedTimer timer;
    timer.start();
    int shownWidth = 0;
    const auto show = [&](const QString& line) {
        context.err << '\r' << line.leftJustified(shownWidth);
        context.err.flush();
        shownWidth = std::max(shownWidth, int(line.size()));
    };
    const auto clear = [&] {
        if (shownWidth > 0) {
            context.err << '\r' << QString(shownWidth, QLatin1Char(' ')) << '\r';
            context.err.flush();
        }
    };
    std::function<void(qint64)> progress;
    if (terminal) {
        progress = [&](qint64 read) {
            show(QCoreApplication::translate("journeyctl", "… %1 events read, %2 s")
                     .arg(read)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        };
    }
    QString error;
    if (!AnalysisSnapshotBuilder::fromStore(
            context.storePath, options.mergeIdentities, out, &error, nullptr, progress)) {
        clear();
        context.err << "journeyctl " << command << ": " << error << '\n';
        return false;
    }
    if (!paths.isEmpty()) {
        if (terminal && out.eventCount() >= 250'000)
            show(QCoreApplication::translate("journeyctl", "… reading %1").arg(paths.join(QStringLiteral(", "))));
        if (!PropertyColumnBuilder::addFromStore(context.storePath, out, paths, &error)) {
            clear();
            context.err << "journeyctl " << command << ": " << error << '\n';
            return false;
        }
    }
    clear();
    return true;
}

QStringList AnalysisInput::splitOutsideBrackets(const QString& text, QChar separator)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(']'))
            depth = std::max(0, depth - 1);
        if (c == separator && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString AnalysisInput::closestKey(const AnalysisSnapshot& snapshot, const QString& name)
{
    // A page or screen name typed without its prefix.
    for (const QLatin1String prefix : { QLatin1String("page:"), QLatin1String("screen:") }) {
        const QByteArray key = QString(prefix + name).toUtf8();
        if (snapshot.keyId(key) >= 0)
            return QString::fromUtf8(key);
    }
    const QString lowered = name.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    qint64 bestCount = 0;
    for (qint32 key = 0; key < snapshot.keyCount(); ++key) {
        const QString candidate = QString::fromUtf8(snapshot.keyName(key));
        const int distance = editDistance(lowered, candidate.toLower());
        const qint64 count = snapshot.keyEventCount(key);
        if (distance < bestDistance || (distance == bestDistance && count > bestCount)) {
            best = candidate;
            bestDistance = distance;
            bestCount = count;
        }
    }
    // Farther than half the name is a different name, not a typo.
    if (best.isEmpty() || bestDistance > std::max(2, int(name.size()) / 2))
        return {};
    return best;
}

void AnalysisInput::warnUnknownEvents(CtlContext& context, const QString& command, const AnalysisSnapshot& snapshot,
    const QList<EventSelector>& selectors)
{
    if (snapshot.eventCount() == 0) {
        context.err
            << "journeyctl " << command << ": "
            << QCoreApplication::translate("journeyctl", "warning: the store %1 has no events").arg(context.storePath)
            << '\n';
        return;
    }
    QStringList warned;
    for (const EventSelector& selector : selectors) {
        if (selector.isAnyEvent() || warned.contains(selector.event) || snapshot.keyId(selector.event.toUtf8()) >= 0)
            continue;
        warned.append(selector.event);
        const QString suggestion = closestKey(snapshot, selector.event);
        context.err << "journeyctl " << command << ": "
                    << (suggestion.isEmpty()
                               ? QCoreApplication::translate(
                                   "journeyctl", "warning: no event in the store is called \"%1\"")
                                     .arg(selector.event)
                               : QCoreApplication::translate("journeyctl",
                                   "warning: no event in the store is called \"%1\"; did you mean \"%2\"?")
                                     .arg(selector.event, suggestion))
                    << '\n';
    }
}

} // namespace Journey::Ctl
