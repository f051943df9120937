#!/usr/bin/env node
// Local OpenID provider for Login Companion's tests and demo.
//
//   node provider.mjs [--port N] [--port-file PATH] [--quiet] [--access-token-ttl SECONDS]
//
// --port 0 (the default) picks a free port. The issuer is http://127.0.0.1:<port>.
// Uses oidc-provider's development interactions (any login / password is accepted, unless a
// test gave the login a password: POST /__test/passwords),
// an in-memory store and fixed cookie keys. Never use this outside tests and demos.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';

function usage(message) {
  if (message) console.error(`provider.mjs: ${message}`);
  console.error('usage: node provider.mjs [--port N] [--port-file PATH] [--quiet] [--access-token-ttl SECONDS]');
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'port-file': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'access-token-ttl': { type: 'string', default: '3600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  usage(err.message);
}
if (args.help) usage();

const requestedPort = Number(args.port);
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  usage(`invalid --port: ${args.port}`);
}
const accessTokenTtl = Number(args['access-token-ttl']);
if (!Number.isInteger(accessTokenTtl) || accessTokenTtl <= 0) {
  usage(`invalid --access-token-ttl: ${args['access-token-ttl']}`);
}
const quiet = args.quiet;
const portFile = args['port-file'] ? path.resolve(args['port-file']) : undefined;

// oidc-provider prints its development notices ("Unsupported runtime", dev keys,
// in-memory adapter, devInteractions, ...) through console.warn / console.info,
// some at import time. Drop them when --quiet; the module is imported afterwards.
if (quiet) {
  for (const method of ['warn', 'info']) {
    const original = console[method].bind(console);
    console[method] = (...parts) => {
      if (typeof parts[0] === 'string' && /^(\x1b\[[0-9;]*m)?oidc-provider (WARNING|NOTICE)/.test(parts[0])) return;
      original(...parts);
    };
  }
}

const { default: Provider } = await import('oidc-provider');

const CLIENT_ID = 'login-companion-demo';
const CONFIDENTIAL_CLIENT_ID = 'login-companion-confidential';
const CONFIDENTIAL_CLIENT_SECRET = 'confidential-test-secret';
const HOST = '127.0.0.1';

async function findAccount(_ctx, id) {
  const login = String(id);
  return {
    accountId: login,
    async claims(_use, _scope, _claims, _rejected) {
      return {
        sub: login,
        name: `Demo Player (${login})`,
        preferred_username: login,
        email: `${login}@example.test`,
        email_verified: true,
      };
    },
  };
}

function configuration() {
  return {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'native',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://localhost/callback', 'http://127.0.0.1/callback'],
      },
      // A confidential client, for tools that only speak that (oidc-agent, which bench/
      // compares with: it always authenticates with HTTP Basic). Not a secret: tests only.
      {
        client_id: CONFIDENTIAL_CLIENT_ID,
        client_secret: CONFIDENTIAL_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: ['http://localhost/callback', 'http://localhost:4242/'],
      },
    ],
    pkce: {
      required: () => true,
      // oidc-provider 9 only supports S256; 'plain' is rejected.
    },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      // Dynamic client registration (RFC 7591, POST /reg, open): a test registers a client
      // whose only redirect URI is a loopback port it chose, for profiles that leave
      // redirect_uri out of requests (the provider then uses the one registered URI).
      registration: { enabled: true },
    },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    findAccount,
    // offline_access survives the authorization request only with prompt=consent;
    // the devInteractions consent form then grants every missing scope, offline_access included.
    async issueRefreshToken(_ctx, client, code) {
      return client.grantTypeAllowed('refresh_token') && code.scopes.has('offline_access');
    },
    // Every refresh returns a new refresh token; presenting a consumed one fails with
    // invalid_grant and revokes the whole grant (so the newest refresh token dies too).
    rotateRefreshToken: true,
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 14 * 24 * 60 * 60,
      Grant: 14 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
      Interaction: 60 * 60,
    },
    cookies: {
      keys: [
        'login-companion-test-cookie-key-1-not-a-secret',
        'login-companion-test-cookie-key-2-not-a-secret',
      ],
    },
    // Put the scope claims (name, email, ...) in the ID token too, not only in userinfo,
    // so the app can show who signed in without a userinfo call.
    conformIdTokenClaims: false,
  };
}

