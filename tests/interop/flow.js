#!/usr/bin/env node
/*
 * Drives an impCentral v5 endpoint (normally the bundled emulator) with the official
 * Node.js client `imp-central-api`, step by step, exactly as a user of that client would.
 *
 * Usage:
 *   node flow.js --endpoint http://127.0.0.1:8080/v5 [--email E] [--username U]
 *                [--timeout SECONDS] [--event-timeout SECONDS]
 *
 * The password comes from the IMPCENTRAL_PASSWORD environment variable (or --password).
 * Email, username and password default to the emulator's demo account.
 *
 * Prints one JSON summary on stdout: what every step got back (tokens are never printed,
 * only whether they were present). Exits 0 when every step passed, 1 on the first failed
 * step (the summary names it and stderr explains it), 2 on the global timeout, 64 on bad usage.
 */
'use strict';

const assert = require('assert');
const crypto = require('crypto');
const ImpCentralApi = require('imp-central-api');

const { DeviceGroups, LogStreams, Errors } = ImpCentralApi;

const DEFAULTS = {
    email: 'demo@example.com',
    username: 'demo',
    password: 'demo-password',
    timeout: 90,
    eventTimeout: 20,
};

// ---------------------------------------------------------------------------------------------
// Command line

function usage(message) {
    process.stderr.write(`flow.js: ${message}\n` +
        'usage: node flow.js --endpoint URL [--email E] [--username U] [--password P]\n' +
        '                    [--timeout SECONDS] [--event-timeout SECONDS]\n');
    process.exit(64);
}

function parseArgs(argv) {
    const options = {
        endpoint: process.env.IMPCENTRAL_ENDPOINT || null,
        email: process.env.IMPCENTRAL_EMAIL || DEFAULTS.email,
        username: process.env.IMPCENTRAL_USERNAME || DEFAULTS.username,
        password: process.env.IMPCENTRAL_PASSWORD || DEFAULTS.password,
        timeout: DEFAULTS.timeout,
        eventTimeout: DEFAULTS.eventTimeout,
    };
    const names = {
        '--endpoint': 'endpoint',
        '--email': 'email',
        '--username': 'username',
        '--password': 'password',
        '--timeout': 'timeout',
        '--event-timeout': 'eventTimeout',
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            usage('runs the interop flow against an impCentral v5 endpoint');
        }
        const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
        if (!(flag in names)) {
            if (!flag.startsWith('-') && !options.endpoint) {
                options.endpoint = flag;
                continue;
            }
            usage(`unknown argument "${flag}"`);
        }
        const value = inline !== undefined ? inline : argv[++i];
        if (value === undefined) {
            usage(`${flag} needs a value`);
        }
        options[names[flag]] = value;
    }
    if (!options.endpoint) {
        usage('the endpoint URL is required (e.g. http://127.0.0.1:8080/v5)');
    }
    options.endpoint = options.endpoint.replace(/\/+$/, '');
    for (const key of ['timeout', 'eventTimeout']) {
        const seconds = Number(options[key]);
        if (!(seconds > 0)) {
            usage(`${key} must be a positive number of seconds`);
        }
        options[key] = seconds * 1000;
    }
    return options;
}

const options = parseArgs(process.argv.slice(2));

// The log stream is opened by `eventsource`, which honours HTTP(S)_PROXY but not NO_PROXY:
// a loopback endpoint must never be sent through a proxy.
if (/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(options.endpoint + '/')) {
    for (const name of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) {
        delete process.env[name];
    }
}

// ---------------------------------------------------------------------------------------------
// Summary, steps and failure reporting

const started = Date.now();
const summary = {
    ok: false,
    endpoint: options.endpoint,
    client: 'imp-central-api@' + require('imp-central-api/package.json').version,
    node: process.version,
    elapsed_ms: 0,
    steps: {},
    order: [],
};
let currentStep = null;
let finished = false;
let stopping = false;

