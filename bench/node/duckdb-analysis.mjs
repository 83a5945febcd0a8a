// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
//
// The DuckDB baseline of the analysis benchmark: the same ordered funnel and retention cohorts as
// `journeyctl funnel` / `journeyctl retention` (docs: DESIGN "Semantics"), computed by DuckDB (in memory, all
// cores) over a canonical NDJSON file, e.g. one written by `journeyctl generate`.
//
// Usage: node duckdb-analysis.mjs FILE.ndjson --steps "A>B>C>D" [--window-seconds 604800]
//            --cohort-event E --return-event E [--period day|week|month] [--periods 8] [--runs 3]
//
// Prints one JSON object on stdout:
//   {"load_seconds":x, "funnel":{"seconds":x,"steps":[N1,…]},
//    "retention":{"seconds":x,"cohorts":[{"start":"YYYY-MM-DD","size":N,"retained":[N0,…]}]},
//    "duckdb_version":"…", "events":N, "runs":R}
// Query times are the best of --runs; the load is timed once.
//
// The SQL, step by step:
//
// 1. Load. read_json reads only the six members it is given (type, event, name, userId, anonymousId,
//    timestamp; the rest of each line is skipped) into `raw`. The ISO-8601 timestamp becomes a TIMESTAMPTZ and
//    then milliseconds since the epoch.
// 2. Identity. `identities` maps each anonymousId to the userId that an event carrying both associates with it
//    (identify after anonymous browsing). The person of an event is its userId, else its anonymousId's userId,
//    else its anonymousId. So the anonymous events before a sign-up and the events of a user's other devices
//    count as one person, as in the product (no alias calls: one userId per anonymousId).
//    events(person VARCHAR, name VARCHAR, ts BIGINT ms): name is `event` for track calls, "page:NAME" and
//    "screen:NAME" for page and screen calls, "identify" for identify calls (the type for other calls).
// 3. Ordered funnel (ClickHouse windowFunnel with strictly increasing times): a person reaches step k when
//    events of steps 1..k happen at t1 < t2 < … < tk with tk − t1 ≤ window (ms, inclusive). For a fixed start
//    t1, taking the earliest next step each time is optimal (any later choice leaves fewer candidates for the
//    following steps), so a chain is extended, one ASOF JOIN per step, by the earliest step-(k+1) event of the
//    same person strictly after the chain's step-k time, and dropped when that is past t1 + window (the matched
//    times increase, so no later step could be within the window either). steps[k] counts the persons with a
//    chain reaching step k + 1. Two reductions keep it fast without changing the result: only the step-1
//    events of persons with a step-2 event, in [first step 2 − window, last step 2), are considered; and level
//    2 is found from the step-2 side (the latest step-1 event before each step-2 event), since a step-1 event
//    that is not the latest before some step-2 event is dominated by the one that is.
//    (Inner ASOF joins on purpose: DuckDB 1.5.6's ASOF LEFT JOIN matched some rows whose left time was NULL
//    in a nested chain, which overcounted.)
// 4. Retention: calendar periods in UTC (date_trunc; ISO weeks start on Monday). A person's cohort is the
//    period of their first cohort event; retained[n] counts cohort persons with a return event in period
//    cohort + n (n = 0 included). Only (person, period) pairs are joined, one row per pair, so counting rows
//    counts persons.

import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';

function usage(message) {
    if (message)
        process.stderr.write(`duckdb-analysis: ${message}\n`);
    (message ? process.stderr : process.stdout).write(
        'Usage: node duckdb-analysis.mjs FILE.ndjson --steps "A>B>C" [--window-seconds 604800]\n'
        + '           --cohort-event E --return-event E [--period day|week|month] [--periods 8] [--runs 3]\n');
    process.exit(message ? 2 : 0);
}

