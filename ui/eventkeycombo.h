// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysisservice.h"

#include <QComboBox>

namespace Journey {

/*!
 * An editable event picker: offers the store's event keys (most events first, each with its count) and
 * completes what is typed anywhere in a name. With setAnyEventOffered(), "Any event" ("*") comes first.
 */
class EventKeyCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit EventKeyCombo(QWidget* parent = nullptr);

    /// Offers \a keys, keeping what is typed.
    void setEventKeys(const QList<AnalysisService::EventKey>& keys);
    void setAnyEventOffered(bool offered);
    /// The event key: what is typed, trimmed; "*" for the "Any event" entry.
    QString eventKey() const;
    void setEventKey(const QString& key);

private:
    void rebuild();

    QList<AnalysisService::EventKey> m_keys;
    bool m_anyEvent = false;
};

} // namespace Journey
