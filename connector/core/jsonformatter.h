// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Journey {

/// Re-indents JSON text for people without parsing values into doubles or reordering members: every token
/// stays exactly as it was written.
class JsonFormatter
{
public:
    /// Indented JSON; text that is not valid JSON is returned unchanged.
    static QByteArray indent(QByteArrayView json, int width = 2);
    static bool isValid(QByteArrayView json);
};

} // namespace Journey
