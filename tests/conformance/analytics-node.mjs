// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives Segment's legacy Node SDK (analytics-node, pinned in package.json) against a collector through its
// public API only: `new Analytics(writeKey, { host })` posts to HOST/v1/batch. tst_analyticsnodesdk runs it.
//
// Usage: node analytics-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY
// Prints one JSON line {"sent":[…]} (every message as the SDK sent it, with the ids and timestamps it generated)
// and exits 0 when every call was delivered; prints the failures to stderr and exits 1 otherwise.

import Analytics from 'analytics-node';

const [collectorUrl, runId, writeKey] = process.argv.slice(2);
if (!collectorUrl || !runId || !writeKey) {
    console.error('usage: node analytics-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY');
    process.exit(2);
}

const failures = [];
const sent = new Map(); // messageId → message, from the batches the SDK reports as delivered
const analytics = new Analytics(writeKey, {
    host: collectorUrl,
    flushAt: 50,
    flushInterval: 60000,
    retryCount: 0, // a rejected batch fails the run at once
    errorHandler: (error) => failures.push(`errorHandler: ${error?.response?.status ?? ''} ${error?.message ?? error}`),
});

const pending = [];
function delivered(label) {
    let settle;
    pending.push(new Promise((resolve) => { settle = resolve; }));
    return (error, data) => {
        if (error)
            failures.push(`${label}: ${error?.message ?? error}`);
        for (const message of data?.batch ?? [])
            sent.set(message.messageId, message);
        settle();
    };
}

const userId = `user-${runId}`;
const anonymousId = `anon-${runId}`;

// The first call is flushed on its own (the SDK sends its first message at once); the rest go in one batch.
analytics.identify({
    userId,
    anonymousId,
    traits: { email: 'ada@example.com', name: 'Ada Lovelace', plan: 'pro', logins: 42, address: { city: 'London', postalCode: 'NW1' } },
}, delivered('identify'));

analytics.track({
    userId,
    event: 'Order Completed',
    messageId: `order-completed-${runId}`,
    properties: {
        order_id: `order-${runId}`,
        revenue: 25.99,
        total: 30.5,
        currency: 'EUR',
        products: [{ product_id: 'p-1', sku: 'SKU-1', price: 19.99, quantity: 1 }],
    },
    integrations: { All: false, Mixpanel: true },
    context: { ip: '203.0.113.7' },
}, delivered('track'));

analytics.page({
    anonymousId,
    category: 'Docs',
    name: 'Pricing',
    properties: { url: 'https://example.com/pricing', path: '/pricing', title: 'Pricing' },
    timestamp: new Date(Date.UTC(2024, 0, 15, 10, 30, 0, 123)),
}, delivered('page'));

analytics.screen({
    userId,
    name: 'Checkout',
    properties: { step: 2 },
}, delivered('screen'));

analytics.group({
    userId,
    groupId: `group-${runId}`,
    traits: { name: 'Analytical Engines Ltd', employees: 12 },
}, delivered('group'));

analytics.alias({
    userId,
    previousId: anonymousId,
}, delivered('alias'));

try {
    await analytics.flush();
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
