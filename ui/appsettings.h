// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace Journey {

/*!
 * The GUI's own preferences (view state, live buffer size), loaded from QSettings once and written back on
 * change. Engine settings live in the configuration file instead (see JourneyConfig). GUI thread only.
 */
class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QObject* parent = nullptr);

    int liveCapacity() const { return m_liveCapacity; }
    void setLiveCapacity(int capacity);

    bool followTail() const { return m_followTail; }
    void setFollowTail(bool follow);

    QByteArray windowGeometry() const { return m_windowGeometry; }
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const { return m_windowState; }
    void setWindowState(const QByteArray& state);
    QByteArray liveSplitterState() const { return m_liveSplitterState; }
    void setLiveSplitterState(const QByteArray& state);
    QByteArray liveHeaderState() const { return m_liveHeaderState; }
    void setLiveHeaderState(const QByteArray& state);

    /// The page shown last (MainWindow::Page).
    int currentPage() const { return m_currentPage; }
    void setCurrentPage(int page);

    /// Compositions sent from the Composer, newest first, each a JSON object (ComposerView's format).
    QStringList recentCompositions() const { return m_recentCompositions; }
    void setRecentCompositions(const QStringList& compositions);

    /// Splitter and header states of the other views, by a name the view chooses ("composer/splitter").
    QByteArray viewState(const QString& name) const;
    void setViewState(const QString& name, const QByteArray& state);

Q_SIGNALS:
    void liveCapacityChanged(int capacity);
    void followTailChanged(bool follow);
    void recentCompositionsChanged();

private:
    void save(const char* key, const QVariant& value);

    int m_liveCapacity;
    bool m_followTail;
    QByteArray m_windowGeometry;
    QByteArray m_windowState;
    QByteArray m_liveSplitterState;
    QByteArray m_liveHeaderState;
    int m_currentPage;
    QStringList m_recentCompositions;
    QHash<QString, QByteArray> m_viewStates;
};

} // namespace Journey
