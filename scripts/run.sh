#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Installs what is missing (Debian 12 packages), builds, and starts the desktop app. The store is created on
# first start in the app-data folder (~/.local/share/journey-connector/journey.db); the collector listens on
# http://127.0.0.1:8787. Arguments are passed to the app (e.g. --listen 127.0.0.1:9000, --store PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir=${JOURNEY_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --parallel --target journey-connector journeyctl
exec "$build_dir/app/journey-connector" "$@"
