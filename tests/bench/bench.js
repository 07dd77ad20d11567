#!/usr/bin/env node
/*
 * The Node.js contender of `make bench`: the official client imp-central-api doing what the
 * Python contenders do, timed inside this process so that Node's start-up is not counted.
 *
 *   node bench.js <mode> --endpoint URL [--product ID] [--ids-file PATH] [--device ID]
 *                        [--count N] [--email E] [--password P]
 *
 * modes: get-products (N sequential products.get), get-devices (devices.get of every id in
 * --ids-file, all at once with Promise.all), logstream (N messages through logStreams.create).
 *
 * Protocol with the harness: log in and warm up, print "ready", wait for one line on stdin,
 * run the timed part, print {"seconds": ...} and exit. Needs NODE_PATH to reach node_modules.
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

async function getProducts(api, options) {
    for (let i = 0; i < 50; i++) {
        await api.products.get(options.product);
    }
    await waitForGo();
    const start = process.hrtime.bigint();
    for (let i = 0; i < options.count; i++) {
        await api.products.get(options.product);
    }
    return seconds(start);
}

async function getDevices(api, options) {
    const ids = JSON.parse(fs.readFileSync(options.idsFile, 'utf8'));
    await Promise.all(ids.map(id => api.devices.get(id)));
    await waitForGo();
    const start = process.hrtime.bigint();
    await Promise.all(ids.map(id => api.devices.get(id)));
    return seconds(start);
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
    return streamOnce(api, options, options.count, waitForGo);
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const api = new ImpCentralApi(options.endpoint);
    await api.auth.login(options.email, options.password);
    const modes = { 'get-products': getProducts, 'get-devices': getDevices, 'logstream': logStream };
    const run = modes[options.mode];
    if (!run) {
        throw new Error(`unknown mode ${options.mode}`);
    }
    const elapsed = await run(api, options);
    process.stdout.write(JSON.stringify({ seconds: elapsed }) + '\n');
    process.exit(0);
}

main().catch(error => {
    process.stderr.write(`bench.js: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
});
