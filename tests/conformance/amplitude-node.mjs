// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives Amplitude's Node SDK (@amplitude/analytics-node, pinned in package.json) against a collector through
// its public API only: `init(apiKey, { serverUrl: URL + '/2/httpapi' })`. tst_amplitudenodesdk runs it.
// Amplitude has no alias call.
//
// Usage: node amplitude-node.mjs COLLECTOR_URL RUN_ID API_KEY
// Prints one JSON line {"sent":[…]} (each event as the SDK sent it, from the results of its calls) and exits 0
// when every event was accepted (code 200); prints the failures to stderr and exits 1 otherwise.

import * as amplitude from '@amplitude/analytics-node';

const [collectorUrl, runId, apiKey] = process.argv.slice(2);
if (!collectorUrl || !runId || !apiKey) {
    console.error('usage: node amplitude-node.mjs COLLECTOR_URL RUN_ID API_KEY');
    process.exit(2);
}

await amplitude.init(apiKey, {
    serverUrl: `${collectorUrl}/2/httpapi`,
    flushQueueSize: 50,
    flushIntervalMillis: 60000,
    flushMaxRetries: 1, // a rejected batch fails the run at once
    logLevel: amplitude.Types.LogLevel.None,
}).promise;

const userId = `user-${runId}`;
const deviceId = `device-${runId}`;
const eventTime = Date.UTC(2024, 0, 15, 10, 30, 0, 123);
const calls = [];

// track with every device/context field the SDK lets a caller set, and top-level revenue fields.
calls.push(['track', amplitude.track('Order Completed', {
    order_id: `order-${runId}`,
    products: [{ product_id: 'p-1', price: 19.99, quantity: 2 }],
}, {
    user_id: userId,
    device_id: deviceId,
    time: eventTime,
    insert_id: `order-${runId}`,
    session_id: eventTime - 60000,
    price: 19.99,
    quantity: 2,
    revenue: 39.98,
    productId: 'p-1',
    revenueType: 'purchase',
    currency: 'EUR',
    app_version: '2.1.0',
    platform: 'Node.js',
    os_name: 'Linux',
    os_version: '6.1',
    device_manufacturer: 'Framework',
    device_model: 'Laptop 13',
    carrier: 'Example Mobile',
    country: 'United Kingdom',
    region: 'England',
    city: 'London',
    location_lat: 51.5072,
    location_lng: -0.1276,
    language: 'en-GB',
    ip: '203.0.113.7',
})]);

// The revenue helper: a revenue_amount event with $-prefixed properties.
const revenue = new amplitude.Revenue().setProductId('p-2').setPrice(3).setQuantity(4).setRevenueType('refill')
    .setCurrency('EUR').setEventProperties({ coupon: 'SPRING' });
calls.push(['revenue', amplitude.revenue(revenue, { user_id: userId, device_id: deviceId })]);

// identify with user property operations.
const identify = new amplitude.Identify().set('plan', 'pro').set('email', 'ada@example.com').setOnce('first_seen', '2024-01-15')
    .setOnce('plan', 'free').add('logins', 1).append('tags', 'beta');
calls.push(['identify', amplitude.identify(identify, { user_id: userId, device_id: deviceId })]);

// Group: the user joins a group (an $identify carrying `groups`), and the group's own properties.
calls.push(['setGroup', amplitude.setGroup('company', `group-${runId}`, { user_id: userId, device_id: deviceId })]);
const groupProperties = new amplitude.Identify().set('name', 'Analytical Engines Ltd').set('employees', 12);
calls.push(['groupIdentify', amplitude.groupIdentify('company', `group-${runId}`, groupProperties, { user_id: userId, device_id: deviceId })]);

// Page and screen views, as Amplitude's browser and mobile SDKs name them.
calls.push(['page', amplitude.track('[Amplitude] Page Viewed', {
    '[Amplitude] Page Title': 'Pricing',
    '[Amplitude] Page URL': 'https://example.com/pricing',
    '[Amplitude] Page Path': '/pricing',
}, { device_id: deviceId })]);
calls.push(['screen', amplitude.track('[Amplitude] Screen Viewed', { '[Amplitude] Screen Name': 'Checkout' }, { user_id: userId })]);

await amplitude.flush().promise;
const failures = [];
const sent = [];
for (const [label, call] of calls) {
    const result = await call.promise;
    if (result.code !== 200)
        failures.push(`${label}: ${result.code} ${result.message}`);
    sent.push(result.event);
}
if (failures.length > 0) {
    for (const failure of failures)
        console.error(failure);
    process.exit(1);
}
console.log(JSON.stringify({ sent }));
process.exit(0); // the SDK's flush timer would keep node alive
