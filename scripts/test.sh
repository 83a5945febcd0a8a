#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Runs every test: installs what is missing, builds, installs the pinned official SDKs the conformance tests
# drive (npm ci), then CTest. Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir=${JOURNEY_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel
if [ -f tests/conformance/package-lock.json ]; then
    (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
fi
ctest --test-dir "$build_dir" --output-on-failure "$@"
