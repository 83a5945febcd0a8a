// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// Drives Heap's Node SDK (heap-api, pinned in package.json) against a collector through its public API only.
// The SDK has no host option: it always posts to https://heapanalytics.com/api/…, through the `request` library,
// which honours the standard HTTPS_PROXY environment variable. So this script
//   1. makes a throw-away certificate for heapanalytics.com (openssl),
//   2. runs a local HTTPS proxy: it accepts CONNECT heapanalytics.com:443, terminates TLS with that certificate
//      and forwards each request unchanged (method, path, headers, body) to the collector over plain HTTP,
//   3. runs itself again as the SDK client with HTTPS_PROXY pointing at the proxy and NODE_EXTRA_CA_CERTS
//      trusting the certificate — the SDK itself is not patched and no DNS is touched.
// tst_heapapisdk runs it.
//
// Usage: node heap-api.mjs COLLECTOR_URL RUN_ID APP_ID
// Prints one JSON line {"forwarded":[{method, path, status}…]} and exits 0 when every call succeeded; prints the
// failures to stderr and exits 1 otherwise.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';

const [collectorUrl, runId, appId, mode] = process.argv.slice(2);
if (!collectorUrl || !runId || !appId) {
    console.error('usage: node heap-api.mjs COLLECTOR_URL RUN_ID APP_ID');
    process.exit(2);
}

if (mode === '--client')
    await runClient();
else
    await runProxyAndClient();

// The SDK calls, as an application makes them.
async function runClient() {
    const { default: heap } = await import('heap-api');
    const client = heap(appId);
    const userId = `user-${runId}`;
    const failures = [];
    const call = async (label, promise) => {
        try {
            await promise;
        } catch (error) {
            failures.push(`${label}: ${error?.message ?? error}`);
        }
    };
    await call('track', client.track('Order Completed', userId, {
        order_id: `order-${runId}`, revenue: 25.99, currency: 'EUR', quantity: 2,
    }));
    await call('track without properties', client.track('App Opened', `anon-${runId}`));
    await call('addUserProperties', client.addUserProperties(userId, {
        email: 'ada@example.com', plan: 'pro', logins: 42,
    }));
    if (failures.length > 0) {
        for (const failure of failures)
            console.error(failure);
        process.exit(1);
    }
}

async function runProxyAndClient() {
    const collector = new URL(collectorUrl);
    const dir = mkdtempSync(path.join(tmpdir(), 'journey-heap-'));
    const forwarded = [];
    const failures = [];
    try {
        const key = path.join(dir, 'key.pem');
        const cert = path.join(dir, 'cert.pem');
        execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
            '-days', '1', '-subj', '/CN=heapanalytics.com', '-addext', 'subjectAltName=DNS:heapanalytics.com'],
            { stdio: ['ignore', 'ignore', 'pipe'] });

        // Requests arriving inside the tunnel go to the collector as they are.
        const forwarder = http.createServer((request, response) => {
            const chunks = [];
            request.on('data', (chunk) => chunks.push(chunk));
            request.on('end', () => {
                const upstream = http.request({
                    host: collector.hostname,
                    port: collector.port,
                    method: request.method,
                    path: request.url,
                    headers: { ...request.headers, host: collector.host },
                }, (answer) => {
                    forwarded.push({ method: request.method, path: request.url, status: answer.statusCode });
                    response.writeHead(answer.statusCode, answer.headers);
                    answer.pipe(response);
                });
                upstream.on('error', (error) => {
                    failures.push(`forwarding ${request.url}: ${error.message}`);
                    response.writeHead(502);
                    response.end();
                });
                upstream.end(Buffer.concat(chunks));
            });
        });
        const secureContext = tls.createSecureContext({ key: readFileSync(key), cert: readFileSync(cert) });
        const proxy = http.createServer((request, response) => {
            response.writeHead(405);
            response.end('only CONNECT');
        });
        proxy.on('connect', (request, socket) => {
            if (request.url !== 'heapanalytics.com:443') {
                failures.push(`unexpected CONNECT ${request.url}`);
                socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
                return;
            }
            socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
            forwarder.emit('connection', secure);
        });
        await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));

        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), collectorUrl, runId, appId, '--client'], {
            env: {
                ...process.env,
                HTTPS_PROXY: `http://127.0.0.1:${proxy.address().port}`,
                NO_PROXY: '',
                NODE_EXTRA_CA_CERTS: cert,
            },
            stdio: ['ignore', 'inherit', 'inherit'],
        });
        const exitCode = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
        proxy.close();
        forwarder.close();
        if (exitCode !== 0)
            failures.push(`the SDK client exited with ${exitCode}`);
    } catch (error) {
        failures.push(`${error?.message ?? error} ${error?.stderr ?? ''}`);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    if (failures.length > 0) {
        for (const failure of failures)
            console.error(failure);
        process.exit(1);
    }
    console.log(JSON.stringify({ forwarded }));
    process.exit(0);
}
