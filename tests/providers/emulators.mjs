#!/usr/bin/env node
// Loopback emulators of four OAuth 2.0 providers documented for Login Companion, plus a
// reference token-exchange backend for OTTM:
//
//   rayteams     RAYTeams (Cognito-style hosted UI)            http://127.0.0.1:P1
//   ottmMember   OTTM membership, login host (/auth/authorize) http://127.0.0.1:P2
//   ottmApi      OTTM membership, API host (/oauth2/v1/...)    http://127.0.0.1:P3
//   lightOauth2  light-oauth2 (HTTPS, self-signed, Basic)      https://127.0.0.1:P4
//   upbond       Upbond Login 3.0 (Auth0-style)                http://127.0.0.1:P5
//   backend      reference OTTM token-exchange backend         http://127.0.0.1:P6
//
//   node emulators.mjs [--ports-file PATH] [--quiet]
//
// Every server listens on its own free port on 127.0.0.1. Once all listen, the ports file is
// written atomically. See README.md for the endpoints, accounts, codes and error triggers.
// No npm packages: node:http, node:https and node:crypto only (the light-oauth2 certificate
// is made with the openssl CLI, or by this file when openssl is missing). Tests only.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs, promisify } from 'node:util';

function usage(message) {
  if (message) console.error(`emulators.mjs: ${message}`);
  console.error('usage: node emulators.mjs [--ports-file PATH] [--quiet]\n'
    + '       [--backend-client-id ID] [--backend-client-secret SECRET] [--backend-ottm-token-url URL]');
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      'ports-file': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'backend-client-id': { type: 'string', default: 'ottm-test-client' },
      'backend-client-secret': { type: 'string', default: 'ottm-test-secret' },
      'backend-ottm-token-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  usage(err.message);
}
if (args.help) usage();
const portsFile = args['ports-file'] ? path.resolve(args['ports-file']) : undefined;
const quiet = args.quiet;

const HOST = '127.0.0.1';
const MAX_BODY = 64 * 1024;
const PASSWORD = 'pw';

function log(...parts) {
  if (!quiet) console.log(new Date().toISOString(), ...parts);
}

// ---------------------------------------------------------------------------------------
// Helpers.

function now() {
  return Math.floor(Date.now() / 1000);
}

