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
# make only those (live, rejected, validation, funnels, cohorts, trends, sessions, captures, replay, compare, composer, providers,
# deliverylog).
# The Compare page compares two capture files of the same generated traffic, the second with the kinds of drift a
# broken build brings (a property retyped, renamed or missing, an event gone, one new, fewer adds to cart).
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

if want sessions; then
# The Sessions page: generated demo traffic, then — through a headless collector that checks events against the
# demo tracking plan — a visit as RudderStack's JavaScript SDK sends it (one context.sessionId: anonymous page
# views, a pause, an identify, a checkout with one event breaking the plan) and an Amplitude user's session. The
# newest session (the visit) is selected, with its event that breaks the plan in the inspector.
sstore="$scratch/sessions.db"
"$ctl" --store "$sstore" generate --users 200 --events 10000 --seed 5 --import >/dev/null 2>&1
cat > "$scratch/sessions-config.json" <<JSON
{"journey":{"validation":{"plan":"$PWD/resources/demo/tracking-plan.json"}}}
JSON
port=$(free_port)
"$ctl" --store "$sstore" --config "$scratch/sessions-config.json" collect --listen "127.0.0.1:$port" \
    > "$scratch/sessions-collect.out" 2>/dev/null &
collect_pid=$!
for _ in $(seq 50); do
    grep -q listening "$scratch/sessions-collect.out" 2>/dev/null && break
    sleep 0.1
done
python3 - "$port" <<'PY'
import json, sys, time, urllib.request
from datetime import datetime, timezone
port = sys.argv[1]
def post(path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()
def iso(ms):
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)
now = int(time.time() * 1000)
# An Amplitude user's session an hour ago (session_id: its start, in ms).
start = now - 80 * 60_000
post("/2/httpapi", {"api_key": "amp_demo_7d1e9c3a", "events": [
    {"event_type": name, "user_id": "user-3107", "device_id": "9c1f-77d2", "session_id": start,
     "time": start + offset * 1000, "insert_id": f"amp-{offset}", "event_properties": props}
    for offset, name, props in [(0, "Search Performed", {"query": "rain jacket"}),
                                (25, "Product Viewed", {"product_id": "sku-311", "name": "Storm Shell", "price": 189, "currency": "EUR"}),
                                (70, "Product Added", {"product_id": "sku-311", "price": 189, "quantity": 1, "currency": "EUR"}),
                                (130, "Checkout Started", {"cart_id": "c-8812", "value": 189, "currency": "EUR"})]]})
# A visit through RudderStack's JavaScript SDK (context.sessionId: the session's start, in ms).
start = now - 15 * 60_000
device = "5f1c0b7e-8a43-4c2e-9a0e-2d9a1b7c6e10"
library = {"name": "RudderLabs JavaScript SDK", "version": "3.7.1"}
visit = [
    (0, {"type": "page", "name": "Home", "properties": {"path": "/", "url": "https://shop.example.com/"}}),
    (14, {"type": "page", "name": "Category: Shoes", "properties": {"path": "/c/shoes"}}),
    (31, {"type": "track", "event": "Product Viewed", "properties": {"product_id": "sku-101", "name": "Trail Runner 3", "price": 129, "currency": "USD"}}),
    (52, {"type": "track", "event": "Product Viewed", "properties": {"product_id": "sku-104", "name": "Trail Runner 3 GTX", "price": 159, "currency": "USD"}}),
    (75, {"type": "track", "event": "Product Added", "properties": {"product_id": "sku-101", "price": 129, "quantity": 1, "currency": "USD"}}),
    (96, {"type": "page", "name": "Search", "properties": {"path": "/search", "query": "socks"}}),
    (118, {"type": "track", "event": "Product Added", "properties": {"product_id": "sku-202", "price": 18.5, "quantity": 1, "currency": "USD"}}),
    (560, {"type": "identify", "userId": "user-2001", "traits": {"email": "dana@example.com", "plan": "plus"}}),
    (574, {"type": "track", "event": "Checkout Started", "userId": "user-2001", "properties": {"cart_id": "c-5521", "value": 147.5, "currency": "USD"}}),
    (601, {"type": "track", "event": "Coupon Applied", "userId": "user-2001", "properties": {"coupon": "SPRING10"}}),
    (640, {"type": "track", "event": "Order Completed", "userId": "user-2001", "properties": {"order_id": "ord-77812", "revenue": "147.50", "currency": "USD", "products": [{"product_id": "sku-101", "quantity": 1}]}}),
    (652, {"type": "page", "name": "Home", "userId": "user-2001", "properties": {"path": "/"}}),
]
batch = []
for number, (offset, message) in enumerate(visit):
    message.update({"anonymousId": device, "messageId": f"rs-{number}", "channel": "web",
                    "originalTimestamp": iso(start + offset * 1000), "sentAt": iso(now),
                    "context": {"sessionId": start, "library": library}})
    batch.append(message)
