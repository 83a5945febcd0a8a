// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "replayclock.h"

namespace Journey {

ReplayClock::~ReplayClock() = default;

} // namespace Journey
