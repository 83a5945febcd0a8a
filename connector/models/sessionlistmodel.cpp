// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "sessionlistmodel.h"

#include "analysis/analysisreportwriter.h"

#include <QDateTime>

namespace Journey {

namespace {

// Plurals spelled out: the English UI has no catalog to turn "%n screen(s)" into the right form.
QString invalidText(int count)
{
    return count == 1 ? SessionListModel::tr("1 invalid") : SessionListModel::tr("%1 invalid").arg(count);
}

QString warningsText(int count)
{
    return count == 1 ? SessionListModel::tr("1 with warnings") : SessionListModel::tr("%1 with warnings").arg(count);
}

QString screensText(int count)
{
    return count == 1 ? SessionListModel::tr("1 screen") : SessionListModel::tr("%1 screens").arg(count);
}

QString validationText(const PersonSession& session)
{
    switch (session.validation()) {
    case ValidationState::Invalid:
        return session.warningCount > 0
            ? SessionListModel::tr("%1, %2").arg(invalidText(session.invalidCount), warningsText(session.warningCount))
            : invalidText(session.invalidCount);
    case ValidationState::Warning:
        return warningsText(session.warningCount);
    case ValidationState::Valid:
        return SessionListModel::tr("valid");
    case ValidationState::Unchecked:
        return SessionListModel::tr("not checked");
    }
    return {};
}

QString pagesText(const PersonSession& session)
{
    if (session.screenCount == 0)
        return QString::number(session.pageCount);
    if (session.pageCount == 0)
        return screensText(session.screenCount);
    return SessionListModel::tr("%1 + %2").arg(session.pageCount).arg(screensText(session.screenCount));
}

/// Display names of the providers whose ids SessionIdKind names.
QString kindText(SessionIdKind kind)
{
    switch (kind) {
    case SessionIdKind::Amplitude:
        return QStringLiteral("Amplitude");
    case SessionIdKind::PostHog:
        return QStringLiteral("PostHog");
    case SessionIdKind::Ga4:
        return QStringLiteral("GA4");
    case SessionIdKind::Mixpanel:
        return QStringLiteral("Mixpanel");
    case SessionIdKind::Heap:
        return QStringLiteral("Heap");
    case SessionIdKind::Context:
        return QStringLiteral("context.sessionId");
    case SessionIdKind::None:
        break;
    }
    return {};
}

} // namespace

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SessionListModel::setSessions(const SessionListPtr& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

const PersonSession* SessionListModel::sessionAt(int row) const
{
    if (!m_sessions || row < 0 || row >= m_sessions->size())
        return nullptr;
    return &m_sessions->at(row);
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_sessions ? 0 : m_sessions->size();
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionListModel::timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_sessions || index.row() >= m_sessions->size() || index.column() >= ColumnCount)
        return {};
    const PersonSession& session = m_sessions->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartColumn:
            return timeText(session.start);
        case PersonColumn:
            return m_sessions->personOf(index.row());
        case DurationColumn:
            return AnalysisReportWriter::formatDuration(double(session.durationMs()) / 1000.0);
        case EventsColumn:
            return session.eventCount;
        case PagesColumn:
            return pagesText(session);
        case ValidationColumn:
            return validationText(session);
        case SourceColumn:
            return session.sourceNames();
        case SplitColumn:
            return session.split == SessionSplit::ProviderId ? tr("%1 id").arg(kindText(session.idKind))
                                                             : tr("inactivity");
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case PersonColumn:
            return m_sessions->person(session.person).ids.join(QLatin1Char('\n'));
        case StartColumn:
            return tr("%1 to %2").arg(timeText(session.start), timeText(session.end));
        case SplitColumn:
            return session.split == SessionSplit::ProviderId
                ? tr("Grouped by the provider's session id %1 (%2)")
                      .arg(QString::fromUtf8(session.providerSessionId), kindText(session.idKind))
                : tr("No provider session id: split after more than %1 without an event")
                      .arg(AnalysisReportWriter::formatWindow(m_sessions->gapMs()));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == EventsColumn || index.column() == DurationColumn || index.column() == PagesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SessionIndexRole:
        return index.row();
    case PersonIdsRole:
        return m_sessions->person(session.person).ids.join(QLatin1Char(' '));
    case ValidationStateRole:
        return int(session.validation());
    case SortRole:
        switch (Column(index.column())) {
        case StartColumn:
            return session.start;
        case PersonColumn:
            return m_sessions->personOf(index.row());
        case DurationColumn:
            return session.durationMs();
        case EventsColumn:
            return session.eventCount;
        case PagesColumn:
            return session.pageCount + session.screenCount;
        case ValidationColumn:
            // Worst first when sorted descending: invalid count, then warnings.
            return qint64(session.invalidCount) * 1'000'000 + session.warningCount;
        case SourceColumn:
            return session.sourceNames();
        case SplitColumn:
            return int(session.split) * 16 + int(session.idKind);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StartColumn:
        return tr("Start");
    case PersonColumn:
        return tr("Person");
    case DurationColumn:
        return tr("Duration");
    case EventsColumn:
        return tr("Events");
    case PagesColumn:
        return tr("Pages");
    case ValidationColumn:
        return tr("Validation");
    case SourceColumn:
        return tr("Source");
    case SplitColumn:
        return tr("Split by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Journey
