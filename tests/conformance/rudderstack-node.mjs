// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives RudderStack's Node SDK (@rudderstack/rudder-sdk-node, pinned in package.json) against a collector through
// its public API only: `new Analytics(writeKey, { dataPlaneUrl })` posts gzip-compressed batches to
// DATA_PLANE_URL/v1/batch. tst_rudderstacknodesdk runs it.
//
// Usage: node rudderstack-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY
// Prints one JSON line {"sent":[…]} (every message as the SDK sent it, with its generated messageId,
// originalTimestamp and sentAt) and exits 0 when every call was delivered; prints the failures to stderr and
// exits 1 otherwise.

import { gunzipSync } from 'node:zlib';
import Analytics from '@rudderstack/rudder-sdk-node';

const [collectorUrl, runId, writeKey] = process.argv.slice(2);
if (!collectorUrl || !runId || !writeKey) {
    console.error('usage: node rudderstack-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY');
    process.exit(2);
}

const failures = [];
const sent = new Map(); // messageId → message, from the batches the SDK reports as delivered
const client = new Analytics(writeKey, {
    dataPlaneUrl: collectorUrl,
    flushAt: 50,
    flushInterval: 60000,
    retryCount: 0, // a rejected batch fails the run at once
    logLevel: 'error',
    errorHandler: (error) => failures.push(`errorHandler: ${error?.response?.status ?? ''} ${error?.message ?? error}`),
});

const pending = [];
function delivered(label) {
    let settle;
    pending.push(new Promise((resolve) => { settle = resolve; }));
    return (error, data) => {
        if (error)
            failures.push(`${label}: ${error?.message ?? error}`);
        // The SDK hands back the request body it posted: gzip-compressed JSON.
        const body = Buffer.isBuffer(data) ? JSON.parse(gunzipSync(data).toString('utf8')) : data;
        for (const message of body?.batch ?? [])
            sent.set(message.messageId, message);
        settle();
    };
}

const userId = `user-${runId}`;
const anonymousId = `anon-${runId}`;

client.identify({
    userId,
    anonymousId,
    traits: { email: 'ada@example.com', name: 'Ada Lovelace', plan: 'pro', logins: 42 },
}, delivered('identify'));

client.track({
    userId,
    event: 'Order Completed',
    properties: {
        order_id: `order-${runId}`,
        revenue: 25.99,
        currency: 'EUR',
        products: [{ product_id: 'p-1', sku: 'SKU-1', price: 19.99, quantity: 1 }],
    },
    integrations: { All: true, Amplitude: false },
    context: { ip: '203.0.113.7' },
}, delivered('track'));

client.page({
    anonymousId,
    category: 'Docs',
    name: 'Pricing',
    properties: { url: 'https://example.com/pricing', path: '/pricing', title: 'Pricing' },
}, delivered('page'));

client.screen({
    userId,
    name: 'Checkout',
    properties: { step: 2 },
}, delivered('screen'));

client.group({
    userId,
    groupId: `group-${runId}`,
    traits: { name: 'Analytical Engines Ltd', employees: 12 },
}, delivered('group'));

client.alias({
    userId,
    previousId: anonymousId,
}, delivered('alias'));

try {
    await client.flush();
    await Promise.all(pending);
} catch (error) {
    failures.push(`flush: ${error?.message ?? error}`);
}

if (failures.length > 0) {
    for (const failure of failures)
        console.error(failure);
    process.exit(1);
}
console.log(JSON.stringify({ sent: [...sent.values()] }));
process.exit(0);
