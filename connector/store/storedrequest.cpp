// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "storedrequest.h"

namespace Journey {

QByteArray StoredRequest::headerText() const
{
    QByteArray text = method.toLatin1() + ' ' + path.toUtf8();
    if (!query.isEmpty())
        text += '?' + query.toUtf8();
    text += " HTTP/1.1\n";
    for (const auto& [name, value] : headers)
        text += name + ": " + value + '\n';
    return text;
}

} // namespace Journey
