// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replaysink.h"

namespace Journey {

ReplaySink::~ReplaySink() = default;

} // namespace Journey
