// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "propertycolumn.h"

namespace Journey {

PropertyColumn::PropertyColumn(QString path)
    : m_path(std::move(path))
{
}

quint32 PropertyColumn::intern(const QByteArray& text, bool isNumber, double number)
{
    const auto found = m_ids.constFind(text);
    if (found != m_ids.constEnd())
        return found.value();
    const auto id = quint32(m_texts.size());
    m_ids.insert(text, id);
    m_texts.push_back(text);
    m_numbers.push_back(isNumber ? number : 0.0);
    m_isNumber.push_back(isNumber ? 1 : 0);
    return id;
}

} // namespace Journey