post("/v1/batch", {"writeKey": "rudder_demo_2Qk9", "batch": batch})
PY
kill -INT "$collect_pid"
wait "$collect_pid" || true
start_gui --store "$sstore" --config "$scratch/sessions-config.json" --listen "127.0.0.1:$(free_port)" \
    --screenshot docs/screenshots/sessions.png --screenshot-page sessions --screenshot-row 0
wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/sessions.png"
fi

if want captures; then
# The Captures page: a checkout as analytics.js (Segment) and mixpanel-js send it, received by a headless
# collector, saved with journeyctl capture into the captures folder beside the store, opened with its requests.
cdir="$scratch/capture-page"
mkdir -p "$cdir/captures"
port=$(free_port)
"$ctl" --store "$cdir/store.db" collect --listen "127.0.0.1:$port" > "$cdir/collect.out" 2>/dev/null &
collect_pid=$!
for _ in $(seq 50); do
    grep -q listening "$cdir/collect.out" 2>/dev/null && break
    sleep 0.1
done
python3 - "$port" <<'PY'
import base64, gzip, json, sys, time, urllib.request
from datetime import datetime, timezone
port = sys.argv[1]
def post(path, body, headers):
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}{path}", body, headers)).read()
def iso(ms):
    return datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)
now = int(time.time() * 1000) - 120_000
anon = "3c1f7a52-77b0-4e1c-9d2e-51a8f0e2b7c4"
library = {"name": "analytics.js", "version": "next-1.70.0"}
def segment(number, offset, message):
    message.update({"anonymousId": anon, "messageId": f"ajs-next-{now}-{number}", "timestamp": iso(now + offset),
                    "sentAt": iso(now + offset + 40), "context": {"library": library, "page": {"path": "/checkout"}}})
    return message
post("/v1/p", json.dumps({**segment(1, 0, {"type": "page", "name": "Cart", "properties": {"path": "/cart"}}),
                           "writeKey": "wk_live_8Hq2"}).encode(), {"Content-Type": "text/plain"})
batch = [segment(2, 4_000, {"type": "track", "event": "Checkout Started", "properties": {"cart_id": "c-9120", "value": 64.0, "currency": "EUR"}}),
         segment(3, 9_000, {"type": "identify", "userId": "user-4410", "traits": {"email": "kai@example.com"}}),
         segment(4, 15_000, {"type": "track", "event": "Order Completed", "userId": "user-4410",
                             "properties": {"order_id": "ord-5531", "revenue": 64.0, "currency": "EUR"}})]
post("/v1/batch", gzip.compress(json.dumps({"batch": batch, "writeKey": "wk_live_8Hq2"}).encode()),
     {"Content-Type": "application/json", "Content-Encoding": "gzip"})
mixpanel = [{"event": "Order Completed", "properties": {"token": "mp_tok_51c2", "distinct_id": "user-4410", "time": now + 15_200,
             "$insert_id": "mp-5531", "revenue": 64.0, "$current_url": "https://shop.example.com/checkout"}}]