class StepFailure extends Error {}

function check(condition, message) {
    if (!condition) {
        throw new StepFailure(message);
    }
}

function checkEqual(actual, expected, what) {
    try {
        assert.deepStrictEqual(actual, expected);
    } catch (e) {
        throw new StepFailure(
            `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

function describeError(error) {
    if (error instanceof Errors.ImpCentralApiError) {
        return {
            kind: 'ImpCentralApiError',
            message: error.message,
            status: error.statusCode,
            body: error.body,
        };
    }
    if (error instanceof Errors.InvalidDataError) {
        return { kind: 'InvalidDataError', message: error.message };
    }
    if (error instanceof StepFailure) {
        return { kind: 'check', message: error.message };
    }
    return { kind: error && error.name || 'Error', message: String(error && error.stack || error) };
}

function emit(code) {
    if (finished) {
        return;
    }
    finished = true;
    summary.elapsed_ms = Date.now() - started;
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n', () => process.exit(code));
}

function fail(step, error, code = 1) {
    summary.ok = false;
    summary.failed_step = step;
    summary.error = describeError(error);
    process.stderr.write(`interop flow failed at step "${step}": ${summary.error.message}\n`);
    emit(code);
}

async function step(name, fn) {
    currentStep = name;
    const t0 = Date.now();
    const result = (await fn()) || {};
    summary.steps[name] = Object.assign({ ms: Date.now() - t0 }, result);
    summary.order.push(name);
    return result;
}

// Runs a call that must be refused by the service; returns the HTTP status it was refused with.
async function expectRejection(promise, what) {
    let error = null;
    try {
        await promise;
    } catch (e) {
        error = e;
    }
    check(error !== null, `${what} succeeded but must be refused`);
    if (!(error instanceof Errors.ImpCentralApiError)) {
        throw error;
    }
    check(error.statusCode >= 400 && error.statusCode < 500,
        `${what} must be refused with a 4xx status, got ${error.statusCode}`);
    const first = error.body && Array.isArray(error.body.errors) ? error.body.errors[0] : null;
    return {
        status: error.statusCode,
        message: error.message,
        error_code: first ? first.code : null,
        error_status: first ? first.status : null,
    };
}

process.on('unhandledRejection', error => stop(currentStep || 'startup', error, 1));
process.on('uncaughtException', error => stop(currentStep || 'startup', error, 1));

const globalTimer = setTimeout(() => {
    stop(currentStep || 'startup',
        new StepFailure(`global timeout of ${options.timeout / 1000}s reached`), 2);
}, options.timeout);

// ---------------------------------------------------------------------------------------------
// Helpers

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function tokenInfo(token) {
    return { present: typeof token === 'string' && token.length > 0 };
}

// Reads every page of a list call, the way impt does (page size 100, follow links.next).
async function listAll(call) {
    const items = [];
    for (let page = 1; page <= 50; page++) {
        const response = await call(page, 100);
        check(response && Array.isArray(response.data), 'list response has no data array');
        items.push(...response.data);
        if (!response.links || !('next' in response.links)) {
            return items;
        }
    }
    throw new StepFailure('list did not end after 50 pages');
}

// The client offers no paging for refresh tokens (an account holds at most a handful).
async function refreshTokens() {
    const response = await api.auth.getRefreshTokens();
    check(response && Array.isArray(response.data), 'refresh token list has no data array');
    return response.data;
}

function linkage(resource, name) {
    const rel = resource.relationships && resource.relationships[name];
    return rel ? { type: rel.type, id: rel.id } : null;
}

// Collects log stream events and lets steps wait for a specific one.
class EventLog {
    constructor(name) {
        this.name = name;
        this.events = [];
        this.waiters = [];
    }

    push(raw) {
        let parsed;
        try {
            parsed = JSON.parse(raw);
        } catch (e) {
            parsed = { unparsable: raw };
        }
        this.events.push(parsed);
        this.waiters = this.waiters.filter(waiter => !waiter(parsed));
    }

    waitFor(predicate, what, timeout) {
        const found = this.events.find(predicate);
        if (found) {
            return Promise.resolve(found);
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                reject(new StepFailure(`no ${this.name} event ${what} within ${timeout / 1000}s; ` +
                    `received: ${JSON.stringify(this.events)}`));
            }, timeout);
            this.waiters.push(event => {
                if (!predicate(event)) {
                    return false;
                }
                clearTimeout(timer);
                resolve(event);
                return true;
            });
        });
    }
}

// ---------------------------------------------------------------------------------------------
// The flow

const runId = crypto.randomBytes(4).toString('hex');
const client = new ImpCentralApi(options.endpoint);

// The client has no 429 handling; like impt, wait 1 s and repeat the same call (a refused
// request had no effect). The service allows about 40 requests per second per token.
const RATE_LIMIT_RETRIES = 30;
summary.rate_limited_retries = 0;

function retryingOnRateLimit(target) {
    return new Proxy(target, {
        get(object, name) {
            const value = object[name];
            if (typeof value !== 'function') {
                return value;
            }
            return async (...args) => {
                for (let attempt = 1; ; attempt++) {
                    try {
                        return await value.apply(object, args);
                    } catch (error) {
                        const limited = error instanceof Errors.ImpCentralApiError &&
                            error.statusCode === 429;
                        if (!limited || attempt > RATE_LIMIT_RETRIES) {
                            throw error;
                        }
                        summary.rate_limited_retries++;
                        await sleep(1000);
                    }
                }
            };
        },
    });
}

const api = {};
for (const name of ['auth', 'accounts', 'products', 'deviceGroups', 'devices', 'deployments',
    'logStreams', 'webhooks']) {
    api[name] = retryingOnRateLimit(client[name]);
}
const created = { productId: null, deviceGroupId: null, deviceId: null, loginKeyId: null };

async function flow() {
    const ctx = {};

    await step('client_endpoint', async () => {
        checkEqual(client.apiEndpoint, options.endpoint, 'client endpoint');
        return { api_endpoint: client.apiEndpoint };
    });

    await step('login_rejected', async () => {
        return expectRejection(api.auth.login(options.email, options.password + '-wrong'),
            'login with a wrong password');
    });

    await step('login', async () => {
        const res = await api.auth.login(options.email, options.password);
        check(res && typeof res.access_token === 'string' && res.access_token,
            'login response has no access_token');
        check(typeof res.refresh_token === 'string' && res.refresh_token,
            'login response has no refresh_token');
        ctx.loginToken = res.access_token;
        ctx.refreshToken = res.refresh_token;
        return {
            access_token: tokenInfo(res.access_token),
            refresh_token: tokenInfo(res.refresh_token),
            expires_in: res.expires_in,
            expires_at: res.expires_at,
        };
    });

    await step('account', async () => {
        const res = await api.accounts.get('me');
        check(res && res.data && res.data.id, 'account response has no data.id');
        ctx.accountId = res.data.id;
        return {
            type: res.data.type,
            id: res.data.id,
            email: res.data.attributes.email,
            username: res.data.attributes.username,
        };
    });

    await step('refresh_tokens_listed', async () => {
        const tokens = await refreshTokens();
        ctx.refreshTokenIds = tokens.map(token => token.id);
        check(tokens.length >= 1, 'the account lists no refresh token after a password login');
        return { count: tokens.length, types: [...new Set(tokens.map(token => token.type))] };
    });

    await step('refresh', async () => {
        const res = await api.auth.refreshAccessToken(ctx.refreshToken);
        check(res && typeof res.access_token === 'string' && res.access_token,
            'refresh response has no access_token');
        ctx.sessionToken = res.access_token;
        const me = await api.accounts.get('me');
        checkEqual(me.data.id, ctx.accountId, 'account seen with the refreshed token');
        return {
            access_token: tokenInfo(res.access_token),
            new_token_differs: res.access_token !== ctx.loginToken,
            refresh_token_returned: 'refresh_token' in res,
            expires_in: res.expires_in,
            expires_at: res.expires_at,
            account_id: me.data.id,
        };
    });

    await step('login_key_wrong_password', async () => {
        return expectRejection(
            api.accounts.createLoginKey(options.password + '-wrong', { description: 'must fail' }),
            'login key creation with a wrong password');
    });

    await step('login_key_create', async () => {
        const description = `interop ${runId}`;
        const res = await api.accounts.createLoginKey(options.password, { description });
        check(res && res.data && res.data.id, 'login key response has no data.id');
        created.loginKeyId = res.data.id;
        checkEqual(res.data.type, 'login_key', 'login key type');
        checkEqual(res.data.attributes.description, description, 'login key description');
        const keys = await listAll((page, size) => api.accounts.listLoginKeys(page, size));
        check(keys.some(key => key.id === created.loginKeyId), 'new login key missing from the list');
        return {
            type: res.data.type,
            id_present: true,
            description: res.data.attributes.description,
            listed: true,
        };
    });

    await step('login_key_exchange', async () => {
        const res = await api.auth.getAccessToken(created.loginKeyId);
        check(res && typeof res.access_token === 'string' && res.access_token,
            'login key exchange returned no access_token');
        const me = await api.accounts.get('me');
        checkEqual(me.data.id, ctx.accountId, 'account seen with the login-key token');
        return {
            access_token: tokenInfo(res.access_token),
            refresh_token_returned: 'refresh_token' in res,
            expires_in: res.expires_in,
            account_id: me.data.id,
        };
    });

    await step('login_key_delete', async () => {
        // Back to the password session (the token setter is how callers install a saved token).
        api.auth.accessToken = ctx.sessionToken;
        const res = await api.accounts.deleteLoginKey(created.loginKeyId, options.password);
        const keyId = created.loginKeyId;
        created.loginKeyId = null;
        const refused = await expectRejection(api.auth.getAccessToken(keyId),
            'exchanging a deleted login key');
        const keys = await listAll((page, size) => api.accounts.listLoginKeys(page, size));
        check(!keys.some(key => key.id === keyId), 'deleted login key is still listed');
        return { result: res === undefined ? null : res, exchange_after_delete: refused, listed: false };
    });

    // Products ---------------------------------------------------------------------------------

    await step('product_create', async () => {
        const name = `interop-product-${runId}`;
        const res = await api.products.create({ name, description: 'created by the Node client' });
        created.productId = res.data.id;
        checkEqual(res.data.type, 'product', 'product type');
        checkEqual(res.data.attributes.name, name, 'product name');
        checkEqual(linkage(res.data, 'owner'), { type: 'account', id: ctx.accountId }, 'product owner');
        ctx.productName = name;
        return {
            type: res.data.type,
            id: res.data.id,
            name: res.data.attributes.name,
            description: res.data.attributes.description,
            owner: linkage(res.data, 'owner'),
            self_link: res.data.links && res.data.links.self,
        };
    });

    await step('product_get', async () => {
        const res = await api.products.get(created.productId);
        checkEqual(res.data.id, created.productId, 'product id');
        checkEqual(res.data.attributes.name, ctx.productName, 'product name');
        return { id: res.data.id, name: res.data.attributes.name };
    });

    await step('product_list', async () => {
        const filter = { [ImpCentralApi.Products.FILTER_OWNER_ID]: ctx.accountId };
        const products = await listAll((page, size) => api.products.list(filter, page, size));
        check(products.some(p => p.id === created.productId), 'new product missing from the list');
        return { count: products.length, contains_new_product: true };
    });

    await step('product_duplicate_rejected', async () => {
        return expectRejection(api.products.create({ name: ctx.productName }),
            'creating a second product with the same name');
    });

    await step('product_update', async () => {
        const description = `updated ${runId}`;
        const res = await api.products.update(created.productId, { description });
        checkEqual(res.data.attributes.description, description, 'updated product description');
        checkEqual(res.data.attributes.name, ctx.productName, 'product name after update');
        return { description: res.data.attributes.description, name: res.data.attributes.name };
    });

    // Device group -----------------------------------------------------------------------------

    const envVars = { mode: 'test', retries: 3, threshold: 21.5, endpoint: 'https://example.com/x' };
    const envVarsUpdated = { mode: 'staging', retries: 5, threshold: -0.25 };

    await step('device_group_create', async () => {
        const name = `interop-group-${runId}`;
        const res = await api.deviceGroups.create(created.productId, DeviceGroups.TYPE_DEVELOPMENT,
            { name, description: 'development group', env_vars: envVars });
        created.deviceGroupId = res.data.id;
        checkEqual(res.data.type, DeviceGroups.TYPE_DEVELOPMENT, 'device group type');
        checkEqual(res.data.attributes.name, name, 'device group name');
        checkEqual(res.data.attributes.env_vars, envVars, 'device group env_vars on create');
        checkEqual(linkage(res.data, 'product'), { type: 'product', id: created.productId },
            'device group product');
        return {
            type: res.data.type,
            id: res.data.id,
            name: res.data.attributes.name,
            env_vars: res.data.attributes.env_vars,
            product: linkage(res.data, 'product'),
        };
    });

    await step('device_group_get', async () => {
        const res = await api.deviceGroups.get(created.deviceGroupId);
        checkEqual(res.data.attributes.env_vars, envVars, 'device group env_vars on get');
        return { id: res.data.id, type: res.data.type, env_vars: res.data.attributes.env_vars };
    });

    await step('device_group_update', async () => {
        const res = await api.deviceGroups.update(created.deviceGroupId, DeviceGroups.TYPE_DEVELOPMENT,
            { env_vars: envVarsUpdated, description: 'updated group' });
        checkEqual(res.data.attributes.env_vars, envVarsUpdated, 'device group env_vars on update');
        checkEqual(res.data.attributes.description, 'updated group', 'device group description');
        return { env_vars: res.data.attributes.env_vars, description: res.data.attributes.description };
    });

    await step('device_group_list', async () => {
        const filter = { [DeviceGroups.FILTER_PRODUCT_ID]: created.productId };
        const groups = await listAll((page, size) => api.deviceGroups.list(filter, page, size));
        checkEqual(groups.map(g => g.id), [created.deviceGroupId], 'device groups of the new product');
        return { ids_match: true, count: groups.length };
    });

    // Devices ----------------------------------------------------------------------------------

    await step('device_pick', async () => {
        const devices = await listAll((page, size) => api.devices.list(null, page, size));
        const free = devices.filter(d => !linkage(d, 'devicegroup'));
        check(free.length > 0, `no unassigned device on the account (it has ${devices.length})`);
        const device = free[0];
        created.deviceId = device.id;
        ctx.mac = device.attributes.mac_address;
        check(/^[0-9a-f]{16}$/.test(device.id), `device id "${device.id}" is not 16 hex digits`);
        check(/^0c:2a:69(:[0-9a-f]{2}){3}$/.test(ctx.mac || ''),
            `device MAC "${ctx.mac}" is not 0c:2a:69:xx:xx:xx`);
        return {
            total: devices.length,
            unassigned: free.length,
            id: device.id,
            mac_address: ctx.mac,
            imp_type: device.attributes.imp_type,
            device_online: device.attributes.device_online,
        };
    });

    await step('device_get_by_id', async () => {
        const res = await api.devices.get(created.deviceId);
        checkEqual(res.data.id, created.deviceId, 'device id');
        checkEqual(res.data.type, 'device', 'device type');
        return { id: res.data.id, type: res.data.type, devicegroup: linkage(res.data, 'devicegroup') };
    });

    await step('device_get_by_mac', async () => {
        const res = await api.devices.get(ctx.mac);
        checkEqual(res.data.id, created.deviceId, 'device found by MAC');
        return { id: res.data.id, mac_address: res.data.attributes.mac_address };
    });

    await step('device_restart_unassigned_rejected', async () => {
        return expectRejection(api.devices.restart(created.deviceId), 'restarting an unassigned device');
    });

    await step('device_assign', async () => {
        const res = await api.deviceGroups.addDevices(created.deviceGroupId, created.deviceId);
        const device = await api.devices.get(created.deviceId);
        checkEqual(linkage(device.data, 'devicegroup'),
            { type: DeviceGroups.TYPE_DEVELOPMENT, id: created.deviceGroupId }, 'device group of the device');
        ctx.agentId = device.data.attributes.agent_id;
        check(typeof ctx.agentId === 'string' && ctx.agentId, 'assigned device has no agent_id');
        const members = await listAll((page, size) => api.devices.list(
            { [ImpCentralApi.Devices.FILTER_DEVICE_GROUP_ID]: created.deviceGroupId }, page, size));
        checkEqual(members.map(d => d.id), [created.deviceId], 'devices of the group');
        return {
            result: res === undefined ? null : res,
            devicegroup: linkage(device.data, 'devicegroup'),
            agent_id_present: true,
            group_members: members.map(d => d.id),
        };
    });

    await step('device_get_by_agent_id', async () => {
        const res = await api.devices.get(ctx.agentId);
        checkEqual(res.data.id, created.deviceId, 'device found by agent id');
        return { id: res.data.id, agent_id: res.data.attributes.agent_id };
    });

    // Deployment, restart, historical logs -----------------------------------------------------

    await step('deployment_create', async () => {
        const attributes = {
            device_code: `// interop ${runId}\nfunction tick() {\n    imp.wakeup(60, tick);\n}\ntick();\n`,
            agent_code: `// interop ${runId}\n` +
                'http.onrequest(function(req, res) {\n    res.send(200, "ok");\n});\n',
            description: 'first deployment',
            tags: ['interop', 'v1'],
        };
        const res = await api.deployments.create(created.deviceGroupId, DeviceGroups.TYPE_DEVELOPMENT,
            attributes);
        ctx.deploymentId = res.data.id;
        checkEqual(res.data.type, 'deployment', 'deployment type');
        checkEqual(res.data.attributes.device_code, attributes.device_code, 'deployment device_code');
        checkEqual(res.data.attributes.tags, attributes.tags, 'deployment tags');
        check(/^[0-9a-f]{64}$/.test(res.data.attributes.sha || ''), 'deployment sha is not 64 hex digits');
        checkEqual(linkage(res.data, 'devicegroup'),
            { type: DeviceGroups.TYPE_DEVELOPMENT, id: created.deviceGroupId }, 'deployment device group');
        const fetched = await api.deployments.get(ctx.deploymentId);
        checkEqual(fetched.data.attributes.sha, res.data.attributes.sha, 'deployment sha on get');
        const group = await api.deviceGroups.get(created.deviceGroupId);
        checkEqual(linkage(group.data, 'current_deployment'), { type: 'deployment', id: ctx.deploymentId },
            'current deployment of the group');
        return {
            type: res.data.type,
            id: res.data.id,
            sha_len: res.data.attributes.sha.length,
            tags: res.data.attributes.tags,
            devicegroup: linkage(res.data, 'devicegroup'),
            group_current_deployment: linkage(group.data, 'current_deployment'),
        };
    });

    await step('device_restart', async () => {
        const res = await api.devices.restart(created.deviceId);
        return { result: res === undefined ? null : res };
    });

    await step('device_logs', async () => {
        // The restart's log lines may take a moment to be recorded.
        let res;
        const deadline = Date.now() + options.eventTimeout;
        for (;;) {
            res = await api.devices.getLogs(created.deviceId);
            check(res && Array.isArray(res.data), 'logs response has no data array');
            if (res.data.length > 0 || Date.now() > deadline) {
                break;
            }
            await sleep(250);
        }
        check(res.data.length > 0, 'the device has no historical logs after a deployment and restart');
        for (const entry of res.data) {
            check(typeof entry.ts === 'string' && typeof entry.type === 'string' &&
                typeof entry.msg === 'string', `log entry lacks ts/type/msg: ${JSON.stringify(entry)}`);
        }
        const page = await api.devices.getLogs(created.deviceId, 1, 2);
        check(page.data.length <= 2, `page[size]=2 returned ${page.data.length} entries`);
        return {
            count: res.data.length,
            types: [...new Set(res.data.map(entry => entry.type))],
            first: res.data[0],
            page_size_2_count: page.data.length,
            has_links: Boolean(res.links),
        };
    });

    // Log stream -------------------------------------------------------------------------------

    const messages = new EventLog('message');
    const states = new EventLog('state_change');
    const streamErrors = [];

    await step('log_stream_create', async () => {
        const res = await api.logStreams.create(
            raw => messages.push(raw),
            raw => states.push(raw),
            error => streamErrors.push(describeError(error)),
            LogStreams.FORMAT_JSON);
        check(res && res.data && res.data.id, 'log stream response has no data.id');
        ctx.streamId = res.data.id;
        const opened = await states.waitFor(s => s.state === 'opened', 'with state "opened"',
            options.eventTimeout);
        return { type: res.data.type, id_present: true, opened };
    });

    await step('log_stream_add_device', async () => {
        // By MAC address: the client puts it in the path with its colons unencoded.
        const res = await api.logStreams.addDevice(ctx.streamId, ctx.mac);
        const subscribed = await states.waitFor(
            s => s.state === 'subscribed' && s.device_id === created.deviceId,
            `"subscribed" for device ${created.deviceId}`, options.eventTimeout);
        return { result: res === undefined ? null : res, subscribed };
    });

    await step('log_stream_server_log', async () => {
        const marker = `interop marker ${runId}`;
        const attributes = {
            device_code: `// interop ${runId}\n` +
                `function hello() {\n    server.log("${marker}");\n}\nhello();\n`,
            agent_code: `// interop ${runId}\ndevice.on("ping", function(data) {});\n`,
            description: 'deployment that logs',
        };
        const deployment = await api.deployments.create(created.deviceGroupId,
            DeviceGroups.TYPE_DEVELOPMENT, attributes);
        ctx.loggingDeploymentId = deployment.data.id;
        await api.devices.restart(created.deviceId);
        const line = await messages.waitFor(
            m => m.type === 'server.log' && m.device_id === created.deviceId &&
                typeof m.msg === 'string' && m.msg.includes(marker),
            `of type server.log carrying "${marker}"`, options.eventTimeout);
        for (const field of ['device_id', 'ts', 'log_type', 'type', 'msg']) {
            check(field in line, `JSON log message lacks "${field}": ${JSON.stringify(line)}`);
        }
        return { deployment_id: deployment.data.id, message: line, marker };
    });

    await step('log_stream_remove_device', async () => {
        const res = await api.logStreams.removeDevice(ctx.streamId, created.deviceId);
        const unsubscribed = await states.waitFor(
            s => s.state === 'unsubscribed' && s.device_id === created.deviceId,
            `"unsubscribed" for device ${created.deviceId}`, options.eventTimeout);
        return { result: res === undefined ? null : res, unsubscribed };
    });

    await step('log_stream_close', async () => {
        await api.logStreams.close(ctx.streamId);
        check(streamErrors.length === 0, `the log stream reported errors: ${JSON.stringify(streamErrors)}`);
        return {
            messages: messages.events.length,
            message_types: [...new Set(messages.events.map(m => m.type))],
            states: states.events.map(s => s.state),
        };
    });

    // Cleanup ----------------------------------------------------------------------------------

    await step('device_unassign', async () => {
        const res = await api.deviceGroups.removeDevices(created.deviceGroupId, null, created.deviceId);
        const device = await api.devices.get(created.deviceId);
        checkEqual(linkage(device.data, 'devicegroup'), null, 'device group after unassignment');
        created.deviceId = null;
        return { result: res === undefined ? null : res, devicegroup: null };
    });

    await step('device_group_delete', async () => {
        const res = await api.deviceGroups.delete(created.deviceGroupId);
        const groupId = created.deviceGroupId;
        created.deviceGroupId = null;
        const gone = await expectRejection(api.deviceGroups.get(groupId), 'getting the deleted device group');
        checkEqual(gone.status, 404, 'status of the deleted device group');
        return { result: res === undefined ? null : res, get_after_delete: gone };
    });

    await step('product_delete', async () => {
        const res = await api.products.delete(created.productId);
        const productId = created.productId;
        created.productId = null;
        const gone = await expectRejection(api.products.get(productId), 'getting the deleted product');
        checkEqual(gone.status, 404, 'status of the deleted product');
        return { result: res === undefined ? null : res, get_after_delete: gone };
    });

    await step('login_by_username', async () => {
        const res = await api.auth.login(options.username, options.password);
        check(res && res.access_token && res.refresh_token, 'username login returned no tokens');
        ctx.usernameRefreshToken = res.refresh_token;
        const me = await api.accounts.get('me');
        checkEqual(me.data.id, ctx.accountId, 'account seen after username login');
        return { access_token: tokenInfo(res.access_token), account_id: me.data.id };
    });

    await step('refresh_token_delete', async () => {
        const tokens = await refreshTokens();
        const fresh = tokens.filter(token => !ctx.refreshTokenIds.includes(token.id));
        checkEqual(fresh.length, 1, 'number of refresh tokens that appeared after the username login');
        const res = await api.auth.deleteRefreshToken(fresh[0].id);
        const refused = await expectRejection(api.auth.refreshAccessToken(ctx.usernameRefreshToken),
            'refreshing with a deleted refresh token');
        const after = await refreshTokens();
        check(!after.some(token => token.id === fresh[0].id), 'deleted refresh token is still listed');
        return { result: res === undefined ? null : res, refresh_after_delete: refused };
    });
}

