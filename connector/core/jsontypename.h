// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace Journey {

/// A JSON value's type as error messages name it: "a string", "a number", "an object", "null", … and
/// "nothing" for an absent member.
QString jsonTypeName(const QJsonValue& value);

} // namespace Journey
