// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/eventbatch.h"
#include "core/eventtype.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Journey {

struct SegmentInfo;

/*!
 * Which events to show or export. Every part is optional and all given parts must match. Text parts match
 * case-insensitively (ASCII letters) anywhere in the value. The same object filters live events in memory
 * and stored segments, so the live view and the store always agree.
 */
class EventFilter
{
public:
    void setTypes(quint32 typeMask) { m_typeMask = typeMask; } ///< bits (1 << EventType); 0 = every type
    void addType(EventType type) { m_typeMask |= 1u << quint32(type); }
    quint32 typeMask() const { return m_typeMask; }
    void setSources(quint64 sourceMask) { m_sourceMask = sourceMask; } ///< bits (1 << EventSource); 0 = all
    void addSource(EventSource source) { m_sourceMask |= quint64(1) << quint32(source); }
    quint64 sourceMask() const { return m_sourceMask; }
    /// bits (1 << ValidationState); 0 = every state
    void setValidationStates(quint32 stateMask) { m_validationMask = stateMask; }
    void addValidationState(ValidationState state) { m_validationMask |= 1u << quint32(state); }
    quint32 validationMask() const { return m_validationMask; }

    /// Substring of the event name (track) or page/screen name.
    void setName(const QString& name);
    QString name() const { return QString::fromUtf8(m_name); }
    /// Substring of the userId or the anonymousId.
    void setIdentity(const QString& identity);
    QString identity() const { return QString::fromUtf8(m_identity); }
    /// Substring anywhere in the canonical JSON message.
    void setText(const QString& text);
    QString text() const { return QString::fromUtf8(m_text); }
    /// Event timestamps in [from, to), ms since epoch.
    void setTimeRange(std::optional<qint64> from, std::optional<qint64> to);
    std::optional<qint64> from() const { return m_from; }
    std::optional<qint64> to() const { return m_to; }

    bool isEmpty() const;
    bool needsPayload() const { return !m_text.isEmpty(); }
    bool matches(const EventBatch& events, int index) const;
    /// False when no event of a segment with this summary can match.
    bool mayMatch(const SegmentInfo& segment) const;

    bool operator==(const EventFilter& other) const;
    bool operator!=(const EventFilter& other) const { return !(*this == other); }

    /// Case-insensitive (ASCII) search of \a needle, which must already be lower case.
    static bool containsFolded(QByteArrayView haystack, QByteArrayView needle);

private:
    quint32 m_typeMask = 0;
    quint64 m_sourceMask = 0;
    quint32 m_validationMask = 0;
    QByteArray m_name; ///< lower-cased UTF-8
    QByteArray m_identity;
    QByteArray m_text;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

} // namespace Journey

Q_DECLARE_METATYPE(Journey::EventFilter)