function log(...parts) {
  if (!quiet) console.log(new Date().toISOString(), ...parts);
}

function writePortFile(port) {
  if (!portFile) return;
  const tmp = `${portFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${port}\n`);
  fs.renameSync(tmp, portFile);
}

// Refresh requests per account, for the concurrency test and bench/concurrent_token.sh:
//   GET /__test/refresh-stats?account=SUB
//   -> {"account":SUB,"success":n,"error":m,"reused":k}
// Every refresh_token grant that reached the token endpoint counts once: "success" when tokens
// were issued, "error" when it failed (any reason), "reused" for the errors that were a consumed
// refresh token presented again (which revokes the whole grant). A request is attributed to the
// account through the refresh token it presented, remembered when that token was issued, so
// even "refresh token not found" after a revocation is counted for the right account. Other
// tests use other logins, so a test that signs in a login of its own sees only its own calls.
const REFRESH_STATS_PATH = '/__test/refresh-stats';
const refreshTokenAccounts = new Map(); // refresh token value -> accountId
const refreshStats = new Map(); // accountId -> { success, error, reused }

function statsFor(accountId) {
  let stats = refreshStats.get(accountId);
  if (!stats) {
    stats = { success: 0, error: 0, reused: 0 };
    refreshStats.set(accountId, stats);
  }
  return stats;
}

function rememberIssuedRefreshToken(ctx, accountId) {
  const issued = ctx.body && typeof ctx.body === 'object' ? ctx.body.refresh_token : undefined;
  if (issued && accountId) refreshTokenAccounts.set(issued, accountId);
}

function refreshAccount(ctx) {
  const presented = ctx.oidc?.params?.refresh_token;
  return (presented && refreshTokenAccounts.get(presented))
    ?? ctx.oidc?.entities?.Account?.accountId
    ?? ctx.oidc?.entities?.RefreshToken?.accountId
    ?? '';
}

function serveRefreshStats(req, res) {
  const account = new URL(req.url, 'http://127.0.0.1').searchParams.get('account') ?? '';
  const stats = refreshStats.get(account) ?? { success: 0, error: 0, reused: 0 };
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(`${JSON.stringify({ account, ...stats })}\n`);
}

// Passwords per login, for the tests of `login --autofill` and `--batch` (tests only):
//   POST /__test/passwords  {"<login>": "<password>", ...}  -> 204
// A login given a password here signs in only with that password; a wrong one gets the login
// form again (HTTP 200) with <p class="login-error">, as real providers answer. Every other
// login still signs in with any password. Passwords stay in memory and are never logged.
const PASSWORDS_PATH = '/__test/passwords';
const passwords = new Map(); // login -> password
const INTERACTION_SUBMIT = /^\/interaction\/[^/?]+$/;

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function storePasswords(req, res) {
  try {
    const entries = JSON.parse(await readBody(req));
    for (const [login, password] of Object.entries(entries)) {
      if (typeof password !== 'string') throw new Error(`password of ${login} is not a string`);
      passwords.set(login, password);
    }
    res.writeHead(204);
    res.end();
  } catch (err) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`${err.message}\n`);
  }
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function showLoginAgain(res, action, login) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign-in</title></head><body>
<div class="login-card"><h1>Sign-in</h1>
<p class="login-error">Invalid login or password.</p>
<form autocomplete="off" action="${escapeHtml(action)}" method="post">
  <input type="hidden" name="prompt" value="login"/>
  <input required type="text" name="login" placeholder="Enter any login" value="${escapeHtml(login)}">
  <input required type="password" name="password" placeholder="and password" autofocus="on">
  <button type="submit" class="login login-submit">Sign-in</button>
