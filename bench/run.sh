#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Builds (release flags) and runs every benchmark; figures go to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${JOURNEY_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJOURNEY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --parallel --target bench_collector bench_import bench_delivery bench_validation bench_analysis bench_replay journeyctl
"$build_dir/bench/bench_collector" "${COLLECTOR_SECONDS:-10}"
echo
"$build_dir/bench/bench_import" "${IMPORT_EVENTS:-2000000}"
echo
"$build_dir/bench/bench_validation" "${VALIDATION_EVENTS:-200000}"
echo
# DuckDB side needs: (cd bench/node && npm ci); 10M events write about 3.5 GB of NDJSON to the temp folder.
"$build_dir/bench/bench_analysis" "${ANALYSIS_EVENTS:-10000000}" "${ANALYSIS_USERS:-200000}"
echo
# The SDK baselines need the pinned SDKs: (cd tests/conformance && npm ci); without them the column is skipped.
"$build_dir/bench/bench_delivery" "${DELIVERY_EVENTS:-200000}"
echo
# Replay to a loopback sink at --speed max; the analytics-node column needs (cd tests/conformance && npm ci).
"$build_dir/bench/bench_replay" "${REPLAY_EVENTS:-200000}"
