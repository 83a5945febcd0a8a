// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The baseline of bench_delivery: one official Node SDK (pinned in tests/conformance/package.json) sends N
// track events to a local sink through its public API only, and waits until every one is flushed.
//
// Usage: node send-with-sdk.mjs PROVIDER SINK_URL EVENTS [--mode tuned|defaults] [--modules DIR] [--yield-every K]
//   PROVIDER      segment | posthog | amplitude
//   SINK_URL      http://127.0.0.1:PORT (the SDK's own paths are appended as it does against its cloud)
//   --mode        tuned (default): batches about as large as the connector's for the provider, within the
//                 provider's request size limit, and a queue that never drops; defaults: the SDK as shipped
//   --modules     the folder holding node_modules (default: ../../tests/conformance from this file)
//   --yield-every give the event loop a turn after every K calls (default 1000), as a server handling
//                 requests would; without it nothing is sent before the last call returns
//
// Prints one JSON line: {"provider", "package", "version", "mode", "events", "elapsedMs" (first call to
// everything flushed), "callsMs" (first to last call), "failed" (events the SDK reported as not delivered),
// "settings"}. Exits 1 when the SDK could not be loaded.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(name);
    if (at < 0)
        return fallback;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
};
const mode = option('--mode', 'tuned');
const modulesDir = resolve(option('--modules', join(dirname(fileURLToPath(import.meta.url)), '../../tests/conformance')));
const yieldEvery = Math.max(1, Number(option('--yield-every', '1000')));
const [provider, sinkUrl, eventsText] = args;
const events = Number(eventsText);
if (!['segment', 'posthog', 'amplitude'].includes(provider) || !sinkUrl || !(events > 0)
    || !['tuned', 'defaults'].includes(mode)) {
    console.error('usage: node send-with-sdk.mjs segment|posthog|amplitude SINK_URL EVENTS [--mode tuned|defaults] '
        + '[--modules DIR] [--yield-every K]');
    process.exit(2);
}

// ESM resolves bare names from this file's folder; the SDKs live in the conformance tests' node_modules.
const require = createRequire(join(modulesDir, 'package.json'));
const packages = { segment: '@segment/analytics-node', posthog: 'posthog-node', amplitude: '@amplitude/analytics-node' };
const packageName = packages[provider];
let sdk;
let version;
try {
    sdk = require(packageName);
    version = JSON.parse(readFileSync(join(modulesDir, 'node_modules', packageName, 'package.json'), 'utf8')).version;
} catch (error) {
    console.error(`cannot load ${packageName} from ${modulesDir}/node_modules (run npm ci there): ${error.message}`);
    process.exit(1);
}

// The same events bench_delivery.cpp tracks through the connector: sessions of 10 events per user, 5 names,
// 8 properties, `seq` numbering them for the sink's loss and duplicate count.
const names = ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed', 'Coupon Applied'];
function eventAt(i) {
    return {
        userId: `user-${Math.floor(i / 10) % 20000}`,
        event: names[i % names.length],
        properties: {
            order_id: `o-${i}`,
            product_id: `p-${i % 500}`,
            category: 'Games',
            price: 19.99 + (i % 50),
            quantity: 1 + (i % 3),
            currency: 'USD',
            coupon: `SPRING${i % 10}`,
            seq: i,
        },
    };
}

const tuned = mode === 'tuned';
let failed = 0;
let settings;
let track;
let finish;

if (provider === 'segment') {
    // Default flushAt: 15. Tuned: 1000, the most that keeps these events (~490 B each as the SDK writes them)
    // under Segment's 500 KB request limit. The SDK's own 480 KB check does not hold: calculateSize() counts
    // the pieces of encodeURI(json).split(/%..|i/), i.e. escapes and letters "i", not bytes, so flushAt 2500
    // sends 1.2 MB bodies that Segment would refuse.
    settings = { writeKey: 'bench_write_key', host: sinkUrl, ...(tuned ? { flushAt: 1000 } : {}) };
    const analytics = new sdk.Analytics(settings);
    analytics.on('error', () => {});
    track = (e) => analytics.track(e, (error) => { if (error) ++failed; });
    finish = () => analytics.closeAndFlush({ timeout: 600000 });
} else if (provider === 'posthog') {
    // Default: flushAt 20, maxBatchSize 100, maxQueueSize 1000 (older events are dropped beyond that).
    // Tuned: 1000 per request like the connector, and a queue that holds the whole run.
    settings = tuned ? { host: sinkUrl, flushAt: 1000, maxBatchSize: 1000, maxQueueSize: events + 1 } : { host: sinkUrl };
    const posthog = new sdk.PostHog('phc_bench_key', settings);
    posthog.on('error', () => { ++failed; });
    track = (e) => posthog.capture({ distinctId: e.userId, event: e.event, properties: e.properties });
    finish = () => posthog.shutdown(600000);
} else {
    // Events wait for the flushIntervalMillis timer (default 10 s; tuned: 200 ms, the connector's flushMs) or
    // flush(), then go out in requests of flushQueueSize (default 200; the HTTP V2 API takes 2000), one after the
    // other. This version never flushes on queue size. Each answer removes its events with
    // queue.filter(… eventsToRemove.some(…)), so the cost per event grows with the backlog.
    settings = { serverUrl: `${sinkUrl}/2/httpapi`, logLevel: 0, ...(tuned ? { flushQueueSize: 2000, flushIntervalMillis: 200 } : {}) };
    const amplitude = sdk.createInstance();
    await amplitude.init('bench_api_key', settings).promise;
    const results = [];
    track = (e) => {
        results.push(amplitude.track(e.event, e.properties, { user_id: e.userId }).promise.then((result) => {
            if (result.code !== 200)
                ++failed;
        }));
    };
    finish = async () => {
        await amplitude.flush().promise;
        await Promise.all(results);
    };
}

const started = performance.now();
for (let i = 0; i < events; ++i) {
    track(eventAt(i));
    if ((i + 1) % yieldEvery === 0)
        await new Promise((resolve) => setImmediate(resolve));
}
const calls = performance.now();
await finish();
const ended = performance.now();

const shown = { ...settings };
delete shown.writeKey;
console.log(JSON.stringify({
    provider, package: packageName, version, mode, events,
    elapsedMs: Math.round((ended - started) * 10) / 10,
    callsMs: Math.round((calls - started) * 10) / 10,
    failed, settings: shown,
}));
// SDK timers (flush intervals, keep-alive sockets) must not hold the process open.
process.exit(0);