</form></div></body></html>`);
}

// The login form's POST: checked against `passwords`, then handed to oidc-provider with the body
// already read (its body parser takes req.body then).
async function submitInteraction(req, res, issuer) {
  let body;
  try {
    body = await readBody(req);
  } catch (err) {
    res.writeHead(413, { 'content-type': 'text/plain' });
    res.end(`${err.message}\n`);
    return;
  }
  const form = new URLSearchParams(body);
  const login = form.get('login') ?? '';
  if (form.get('prompt') === 'login' && passwords.has(login)
      && passwords.get(login) !== form.get('password')) {
    log('POST', req.url, '-> 200 (wrong password)');
    showLoginAgain(res, `${issuer}${req.url}`, login);
    return;
  }
  req.body = body;
  provider.callback()(req, res);
}

// Listen first so the issuer can carry the real port (needed for --port 0).
const http = await import('node:http');
let provider;
let issuer;
const server = http.createServer((req, res) => {
  if (req.url.startsWith(REFRESH_STATS_PATH)) {
    serveRefreshStats(req, res);
    return;
  }
  if (req.method === 'POST' && req.url === PASSWORDS_PATH) {
    storePasswords(req, res);
    return;
  }
  if (!provider) {
    res.writeHead(503, { 'content-type': 'text/plain' });
    res.end('starting\n');
    return;
  }
  if (req.method === 'POST' && INTERACTION_SUBMIT.test(req.url)) {
    submitInteraction(req, res, issuer);
    return;
  }
  provider.callback()(req, res);
});

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(requestedPort, HOST, () => {
    server.off('error', reject);
    resolve();
  });
}).catch((err) => {
  console.error(`provider.mjs: cannot listen on ${HOST}:${requestedPort}: ${err.message}`);
  process.exit(1);
});

const { port } = server.address();
issuer = `http://${HOST}:${port}`;
provider = new Provider(issuer, configuration());

// The devInteractions pages @import a Google Fonts stylesheet; these runs are offline,
// so strip it to keep the embedded browser from waiting on the network.
provider.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  if (typeof ctx.body === 'string' && ctx.response.is('html')) {
    ctx.body = ctx.body.replace(/\s*@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);/g, '');
  }
  log(ctx.method, ctx.originalUrl, '->', ctx.status, `${Date.now() - started}ms`);
});

provider.on('server_error', (_ctx, err) => {
  console.error('server_error:', err);
});
provider.on('grant.success', (ctx) => {
  const grantType = ctx.oidc?.params?.grant_type;
  if (grantType === 'refresh_token') {
    const accountId = refreshAccount(ctx);
    statsFor(accountId).success += 1;
    rememberIssuedRefreshToken(ctx, accountId);
  } else if (grantType === 'authorization_code') {
    rememberIssuedRefreshToken(ctx, ctx.oidc?.entities?.Account?.accountId
      ?? ctx.oidc?.entities?.AuthorizationCode?.accountId);
  }
});
provider.on('grant.error', (ctx, err) => {
  if (ctx.oidc?.params?.grant_type !== 'refresh_token') return;
  const stats = statsFor(refreshAccount(ctx));
  stats.error += 1;
  if (err?.error_detail === 'refresh token already used') stats.reused += 1;
});
if (!quiet) {
  provider.on('grant.error', (_ctx, err) => {
    log('grant.error:', err.error, err.error_description, err.error_detail ?? '');
  });
}

writePortFile(port);
console.log(`oidc provider listening on ${issuer} (client_id ${CLIENT_ID})`);

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`received ${signal}, shutting down`);
  if (portFile) {
    try { fs.unlinkSync(portFile); } catch { /* already gone */ }
  }
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