post("/track/?ip=1&verbose=1", b"data=" + base64.b64encode(json.dumps(mixpanel).encode()).replace(b"+", b"%2B"),
     {"Content-Type": "application/x-www-form-urlencoded"})
PY
kill -INT "$collect_pid"
wait "$collect_pid" || true
"$ctl" --store "$cdir/store.db" capture --out "$cdir/captures/checkout-build-412.jsonl" --name "Checkout, build 412" \
    --description "Order Completed reaches Segment and Mixpanel; identify before the order" 2>/dev/null
start_gui --store "$cdir/store.db" --config "$scratch/config.json" --listen "127.0.0.1:$(free_port)" \
    --screenshot docs/screenshots/captures.png --screenshot-page captures --screenshot-row 3
wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/captures.png"
fi

if want replay; then
# The replay dialog, paused mid-replay of a small capture to a loopback collector: made by its GUI test, which
# drives the dialog the way a user does and saves the picture when asked to.
JOURNEY_REPLAY_SCREENSHOT=docs/screenshots/replay.png QT_QPA_PLATFORM=offscreen \
    "$build/tests/ui/tst_replaydialog" pauseResumeAndCancelFromTheButtons >/dev/null
echo "docs/screenshots/replay.png"
fi

if want compare; then
# Two builds of the same app: the baseline is generated demo traffic, the candidate the same traffic as a build
# that broke its analytics sends it. Both are capture files in the captures folder beside the store.
mkdir -p "$scratch/compare/captures"
"$ctl" generate --users 300 --events 12000 --seed 7 --out "$scratch/compare/generated.ndjson" 2>/dev/null
python3 - "$scratch/compare" <<'PY'
import json, sys, zlib
folder = sys.argv[1]
events = [json.loads(line) for line in open(f"{folder}/generated.ndjson")]
def bucket(message):  # a stable 0..99 per event
    return zlib.crc32(message["messageId"].encode()) % 100
def header(name, description):
    return json.dumps({"journeyCapture": 1, "name": name, "description": description,
                       "createdAt": "2026-03-02T10:00:00.000Z", "origin": "collector"})
candidate = []
for message in events:
    m = json.loads(json.dumps(message))
    event, props = m.get("event"), m.get("properties")
    if m["type"] == "screen" and m.get("name") == "Pricing":
        continue  # the new app build no longer tracks this screen
    if event == "Product Added" and bucket(m) < 35:
        continue  # a broken "add to cart" button on some devices
    if event == "Order Completed" and props and "revenue" in props:
        props["revenue"] = "%.2f" % props["revenue"]  # now a string
    if event == "Product Viewed" and props and bucket(m) < 12:
        props.pop("currency", None)  # sometimes missing
    if event == "Signed Up" and props and "method" in props:
        props["signup_method"] = props.pop("method")  # renamed
    if m["type"] == "identify" and m.get("traits") is not None:
        m["traits"]["company"] = {"name": "Acme", "size": 40}
    candidate.append(m)
    if event == "Search Performed" and bucket(m) < 30:
        extra = json.loads(json.dumps(m))
        extra["event"] = "Search Filter Applied"
        extra["messageId"] += "-filter"
        extra["properties"] = {"filter": "price", "value": "0-100"}
        candidate.append(extra)
with open(f"{folder}/captures/1-checkout-build-412.ndjson", "w") as out:
    out.write(header("Checkout, build 412", "QA run on the release build") + "\n")
    out.writelines(json.dumps(m, separators=(",", ":")) + "\n" for m in events)
with open(f"{folder}/captures/2-checkout-build-413.ndjson", "w") as out:
    out.write(header("Checkout, build 413", "QA run on the release candidate") + "\n")
    out.writelines(json.dumps(m, separators=(",", ":")) + "\n" for m in candidate)
PY
start_gui --store "$scratch/compare/store.db" --config "$scratch/config.json" --listen "127.0.0.1:$(free_port)" \
    --screenshot docs/screenshots/compare.png --screenshot-page compare
wait "$gui_pid"
gui_pid=""
echo "docs/screenshots/compare.png"
fi

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