// Best-effort removal of what a failed run left behind, so the account stays usable.
async function cleanup() {
    const attempts = [];
    const attempt = async (what, call) => {
        try {
            await call();
            attempts.push({ what, ok: true });
        } catch (e) {
            attempts.push({ what, ok: false, error: describeError(e).message });
        }
    };
    if (created.loginKeyId) {
        await attempt('delete login key',
            () => api.accounts.deleteLoginKey(created.loginKeyId, options.password));
    }
    if (created.deviceGroupId && created.deviceId) {
        await attempt('unassign device',
            () => api.deviceGroups.removeDevices(created.deviceGroupId, null, created.deviceId));
    }
    if (created.deviceGroupId) {
        await attempt('delete device group', () => api.deviceGroups.delete(created.deviceGroupId));
    }
    if (created.productId) {
        await attempt('delete product', () => api.products.delete(created.productId));
    }
    return attempts;
}

// Stops the run after a failure or the global timeout: cleans up (for at most 5 s), then reports.
async function stop(step, error, code) {
    if (stopping) {
        return;
    }
    stopping = true;
    clearTimeout(globalTimer);
    summary.cleanup = await Promise.race([cleanup(), sleep(5000).then(() => 'timed out')]);
    fail(step, error, code);
}

flow().then(() => {
    if (stopping) {
        return;
    }
    clearTimeout(globalTimer);
    summary.ok = true;
    currentStep = null;
    emit(0);
}, error => stop(currentStep, error, 1));
