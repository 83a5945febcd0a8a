// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives Mixpanel's Node SDK (mixpanel, pinned in package.json) against a collector through its public API only:
// `Mixpanel.init(token, { host: '127.0.0.1:PORT', protocol: 'http' })`. Single calls go as GET /track?data=<base64>
// and GET /engage, /groups; track_batch as POST /track with a form body data=<base64>. tst_mixpanelnodesdk runs it.
// /import is not driven: the SDK refuses to send credentials over plain http ("Must use HTTPS …").
//
// Usage: node mixpanel-node.mjs COLLECTOR_URL RUN_ID PROJECT_TOKEN
// Prints one JSON line {"calls":N} and exits 0 when every call was answered as a success; prints the failures to
// stderr and exits 1 otherwise.

import Mixpanel from 'mixpanel';

const [collectorUrl, runId, token] = process.argv.slice(2);
if (!collectorUrl || !runId || !token) {
    console.error('usage: node mixpanel-node.mjs COLLECTOR_URL RUN_ID PROJECT_TOKEN');
    process.exit(2);
}
const url = new URL(collectorUrl);
const options = { host: url.host, protocol: url.protocol.replace(':', ''), keepAlive: false };
const mixpanel = Mixpanel.init(token, options);
// A second client with verbose replies ({"status":1,"error":null}), which the SDK checks differently.
const verbose = Mixpanel.init(token, { ...options, verbose: true });

const failures = [];
const pending = [];
function delivered(label) {
    let settle;
    pending.push(new Promise((resolve) => { settle = resolve; }));
    return (error) => {
        // track_batch reports an array of errors (or null).
        const errors = Array.isArray(error) ? error.filter(Boolean) : (error ? [error] : []);
        for (const e of errors)
            failures.push(`${label}: ${e?.message ?? e}`);
        settle();
    };
}

const userId = `user-${runId}`;
const anonymousId = `anon-${runId}`;
const eventTime = new Date(Date.UTC(2024, 0, 15, 10, 30, 0, 123));
const profileTime = new Date(Date.UTC(2024, 0, 16, 8, 0, 0, 0));

// track: an identified user, a revenue event with an explicit time and $insert_id.
mixpanel.track('Order Completed', {
    distinct_id: userId,
    $insert_id: `order-${runId}`,
    time: eventTime,
    revenue: 25.99,
    currency: 'EUR',
    products: [{ product_id: 'p-1', price: 19.99, quantity: 1 }],
    ip: '203.0.113.7',
}, delivered('track Order Completed'));

// track: an anonymous device (distinct_id "$device:…"), no time (the collector's receivedAt).
mixpanel.track('App Opened', {
    distinct_id: `$device:${anonymousId}`,
    $insert_id: `opened-${runId}`,
    campaign: 'spring',
}, delivered('track App Opened'));

// track: simplified ID merge (both $user_id and $device_id).
verbose.track('Checkout Started', {
    distinct_id: userId,
    $user_id: userId,
    $device_id: anonymousId,
    $insert_id: `checkout-${runId}`,
    step: 1,
}, delivered('track Checkout Started (verbose)'));

// identify, as the web SDK's $identify event.
mixpanel.track('$identify', {
    distinct_id: userId,
    $identified_id: userId,
    $anon_id: anonymousId,
    $insert_id: `identify-${runId}`,
}, delivered('track $identify'));

// alias: $create_alias.
mixpanel.alias(anonymousId, userId, delivered('alias'));

// A batch (POST form): a web page view, a screen view, a plain event.
mixpanel.track_batch([
    { event: '$mp_web_page_view', properties: { distinct_id: userId, $insert_id: `page-${runId}`, time: eventTime.getTime(), current_page_title: 'Pricing', current_url_path: '/pricing' } },
    { event: '$mp_page_view', properties: { distinct_id: userId, $insert_id: `screen-${runId}`, time: eventTime.getTime() + 1000, current_page_title: 'Checkout' } },
    { event: 'Cart Viewed', properties: { distinct_id: userId, $insert_id: `cart-${runId}`, time: eventTime.getTime() + 2000, items: 3 } },
], delivered('track_batch'));

// People profile updates (/engage).
mixpanel.people.set(userId, { $email: 'ada@example.com', $name: 'Ada Lovelace', plan: 'pro' },
    { $ip: '203.0.113.7', $time: profileTime, $ignore_time: true }, delivered('people.set'));
mixpanel.people.set_once(userId, { first_seen: '2024-01-15', plan: 'free' }, delivered('people.set_once'));
mixpanel.people.increment(userId, { logins: 1 }, delivered('people.increment'));
mixpanel.people.track_charge(userId, 29.99, { sku: 'SKU-1', $time: eventTime }, delivered('people.track_charge'));

// Group profile (/groups).
mixpanel.groups.set('company', `group-${runId}`, { name: 'Analytical Engines Ltd', employees: 12 },
    delivered('groups.set'));

await Promise.all(pending);
if (failures.length > 0) {
    for (const failure of failures)
        console.error(failure);
    process.exit(1);
}
console.log(JSON.stringify({ calls: pending.length }));