function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function s256(verifier) {
  return crypto.createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function sha256hex(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function scopeList(scope) {
  return String(scope ?? '').split(/\s+/).filter(Boolean);
}

// A UUID (version 4 layout) derived from a string, so a user keeps the same sub.
function uuidFrom(text) {
  const h = sha256hex(text).slice(0, 32).split('');
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function emailOf(username) {
  return username.includes('@') ? username : `${username}@example.test`;
}

function nicknameOf(username) {
  return username.split('@')[0];
}

// Any non-empty user name with password "pw" (light-oauth2 also admin/123456).
function passwordOk(username, password, extra = {}) {
  if (typeof username !== 'string' || username.trim() === '' || typeof password !== 'string') return false;
  if (Object.hasOwn(extra, username) && safeEqual(extra[username], password)) return true;
  return safeEqual(password, PASSWORD);
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(html);
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

function redirect(res, location) {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
}

function methodNotAllowed(res, allowed) {
  sendText(res, 405, 'method not allowed', { allow: allowed });
}

function notFound(res) {
  sendText(res, 404, 'not found');
}

// An absolute redirect URI we can send the browser to. Hosts ending in ".invalid" count as
// "not registered" (a deterministic trigger for the redirect-mismatch cases).
function parseRedirectUri(value) {
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (['javascript:', 'data:', 'file:', 'blob:'].includes(url.protocol)) return undefined;
  if (url.hash) return undefined;
  if (url.hostname.endsWith('.invalid')) return undefined;
  return url;
}

function withParams(target, params, state) {
  const url = new URL(target.toString());
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) url.searchParams.set(name, value);
  }
  if (state !== null && state !== undefined) url.searchParams.set('state', state);
  return url.toString();
}

function bearer(req) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match ? match[1] : undefined;
}

// Authorization: Basic. Returns undefined without a Basic header, otherwise
// {ok, id, secret} (RFC 6749 2.3.1: both parts are form-urlencoded before base64).
function basicCredentials(req, { urlDecode = true } = {}) {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Basic\s+(\S*)\s*$/i.exec(header);
  if (!match) return { ok: false, scheme: header.split(/\s+/)[0] };
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return { ok: false, basic: true };
  const decode = (s) => {
    if (!urlDecode) return s;
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { ok: true, basic: true, id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

function contentType(req) {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------------------------------
// Keys and JWTs.

const generateKeyPair = promisify(crypto.generateKeyPair);

async function makeSigningKey() {
  const { privateKey, publicKey } = await generateKeyPair('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' });
  // RFC 7638 thumbprint as kid.
  const kid = crypto.createHash('sha256').update(JSON.stringify({ e, kty: 'RSA', n })).digest('base64url');
  return { kid, privateKey, jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n, e } };
}

// headerStyle: 'kid-alg' ({kid, alg}, Cognito and Spring style) or 'jwt' ({alg, typ, kid}).
function signJwt(key, claims, headerStyle = 'jwt') {
  const header = headerStyle === 'kid-alg'
    ? { kid: key.kid, alg: 'RS256' }
    : { alg: 'RS256', typ: 'JWT', kid: key.kid };
  const input = `${b64url(header)}.${b64url(claims)}`;
  const signature = crypto.sign('sha256', Buffer.from(input), {
    key: key.privateKey,
    padding: crypto.constants.RSA_PKCS1_PADDING,
  });
  return `${input}.${signature.toString('base64url')}`;
}

// OIDC Core 3.1.3.6: left half of SHA-256 of the access token.
function atHash(accessToken) {
  return crypto.createHash('sha256').update(accessToken, 'ascii').digest().subarray(0, 16).toString('base64url');
}

function jwks(key) {
  return { keys: [key.jwk] };
}

// PKCE check for a stored code. Returns undefined when fine, else 'missing' | 'short' | 'long'
// | 'format' | 'mismatch'.
function pkceFailure(entry, verifier) {
  if (!entry.challenge) return undefined;
  if (verifier === null || verifier === undefined || verifier.trim() === '') return 'missing';
  if (verifier.length < 43) return 'short';
  if (verifier.length > 128) return 'long';
  if (!/^[A-Za-z0-9._~-]+$/.test(verifier)) return 'format';
  const expected = entry.challengeMethod === 'plain' ? verifier : s256(verifier);
  return safeEqual(expected, entry.challenge) ? undefined : 'mismatch';
}

// ---------------------------------------------------------------------------------------
// HTML.

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f3f4f6; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 1.5rem 2rem;
         border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  h1 { font-size: 1.3rem; } label { display: block; margin-top: .8rem; }
  input[type=text], input[type=password], input[type=email] { width: 100%; padding: .4rem;
         box-sizing: border-box; }
  button { margin-top: 1rem; padding: .5rem 1rem; }
  .error { color: #b00020; } .note { color: #555; font-size: .9rem; }
  pre { background: #f6f6f6; padding: .6rem; white-space: pre-wrap; }`;

function page({ title, emulator, pageName, body, lang = 'en' }) {
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body data-emulator="${esc(emulator)}" data-page="${esc(pageName)}">
<main>
${body}
</main>
</body>
</html>
`;
}

// The login form. Every emulator uses the ids login-form, username, password, login-submit
// (and login-error for the error message); the field names and button differ per provider.
function loginPage({
  emulator, title, heading, action, lang, userName = 'username', passName = 'password',
  userLabel = 'Username', passLabel = 'Password', submit, error, username = '', extra = '', buttons = '',
}) {
  const submitAttrs = submit.name ? ` name="${esc(submit.name)}" value="${esc(submit.value)}"` : '';
  const body = `<h1>${esc(heading)}</h1>
${error ? `<p id="login-error" class="error" role="alert">${esc(error)}</p>\n` : ''}<form id="login-form" method="post" action="${esc(action)}" autocomplete="off">
<label for="username">${esc(userLabel)}</label>
<input id="username" name="${esc(userName)}" type="text" autocomplete="username" value="${esc(username)}" autofocus>
<label for="password">${esc(passLabel)}</label>
<input id="password" name="${esc(passName)}" type="password" autocomplete="current-password">
<button id="login-submit" type="submit"${submitAttrs}>${esc(submit.label)}</button>
${buttons}</form>
${extra}<p class="note">Test emulator: any user name, password <code>pw</code>.</p>`;
  return page({ title, emulator, pageName: 'login', body, lang });
}

function errorPage({ emulator, title, heading, message, pre }) {
  const body = `<h1>${esc(heading)}</h1>
<p id="error-message" class="error">${esc(message)}</p>
${pre ? `<pre id="error-envelope">${esc(pre)}</pre>\n` : ''}`;
  return page({ title, emulator, pageName: 'error', body });
}

// ---------------------------------------------------------------------------------------
// Providers, servers, request logs.

function freshState() {
  return {
    codes: new Map(), // code -> {clientId, redirectUri, redirectUriSent, challenge, challengeMethod, nonce, scope, username, audience, authTime, expires}
    access: new Map(), // token -> {grant, scope, expires, revoked}
    refresh: new Map(), // token -> {grant, scope, expires?, revoked}
  };
}

const providers = {};
function makeProvider(name, key) {
  const provider = { name, key, state: freshState(), servers: [] };
  providers[name] = provider;
  return provider;
}

function takeCode(provider, code) {
  if (!code) return undefined;
  const entry = provider.state.codes.get(code);
  provider.state.codes.delete(code); // single use, also when the exchange then fails
  if (!entry || entry.expires < now()) return undefined;
  return entry;
}

function storeCode(provider, code, data, ttl) {
  provider.state.codes.set(code, { ...data, authTime: now(), expires: now() + ttl });
}

function liveAccess(provider, token) {
  if (!token) return undefined;
  const entry = provider.state.access.get(token);
  if (!entry || entry.revoked || entry.grant.revoked || entry.expires < now()) return undefined;
  return entry;
}

function liveRefresh(provider, token) {
  if (!token) return undefined;
  const entry = provider.state.refresh.get(token);
  if (!entry || entry.revoked || entry.grant.revoked) return undefined;
  if (entry.expires !== undefined && entry.expires < now()) return undefined;
  return entry;
}

function requestEntry(req, url) {
  const type = contentType(req);
  let bodyKeys = [];
  if (req.rawBody) {
    if (type === 'application/x-www-form-urlencoded') {
      bodyKeys = [...new Set(new URLSearchParams(req.rawBody).keys())];
    } else if (type === 'application/json') {
      try {
        const parsed = JSON.parse(req.rawBody);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) bodyKeys = Object.keys(parsed);
      } catch { /* not JSON */ }
    }
  }
  const auth = req.headers.authorization;
  return {
    method: req.method,
    path: url.pathname,
    queryKeys: [...new Set(url.searchParams.keys())],
    hasAuthorization: auth !== undefined,
    authScheme: auth === undefined ? null : auth.trim().split(/\s+/)[0],
    contentType: type || null,
    bodyKeys,
    status: null,
  };
}

function parseBodies(req) {
  const type = contentType(req);
  req.form = type === 'application/x-www-form-urlencoded' ? new URLSearchParams(req.rawBody) : undefined;
  req.json = undefined;
  if (type === 'application/json' && req.rawBody) {
    try {
      req.json = JSON.parse(req.rawBody);
    } catch { /* stays undefined */ }
  }
}

// Test controls, not recorded: GET /__requests, GET /__health, POST /__reset, POST /__expire.
function control(server, req, res, url) {
  const provider = server.provider;
  switch (url.pathname) {
    case '/__requests':
      return req.method === 'GET' ? sendJson(res, 200, server.requests) : methodNotAllowed(res, 'GET');
    case '/__health':
      return req.method === 'GET' ? sendJson(res, 200, { ok: true, emulator: server.name }) : methodNotAllowed(res, 'GET');
    case '/__reset':
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      if (provider) {
        provider.state = freshState();
        for (const s of provider.servers) s.requests.length = 0;
      } else {
        server.requests.length = 0;
      }
      return sendJson(res, 200, { reset: server.name });
    case '/__expire': {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      if (!provider) return notFound(res);
      const all = url.searchParams.get('all') === '1';
      const past = now() - 1;
      let count = 0;
      for (const entry of provider.state.access.values()) { entry.expires = past; count += 1; }
      if (all) {
        for (const entry of provider.state.refresh.values()) { entry.expires = past; count += 1; }
        for (const entry of provider.state.codes.values()) { entry.expires = past; count += 1; }
      }
      return sendJson(res, 200, { expired: count });
    }
    default:
      return notFound(res);
  }
}

const servers = [];
function makeServer(name, provider, handler, tls) {
  const server = { name, provider, handler, requests: [], origin: '', tls: Boolean(tls) };
  const listener = (req, res) => {
    const started = Date.now();
    const url = new URL(req.url, server.origin || `http://${HOST}`);
    // Never log query values or bodies: they carry codes, tokens and secrets.
    res.on('finish', () => {
      log(`[${name}]`, req.method, url.pathname,
        url.search ? `?${[...new Set(url.searchParams.keys())].join('&')}` : '',
        '->', res.statusCode, `${Date.now() - started}ms`);
    });
    (async () => {
      req.rawBody = await readBody(req);
      parseBodies(req);
      if (url.pathname.startsWith('/__')) return control(server, req, res, url);
      const entry = requestEntry(req, url);
      server.requests.push(entry);
      res.on('finish', () => { entry.status = res.statusCode; });
      return handler(server, req, res, url);
    })().catch((err) => {
      if (!err.status) console.error(`emulators.mjs [${name}]: internal error:`, err);
      if (!res.headersSent) {
        sendText(res, err.status ?? 500, err.status ? err.message : 'internal error');
      } else {
        res.destroy();
      }
    });
  };
  server.http = tls ? https.createServer(tls, listener) : http.createServer(listener);
  if (provider) provider.servers.push(server);
  servers.push(server);
  return server;
}

// ---------------------------------------------------------------------------------------
// 1. RAYTeams: Cognito-style hosted UI on one host. Public client, PKCE S256.

const RT = {
  clientId: '37ev8rm4mvtnb65hf381l0k98b',
  scopes: ['openid', 'email', 'profile', 'phone', 'aws.cognito.signin.user.admin'],
  defaultScope: 'openid email profile',
  codeTtl: 300,
  tokenTtl: 3600,
  errors: ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client',
    'unsupported_grant_type', 'invalid_scope'],
};

function rtAuthorizeRequest(q) {
  const clientId = q.get('client_id');
  if (!clientId) return { page: 'invalid_request', detail: "Required String parameter 'client_id' is not present" };
  if (clientId !== RT.clientId) return { page: 'invalid_client', detail: 'Client does not exist' };
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return { page: 'invalid_request', detail: "Required String parameter 'redirect_uri' is not present" };
  const target = parseRedirectUri(redirectUri);
  if (!target) return { page: 'redirect_mismatch', detail: 'redirect_uri is not registered for this client' };
  const state = q.get('state');
  const fail = (error) => ({ redirect: withParams(target, { error }, state) });
  const responseType = q.get('response_type');
  if (!responseType) return fail('invalid_request');
  if (responseType !== 'code') return fail('unsupported_response_type');
  const scope = q.has('scope') ? scopeList(q.get('scope')) : scopeList(RT.defaultScope);
  if (scope.length === 0 || scope.some((s) => !RT.scopes.includes(s))) return fail('invalid_scope');
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method');
  if (challenge !== null) {
    if (method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) return fail('invalid_request');
  } else if (method !== null) {
    return fail('invalid_request');
  }
  return {
    ok: {
      clientId, redirectUri, target, state, scope: scope.join(' '),
      challenge: challenge ?? undefined, challengeMethod: 'S256', nonce: q.get('nonce') ?? undefined,
    },
  };
}

function rtErrorPage(res, request) {
  sendHtml(res, 400, errorPage({
    emulator: 'rayteams',
    title: 'Error',
    heading: 'An error was encountered with the requested page.',
    message: `${request.page}: ${request.detail}`,
  }));
}

function rtLoginPage(q, error, username) {
  const query = q.toString();
  return loginPage({
    emulator: 'rayteams',
    title: 'Signin',
    heading: 'Sign in with your RAYTeams account',
    action: `/login?${query}`,
    submit: { name: 'signInSubmitButton', value: 'Sign in', label: 'Sign in' },
    error,
    username,
    extra: `<p><a id="forgot-password-link" href="/forgotPassword?${esc(query)}">Forgot your password?</a></p>\n`,
  });
}

function rtSub(username) {
  return uuidFrom(`rayteams:${username}`);
}

function rtIssue(server, grant, { nonce, withRefresh }) {
  const provider = server.provider;
  const issuer = server.origin;
  const t = now();
  const originJti = grant.originJti;
  const accessToken = signJwt(provider.key, {
    sub: rtSub(grant.username),
    iss: issuer,
    version: 2,
    client_id: grant.clientId,
    origin_jti: originJti,
    token_use: 'access',
    scope: grant.scope,
    auth_time: grant.authTime,
    exp: t + RT.tokenTtl,
    iat: t,
    jti: crypto.randomUUID(),
    username: grant.username,
  }, 'kid-alg');
  provider.state.access.set(accessToken, { grant, scope: grant.scope, expires: t + RT.tokenTtl, revoked: false });
  const body = {};
  if (scopeList(grant.scope).includes('openid')) {
    const claims = {
      at_hash: atHash(accessToken),
      sub: rtSub(grant.username),
      email_verified: true,
      iss: issuer,
      'cognito:username': grant.username,
      origin_jti: originJti,
      aud: grant.clientId,
      token_use: 'id',
      auth_time: grant.authTime,
      exp: t + RT.tokenTtl,
      iat: t,
      jti: crypto.randomUUID(),
      email: emailOf(grant.username),
    };
    if (nonce !== undefined) claims.nonce = nonce;
    body.id_token = signJwt(provider.key, claims, 'kid-alg');
  }
  body.access_token = accessToken;
  if (withRefresh) {
    const refreshToken = randomToken(96);
    provider.state.refresh.set(refreshToken, { grant, scope: grant.scope, revoked: false });
    body.refresh_token = refreshToken;
  }
  body.expires_in = RT.tokenTtl;
  body.token_type = 'Bearer';
  return body;
}

function rtToken(server, req, res) {
  const provider = server.provider;
  const error = (code, status = 400) => sendJson(res, status, { error: code });
  const form = req.form;
  if (!form) return error('invalid_request');
  const grantType = form.get('grant_type');
  if (!grantType) return error('invalid_request');
  const basic = basicCredentials(req);
  const clientId = form.get('client_id') ?? (basic?.ok ? basic.id : null);
  if (!clientId) return error('invalid_client');
  if (clientId !== RT.clientId) return error('invalid_client');
  if (!['authorization_code', 'refresh_token', 'client_credentials'].includes(grantType)) {
    return error('unsupported_grant_type');
  }
  if (grantType === 'client_credentials') return error('unauthorized_client');

  const trigger = /^trigger-(.+)$/.exec(form.get(grantType === 'authorization_code' ? 'code' : 'refresh_token') ?? '');
  if (trigger && RT.errors.includes(trigger[1])) return error(trigger[1]);

  if (grantType === 'authorization_code') {
    const code = form.get('code');
    if (!code) return error('invalid_request');
    const redirectUri = form.get('redirect_uri');
    const entry = takeCode(provider, code);
    if (!entry) return error('invalid_grant');
    if (entry.clientId !== clientId) return error('invalid_grant');
    if (!redirectUri) return error('invalid_request');
    if (redirectUri !== entry.redirectUri) return error('invalid_grant');
    if (pkceFailure(entry, form.get('code_verifier'))) return error('invalid_grant');
    const grant = {
      clientId, username: entry.username, scope: entry.scope, authTime: entry.authTime,
      originJti: crypto.randomUUID(), revoked: false,
    };
    return sendJson(res, 200, rtIssue(server, grant, { nonce: entry.nonce, withRefresh: true }));
  }
  if (!form.get('refresh_token')) return error('invalid_request');
  const entry = liveRefresh(provider, form.get('refresh_token'));
  if (!entry || entry.grant.clientId !== clientId) return error('invalid_grant');
  // Cognito keeps the refresh token: the answer has no refresh_token.
  return sendJson(res, 200, rtIssue(server, entry.grant, { withRefresh: false }));
}

function rtUserInfo(server, req, res) {
  const token = bearer(req);
  const challenge = (code, description) => ({
    'www-authenticate': `Bearer error="${code}", error_description="${description}"`,
  });
  if (!token) {
    return sendJson(res, 401, { error: 'invalid_request', error_description: 'Access token is missing' },
      challenge('invalid_request', 'Access token is missing'));
  }
  if (token === 'trigger-invalid_token') {
    return sendJson(res, 401, { error: 'invalid_token', error_description: 'Access token is expired' },
      challenge('invalid_token', 'Access token is expired'));
  }
  const entry = liveAccess(server.provider, token);
  if (!entry) {
    return sendJson(res, 401, { error: 'invalid_token', error_description: 'Access token is expired' },
      challenge('invalid_token', 'Access token is expired'));
  }
  if (!scopeList(entry.scope).includes('openid')) {
    return sendJson(res, 403, { error: 'insufficient_scope', error_description: 'Access token does not contain openid scope' },
      challenge('insufficient_scope', 'Access token does not contain openid scope'));
  }
  const { username } = entry.grant;
  return sendJson(res, 200, { sub: rtSub(username), email: emailOf(username), username });
}

function rtForgotPassword(res, q) {
  const query = q.toString();
  const body = `<h1>Forgot your password?</h1>
<p>Enter your Email below and we will send a message to reset your password</p>
<form id="forgot-password-form" method="post" action="/confirmForgotPassword?${esc(query)}">
<label for="username">Email</label>
<input id="username" name="username" type="text" autocomplete="email">
<button id="reset-submit" type="submit" name="reset_my_password" value="Reset my password">Reset my password</button>
</form>
<p><a id="back-to-login" href="/login?${esc(query)}">Back to sign in</a></p>`;
  sendHtml(res, 200, page({ title: 'Forgot password', emulator: 'rayteams', pageName: 'forgot-password', body }));
}

function rtConfirmForgotPassword(req, res, q) {
  const query = q.toString();
  const form = req.form ?? new URLSearchParams();
  let body;
  if (req.method === 'POST' && form.has('code')) {
    body = `<h1>Password changed</h1>
<p id="reset-done">Your password has been reset. (Emulator: the password stays <code>pw</code>.)</p>
<p><a id="back-to-login" href="/login?${esc(query)}">Back to sign in</a></p>`;
  } else {
    const who = form.get('username') || 'your email address';
    body = `<h1>Code sent</h1>
<p id="code-sent">We have sent a password reset code by email to ${esc(who)}. Enter it below to reset your password.</p>
<form id="confirm-forgot-password-form" method="post" action="/confirmForgotPassword?${esc(query)}">
<input type="hidden" name="username" value="${esc(form.get('username') ?? '')}">
<label for="code">Code</label>
<input id="code" name="code" type="text" autocomplete="one-time-code">
<label for="new-password">New Password</label>
<input id="new-password" name="password" type="password" autocomplete="new-password">
<label for="confirm-password">Enter New Password Again</label>
<input id="confirm-password" name="confirmPassword" type="password" autocomplete="new-password">
<button id="change-password-submit" type="submit">Change Password</button>
</form>
<p><a id="back-to-login" href="/login?${esc(query)}">Back to sign in</a></p>`;
  }
  sendHtml(res, 200, page({ title: 'Reset password', emulator: 'rayteams', pageName: 'confirm-forgot-password', body }));
}

async function rayteams(server, req, res, url) {
  const q = url.searchParams;
  const provider = server.provider;
  switch (url.pathname) {
    case '/oauth2/authorize':
    case '/login': {
      const isLoginPost = req.method === 'POST' && url.pathname === '/login';
      if (req.method !== 'GET' && !isLoginPost) {
        return methodNotAllowed(res, url.pathname === '/login' ? 'GET, POST' : 'GET');
      }
      const request = rtAuthorizeRequest(q);
      if (request.page) return rtErrorPage(res, request);
      if (request.redirect) return redirect(res, request.redirect);
      if (!isLoginPost) return sendHtml(res, 200, rtLoginPage(q));
      const form = req.form ?? new URLSearchParams();
      const username = (form.get('username') ?? '').trim();
      if (!passwordOk(username, form.get('password'))) {
        return sendHtml(res, 200, rtLoginPage(q, 'Incorrect username or password.', username));
      }
      const { ok } = request;
      const code = crypto.randomUUID();
      storeCode(provider, code, { ...ok, target: undefined, username }, RT.codeTtl);
      return redirect(res, withParams(ok.target, { code }, ok.state));
    }
    case '/forgotPassword':
      return req.method === 'GET' ? rtForgotPassword(res, q) : methodNotAllowed(res, 'GET');
    case '/confirmForgotPassword':
      return ['GET', 'POST'].includes(req.method) ? rtConfirmForgotPassword(req, res, q) : methodNotAllowed(res, 'GET, POST');
    case '/oauth2/token':
      return req.method === 'POST' ? rtToken(server, req, res) : methodNotAllowed(res, 'POST');
    case '/oauth2/userInfo':
      return ['GET', 'POST'].includes(req.method) ? rtUserInfo(server, req, res) : methodNotAllowed(res, 'GET, POST');
    case '/oauth2/revoke': {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      const form = req.form;
      if (!form || !form.get('token')) return sendJson(res, 400, { error: 'invalid_request' });
      const basic = basicCredentials(req);
      const clientId = form.get('client_id') ?? (basic?.ok ? basic.id : null);
      if (clientId !== RT.clientId) return sendJson(res, 400, { error: 'invalid_client' });
      const entry = provider.state.refresh.get(form.get('token'));
      if (entry && entry.grant.clientId === clientId) {
        entry.revoked = true;
        entry.grant.revoked = true; // Cognito revokes the access tokens of that refresh token too
      }
      res.writeHead(200, { 'cache-control': 'no-store' });
      return res.end();
    }
    case '/logout': {
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      if (q.get('client_id') !== RT.clientId) {
        return rtErrorPage(res, { page: 'invalid_request', detail: 'Client does not exist' });
      }
      const target = parseRedirectUri(q.get('logout_uri'));
      if (!target) return rtErrorPage(res, { page: 'invalid_request', detail: 'logout_uri missing or not registered' });
      return redirect(res, target.toString());
    }
    case '/.well-known/jwks.json':
      return req.method === 'GET' ? sendJson(res, 200, jwks(provider.key)) : methodNotAllowed(res, 'GET');
    default:
      return notFound(res);
  }
}

// ---------------------------------------------------------------------------------------
// 2. OTTM membership: login on the member host, token and userinfo on the API host.

const OTTM = {
  clients: { 'ottm-test-client': 'ottm-test-secret' },
  scopes: ['openid', 'profile', 'email'],
  codeTtl: 300,
  tokenTtl: 3600, // expires_in says 3599, as in the documentation's sample
  messages: {
    10051: 'Invalid request',
    10071: 'Invalid oauth2 scope',
    10074: 'Insufficient oauth2 scope',
    10075: 'Invalid oauth2 token',
    10076: 'Unauthorized oauth2 client',
  },
};

function ottmEnvelope(code) {
  return { error: { code: String(code), message: OTTM.messages[code] }, payload: null };
}

function ottmError(res, code) {
  sendJson(res, 400, ottmEnvelope(code));
}

function ottmTrigger(value) {
  const match = /^trigger-(\d{5})$/.exec(value ?? '');
  return match && Object.hasOwn(OTTM.messages, match[1]) ? match[1] : undefined;
}

function ottmErrorPage(res, code) {
  sendHtml(res, 400, errorPage({
    emulator: 'ottmMember',
    title: 'OTTM 오류',
    heading: 'OTTM 로그인 오류 (login error)',
    message: `${code} ${OTTM.messages[code]}`,
    pre: JSON.stringify(ottmEnvelope(code), null, 2),
  }));
}

function ottmAuthorizeRequest(q) {
  const clientId = q.get('client_id');
  const redirectUri = q.get('redirect_uri');
  const responseType = q.get('response_type');
  const scopeParam = q.get('scope');
  if (!clientId || !redirectUri || !responseType || scopeParam === null) return { error: 10051 };
  if (!Object.hasOwn(OTTM.clients, clientId)) return { error: 10076 };
  const target = parseRedirectUri(redirectUri);
  if (!target) return { error: 10051 };
  if (responseType !== 'code') return { error: 10051 };
  const scope = scopeList(scopeParam);
  if (scope.length === 0 || scope.some((s) => !OTTM.scopes.includes(s))) return { error: 10071 };
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method');
  if (challenge !== null) {
    if (method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) return { error: 10051 };
  } else if (method !== null) {
    return { error: 10051 };
  }
  return {
    ok: {
      clientId, redirectUri, target, state: q.get('state'), scope: scope.join(' '),
      challenge: challenge ?? undefined, challengeMethod: 'S256', nonce: q.get('nonce') ?? undefined,
    },
  };
}

function ottmLoginPage(q, error, username) {
  return loginPage({
    emulator: 'ottmMember',
    lang: 'ko',
    title: 'OTTM 로그인',
    heading: 'OTTM 멤버십 로그인 (OTTM membership login)',
    action: `/auth/authorize?${q.toString()}`,
    userLabel: '아이디 (ID)',
    passLabel: '비밀번호 (Password)',
    submit: { label: '로그인 (Log in)' },
    error,
    username,
  });
}

async function ottmMember(server, req, res, url) {
  const provider = server.provider;
  const q = url.searchParams;
  switch (url.pathname) {
    case '/auth/authorize': {
      if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed(res, 'GET, POST');
      const request = ottmAuthorizeRequest(q);
      if (request.error) return ottmErrorPage(res, request.error);
      if (req.method === 'GET') return sendHtml(res, 200, ottmLoginPage(q));
      const form = req.form ?? new URLSearchParams();
      const username = (form.get('username') ?? '').trim();
      if (!passwordOk(username, form.get('password'))) {
        return sendHtml(res, 200, ottmLoginPage(q, '아이디 또는 비밀번호가 올바르지 않습니다. (Incorrect ID or password.)', username));
      }
      const { ok } = request;
      const code = randomToken(96);
      storeCode(provider, code, { ...ok, target: undefined, username }, OTTM.codeTtl);
      return redirect(res, withParams(ok.target, { code }, ok.state));
    }
    case '/.well-known/jwks.json':
      return req.method === 'GET' ? sendJson(res, 200, jwks(provider.key)) : methodNotAllowed(res, 'GET');
    default:
      return notFound(res);
  }
}

function ottmSub(username) {
  return sha256hex(`ottm:${username}`).slice(0, 32);
}

function ottmIssue(server, grant, { nonce, refreshToken }) {
  const provider = server.provider;
  const t = now();
  const accessToken = randomToken(96);
  provider.state.access.set(accessToken, { grant, scope: grant.scope, expires: t + OTTM.tokenTtl, revoked: false });
  let refresh = refreshToken;
  if (!refresh) {
    refresh = randomToken(96);
    provider.state.refresh.set(refresh, { grant, scope: grant.scope, revoked: false });
  }
  const body = { access_token: accessToken, refresh_token: refresh, scope: grant.scope };
  if (scopeList(grant.scope).includes('openid')) {
    const claims = {
      sub: ottmSub(grant.username),
      aud: grant.clientId,
      azp: grant.clientId,
      auth_time: grant.authTime,
      iss: server.origin, // the API host: http://127.0.0.1:<ottmApi>
      exp: t + OTTM.tokenTtl,
      iat: t,
      jti: crypto.randomUUID(),
      sid: grant.sid,
    };
    if (nonce !== undefined) claims.nonce = nonce;
    body.id_token = signJwt(provider.key, claims, 'kid-alg');
  }
  body.token_type = 'Bearer';
  body.expires_in = OTTM.tokenTtl - 1;
  return body;
}

function ottmToken(server, req, res) {
  const provider = server.provider;
  const form = req.form;
  if (!form) return ottmError(res, 10051);
  // Client authentication: client_id and client_secret in the body (client_secret_post) only.
  const clientId = form.get('client_id');
  const secret = form.get('client_secret');
  if (!clientId || !secret || !Object.hasOwn(OTTM.clients, clientId) || !safeEqual(OTTM.clients[clientId], secret)) {
    return ottmError(res, 10076);
  }
  const grantType = form.get('grant_type');
  if (!grantType) return ottmError(res, 10051);
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') return ottmError(res, 10076);
  const trigger = ottmTrigger(form.get(grantType === 'authorization_code' ? 'code' : 'refresh_token'));
  if (trigger) return ottmError(res, trigger);

  if (grantType === 'authorization_code') {
    const code = form.get('code');
    const redirectUri = form.get('redirect_uri');
    if (!code || !redirectUri) return ottmError(res, 10051);
    const entry = takeCode(provider, code);
    if (!entry || entry.clientId !== clientId || entry.redirectUri !== redirectUri) return ottmError(res, 10051);
    if (pkceFailure(entry, form.get('code_verifier'))) return ottmError(res, 10051);
    const grant = {
      clientId, username: entry.username, scope: entry.scope, authTime: entry.authTime,
      sid: randomToken(16), revoked: false,
    };
    return sendJson(res, 200, ottmIssue(server, grant, { nonce: entry.nonce }));
  }
  const refreshToken = form.get('refresh_token');
  if (!refreshToken) return ottmError(res, 10051);
  const entry = liveRefresh(provider, refreshToken);
  if (!entry || entry.grant.clientId !== clientId) return ottmError(res, 10075);
  let grant = entry.grant;
  if (form.has('scope')) {
    const wanted = scopeList(form.get('scope'));
    const had = scopeList(entry.scope);
    if (wanted.length === 0 || wanted.some((s) => !OTTM.scopes.includes(s) || !had.includes(s))) {
      return ottmError(res, 10071);
    }
    grant = { ...grant, scope: wanted.join(' ') };
    // the narrowed grant shares the revocation flag through the original entry
    Object.defineProperty(grant, 'revoked', { get: () => entry.grant.revoked });
  }
  // The refresh token is reused (the answer carries the same refresh_token).
  return sendJson(res, 200, ottmIssue(server, grant, { refreshToken }));
}

function ottmUserInfo(server, req, res) {
  const token = bearer(req);
  const trigger = ottmTrigger(token);
  if (trigger) return ottmError(res, trigger);
  const entry = liveAccess(server.provider, token);
  if (!entry) return ottmError(res, 10075);
  if (!scopeList(entry.scope).includes('profile')) return ottmError(res, 10074);
  const { username } = entry.grant;
  return sendJson(res, 200, { sub: ottmSub(username), nickname: nicknameOf(username), email: emailOf(username) });
}

async function ottmApi(server, req, res, url) {
  switch (url.pathname) {
    case '/oauth2/v1/token':
      return req.method === 'POST' ? ottmToken(server, req, res) : methodNotAllowed(res, 'POST');
    case '/oauth2/v1/userinfo':
      return req.method === 'GET' ? ottmUserInfo(server, req, res) : methodNotAllowed(res, 'GET');
    case '/.well-known/jwks.json':
      return req.method === 'GET' ? sendJson(res, 200, jwks(server.provider.key)) : methodNotAllowed(res, 'GET');
    default:
      return notFound(res);
  }
}

// ---------------------------------------------------------------------------------------
// 3. light-oauth2: HTTPS, /oauth2/code with Basic (GET) or form (POST) login, token endpoint
// with client authentication by Authorization: Basic. Error envelope and codes as light-4j's
// status.yml.

const LIGHT = {
  clients: {
    'f7d42348-c647-4efb-a52d-4c5787421e72': {
      secret: 'light-test-secret',
      redirectUri: 'http://localhost:8080/authorization',
      scopes: ['read', 'write', 'openid', 'profile', 'email', 'offline_access'],
    },
    'light-other-client': {
      secret: 'light-other-secret',
      redirectUri: 'http://localhost:8080/authorization',
      scopes: ['read', 'write', 'openid', 'profile', 'email', 'offline_access'],
    },
  },
  users: { admin: '123456' },
  codeTtl: 600,
  tokenTtl: 600,
  status: {
    ERR12000: [400, 'UNABLE_TO_PARSE_FORM_DATA', 'Unable to parse x-www-form-urlencoded form data.'],
    ERR12001: [400, 'UNSUPPORTED_GRANT_TYPE', 'Unsupported grant type %s. Only authorization_code and client_credentials are supported.'],
    ERR12002: [401, 'MISSING_AUTHORIZATION_HEADER', 'Missing authorization header. client credentials must be passed in as Authorization header.'],
    ERR12003: [401, 'INVALID_AUTHORIZATION_HEADER', 'Invalid authorization header %s.'],
    ERR12004: [401, 'INVALID_BASIC_CREDENTIALS', 'Invalid Basic credentials %s.'],
    ERR12007: [401, 'UNAUTHORIZED_CLIENT', 'Unauthorized client with wrong client secret.'],
    ERR12008: [401, 'INVALID_AUTHORIZATION_CODE', 'Invalid Authorization Code %s.'],
    ERR12009: [401, 'INVALID_CODE_REQUEST', 'Invalid authorization code request. responseType and client_id are required.'],
    ERR12014: [404, 'CLIENT_NOT_FOUND', 'Client %s is not found.'],
    ERR12025: [400, 'MISSING_REDIRECT_URI', 'Missing redirect_uri in authorization code token service as redirect_uri %s is passed in code service.'],
    ERR12026: [400, 'MISMATCH_REDIRECT_URI', 'redirect_uri %s from token service is not identical as redirect_uri %s from code service.'],
    ERR12027: [400, 'MISMATCH_SCOPE', 'scope %s does not match previous scope or defined scope for client %s'],
    ERR12028: [400, 'MISMATCH_CLIENT_ID', 'client_id %s does not match previous client_id %s in refresh_token request.'],
    ERR12029: [404, 'REFRESH_TOKEN_NOT_FOUND', 'Refresh token %s is not found.'],
    ERR12033: [400, 'INVALID_CODE_CHALLENGE_METHOD', 'Invalid PKCE code challenge method %s.'],
    ERR12034: [400, 'CODE_CHALLENGE_TOO_SHORT', 'PKCE codeChallenge length under lower limit, codeChallenge = %s'],
    ERR12035: [400, 'CODE_CHALLENGE_TOO_LONG', 'PKCE codeChallenge length over upper limit, codeChallenge = %s'],
    ERR12036: [400, 'INVALID_CODE_CHALLENGE_FORMAT', 'PKCE codeChallenge format is invalid, codeChallenge = %s'],
    ERR12037: [400, 'INVALID_CODE_VERIFIER_FORMAT', 'PKCE codeVerifier format is invalid, codeVerifier = %s'],
    ERR12038: [400, 'CODE_VERIFIER_TOO_SHORT', 'PKCE codeVerifier length under lower limit , codeVerifier = %s'],
    ERR12039: [400, 'CODE_VERIFIER_TOO_LONG', 'PKCE codeVerifier length over upper limit , codeVerifier = %s'],
    ERR12040: [400, 'CODE_VERIFIER_MISSING', 'PKCE codeVerifier is not specified'],
    ERR12041: [400, 'CODE_VERIFIER_FAILED', 'PKCE verification failed'],
  },
};

function lightStatus(code, ...values) {
  const [statusCode, message, template] = LIGHT.status[code];
  let i = 0;
  const description = template.replace(/%s/g, () => String(values[i++] ?? 'null'));
  return { statusCode, code, message, description, severity: 'ERROR' };
}

function lightError(res, code, ...values) {
  const status = lightStatus(code, ...values);
  sendJson(res, status.statusCode, status);
}

function lightTrigger(value) {
  const match = /^trigger-(ERR\d{5})$/.exec(value ?? '');
  return match && Object.hasOwn(LIGHT.status, match[1]) ? match[1] : undefined;
}

function lightLoginPage(query, error, username) {
  return loginPage({
    emulator: 'lightOauth2',
    title: 'Light OAuth2 login',
    heading: 'Sign in to light-oauth2',
    action: `/oauth2/code?${query}`,
    userName: 'j_username',
    passName: 'j_password',
    submit: { label: 'Sign in' },
    error,
    username,
  }).replace('password <code>pw</code>.', 'password <code>pw</code> (or admin / 123456).');
}

// After authentication: validate the request and redirect with a code (Oauth2CodeGetHandler).
function lightCode(server, res, params, username) {
  const provider = server.provider;
  const clientId = params.get('client_id');
  if (!clientId || params.get('response_type') !== 'code') return lightError(res, 'ERR12009');
  const client = LIGHT.clients[clientId];
  if (!Object.hasOwn(LIGHT.clients, clientId)) return lightError(res, 'ERR12014', clientId);
  const sentRedirect = params.get('redirect_uri');
  const redirectUri = sentRedirect ?? client.redirectUri;
  const target = parseRedirectUri(redirectUri);
  if (!target) return lightError(res, 'ERR12009');
  const challenge = params.get('code_challenge');
  let method = params.get('code_challenge_method');
  if (challenge !== null) {
    if (method !== null && method !== 'S256' && method !== 'plain') return lightError(res, 'ERR12033', method);
    method ??= 'plain'; // RFC 7636 4.3
    if (challenge.length < 43) return lightError(res, 'ERR12034', challenge);
    if (challenge.length > 128) return lightError(res, 'ERR12035', challenge);
    if (!/^[A-Za-z0-9._~-]+$/.test(challenge)) return lightError(res, 'ERR12036', challenge);
  }
  // light-oauth2 codes are 22-character base64url UUIDs.
  const code = Buffer.from(crypto.randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
  storeCode(provider, code, {
    clientId,
    redirectUri: sentRedirect ?? undefined, // only a passed-in redirect_uri binds the token request
    scope: params.get('scope') ?? undefined,
    challenge: challenge ?? undefined,
    challengeMethod: method ?? undefined,
    username,
  }, LIGHT.codeTtl);
  return redirect(res, withParams(target, { code }, params.get('state')));
}

function lightCodeEndpoint(server, req, res, url) {
  if (req.method === 'GET') {
    const basic = basicCredentials(req, { urlDecode: false });
    const query = url.searchParams.toString();
    if (!basic?.ok || !passwordOk(basic.id, basic.secret, LIGHT.users)) {
      const error = basic === undefined ? undefined : 'Invalid username or password.';
      return sendHtml(res, 401, lightLoginPage(query, error), {
        'www-authenticate': 'Basic realm="light-oauth2"',
      });
    }
    return lightCode(server, res, url.searchParams, basic.id);
  }
  if (req.method === 'POST') {
    // Form login: j_username, j_password; the other parameters in the body or the query.
    const form = req.form ?? new URLSearchParams();
    const params = new URLSearchParams(url.searchParams);
    for (const [name, value] of form) {
      if (name !== 'j_username' && name !== 'j_password') params.set(name, value);
    }
    const username = (form.get('j_username') ?? '').trim();
    if (!passwordOk(username, form.get('j_password'), LIGHT.users)) {
      return sendHtml(res, 200, lightLoginPage(params.toString(), 'Invalid username or password.', username));
    }
    return lightCode(server, res, params, username);
  }
  return methodNotAllowed(res, 'GET, POST');
}

function lightAuthenticateClient(req, res) {
  const basic = basicCredentials(req, { urlDecode: false });
  if (basic === undefined) { lightError(res, 'ERR12002'); return undefined; }
  if (!basic.ok) {
    if (basic.basic) lightError(res, 'ERR12004', '(redacted)');
    else lightError(res, 'ERR12003', basic.scheme);
    return undefined;
  }
  if (!Object.hasOwn(LIGHT.clients, basic.id)) { lightError(res, 'ERR12014', basic.id); return undefined; }
  if (!safeEqual(LIGHT.clients[basic.id].secret, basic.secret)) { lightError(res, 'ERR12007'); return undefined; }
  return { clientId: basic.id, client: LIGHT.clients[basic.id] };
}

function lightIssue(server, grant) {
  const provider = server.provider;
  const t = now();
  const accessToken = signJwt(provider.key, {
    iss: 'urn:com:networknt:oauth2:v1',
    aud: 'urn:com.networknt',
    exp: t + LIGHT.tokenTtl,
    jti: randomToken(16),
    iat: t,
    nbf: t - 120,
    version: '1.0',
    user_id: grant.username,
    user_type: grant.username === 'admin' ? 'admin' : 'user',
    client_id: grant.clientId,
    scope: scopeList(grant.scope),
  }, 'kid-alg');
  provider.state.access.set(accessToken, { grant, scope: grant.scope, expires: t + LIGHT.tokenTtl, revoked: false });
  const refreshToken = crypto.randomUUID();
  provider.state.refresh.set(refreshToken, { grant, scope: grant.scope, revoked: false });
  return {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: LIGHT.tokenTtl,
    refresh_token: refreshToken,
    scope: grant.scope,
  };
}

function lightToken(server, req, res) {
  const provider = server.provider;
  const form = req.form;
  if (!form) return lightError(res, 'ERR12000');
  const grantType = form.get('grant_type');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    return lightError(res, 'ERR12001', grantType);
  }
  const auth = lightAuthenticateClient(req, res);
  if (!auth) return undefined;
  const { clientId, client } = auth;
  const trigger = lightTrigger(form.get(grantType === 'authorization_code' ? 'code' : 'refresh_token'));
  if (trigger) return lightError(res, trigger, 'trigger', 'trigger');

  if (grantType === 'authorization_code') {
    const code = form.get('code');
    const entry = takeCode(provider, code);
    if (!entry || entry.clientId !== clientId) return lightError(res, 'ERR12008', code);
    const redirectUri = form.get('redirect_uri');
    if (entry.redirectUri !== undefined) {
      if (redirectUri === null) return lightError(res, 'ERR12025', entry.redirectUri);
      if (redirectUri !== entry.redirectUri) return lightError(res, 'ERR12026', redirectUri, entry.redirectUri);
    } else if (redirectUri !== null && redirectUri !== client.redirectUri) {
      return lightError(res, 'ERR12026', redirectUri, client.redirectUri);
    }
    let scope = entry.scope;
    if (scope === undefined) {
      scope = client.scopes.join(' ');
    } else if (scopeList(scope).some((s) => !client.scopes.includes(s))) {
      return lightError(res, 'ERR12027', scope, client.scopes.join(' '));
    }
    const pkce = pkceFailure(entry, form.get('code_verifier'));
    if (pkce) {
      const verifier = form.get('code_verifier');
      return lightError(res, {
        missing: 'ERR12040', short: 'ERR12038', long: 'ERR12039', format: 'ERR12037', mismatch: 'ERR12041',
      }[pkce], verifier);
    }
    return sendJson(res, 200, lightIssue(server, { clientId, username: entry.username, scope, revoked: false }));
  }
  const refreshToken = form.get('refresh_token');
  const entry = liveRefresh(provider, refreshToken);
  if (!entry) return lightError(res, 'ERR12029', refreshToken);
  if (entry.grant.clientId !== clientId) return lightError(res, 'ERR12028', clientId, entry.grant.clientId);
  let scope = entry.scope;
  if (form.has('scope')) {
    const wanted = scopeList(form.get('scope'));
    if (wanted.some((s) => !scopeList(entry.scope).includes(s))) {
      return lightError(res, 'ERR12027', form.get('scope'), entry.scope);
    }
    scope = wanted.join(' ');
  }
  provider.state.refresh.delete(refreshToken); // rotation: the old refresh token is gone
  return sendJson(res, 200, lightIssue(server, { ...entry.grant, scope }));
}

async function lightOauth2(server, req, res, url) {
  switch (url.pathname) {
    case '/oauth2/code':
      return lightCodeEndpoint(server, req, res, url);
    case '/oauth2/token':
      return req.method === 'POST' ? lightToken(server, req, res) : methodNotAllowed(res, 'POST');
    case '/.well-known/jwks.json':
      return req.method === 'GET' ? sendJson(res, 200, jwks(server.provider.key)) : methodNotAllowed(res, 'GET');
    default:
      return notFound(res);
  }
}

// ---------------------------------------------------------------------------------------
// 4. Upbond Login 3.0 (Auth0-style): confidential client, client_secret_post or
// client_secret_basic, audience, refresh token only with offline_access.

const UP = {
  clients: {
    'upbond-test-client': { secret: 'upbond-test-secret', defaultRedirectUri: 'http://localhost/callback' },
  },
  codeTtl: 600,
  tokenTtl: 86400,
  idTokenTtl: 36000,
  triggers: {
    invalid_request: 400, invalid_client: 401, invalid_grant: 400, unauthorized_client: 400,
    access_denied: 403, unsupported_grant_type: 400, invalid_scope: 400,
  },
};

function upIssuer(server) {
  return `${server.origin}/`;
}

function upError(res, status, error, description, headers = {}) {
  sendJson(res, status, { error, error_description: description }, headers);
}

function upAuthorizeRequest(q) {
  const clientId = q.get('client_id');
  if (!clientId) return { page: 'invalid_request', detail: 'Missing required parameter: client_id' };
  if (!Object.hasOwn(UP.clients, clientId)) return { page: 'invalid_request', detail: 'Unknown client.' };
  const sentRedirect = q.get('redirect_uri');
  const redirectUri = sentRedirect ?? UP.clients[clientId].defaultRedirectUri;
  const target = parseRedirectUri(redirectUri);
  if (!target) {
    return { page: 'invalid_request', detail: `Callback URL mismatch. ${redirectUri} is not in the list of allowed callback URLs` };
  }
  const state = q.get('state');
  const fail = (error, description) => ({
    redirect: withParams(target, { error, error_description: description }, state),
  });
  const responseType = q.get('response_type');
  if (!responseType) return fail('invalid_request', 'Missing required parameter: response_type');
  if (responseType !== 'code') return fail('unsupported_response_type', `Unsupported response type: ${responseType}`);
  const challenge = q.get('code_challenge');
  let method = q.get('code_challenge_method');
  if (challenge !== null) {
    method ??= 'plain';
    if (method !== 'S256' && method !== 'plain') return fail('invalid_request', 'Unsupported code_challenge_method');
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) return fail('invalid_request', 'Invalid code_challenge');
  } else if (method !== null) {
    return fail('invalid_request', 'code_challenge_method requires code_challenge');
  }
  if (q.get('prompt') === 'none') return fail('login_required', 'Login required');
  return {
    ok: {
      clientId,
      redirectUri,
      redirectUriSent: sentRedirect !== null,
      target,
      state,
      scope: scopeList(q.get('scope') ?? 'openid').join(' '),
      audience: q.get('audience') ?? undefined,
      challenge: challenge ?? undefined,
      challengeMethod: method ?? undefined,
      nonce: q.get('nonce') ?? undefined,
    },
    fail,
  };
}

function upLoginPage(q, error, username) {
  return loginPage({
    emulator: 'upbond',
    title: 'Log in | Login 3.0',
    heading: 'Welcome — log in to continue (UPBOND Login 3.0)',
    action: `/authorize?${q.toString()}`,
    userLabel: 'Username or email address',
    submit: { name: 'action', value: 'default', label: 'Continue' },
    buttons: '<button id="login-deny" type="submit" name="action" value="deny">Decline</button>\n',
    error,
    username,
  });
}

function upSub(username) {
  return `upbond|${sha256hex(`upbond:${username}`).slice(0, 24)}`;
}

// Client authentication: client_secret_post or client_secret_basic (exactly one).
function upAuthenticateClient(req, res, params) {
  const basic = basicCredentials(req);
  const bodyId = params.get('client_id');
  const bodySecret = params.get('client_secret');
  if (basic !== undefined) {
    if (!basic.ok) {
      upError(res, 401, 'invalid_client', 'Malformed Authorization header', { 'www-authenticate': 'Basic realm="upbond"' });
      return undefined;
    }
    if (bodySecret !== null) {
      upError(res, 400, 'invalid_request', 'Only one client authentication method may be used');
      return undefined;
    }
    if (bodyId !== null && bodyId !== basic.id) {
      upError(res, 400, 'invalid_request', 'client_id in the body does not match the Authorization header');
      return undefined;
    }
  }
  const clientId = basic?.ok ? basic.id : bodyId;
  const secret = basic?.ok ? basic.secret : bodySecret;
  const challenge = basic ? { 'www-authenticate': 'Basic realm="upbond"' } : {};
  if (!clientId) {
    upError(res, 401, 'invalid_client', 'Missing required parameter: client_id', challenge);
    return undefined;
  }
  if (!Object.hasOwn(UP.clients, clientId)) {
    upError(res, 401, 'invalid_client', 'Unknown client', challenge);
    return undefined;
  }
  if (!secret) {
    upError(res, 401, 'invalid_client', 'Client authentication is required (client_secret)', challenge);
    return undefined;
  }
  if (!safeEqual(UP.clients[clientId].secret, secret)) {
    upError(res, 401, 'invalid_client', 'Client authentication failed', challenge);
    return undefined;
  }
  return clientId;
}

function upIssue(server, grant, { nonce, withRefresh }) {
  const provider = server.provider;
  const issuer = upIssuer(server);
  const t = now();
  const sub = upSub(grant.username);
  const accessToken = signJwt(provider.key, {
    iss: issuer,
    sub,
    aud: grant.audience ?? `${issuer}userinfo`,
    iat: t,
    exp: t + UP.tokenTtl,
    azp: grant.clientId,
    scope: grant.scope,
  });
  provider.state.access.set(accessToken, { grant, scope: grant.scope, expires: t + UP.tokenTtl, revoked: false });
  const body = { access_token: accessToken };
  if (withRefresh) {
    const refreshToken = randomToken(32);
    provider.state.refresh.set(refreshToken, { grant, scope: grant.scope, revoked: false });
    body.refresh_token = refreshToken;
  }
  if (scopeList(grant.scope).includes('openid')) {
    const claims = {
      nickname: nicknameOf(grant.username),
      name: grant.username,
      email: emailOf(grant.username),
      email_verified: true,
      iss: issuer,
      aud: grant.clientId,
      iat: t,
      exp: t + UP.idTokenTtl,
      sub,
      auth_time: grant.authTime,
      at_hash: atHash(accessToken),
    };
    if (nonce !== undefined) claims.nonce = nonce;
    body.id_token = signJwt(provider.key, claims);
  }
  body.token_type = 'Bearer';
  body.expires_in = UP.tokenTtl;
  return body;
}

function upParams(req) {
  if (req.form) return req.form;
  if (req.json && typeof req.json === 'object' && !Array.isArray(req.json)) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(req.json)) {
      if (typeof value === 'string') params.set(name, value);
    }
    return params;
  }
  return undefined;
}

