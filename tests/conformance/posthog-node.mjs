// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives PostHog's Node SDK (posthog-node, pinned in package.json) against a collector through its public API only:
// `new PostHog(apiKey, { host: URL })` posts gzip-compressed batches to /batch/ and asks /flags/?v=2 for feature
// flags. tst_posthognodesdk runs it with the collector configured with the flags it expects.
//
// Usage: node posthog-node.mjs COLLECTOR_URL RUN_ID API_KEY
// Prints one JSON line {"sent":[…], "flags":{…}} (every message as the SDK sent it, and what the flag calls
// returned) and exits 0 when everything was delivered; prints the failures to stderr and exits 1 otherwise.

import { PostHog } from 'posthog-node';

const [collectorUrl, runId, apiKey] = process.argv.slice(2);
if (!collectorUrl || !runId || !apiKey) {
    console.error('usage: node posthog-node.mjs COLLECTOR_URL RUN_ID API_KEY');
    process.exit(2);
}

// posthog-node 5 prints a one-time deprecation notice for getFeatureFlag / isFeatureEnabled /
// getFeatureFlagPayload (still the documented, most used calls); anything else on the console fails the run.
const consoleWarn = console.warn;
console.warn = (...args) => {
    if (!String(args[0]).includes('is deprecated and will be removed'))
        consoleWarn(...args);
};

const failures = [];
const sent = [];
const posthog = new PostHog(apiKey, {
    host: collectorUrl,
    flushAt: 100,
    flushInterval: 0,
    fetchRetryCount: 0, // a rejected batch fails the run at once
    featureFlagsRequestTimeoutMs: 10000,
});
posthog.on('error', (error) => failures.push(`error event: ${error?.status ?? ''} ${error?.message ?? error}`));
posthog.on('flush', (messages) => sent.push(...messages));

const userId = `user-${runId}`;
const anonymousId = `anon-${runId}`;
const groupId = `group-${runId}`;

posthog.capture({
    distinctId: userId,
    event: 'Order Completed',
    properties: { order_id: `order-${runId}`, revenue: 25.99, currency: 'EUR', products: [{ product_id: 'p-1', price: 19.99 }] },
    groups: { company: groupId },
    timestamp: new Date(Date.UTC(2024, 0, 15, 10, 30, 0, 123)),
    uuid: '018d0c5e-2f3b-7a4c-9d5e-6f7a8b9c0d1e',
});
posthog.capture({
    distinctId: anonymousId,
    event: 'App Opened',
    properties: { $device_id: anonymousId, campaign: 'spring' },
});
posthog.capture({
    distinctId: userId,
    event: '$pageview',
    properties: { $current_url: 'https://example.com/pricing', $pathname: '/pricing', $title: 'Pricing', $referrer: 'https://example.com/' },
});
posthog.capture({ distinctId: userId, event: '$screen', properties: { $screen_name: 'Checkout', step: 2 } });
posthog.identify({
    distinctId: userId,
    properties: { $set: { email: 'ada@example.com', plan: 'pro' }, $set_once: { first_seen: '2024-01-15', plan: 'free' }, $anon_distinct_id: anonymousId },
});
posthog.alias({ distinctId: userId, alias: anonymousId });
posthog.groupIdentify({ groupType: 'company', groupKey: groupId, properties: { name: 'Analytical Engines Ltd', employees: 12 } });

// Feature flags, answered by the collector from its configuration; each read sends a $feature_flag_called.
const flags = {};
try {
    flags.checkoutVariant = await posthog.getFeatureFlag('new-checkout', userId);
    flags.bannerEnabled = await posthog.isFeatureEnabled('beta-banner', userId);
    flags.legacyEnabled = await posthog.isFeatureEnabled('legacy-export', userId);
    flags.checkoutPayload = await posthog.getFeatureFlagPayload('new-checkout', userId);
    // The newer API: one /flags request, then reads (each read sends its exposure, for this other user).
    const evaluated = await posthog.evaluateFlags(`member-${runId}`);
    flags.evaluated = {
        checkoutVariant: evaluated.getFlag('new-checkout'),
        bannerEnabled: evaluated.isEnabled('beta-banner'),
        legacyEnabled: evaluated.isEnabled('legacy-export'),
        unknownEnabled: evaluated.isEnabled('not-configured'),
        checkoutPayload: evaluated.getFlagPayload('new-checkout'),
    };
} catch (error) {
    failures.push(`flags: ${error?.message ?? error}`);
}

try {
    await posthog.shutdown(20000);
} catch (error) {
    failures.push(`shutdown: ${error?.message ?? error}`);
}

if (failures.length > 0) {
    for (const failure of failures)
        console.error(failure);
    process.exit(1);
}
console.log(JSON.stringify({ sent, flags }));
