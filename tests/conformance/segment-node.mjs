// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives the official Segment Node SDK (@segment/analytics-node, pinned in package.json) against a collector,
// through its public API only. tst_segmentnodesdk runs it and checks what the collector stored.
//
// Usage: node segment-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY
// Prints nothing and exits 0 when every call was delivered; prints the failures to stderr and exits 1 otherwise.

import { Analytics } from '@segment/analytics-node';

const [collectorUrl, runId, writeKey] = process.argv.slice(2);
if (!collectorUrl || !runId || !writeKey) {
    console.error('usage: node segment-node.mjs COLLECTOR_URL RUN_ID WRITE_KEY');
    process.exit(2);
}

const failures = [];
const analytics = new Analytics({
    writeKey,
    host: collectorUrl,
    // Everything in one batch at closeAndFlush(); no retries, so a rejected batch fails the run at once.
    flushAt: 50,
    maxRetries: 0,
});
analytics.on('error', (error) => failures.push(`error event: ${error?.code ?? ''} ${error?.reason ?? error}`));

// Every call reports its delivery through its callback.
const pending = [];
function delivered(label) {
    let settle;
    pending.push(new Promise((resolve) => { settle = resolve; }));
    return (error) => {
        if (error)
            failures.push(`${label}: ${error?.code ?? ''} ${error?.reason ?? error}`);
        settle();
    };
}

const userId = `user-${runId}`;
const anonymousId = `anon-${runId}`;

analytics.identify({
    userId,
    anonymousId,
    traits: { email: 'ada@example.com', name: 'Ada Lovelace', plan: 'pro', logins: 42, address: { city: 'London', postalCode: 'NW1' } },
}, delivered('identify'));

analytics.track({
    userId,
    event: 'Order Completed',
    properties: {
        order_id: `order-${runId}`,
        revenue: 25.99,
        total: 1234567.89,
        tax: 0.1,
        discount: 0,
        currency: 'EUR',
        products: [
            { product_id: 'p-1', sku: 'SKU-1', name: 'Difference Engine', price: 19.99, quantity: 1 },
            { product_id: 'p-2', sku: 'SKU-2', name: 'Punch cards', price: 3, quantity: 2, tags: ['paper', 'bulk'] },
        ],
        shipping: { method: 'post', address: { city: 'London', lines: ['12 Baker St', null] } },
        gift: false,
    },
    integrations: { All: false, Mixpanel: true, 'Google Analytics': { clientId: 'ga-123' } },
    context: { campaign: { name: 'spring', source: 'newsletter', medium: 'email' }, ip: '203.0.113.7' },
}, delivered('track'));

analytics.page({
    anonymousId,
    category: 'Docs',
    name: 'Pricing',
    properties: { url: 'https://example.com/pricing', path: '/pricing', title: 'Pricing', referrer: '' },
    timestamp: new Date(Date.UTC(2024, 0, 15, 10, 30, 0, 123)),
}, delivered('page'));

analytics.screen({
    userId,
    name: 'Checkout',
    properties: { step: 2, variant: 'B' },
}, delivered('screen'));

analytics.group({
    userId,
    groupId: `group-${runId}`,
    traits: { name: 'Analytical Engines Ltd', employees: 12, industry: 'Computing' },
}, delivered('group'));

analytics.alias({
    userId,
    previousId: anonymousId,
}, delivered('alias'));

try {
    await analytics.closeAndFlush({ timeout: 20000 });
    await Promise.all(pending);
} catch (error) {
    failures.push(`closeAndFlush: ${error}`);
}

if (failures.length > 0) {
    for (const failure of failures)
        console.error(failure);
    process.exit(1);
}
