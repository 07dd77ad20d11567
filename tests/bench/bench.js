#!/usr/bin/env node
/*
 * The Node.js contender of `make bench`: the official client imp-central-api doing what the
 * Python contenders do, timed inside this process so that Node's start-up is not counted.
 *
 *   node bench.js fleet --endpoint URL --task get|restart --all yes|no
 *                       [--ids-file PATH] [--group ID] [--email E] [--password P]
 *   node bench.js logstream --endpoint URL --admin URL --device ID --count N [--msg TEXT]
 *
 * fleet: the fleet task as a user of this library writes it. `get`: devices.get of every id in
 * --ids-file; `restart`: devices.list of the group --group, page after page, then
 * devices.restart of every device listed. `--all yes` starts every call at once (Promise.all;
 * allSettled here, so that failed calls are counted rather than ending the run), `--all no`
 * awaits one after the other. The library has no 429 handling: refused calls fail.
 * logstream: N messages through logStreams.create.
 *
 * Protocol with the harness: log in (and warm up, for logstream), print "ready", wait for one
 * line on stdin, run the timed part, print {"seconds": ..., "failed": ...} and exit. Needs
 * NODE_PATH to reach node_modules.
 */
'use strict';

const fs = require('fs');
const http = require('http');
const readline = require('readline');
const ImpCentralApi = require('imp-central-api');

function parseArgs(argv) {
    const options = { mode: argv[0], count: 0, email: 'demo@example.com', password: 'demo-password' };
    for (let i = 1; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
        options[key] = argv[i + 1];
    }
    options.count = Number(options.count);
    return options;
}

function waitForGo() {
    process.stdout.write('ready\n');
    return new Promise(resolve => {
        const lines = readline.createInterface({ input: process.stdin });
        lines.once('line', () => {
            lines.close();
            resolve();
        });
    });
}

function seconds(start) {
    return Number(process.hrtime.bigint() - start) / 1e9;
}

// POST to an admin route of the emulator (outside /v5, no client library involved).
function post(url, body) {
    return new Promise((resolve, reject) => {
        const request = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } },
            response => {
                response.resume();
                response.on('end', () => (response.statusCode < 300 ? resolve() : reject(
                    new Error(`${url} answered ${response.statusCode}`))));
            });
        request.on('error', reject);
        request.end(JSON.stringify(body));
    });
}

// Every id of the group's devices, as devices.list gives them page after page.
async function groupDeviceIds(api, group) {
    const ids = [];
    for (let page = 1; ; page++) {
        const answer = await api.devices.list({ 'filter[devicegroup.id]': group }, page, 100);
        ids.push(...answer.data.map(device => device.id));
        if (!answer.links || !answer.links.next) {
            return ids;
        }
    }
}

async function fleet(api, options) {
    const get = options.task === 'get';
    const knownIds = get ? JSON.parse(fs.readFileSync(options.idsFile, 'utf8')) : null;
    const call = get ? id => api.devices.get(id) : id => api.devices.restart(id);
    await waitForGo();
    const start = process.hrtime.bigint();
    const ids = knownIds || await groupDeviceIds(api, options.group);
    let failed = 0;
    if (options.all === 'yes') {
        const outcomes = await Promise.allSettled(ids.map(call));
        failed = outcomes.filter(outcome => outcome.status === 'rejected').length;
    } else {
        for (const id of ids) {
            try {
                await call(id);
            } catch (error) {
                failed += 1;
            }
        }
    }
    return { seconds: seconds(start), failed: failed };
}

// Opens a stream, subscribes the device, asks the emulator for `count` lines and resolves with
// the seconds from that request to the last line received.
async function streamOnce(api, options, count, beforeStart) {
    let received = 0;
    let start = 0n;
    let finish;
    const done = new Promise(resolve => {
        finish = resolve;
    });
    const onMessage = () => {
        received += 1;
        if (received === count) {
            finish(seconds(start));
        }
    };
    const created = await api.logStreams.create(onMessage, null, error => {
        throw error;
    });
    const streamId = created.data.id;
    await api.logStreams.addDevice(streamId, options.device);
    await beforeStart();
    start = process.hrtime.bigint();
    await post(`${options.admin}/_emulator/devices/${options.device}/flood`,
        { count: count, msg: options.msg || 'bench message' });
    const elapsed = await done;
    await api.logStreams.close(streamId);
    return elapsed;
}

async function logStream(api, options) {
    await streamOnce(api, options, Math.max(1, Math.floor(options.count / 10)), async () => {});
    return { seconds: await streamOnce(api, options, options.count, waitForGo) };
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const api = new ImpCentralApi(options.endpoint);
    await api.auth.login(options.email, options.password);
    const modes = { 'fleet': fleet, 'logstream': logStream };
    const run = modes[options.mode];
    if (!run) {
        throw new Error(`unknown mode ${options.mode}`);
    }
    const result = await run(api, options);
    process.stdout.write(JSON.stringify(result) + '\n');
    process.exit(0);
}

main().catch(error => {
    process.stderr.write(`bench.js: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
});
