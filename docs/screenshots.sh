#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Regenerates the screenshots in docs/screenshots/ from a scratch store filled with the demo data set plus a
# few events sent live to the collector. Uses Qt's offscreen platform; pass --xvfb to render under Xvfb
# instead (closer to a real desktop: needs the xvfb package).
#
#   docs/screenshots.sh [--xvfb]        (build first: cmake --build build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${JOURNEY_BUILD_DIR:-build}
ctl="$build/app/journeyctl"
gui="$build/app/journey-connector"
[ -x "$ctl" ] && [ -x "$gui" ] || { echo "build first: cmake --build $build" >&2; exit 1; }

scratch=$(mktemp -d)
gui_pid=""
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
# Nothing of the user's own settings, store or config is read or written.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
store="$scratch/store.db"
"$ctl" --store "$store" import resources/demo/events.ndjson >/dev/null 2>&1

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run=("$gui" --store "$store" --config "$scratch/config.json" --listen "127.0.0.1:$port" --window-size 1440x900
     --screenshot docs/screenshots/live.png --screenshot-row -2)
if [ "${1:-}" = "--xvfb" ]; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" &
else
    QT_QPA_PLATFORM=offscreen "${run[@]}" &
fi
gui_pid=$!

# Send a few events the way SDKs do: a batch from analytics-node (gzip) and a single analytics.js call.
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
now=$(date -u +%Y-%m-%dT%H:%M:%S.000Z)
cat > "$scratch/batch.json" <<JSON
{"batch":[
 {"type":"identify","messageId":"node-next-1764288000000-5b8f0c1e-61a2-4a5e-9a3c-0d7e8a1f2b01","userId":"user-2001","anonymousId":"5f1c0b7e-8a43-4c2e-9a0e-2d9a1b7c6e10","traits":{"email":"dana@example.com","plan":"plus"},"timestamp":"$now","context":{"library":{"name":"@segment/analytics-node","version":"3.1.0"}}},
 {"type":"track","messageId":"node-next-1764288000000-5b8f0c1e-61a2-4a5e-9a3c-0d7e8a1f2b02","userId":"user-2001","event":"Order Completed","properties":{"order_id":"ord-77812","revenue":147.5,"currency":"USD","products":[{"product_id":"sku-101","name":"Trail Runner 3","price":129,"quantity":1},{"product_id":"sku-202","name":"Merino Crew Socks","price":18.5,"quantity":1}]},"timestamp":"$now","context":{"library":{"name":"@segment/analytics-node","version":"3.1.0"}}}
],"writeKey":"wk_live_5Z8pQ2rT9xY4","sentAt":"$now"}
JSON
gzip -c "$scratch/batch.json" | curl -s -o /dev/null -X POST "http://127.0.0.1:$port/v1/batch" \
    -H 'Content-Type: application/json' -H 'Content-Encoding: gzip' -u 'wk_live_5Z8pQ2rT9xY4:' --data-binary @-
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/v1/p" -H 'Content-Type: text/plain' \
    -d '{"messageId":"ajs-next-1764288000000-2c7d","anonymousId":"5f1c0b7e-8a43-4c2e-9a0e-2d9a1b7c6e10","name":"Pricing","properties":{"path":"/pricing","url":"https://shop.example.com/pricing"},"writeKey":"wk_live_5Z8pQ2rT9xY4"}'

wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/live.png"
