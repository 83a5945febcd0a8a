// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Journey {

/// \a key as one reference token of a JSON pointer (RFC 6901): '~' becomes "~0", '/' becomes "~1".
QString jsonPointerToken(QString key);

} // namespace Journey
