// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "models/eventlistmodel.h"

#include <QSettings>

namespace Journey {

namespace Keys {
constexpr const char* liveCapacity = "live/capacity";
constexpr const char* followTail = "live/followTail";
constexpr const char* windowGeometry = "window/geometry";
constexpr const char* windowState = "window/state";
constexpr const char* liveSplitter = "live/splitter";
constexpr const char* liveHeader = "live/header";
constexpr const char* currentPage = "window/page";
constexpr const char* recentCompositions = "composer/recent";
constexpr const char* viewStates = "views/";
} // namespace Keys

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
{
    QSettings settings;
    m_liveCapacity = settings.value(QLatin1String(Keys::liveCapacity), EventListModel::defaultCapacity).toInt();
    m_followTail = settings.value(QLatin1String(Keys::followTail), true).toBool();
    m_windowGeometry = settings.value(QLatin1String(Keys::windowGeometry)).toByteArray();
    m_windowState = settings.value(QLatin1String(Keys::windowState)).toByteArray();
    m_liveSplitterState = settings.value(QLatin1String(Keys::liveSplitter)).toByteArray();
    m_liveHeaderState = settings.value(QLatin1String(Keys::liveHeader)).toByteArray();
    m_currentPage = settings.value(QLatin1String(Keys::currentPage), 0).toInt();
    m_recentCompositions = settings.value(QLatin1String(Keys::recentCompositions)).toStringList();
    settings.beginGroup(QLatin1String(Keys::viewStates).chopped(1));
    for (const QString& name : settings.allKeys())
        m_viewStates.insert(name, settings.value(name).toByteArray());
}

void AppSettings::save(const char* key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(key), value);
}

void AppSettings::setLiveCapacity(int capacity)
{
    if (capacity == m_liveCapacity)
        return;
    m_liveCapacity = capacity;
    save(Keys::liveCapacity, capacity);
    Q_EMIT liveCapacityChanged(capacity);
}

void AppSettings::setFollowTail(bool follow)
{
    if (follow == m_followTail)
        return;
    m_followTail = follow;
    save(Keys::followTail, follow);
    Q_EMIT followTailChanged(follow);
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_windowGeometry = geometry;
    save(Keys::windowGeometry, geometry);
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_windowState = state;
    save(Keys::windowState, state);
}

void AppSettings::setLiveSplitterState(const QByteArray& state)
{
    m_liveSplitterState = state;
    save(Keys::liveSplitter, state);
}

void AppSettings::setLiveHeaderState(const QByteArray& state)
{
    m_liveHeaderState = state;
    save(Keys::liveHeader, state);
}


void AppSettings::setCurrentPage(int page)
{
    if (page == m_currentPage)
        return;
    m_currentPage = page;
    save(Keys::currentPage, page);
}

void AppSettings::setRecentCompositions(const QStringList& compositions)
{
    if (compositions == m_recentCompositions)
        return;
    m_recentCompositions = compositions;
    save(Keys::recentCompositions, compositions);
    Q_EMIT recentCompositionsChanged();
}

QByteArray AppSettings::viewState(const QString& name) const
{
    return m_viewStates.value(name);
}

void AppSettings::setViewState(const QString& name, const QByteArray& state)
{
    if (m_viewStates.value(name) == state)
        return;
    m_viewStates.insert(name, state);
    QSettings().setValue(QLatin1String(Keys::viewStates) + name, state);
}

} // namespace Journey