function parseArguments(argv) {
    const options = { windowSeconds: 604800, period: 'week', periods: 8, runs: 3 };
    const names = {
        '--steps': 'steps', '--window-seconds': 'windowSeconds', '--cohort-event': 'cohortEvent',
        '--return-event': 'returnEvent', '--period': 'period', '--periods': 'periods', '--runs': 'runs',
    };
    const positional = [];
    for (let i = 0; i < argv.length; ++i) {
        const argument = argv[i];
        if (argument === '--help' || argument === '-h')
            usage();
        if (!argument.startsWith('--')) {
            positional.push(argument);
            continue;
        }
        const [flag, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
        if (!(flag in names))
            usage(`unknown option ${flag}`);
        const value = inline ?? argv[++i];
        if (value === undefined)
            usage(`${flag} needs a value`);
        options[names[flag]] = value;
    }
    if (positional.length !== 1)
        usage(positional.length ? `unexpected argument '${positional[1]}'` : 'no input file');
    options.file = positional[0];
    if (!existsSync(options.file))
        usage(`no such file: ${options.file}`);
    const count = (flag, key, minimum) => {
        const text = String(options[key]);
        if (!/^\d+$/.test(text) || Number(text) < minimum)
            usage(`${flag}: '${text}' is not a whole number of ${minimum} or more`);
        options[key] = Number(text);
    };
    count('--window-seconds', 'windowSeconds', 0);
    count('--periods', 'periods', 1);
    count('--runs', 'runs', 1);
    if (!['day', 'week', 'month'].includes(options.period))
        usage(`--period: '${options.period}' is not day, week or month`);
    if (!options.steps)
        usage('--steps is required');
    options.steps = options.steps.split('>').map(step => step.trim());
    if (options.steps.some(step => !step))
        usage('--steps: an empty step');
    if (!options.cohortEvent || !options.returnEvent)
        usage('--cohort-event and --return-event are required');
    return options;
}

const sqlString = text => `'${String(text).replaceAll("'", "''")}'`;

function loadSql(file) {
    return [
        `CREATE OR REPLACE TABLE raw AS
            SELECT type, event, name, userId, anonymousId, epoch_ms(timestamp) AS ts
            FROM read_json(${sqlString(file)}, format = 'newline_delimited',
                columns = {type: 'VARCHAR', event: 'VARCHAR', name: 'VARCHAR', userId: 'VARCHAR',
                           anonymousId: 'VARCHAR', timestamp: 'TIMESTAMPTZ'})`,
        `CREATE OR REPLACE TABLE identities AS
            SELECT anonymousId, min(userId) AS userId
            FROM raw WHERE userId IS NOT NULL AND anonymousId IS NOT NULL
            GROUP BY anonymousId`,
        `CREATE OR REPLACE TABLE events AS
            SELECT coalesce(r.userId, i.userId, r.anonymousId) AS person,
                   CASE r.type WHEN 'track' THEN r.event
                               WHEN 'page' THEN 'page:' || r.name
                               WHEN 'screen' THEN 'screen:' || r.name
                               ELSE r.type END AS name,
                   r.ts
            FROM raw r LEFT JOIN identities i ON i.anonymousId = r.anonymousId`,
        'DROP TABLE raw',
    ];
}

function funnelSql(steps, windowMs) {
    const reachedFirst = `(SELECT count(DISTINCT person) FROM events WHERE name = ${sqlString(steps[0])})`;
    if (steps.length === 1)
        return `SELECT [${reachedFirst}] AS steps`;
    // s2 … sN: each later step's events.
    const parts = steps.slice(1).map((step, k) => `s${k + 2} AS (SELECT person, ts FROM events WHERE name = ${sqlString(step)})`);
    // Step 1 is usually the commonest event: keep only the step-1 events that can start a chain reaching step 2,
    // those of persons with a step-2 event, before their last one and no more than the window before their first.
    parts.push(`r2 AS (SELECT person, min(ts) AS first, max(ts) AS last FROM s2 GROUP BY person)`);
    parts.push(`s1 AS (
            SELECT e.person, e.ts FROM events e JOIN r2 ON r2.person = e.person
            WHERE e.name = ${sqlString(steps[0])} AND e.ts < r2.last AND e.ts >= r2.first - ${windowMs})`);
    // c2 … cN: the chains that reached each step within the window: the start t1 and the last matched time tk.
    // Level 2 from the step-2 side: the best start for a step-2 event is the latest step-1 event before it, and of
    // the step-2 events after one start the earliest is kept. A step-1 event that is not the latest before any
    // step-2 event is dominated (a later step-1 event has the same next step 2 and leaves more of the window), so
    // chains start at most once per step-2 event.
    parts.push(`c2 AS MATERIALIZED (
            SELECT person, t1, min(t2) AS tk
            FROM (SELECT s.person, f.ts AS t1, s.ts AS t2 FROM s2 s ASOF JOIN s1 f ON f.person = s.person AND f.ts < s.ts)
            GROUP BY person, t1
            HAVING min(t2) - t1 <= ${windowMs})`);
    // Level k > 2: each chain extended to the earliest step-k event after its tk, kept when within t1 + window.
    for (let k = 3; k <= steps.length; ++k) {
        parts.push(`c${k} AS MATERIALIZED (
            SELECT c.person, c.t1, s.ts AS tk
            FROM c${k - 1} c ASOF JOIN s${k} s ON s.person = c.person AND s.ts > c.tk
            WHERE s.ts - c.t1 <= ${windowMs})`);
    }
    const counts = [reachedFirst].concat(steps.slice(1).map((_, k) => `(SELECT count(DISTINCT person) FROM c${k + 2})`));
    return `WITH ${parts.join(',\n')}\nSELECT [${counts.join(', ')}] AS steps`;
}

function retentionSql(cohortEvent, returnEvent, period, periods) {
    const offset = {
        day: 'date_diff(\'day\', c.start, r.start)',
        week: 'date_diff(\'day\', c.start, r.start) // 7',
        month: 'date_diff(\'month\', c.start, r.start)',
    }[period];
    return `WITH cohorts AS (
            SELECT person, date_trunc('${period}', epoch_ms(min(ts)))::DATE AS start
            FROM events WHERE name = ${sqlString(cohortEvent)} GROUP BY person),
        returns AS (
            SELECT DISTINCT person, date_trunc('${period}', epoch_ms(ts))::DATE AS start
            FROM events WHERE name = ${sqlString(returnEvent)}),
        sizes AS (SELECT start, count(*) AS size FROM cohorts GROUP BY start),
        retained AS (
            SELECT c.start, ${offset} AS n, count(*) AS persons
            FROM cohorts c JOIN returns r ON r.person = c.person AND r.start >= c.start
            GROUP BY ALL HAVING n < ${periods})
        SELECT strftime(s.start, '%Y-%m-%d') AS start, s.size,
               list(r.n ORDER BY r.n) FILTER (WHERE r.n IS NOT NULL) AS offsets,
               list(r.persons ORDER BY r.n) FILTER (WHERE r.n IS NOT NULL) AS persons
        FROM sizes s LEFT JOIN retained r ON r.start = s.start
        GROUP BY s.start, s.size ORDER BY s.start`;
}

async function timed(runs, work) {
    let best = Infinity;
    let result;
    for (let run = 0; run < runs; ++run) {
        const begin = performance.now();
        result = await work();
        best = Math.min(best, (performance.now() - begin) / 1000);
    }
    return { seconds: best, result };
}

const round = seconds => Math.round(seconds * 1e4) / 1e4;

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");

    const loadBegin = performance.now();
    for (const statement of loadSql(options.file))
        await connection.run(statement);
    const loadSeconds = (performance.now() - loadBegin) / 1000;
    const eventCount = Number((await connection.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]);

    const funnelQuery = funnelSql(options.steps, options.windowSeconds * 1000);
    const funnel = await timed(options.runs, async () => {
        const rows = (await connection.runAndReadAll(funnelQuery)).getRows();
        return rows[0][0].items.map(Number);
    });

    const retentionQuery = retentionSql(options.cohortEvent, options.returnEvent, options.period, options.periods);
    const retention = await timed(options.runs, async () => {
        const rows = (await connection.runAndReadAll(retentionQuery)).getRows();
        return rows.map(([start, size, offsets, persons]) => {
            const retained = new Array(options.periods).fill(0);
            (offsets?.items ?? []).forEach((n, j) => { retained[Number(n)] = Number(persons.items[j]); });
            return { start, size: Number(size), retained };
        });
    });

    const duckdbVersion = (await connection.runAndReadAll('SELECT version()')).getRows()[0][0];
    process.stdout.write(JSON.stringify({
        load_seconds: round(loadSeconds),
        funnel: { seconds: round(funnel.seconds), steps: funnel.result },
        retention: { seconds: round(retention.seconds), cohorts: retention.result },
        duckdb_version: String(duckdbVersion).replace(/^v/, ''),
        events: eventCount,
        runs: options.runs,
    }) + '\n');
    connection.closeSync?.();
}

main().catch(error => {
    process.stderr.write(`duckdb-analysis: ${error.message ?? error}\n`);
    process.exit(1);
});
