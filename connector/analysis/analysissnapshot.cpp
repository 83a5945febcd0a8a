// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "analysissnapshot.h"

#include <algorithm>
#include <limits>

namespace Journey {

AnalysisSnapshot::AnalysisSnapshot()
    : m_data(std::make_shared<Data>())
{
}

AnalysisSnapshot::AnalysisSnapshot(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{
}

QByteArray AnalysisSnapshot::eventKey(EventType type, QByteArrayView name)
{
    switch (type) {
    case EventType::Track:
        return name.toByteArray();
    case EventType::Page:
        return QByteArrayView("page:") + name;
    case EventType::Screen:
        return QByteArrayView("screen:") + name;
    case EventType::Identify:
        return QByteArrayLiteral("identify");
    case EventType::Group:
        return QByteArrayLiteral("group");
    case EventType::Alias:
        return QByteArrayLiteral("alias");
    }
    return name.toByteArray();
}

int AnalysisSnapshot::personOf(qsizetype position) const
{
    const auto& offsets = m_data->offsets;
    const auto after = std::upper_bound(offsets.begin(), offsets.end(), qint64(position));
    return int(after - offsets.begin()) - 1;
}

qsizetype AnalysisSnapshot::positionOf(qint64 eventId) const
{
    const qint64 at = eventId - m_data->minEventId;
    if (at < 0 || at >= qint64(m_data->positionById.size()))
        return -1;
    const quint32 position = m_data->positionById[size_t(at)];
    return position == std::numeric_limits<quint32>::max() ? -1 : qsizetype(position);
}

qint32 AnalysisSnapshot::keyId(QByteArrayView name) const
{
    return m_data->keyIndex.value(name.toByteArray(), -1);
}

const PropertyColumn* AnalysisSnapshot::property(const QString& path) const
{
    const auto found = m_properties.constFind(path);
    return found == m_properties.constEnd() ? nullptr : found.value().get();
}

AnalysisSnapshot AnalysisSnapshot::withProperty(std::shared_ptr<const PropertyColumn> column) const
{
    AnalysisSnapshot copy = *this;
    const QString path = column->path();
    copy.m_properties.insert(path, std::move(column));
    return copy;
}

} // namespace Journey
