#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Journey Connector developers
# SPDX-License-Identifier: MIT
#
# Regenerates the screenshots in docs/screenshots/: the Live view from a scratch store filled with the demo
# data set plus a few events sent live to the collector; the Composer, Providers and Delivery log pages from
# events the app itself sends through its composer to a local HTTP sink standing in for Segment and PostHog
# (no real network: every provider endpoint is 127.0.0.1); the Funnels, Cohorts and Trends pages from a scratch
# store the app fills with generated demo data (400 users, 40,000 events, seed 1). Uses Qt's offscreen platform;
# pass --xvfb to render under Xvfb instead (closer to a real desktop: needs the xvfb package). Name pages to
# make only those (live, rejected, validation, funnels, cohorts, trends, composer, providers, deliverylog).
#
#   docs/screenshots.sh [--xvfb] [PAGE...]        (build first: cmake --build build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${JOURNEY_BUILD_DIR:-build}
ctl="$build/app/journeyctl"
gui="$build/app/journey-connector"
[ -x "$ctl" ] && [ -x "$gui" ] || { echo "build first: cmake --build $build" >&2; exit 1; }

scratch=$(mktemp -d)
gui_pid=""
sink_pid=""
cleanup() {
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
    [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
# Nothing of the user's own settings, store or config is read or written.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
store="$scratch/store.db"
"$ctl" --store "$store" import resources/demo/events.ndjson >/dev/null 2>&1

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
# Runs the GUI with the given arguments in the background (offscreen, or under Xvfb with --xvfb).
start_gui() {
    if [ "$xvfb" = 1 ]; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "$gui" --window-size 1440x900 "$@" &
    else
        QT_QPA_PLATFORM=offscreen "$gui" --window-size 1440x900 "$@" &
    fi
    gui_pid=$!
}
xvfb=0
if [ "${1:-}" = "--xvfb" ]; then
    xvfb=1
    shift
fi
wanted=("$@")
# Whether page $1 is to be made: every page when none was named.
want() {
    [ ${#wanted[@]} -eq 0 ] && return 0
    local page
    for page in "${wanted[@]}"; do
        [ "$page" = "$1" ] && return 0
    done
    return 1
}

# The live page sends the requests the Rejected page shows: it runs for either.
if want live || want rejected; then
port=$(free_port)
start_gui --store "$store" --config "$scratch/config.json" --listen "127.0.0.1:$port" \
    --screenshot docs/screenshots/live.png --screenshot-row -5

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

# The same collector speaks every provider's format: a Mixpanel track as mixpanel-node sends it (GET ?data=),
# an Amplitude batch, a PostHog capture batch, a GA4 Measurement Protocol hit and a Heap track.
ms=$(date +%s%3N)
mp=$(printf '{"event":"Plan Upgraded","properties":{"token":"mp_demo_3c8e1f0a6b2d","distinct_id":"user-2001","time":%s,"$insert_id":"mp-5b8f0c1e61a2","plan":"plus","mp_lib":"node","$lib_version":"0.24.0"}}' "$ms" | base64 -w0)
curl -s -o /dev/null "http://127.0.0.1:$port/track?data=$mp&ip=0&verbose=0"
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/2/httpapi" -H 'Content-Type: application/json' \
    -d "{\"api_key\":\"amp_demo_7d1e9c3a\",\"events\":[{\"event_type\":\"Search Performed\",\"user_id\":\"user-2001\",\"device_id\":\"5f1c0b7e-8a43\",\"time\":$ms,\"insert_id\":\"amp-77c1\",\"event_properties\":{\"query\":\"trail shoes\",\"results\":42},\"library\":\"amplitude-node-ts/1.5.73\"}]}"
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/batch/" -H 'Content-Type: application/json' \
    -d "{\"api_key\":\"phc_demo_4q8Lw2nX\",\"batch\":[{\"event\":\"\$pageview\",\"distinct_id\":\"user-2001\",\"uuid\":\"0192f3a1-7b2c-7d4e-8f00-1a2b3c4d5e6f\",\"timestamp\":\"$now\",\"properties\":{\"\$current_url\":\"https://shop.example.com/checkout\",\"\$pathname\":\"/checkout\",\"\$title\":\"Checkout\",\"\$lib\":\"posthog-node\",\"\$lib_version\":\"5.7.0\"}}],\"sent_at\":\"$now\"}"
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/mp/collect?measurement_id=G-DEMO12345&api_secret=ga_demo_secret_x1" \
    -H 'Content-Type: application/json' \
    -d '{"client_id":"1187402.1764288000","user_id":"user-2001","events":[{"name":"add_to_cart","params":{"currency":"USD","value":129,"items":[{"item_id":"sku-101","item_name":"Trail Runner 3"}]}}]}'
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/api/track" -H 'Content-Type: application/json' \
    -d "{\"app_id\":\"4151592877\",\"identity\":\"user-2001\",\"event\":\"Review Submitted\",\"timestamp\":\"$now\",\"properties\":{\"rating\":5,\"product\":\"sku-101\"}}"
# And what the Rejected page shows: a batch with a broken event, a Mixpanel form that is not base64, a path
# no provider has.
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/v1/batch" -H 'Content-Type: application/json' \
    -d '{"writeKey":"wk_live_5Z8pQ2rT9xY4","batch":[{"type":"track","userId":"user-2001","event":"Cart Viewed"},{"type":"track","userId":"user-2001","properties":{"items":2}}]}'
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/mixpanel/track?verbose=1" \
    -H 'Content-Type: application/x-www-form-urlencoded' -d 'data=eyJldmVudCI6IkJyb2tlbiIs%%%'
curl -s -o /dev/null -X POST "http://127.0.0.1:$port/v2/events" -H 'Content-Type: application/json' -d '{"event":"Lost"}'

wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/live.png"
fi

if want rejected; then
# The Rejected page, from the same store: the newest refusal selected.
port=$(free_port)
start_gui --store "$store" --config "$scratch/config.json" --listen "127.0.0.1:$port" \
    --screenshot docs/screenshots/rejected.png --screenshot-page rejected --screenshot-row 1
wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/rejected.png"
fi

if want validation; then
# The Validation page: a headless collector checks the demo events against the demo tracking plan as they arrive
# (plus a few broken ones an app under test might send), then the window shows what it found.
vstore="$scratch/validation.db"
cat > "$scratch/validation-config.json" <<JSON
{"journey":{"validation":{"plan":"$PWD/resources/demo/tracking-plan.json"}}}
JSON
port=$(free_port)
"$ctl" --store "$vstore" --config "$scratch/validation-config.json" collect --listen "127.0.0.1:$port" \
    > "$scratch/collect.out" 2>/dev/null &
collect_pid=$!
for _ in $(seq 50); do
    grep -q listening "$scratch/collect.out" 2>/dev/null && break
    sleep 0.1
done
python3 - "$port" <<'PY'
import json, sys, urllib.request
port = sys.argv[1]
def post(batch):
    body = json.dumps({"writeKey": "wk_live_5Z8pQ2rT9xY4", "batch": batch}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/batch", body, {"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
events = [json.loads(line) for line in open("resources/demo/events.ndjson")]
for message in events:
    message.pop("receivedAt", None)
for start in range(0, len(events), 50):
    post(events[start:start + 50])
user = {"userId": "user-2001", "context": {"library": {"name": "analytics.js", "version": "next-1.74.0"}}}
post([
    dict(user, type="track", event="Product Viewed", properties={"product_id": "SKU_101", "name": "Trail Runner 3", "price": "129.00", "currency": "usd"}),
    dict(user, type="track", event="Product Added", properties={"product_id": "sku-101", "price": 129, "quantity": 0, "currency": "USD"}),
    dict(user, type="track", event="Wishlist Item Added", properties={"product_id": "sku-101"}),
    dict(user, type="track", event="Order Completed", properties={"order_id": "ord-77813", "revenue": 147.5, "currency": "USD", "products": []}),
    dict(user, type="identify", traits={"email": "dana-at-example.com", "plan": "enterprise"}),
    dict(user, type="track", event="session_start", properties={"engagement_time_msec": 100}),
])
PY
kill -INT "$collect_pid"
wait "$collect_pid" || true
port=$(free_port)
start_gui --store "$vstore" --config "$scratch/validation-config.json" --listen "127.0.0.1:$port" \
    --screenshot docs/screenshots/validation.png --screenshot-page validation
wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/validation.png"
fi

# The analysis pages: the app fills a store that does not exist yet with the demo data set, then shows the
# page once its default query has answered.
for page in funnels cohorts trends; do
    want "$page" || continue
    start_gui --store "$scratch/analysis.db" --config "$scratch/config.json" --listen "127.0.0.1:$(free_port)" \
        --screenshot "docs/screenshots/$page.png" --screenshot-page "$page"
    wait "$gui_pid"
    gui_pid=""
    echo "docs/screenshots/$page.png"
done

# The delivery pages: a sink on 127.0.0.1 answers like the providers' ingestion APIs, and refuses one event
# (HTTP 400 from "PostHog") so that the Providers page has a dead letter to show.
sink_port=$(free_port)
cat > "$scratch/sink.py" <<'PY'
import gzip, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        if self.path.startswith("/posthog") and b"Coupon Applied" in body:
            status, answer = 400, {"type": "validation_error", "code": "invalid_event",
                                   "detail": "Event 'Coupon Applied' is blocked by a project ingestion filter"}
        elif self.path.startswith("/posthog"):
            status, answer = 200, {"status": 1}
        else:
            status, answer = 200, {"success": True}
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Request-Id", "req-%d" % (hash(body) & 0xffffff))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *args):
        pass

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
PY
python3 "$scratch/sink.py" "$sink_port" &
sink_pid=$!
for _ in $(seq 50); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $sink_port), 1)" 2>/dev/null && break
    sleep 0.1
done

# Credentials are made up; one comes from the environment as a ${VAR} reference, as people write it.
export SEGMENT_WRITE_KEY="wk_demo_9Fq2LrT7xY4p"
export MIXPANEL_TOKEN="mp_demo_3c8e1f0a6b2d"
cat > "$scratch/delivery.json" <<JSON
{
  "journey": {
    "provider": ["segment", "posthog"],
    "providers": {
      "segment": {
        "writeKey": "\${SEGMENT_WRITE_KEY}",
        "endpoint": "http://127.0.0.1:$sink_port/segment",
        "batch": { "flushMs": 50 }
      },
      "posthog": {
        "apiKey": "phc_demo_Xk29VbQ7mN4sLp1R",
        "endpoint": "http://127.0.0.1:$sink_port/posthog",
        "batch": { "flushMs": 50 }
      },
      "mixpanel": {
        "token": "\${MIXPANEL_TOKEN}",
        "endpoint": "http://127.0.0.1:$sink_port/mixpanel",
        "enabled": false
      }
    }
  }
}
JSON
for page in composer providers deliverylog; do
    want "$page" || continue
    start_gui --store "$scratch/$page.db" --config "$scratch/delivery.json" --listen "127.0.0.1:$(free_port)" \
        --screenshot "docs/screenshots/$page.png" --screenshot-page "$page"
    wait "$gui_pid"
    gui_pid=""
    echo "docs/screenshots/$page.png"
done