function upToken(server, req, res) {
  const provider = server.provider;
  const params = upParams(req);
  if (!params) return upError(res, 400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded or application/json');
  const grantType = params.get('grant_type');
  if (!grantType) return upError(res, 400, 'invalid_request', 'Missing required parameter: grant_type');
  const clientId = upAuthenticateClient(req, res, params);
  if (!clientId) return undefined;
  if (['client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:device_code'].includes(grantType)) {
    return upError(res, 400, 'unauthorized_client', `Grant type '${grantType}' not allowed for the client.`);
  }
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    return upError(res, 400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`);
  }
  const triggerValue = params.get(grantType === 'authorization_code' ? 'code' : 'refresh_token') ?? '';
  const trigger = /^trigger-(.+)$/.exec(triggerValue);
  if (trigger && Object.hasOwn(UP.triggers, trigger[1])) {
    return upError(res, UP.triggers[trigger[1]], trigger[1], `Triggered ${trigger[1]}`);
  }

  if (grantType === 'authorization_code') {
    const code = params.get('code');
    if (!code) return upError(res, 400, 'invalid_request', 'Missing required parameter: code');
    const entry = takeCode(provider, code);
    if (!entry || entry.clientId !== clientId) return upError(res, 400, 'invalid_grant', 'Invalid authorization code');
    const redirectUri = params.get('redirect_uri');
    if (entry.redirectUriSent && redirectUri !== entry.redirectUri) {
      return upError(res, 400, 'invalid_grant', 'redirect_uri must be identical to the one of the authorization request');
    }
    if (pkceFailure(entry, params.get('code_verifier'))) {
      return upError(res, 400, 'invalid_grant', 'Failed to verify code verifier');
    }
    const grant = {
      clientId, username: entry.username, scope: entry.scope, audience: entry.audience,
      authTime: entry.authTime, revoked: false,
    };
    const withRefresh = scopeList(entry.scope).includes('offline_access');
    return sendJson(res, 200, upIssue(server, grant, { nonce: entry.nonce, withRefresh }));
  }
  const refreshToken = params.get('refresh_token');
  if (!refreshToken) return upError(res, 400, 'invalid_request', 'Missing required parameter: refresh_token');
  const entry = liveRefresh(provider, refreshToken);
  if (!entry || entry.grant.clientId !== clientId) {
    return upError(res, 400, 'invalid_grant', 'Unknown or invalid refresh token.');
  }
  // Non-rotating refresh tokens: the answer has no refresh_token.
  return sendJson(res, 200, upIssue(server, entry.grant, { withRefresh: false }));
}

function upUserInfo(server, req, res) {
  const token = bearer(req);
  const challenge = (code) => ({ 'www-authenticate': `Bearer realm="${upIssuer(server)}", error="${code}"` });
  if (!token) return upError(res, 401, 'invalid_request', 'Missing access token', { 'www-authenticate': `Bearer realm="${upIssuer(server)}"` });
  if (token === 'trigger-invalid_token') return upError(res, 401, 'invalid_token', 'Triggered invalid_token', challenge('invalid_token'));
  const entry = liveAccess(server.provider, token);
  if (!entry) return upError(res, 401, 'invalid_token', 'Invalid or expired access token', challenge('invalid_token'));
  if (!scopeList(entry.scope).includes('openid')) {
    return upError(res, 403, 'insufficient_scope', 'The access token lacks the openid scope', challenge('insufficient_scope'));
  }
  const { username } = entry.grant;
  return sendJson(res, 200, {
    sub: upSub(username),
    nickname: nicknameOf(username),
    name: username,
    email: emailOf(username),
    email_verified: true,
  });
}

function upDiscovery(server) {
  const issuer = upIssuer(server);
  const origin = server.origin;
  return {
    issuer,
    authorization_endpoint: `${origin}/authorize`,
    token_endpoint: `${origin}/oauth/token`,
    userinfo_endpoint: `${origin}/userinfo`,
    jwks_uri: `${origin}/.well-known/jwks.json`,
    revocation_endpoint: `${origin}/oauth/revoke`,
    end_session_endpoint: `${origin}/oidc/logout`,
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    code_challenge_methods_supported: ['S256', 'plain'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    claims_supported: ['aud', 'auth_time', 'email', 'email_verified', 'exp', 'iat', 'iss', 'name',
      'nickname', 'nonce', 'sub'],
    request_uri_parameter_supported: false,
  };
}

async function upbond(server, req, res, url) {
  const provider = server.provider;
  const q = url.searchParams;
  switch (url.pathname) {
    case '/authorize': {
      if (req.method !== 'GET' && req.method !== 'POST') return methodNotAllowed(res, 'GET, POST');
      const request = upAuthorizeRequest(q);
      if (request.page) {
        return sendHtml(res, 400, errorPage({
          emulator: 'upbond', title: 'Error', heading: 'Oops!, something went wrong',
          message: `${request.page}: ${request.detail}`,
        }));
      }
      if (request.redirect) return redirect(res, request.redirect);
      if (req.method === 'GET') return sendHtml(res, 200, upLoginPage(q));
      const form = req.form ?? new URLSearchParams();
      if (form.get('action') === 'deny') {
        return redirect(res, request.fail('access_denied', 'User did not authorize the request').redirect);
      }
      const username = (form.get('username') ?? '').trim();
      if (!passwordOk(username, form.get('password'))) {
        return sendHtml(res, 200, upLoginPage(q, 'Wrong username or password', username));
      }
      const { ok } = request;
      const code = randomToken(24);
      storeCode(provider, code, { ...ok, target: undefined, username }, UP.codeTtl);
      return redirect(res, withParams(ok.target, { code }, ok.state));
    }
    case '/oauth/token':
      return req.method === 'POST' ? upToken(server, req, res) : methodNotAllowed(res, 'POST');
    case '/userinfo':
      return ['GET', 'POST'].includes(req.method) ? upUserInfo(server, req, res) : methodNotAllowed(res, 'GET, POST');
    case '/oauth/revoke': {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      const params = upParams(req);
      if (!params) return upError(res, 400, 'invalid_request', 'Unsupported Content-Type');
      const clientId = upAuthenticateClient(req, res, params);
      if (!clientId) return undefined;
      const token = params.get('token');
      if (!token) return upError(res, 400, 'invalid_request', 'Missing required parameter: token');
      const entry = provider.state.refresh.get(token);
      if (entry && entry.grant.clientId === clientId) entry.revoked = true;
      res.writeHead(200, { 'cache-control': 'no-store' });
      return res.end();
    }
    case '/oidc/logout':
    case '/v2/logout': {
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      const name = url.pathname === '/v2/logout' ? 'returnTo' : 'post_logout_redirect_uri';
      const target = parseRedirectUri(q.get(name));
      if (q.has(name) && !target) return upError(res, 400, 'invalid_request', `${name} is not allowed`);
      if (target) return redirect(res, withParams(target, {}, q.get('state')));
      return sendText(res, 200, 'OK');
    }
    case '/.well-known/openid-configuration':
      return req.method === 'GET' ? sendJson(res, 200, upDiscovery(server)) : methodNotAllowed(res, 'GET');
    case '/.well-known/jwks.json':
      return req.method === 'GET' ? sendJson(res, 200, jwks(provider.key)) : methodNotAllowed(res, 'GET');
    default:
      return notFound(res);
  }
}

// ---------------------------------------------------------------------------------------
// 5. Reference token-exchange backend for OTTM: holds the client secret, forwards the code
// (or refresh token) to the OTTM API host and returns the answer unchanged.

const BACKEND = {
  clientId: args['backend-client-id'],
  clientSecret: args['backend-client-secret'],
  tokenUrl: args['backend-ottm-token-url'], // default: set to the ottmApi emulator at start
};

async function forwardToOttm(res, form) {
  let upstream;
  try {
    upstream = await fetch(BACKEND.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(10000),
    });
  } catch (err) {
    return sendJson(res, 502, {
      error: { code: 'BACKEND_UPSTREAM_UNAVAILABLE', message: `OTTM token endpoint unreachable: ${err.name}` },
      payload: null,
    });
  }
  const text = await upstream.text();
  res.writeHead(upstream.status, {
    'content-type': upstream.headers.get('content-type') ?? 'application/json',
    'cache-control': 'no-store',
  });
  return res.end(text);
}

// docs/BACKEND_EXCHANGE.md: one URL, the JSON body's grant_type says what to do.
async function backend(server, req, res, url) {
  if (url.pathname !== '/token') return notFound(res);
  if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
  const body = req.json;
  const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
  if (!body || typeof body !== 'object' || Array.isArray(body)) return ottmError(res, 10051);
  const form = new URLSearchParams();
  if (body.grant_type === 'authorization_code') {
    if (!str(body.code)) return ottmError(res, 10051);
    form.set('grant_type', 'authorization_code');
    form.set('code', body.code);
    if (str(body.redirect_uri)) form.set('redirect_uri', body.redirect_uri);
    if (str(body.code_verifier)) form.set('code_verifier', body.code_verifier);
  } else if (body.grant_type === 'refresh_token') {
    if (!str(body.refresh_token)) return ottmError(res, 10051);
    form.set('grant_type', 'refresh_token');
    form.set('refresh_token', body.refresh_token);
    if (str(body.scope)) form.set('scope', body.scope);
  } else {
    return ottmError(res, 10051);
  }
  form.set('client_id', BACKEND.clientId);
  form.set('client_secret', BACKEND.clientSecret);
  return forwardToOttm(res, form);
}

// ---------------------------------------------------------------------------------------
// TLS certificate for light-oauth2: openssl CLI, or a minimal DER builder as a fallback.

function certWithOpenssl() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-light-oauth2-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '30',
      '-keyout', keyFile, '-out', certFile, '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 30000 });
    return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), generator: 'openssl' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function der(tag, ...parts) {
  const content = Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
  let length;
  if (content.length < 0x80) {
    length = Buffer.from([content.length]);
  } else {
    const bytes = [];
    for (let n = content.length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, content]);
}

function derOid(oid) {
  const parts = oid.split('.').map(Number);
  const bytes = [40 * parts[0] + parts[1]];
  for (const part of parts.slice(2)) {
    const chunk = [];
    let n = part;
    do {
      chunk.unshift(n & 0x7f);
      n >>= 7;
    } while (n > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] |= 0x80;
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function derTime(date) {
  const s = date.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return der(0x17, `${s}Z`); // UTCTime (valid until 2049)
}

async function certWithNode() {
  const { privateKey, publicKey } = await generateKeyPair('rsa', { modulusLength: 2048 });
  const seq = (...p) => der(0x30, ...p);
  const serial = crypto.randomBytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x40;
  const sigAlg = seq(derOid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]));
  const name = seq(der(0x31, seq(derOid('2.5.4.3'), der(0x0c, 'localhost'))));
  const notBefore = new Date(Date.now() - 3600 * 1000);
  const notAfter = new Date(Date.now() + 30 * 86400 * 1000);
  const san = seq(der(0x82, 'localhost'), der(0x87, Buffer.from([127, 0, 0, 1])));
  const extensions = der(0xa3, seq(
    seq(derOid('2.5.29.19'), der(0x04, seq())), // basicConstraints: CA false
    seq(derOid('2.5.29.17'), der(0x04, san)),
  ));
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, serial),
    sigAlg,
    name,
    seq(derTime(notBefore), derTime(notAfter)),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  const signature = crypto.sign('sha256', tbs, privateKey);
  const certDer = seq(tbs, sigAlg, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = certDer.toString('base64').replace(/.{1,64}/g, '$&\n');
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    cert: `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`,
    generator: 'node',
  };
}

async function makeCertificate() {
  let made;
  if (process.env.EMULATORS_CERT_GENERATOR !== 'node') {
    try {
      made = certWithOpenssl();
    } catch (err) {
      log(`openssl certificate generation failed (${err.message.split('\n')[0]}); using the built-in generator`);
    }
  }
  if (made) {
    const x509 = new crypto.X509Certificate(made.cert);
    if (!/IP Address:127\.0\.0\.1/.test(x509.subjectAltName ?? '')) made = undefined;
  }
  return made ?? certWithNode();
}

// ---------------------------------------------------------------------------------------
// Start.

const [rtKey, ottmKey, lightKey, upKey, certificate] = await Promise.all([
  makeSigningKey(), makeSigningKey(), makeSigningKey(), makeSigningKey(), makeCertificate(),
]);
const fingerprint = new crypto.X509Certificate(certificate.cert).fingerprint256;

const rtProvider = makeProvider('rayteams', rtKey);
const ottmProvider = makeProvider('ottm', ottmKey);
const lightProvider = makeProvider('lightOauth2', lightKey);
const upProvider = makeProvider('upbond', upKey);

const named = {
  rayteams: makeServer('rayteams', rtProvider, rayteams),
  ottmMember: makeServer('ottmMember', ottmProvider, ottmMember),
  ottmApi: makeServer('ottmApi', ottmProvider, ottmApi),
  lightOauth2: makeServer('lightOauth2', lightProvider, lightOauth2, {
    key: certificate.key, cert: certificate.cert, ALPNProtocols: ['http/1.1'],
  }),
  upbond: makeServer('upbond', upProvider, upbond),
  backend: makeServer('backend', undefined, backend),
};

try {
  await Promise.all(servers.map((server) => new Promise((resolve, reject) => {
    server.http.once('error', reject);
    server.http.listen(0, HOST, () => {
      server.http.off('error', reject);
      server.port = server.http.address().port;
      server.origin = `${server.tls ? 'https' : 'http'}://${HOST}:${server.port}`;
      resolve();
    });
  })));
} catch (err) {
  console.error(`emulators.mjs: cannot listen on ${HOST}: ${err.message}`);
  process.exit(1);
}

BACKEND.tokenUrl ??= `${named.ottmApi.origin}/oauth2/v1/token`;

const ports = {};
for (const [name, server] of Object.entries(named)) ports[name] = server.port;
ports.lightOauth2Sha256 = fingerprint;
ports.lightOauth2CertPem = certificate.cert;

if (portsFile) {
  const tmp = `${portsFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(ports, null, 2)}\n`);
  fs.renameSync(tmp, portsFile);
}

for (const [name, server] of Object.entries(named)) console.log(`${name.padEnd(12)} ${server.origin}`);
console.log(`lightOauth2 certificate (${certificate.generator}) SHA-256 fingerprint ${fingerprint}`);
console.log(`issuers: rayteams ${named.rayteams.origin} | ottm ${named.ottmApi.origin} | upbond ${upIssuer(named.upbond)}`);

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`received ${signal}, shutting down`);
  if (portsFile) {
    try { fs.unlinkSync(portsFile); } catch { /* already gone */ }
  }
  let open = servers.length;
  for (const server of servers) {
    server.http.close(() => { open -= 1; if (open === 0) process.exit(0); });
    server.http.closeAllConnections();
  }
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
