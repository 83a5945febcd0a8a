// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "parseerror.h"

#include <QCoreApplication>

namespace Journey {

QString ParseError::toString() const
{
    QString text;
    if (line > 0) {
        text = column > 0 ? QCoreApplication::translate("Journey::ParseError", "line %1, column %2: ").arg(line).arg(column)
                          : QCoreApplication::translate("Journey::ParseError", "line %1: ").arg(line);
    }
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

} // namespace Journey
