#!/usr/bin/env node
// Loopback OpenID provider that issues deliberately broken tokens, for reproducing the
// OpenID Foundation RP conformance cases that a real provider (tests/oidc) cannot produce.
//
//   node mutant-provider.mjs [--port N] [--port-file PATH] [--quiet]
//
// Every test case is its own issuer: http://127.0.0.1:<port>/<case>. See README.md.
// No npm packages: node:http and node:crypto only. Never use this outside tests.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { parseArgs, promisify } from 'node:util';

function usage(message) {
  if (message) console.error(`mutant-provider.mjs: ${message}`);
  console.error('usage: node mutant-provider.mjs [--port N] [--port-file PATH] [--quiet]');
  process.exit(2);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'port-file': { type: 'string' },
      quiet: { type: 'boolean', default: false },
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
const quiet = args.quiet;
const portFile = args['port-file'] ? path.resolve(args['port-file']) : undefined;

const HOST = '127.0.0.1';
const TOKEN_TTL = 3600;
const CODE_TTL = 600;
const MAX_BODY = 64 * 1024;
const SCOPES = ['openid', 'profile', 'email', 'offline_access'];

function log(...parts) {
  if (!quiet) console.log(new Date().toISOString(), ...parts);
}

// ---------------------------------------------------------------------------------------
// Keys. One key per kid for the whole process, so a kid always names the same key material
// (also after POST /<case>/__reset). rsa-1 and ec-1 are made at start, others on first use.

const generateKeyPair = promisify(crypto.generateKeyPair);
const keyCache = new Map(); // kid -> Promise<{kid, kty, privateKey, publicKey, publicPem, jwk}>

function makeKey(kid) {
  const ec = kid.startsWith('ec-');
  const pending = (ec
    ? generateKeyPair('ec', { namedCurve: 'P-256' })
    : generateKeyPair('rsa', { modulusLength: 2048 })
  ).then(({ privateKey, publicKey }) => ({
    kid,
    kty: ec ? 'EC' : 'RSA',
    privateKey,
    publicKey,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }),
    jwk: publicKey.export({ format: 'jwk' }),
  }));
  keyCache.set(kid, pending);
  return pending;
}

function getKey(kid) {
  return keyCache.get(kid) ?? makeKey(kid);
}

// ---------------------------------------------------------------------------------------
// Cases. Fields (all optional):
//   alg             signing alg of the ID tokens (default RS256)
//   jwks            kids published at jwks_uri (default ['rsa-1']); ID tokens use signKid
//   signKid         kid of the signing key (default: the first of jwks)
//   omitKid         no kid in the JOSE header
//   corruptSig      flip bits in the signature
//   hmacWithPem     alg HS256 keyed with the PEM of the rsa-1 public key (key confusion)
//   rotating        key-rotation: POST __rotate switches to a fresh rsa-N key
//   claims(c, ctx)  mutate the ID token claims; ctx = {issuer, clientId, grant: 'code'|'refresh'}
//   discovery(m, ctx)  mutate the discovery document
//   userinfo(u)     mutate the userinfo answer
//   noIssInCallback omit iss from the authorization response
//   refresh503      token endpoint answers 503 (HTML) for refresh_token grants
//   rfc8414Only     metadata only at oauth-authorization-server, openid-configuration is 404
//   fault           hostile-*: {on, act(ctx, req, res)}; once POST __arm was called, requests to
//                   the endpoint `on` ('token', 'userinfo', 'discovery', 'jwks', 'revoke') are
//                   answered by `act` instead (see "Hostile cases" below)
//   refreshAnswer(body, armed)  hostile-token-fields: once armed, mutate refresh answers

const CASES = {
  'good-rs256': {},
  'good-ps256': { alg: 'PS256' },
  'good-es256': { alg: 'ES256', jwks: ['ec-1'] },
  'issuer-mismatch': { claims: (c, ctx) => { c.iss = `${ctx.issuer}/other`; } },
  'sub-missing': { claims: (c) => { delete c.sub; } },
  'aud-wrong': { claims: (c) => { c.aud = 'someone-else'; } },
  'aud-missing': { claims: (c) => { delete c.aud; } },
  'aud-multiple-no-azp': { claims: (c, ctx) => { c.aud = [ctx.clientId, 'other']; } },
  'aud-multiple-azp-ok': {
    claims: (c, ctx) => { c.aud = [ctx.clientId, 'other']; c.azp = ctx.clientId; },
  },
  'iat-missing': { claims: (c) => { delete c.iat; } },
  'iat-future': { claims: (c) => { c.iat = now() + 3600; } },
  expired: { claims: (c) => { c.exp = now() - 600; c.iat = now() - 4200; } },
  'kid-absent-single': { omitKid: true },
  'kid-absent-multiple': { omitKid: true, jwks: ['rsa-1', 'rsa-2'], signKid: 'rsa-2' },
  'sig-none': { alg: 'none', omitKid: true },
  'bad-sig-rs256': { corruptSig: true },
  'bad-sig-es256': { alg: 'ES256', jwks: ['ec-1'], corruptSig: true },
  'bad-sig-hs256': { alg: 'HS256', hmacWithPem: true },
  'userinfo-bad-sub': { userinfo: (u) => { u.sub = 'someone-else'; } },
  'nonce-invalid': { claims: (c) => { c.nonce = 'wrong-nonce'; } },
  'discovery-issuer-mismatch': {
    discovery: (m, ctx) => { m.issuer = `${ctx.origin}/elsewhere`; },
  },
  'no-iss-in-callback': { noIssInCallback: true },
  'key-rotation': { rotating: true },
  'refresh-iss-changed': {
    claims: (c, ctx) => { if (ctx.grant === 'refresh') c.iss = `${ctx.issuer}/other`; },
  },
  'refresh-sub-changed': {
    claims: (c, ctx) => { if (ctx.grant === 'refresh') c.sub = 'someone-else'; },
  },
  'refresh-503': { refresh503: true },
  'rfc8414-only': { rfc8414Only: true },
  'pkce-plain-only': { discovery: (m) => { m.code_challenge_methods_supported = ['plain']; } },
  ...hostileCases(),
};


// ---------------------------------------------------------------------------------------
// Hostile cases (tests/integration/tst_hostile*.cpp). Each one behaves like good-rs256 until
// POST /<case>/__arm; from then on (until __reset) its one faulty endpoint misbehaves. So a test
// signs in normally, arms the case, and runs `login-companion token` or `logout` against it.
// Redirects point at /<case>/stolen, which answers 404 and is recorded in __requests like every
// other path, so a test can prove nothing followed them.

const MIB = 1024 * 1024;

// A valid JSON object of about `bytes` bytes: `object` plus a padding member.
function paddedJson(object, bytes) {
  return JSON.stringify({ ...object, padding: 'x'.repeat(bytes) });
}

function sendRaw(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

// Headers, then one byte a second for as long as the client listens.
function trickle(res) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': 4096 });
  res.flushHeaders();
  res.write('{');
  const timer = setInterval(() => res.write(' '), 1000);
  res.on('close', () => clearInterval(timer));
}

// A chunked body that never ends.
function endless(res) {
  res.writeHead(200, { 'content-type': 'application/json' }); // no length: chunked
  const chunk = 'x'.repeat(64 * 1024);
  let open = true;
  res.on('close', () => { open = false; });
  const pump = () => {
    while (open && res.write(chunk)) { /* until the socket buffer is full */ }
    if (open) res.once('drain', pump);
  };
  res.write('{"padding":"');
  pump();
}

function redirectTo(status) {
  return (ctx, req, res) => {
    res.writeHead(status, { location: `${ctx.issuer}/stolen`, 'cache-control': 'no-store' });
    res.end();
  };
}

// Bodies of the "big" answers: what the endpoint would say, plus 2 MiB.
const bigBodies = {
  token: () => ({ access_token: randomToken(), token_type: 'Bearer', expires_in: TOKEN_TTL,
    refresh_token: randomToken() }),
  userinfo: (ctx) => ({ sub: `user-${ctx.name}`, name: 'Big Userinfo' }),
  discovery: (ctx) => metadata(ctx),
  jwks: async (ctx) => jwks(ctx.spec, ctx.state),
};

function hostileCases() {
  // No fault at all (like good-rs256): accounts for the storage and listener tests, which must
  // not share a case with tests that reset theirs.
  const cases = { 'hostile-storage': {}, 'hostile-listener': {} };
  for (const [on, status] of [['token', 307], ['userinfo', 302], ['discovery', 302],
    ['jwks', 302], ['revoke', 307]]) {
    cases[`hostile-redirect-${on}`] = { fault: { on, act: redirectTo(status) } };
  }
  for (const on of ['token', 'userinfo', 'discovery', 'jwks']) {
    cases[`hostile-big-${on}`] = {
      fault: {
        on,
        act: async (ctx, req, res) => sendRaw(res, 200, paddedJson(await bigBodies[on](ctx), 2 * MIB)),
      },
    };
  }
  cases['hostile-endless-token'] = { fault: { on: 'token', act: (ctx, req, res) => endless(res) } };
  cases['hostile-endless-discovery'] = {
    fault: { on: 'discovery', act: (ctx, req, res) => endless(res) },
  };
  cases['hostile-trickle-token'] = { fault: { on: 'token', act: (ctx, req, res) => trickle(res) } };
  // Reads the request, never answers (the socket stays open until the client gives up).
  cases['hostile-hang-token'] = { fault: { on: 'token', act: () => {} } };
  // Reads the request, then a TCP reset.
  cases['hostile-reset-token'] = {
    fault: { on: 'token', act: (ctx, req) => req.socket.resetAndDestroy() },
  };
  // Reads the request, then closes the connection without a byte of answer.
  cases['hostile-close-token'] = { fault: { on: 'token', act: (ctx, req) => req.socket.destroy() } };
  // Reads the request, answers bytes that are not HTTP, closes.
  cases['hostile-garbage-token'] = {
    fault: { on: 'token', act: (ctx, req) => req.socket.end('\u0000\u0001 this is not HTTP\r\n\r\n') },
  };
  // Refresh answers get the fields given to __arm (form field `json`, a JSON object) merged in.
  cases['hostile-token-fields'] = {
    refreshAnswer: (body, armed) => Object.assign(body, armed),
  };
  // Refresh answers are a 400 with an error_description of 5,000 characters on many lines.
  cases['hostile-long-error'] = {
    fault: {
      on: 'token',
      act: (ctx, req, res) => {
        let text = '';
        for (let i = 0; text.length < 5000; ++i) text += `line ${i} of a very long provider error\n`;
        oauthError(res, 400, 'invalid_request', text.slice(0, 5000));
      },
    },
  };
  return cases;
}

// The fault of an armed case for this endpoint, if any.
function faultFor(ctx, on) {
  const { fault } = ctx.spec;
  return fault && fault.on === on && ctx.state.armed ? fault.act : undefined;
}

// ---------------------------------------------------------------------------------------
// Per-case state, created on first use and dropped by POST /<case>/__reset.

const states = new Map();

function freshState() {
  return {
    requests: [],
    codes: new Map(), // code -> {clientId, redirectUri, challenge, nonce, scope, authTime, expires}
    accessTokens: new Map(), // token -> {grant, expires, revoked}
    refreshTokens: new Map(), // token -> {grant, used, revoked}
    keyGeneration: 1, // key-rotation: current key is rsa-<keyGeneration>
    armed: undefined, // hostile-*: the object given to POST __arm
  };
}

function stateOf(name) {
  let state = states.get(name);
  if (!state) {
    state = freshState();
    states.set(name, state);
  }
  return state;
}

// ---------------------------------------------------------------------------------------
// Helpers.

function now() {
  return Math.floor(Date.now() / 1000);
}

function randomToken() {
  return crypto.randomBytes(32).toString('base64url');
}

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

function oauthError(res, status, error, description, headers = {}) {
  sendJson(res, status, { error, error_description: description }, headers);
}

function redirect(res, location) {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
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

async function readForm(req) {
  const body = await readBody(req);
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (body && type !== 'application/x-www-form-urlencoded') return { params: new URLSearchParams(), body };
  return { params: new URLSearchParams(body), body };
}

function basicClientId(req) {
  const match = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  try {
    return decodeURIComponent(colon >= 0 ? decoded.slice(0, colon) : decoded);
  } catch {
    return undefined;
  }
}

function s256(verifier) {
  return crypto.createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function safeEqual(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

// ---------------------------------------------------------------------------------------
// Keys, JWKS and signing per case.

function publishedKids(spec, state) {
  if (spec.rotating) return [`rsa-${state.keyGeneration}`];
  return spec.jwks ?? ['rsa-1'];
}

function signingKid(spec, state) {
  if (spec.rotating) return `rsa-${state.keyGeneration}`;
  return spec.signKid ?? publishedKids(spec, state)[0];
}

function jwkAlg(spec, key) {
  if (key.kty === 'EC') return 'ES256';
  return spec.alg === 'PS256' ? 'PS256' : 'RS256';
}

async function jwks(spec, state) {
  const keys = await Promise.all(publishedKids(spec, state).map(getKey));
  return {
    keys: keys.map((key) => ({ ...key.jwk, kid: key.kid, use: 'sig', alg: jwkAlg(spec, key) })),
  };
}

async function signIdToken(spec, state, claims) {
  const alg = spec.alg ?? 'RS256';
  const key = await getKey(alg === 'HS256' ? 'rsa-1' : signingKid(spec, state));
  const header = { alg, typ: 'JWT' };
  if (!spec.omitKid) header.kid = key.kid;
  const input = `${b64url(header)}.${b64url(claims)}`;
  let signature;
  switch (alg) {
    case 'RS256':
      signature = crypto.sign('sha256', Buffer.from(input), {
        key: key.privateKey,
        padding: crypto.constants.RSA_PKCS1_PADDING,
      });
      break;
    case 'PS256':
      signature = crypto.sign('sha256', Buffer.from(input), {
        key: key.privateKey,
        padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
        saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST,
      });
      break;
    case 'ES256':
      signature = crypto.sign('sha256', Buffer.from(input), {
        key: key.privateKey,
        dsaEncoding: 'ieee-p1363',
      });
      break;
    case 'HS256':
      // Key confusion: the "secret" is the PEM text of the public RSA key from the JWKS.
      signature = crypto.createHmac('sha256', key.publicPem).update(input).digest();
      break;
    case 'none':
      signature = Buffer.alloc(0);
      break;
    default:
      throw new Error(`unsupported alg ${alg}`);
  }
  if (spec.corruptSig) {
    signature = Buffer.from(signature);
    signature[signature.length >> 1] ^= 0xff;
    signature[0] ^= 0x01;
  }
  return `${input}.${signature.toString('base64url')}`;
}

// ---------------------------------------------------------------------------------------
// Endpoints.

function metadata(ctx) {
  const { issuer } = ctx;
  const doc = {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    revocation_endpoint: `${issuer}/revoke`,
    end_session_endpoint: `${issuer}/logout`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256', 'PS256', 'ES256'],
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
    token_endpoint_auth_methods_supported: ['none'],
    revocation_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    scopes_supported: SCOPES,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'name', 'email'],
  };
  ctx.spec.discovery?.(doc, ctx);
  return doc;
}

function authorize(ctx, res, query) {
  const { spec, state, issuer } = ctx;
  const clientId = query.get('client_id') ?? '';
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!clientId) return sendText(res, 400, 'invalid_request: client_id missing');
  if (!redirectUri) return sendText(res, 400, 'invalid_request: redirect_uri missing');
  let target;
  try {
    target = new URL(redirectUri);
  } catch {
    return sendText(res, 400, 'invalid_request: redirect_uri is not an absolute URL');
  }
  const stateParam = query.get('state');
  const answer = (params) => {
    for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
    if (stateParam !== null) target.searchParams.set('state', stateParam);
    if (!spec.noIssInCallback) target.searchParams.set('iss', issuer);
    redirect(res, target.toString());
  };
  const fail = (error, description) => answer({ error, error_description: description });

  const responseType = query.get('response_type');
  if (!responseType) return fail('invalid_request', 'response_type missing');
  if (responseType !== 'code') return fail('unsupported_response_type', 'only response_type=code');
  const challenge = query.get('code_challenge');
  if (!challenge) return fail('invalid_request', 'PKCE code_challenge required');
  if (query.get('code_challenge_method') !== 'S256') {
    return fail('invalid_request', 'code_challenge_method must be S256');
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
    return fail('invalid_request', 'code_challenge is not a base64url SHA-256 value');
  }
  const code = randomToken();
  state.codes.set(code, {
    clientId,
    redirectUri,
    challenge,
    nonce: query.get('nonce') ?? undefined,
    scope: query.get('scope') ?? 'openid',
    authTime: now(),
    expires: now() + CODE_TTL,
  });
  return answer({ code });
}

async function issueTokens(ctx, grant, grantKind, nonce) {
  const { spec, state, issuer } = ctx;
  const accessToken = randomToken();
  const refreshToken = randomToken();
  state.accessTokens.set(accessToken, { grant, expires: now() + TOKEN_TTL, revoked: false });
  state.refreshTokens.set(refreshToken, { grant, used: false, revoked: false });
  const body = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: TOKEN_TTL,
    refresh_token: refreshToken,
  };
  if (grant.scope.split(' ').includes('openid')) {
    const t = now();
    const claims = {
      iss: issuer,
      sub: grant.sub,
      aud: grant.clientId,
      exp: t + TOKEN_TTL,
      iat: t,
      auth_time: grant.authTime,
    };
    if (nonce !== undefined) claims.nonce = nonce;
    claims.name = grant.name;
    claims.email = grant.email;
    spec.claims?.(claims, { ...ctx, clientId: grant.clientId, grant: grantKind });
    body.id_token = await signIdToken(spec, state, claims);
  }
  body.scope = grant.scope;
  return body;
}

async function token(ctx, req, res, params) {
  const { spec, state } = ctx;
  const grantType = params.get('grant_type');
  const clientId = params.get('client_id') ?? basicClientId(req);
  if (!grantType) return oauthError(res, 400, 'invalid_request', 'grant_type missing');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    return oauthError(res, 400, 'unsupported_grant_type', `grant_type ${grantType} is not supported`);
  }
  if (grantType === 'refresh_token' && spec.refresh503) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '120' });
    res.end('<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>'
      + '<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service '
      + 'your request.</p></body></html>\n');
    return undefined;
  }
  if (!clientId) return oauthError(res, 400, 'invalid_request', 'client_id missing');

  if (grantType === 'authorization_code') {
    const code = params.get('code');
    if (!code) return oauthError(res, 400, 'invalid_request', 'code missing');
    const entry = state.codes.get(code);
    state.codes.delete(code); // one use per code, also when the request fails below
    if (!entry) return oauthError(res, 400, 'invalid_grant', 'unknown or already used code');
    if (entry.expires < now()) return oauthError(res, 400, 'invalid_grant', 'code expired');
    if (entry.clientId !== clientId) {
      return oauthError(res, 400, 'invalid_grant', 'code was issued to another client_id');
    }
    if (params.get('redirect_uri') !== entry.redirectUri) {
      return oauthError(res, 400, 'invalid_grant', 'redirect_uri does not match the authorization request');
    }
    const verifier = params.get('code_verifier');
    if (!verifier) return oauthError(res, 400, 'invalid_grant', 'code_verifier missing');
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || !safeEqual(s256(verifier), entry.challenge)) {
      return oauthError(res, 400, 'invalid_grant', 'code_verifier does not match code_challenge');
    }
    const grant = {
      clientId,
      scope: entry.scope,
      sub: `user-${ctx.name}`,
      name: `Test User (${ctx.name})`,
      email: `user-${ctx.name}@example.test`,
      authTime: entry.authTime,
      revoked: false,
    };
    return sendJson(res, 200, await issueTokens(ctx, grant, 'code', entry.nonce));
  }

  const refreshToken = params.get('refresh_token');
  if (!refreshToken) return oauthError(res, 400, 'invalid_request', 'refresh_token missing');
  const entry = state.refreshTokens.get(refreshToken);
  if (!entry) return oauthError(res, 400, 'invalid_grant', 'unknown refresh token');
  if (entry.revoked || entry.grant.revoked) {
    return oauthError(res, 400, 'invalid_grant', 'refresh token revoked');
  }
  if (entry.used) return oauthError(res, 400, 'invalid_grant', 'refresh token already used');
  if (entry.grant.clientId !== clientId) {
    return oauthError(res, 400, 'invalid_grant', 'refresh token was issued to another client_id');
  }
  entry.used = true; // rotation: the new response carries a new refresh token
  const answer = await issueTokens(ctx, entry.grant, 'refresh', undefined);
  if (state.armed) spec.refreshAnswer?.(answer, state.armed);
  return sendJson(res, 200, answer);
}

async function userinfo(ctx, req, res, url) {
  const { spec, state, issuer } = ctx;
  const challenge = (extra) => ({ 'www-authenticate': `Bearer realm="${issuer}"${extra}` });
  let body = '';
  if (req.method === 'POST') body = await readBody(req);
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const tokenInBody = type === 'application/x-www-form-urlencoded'
    && new URLSearchParams(body).has('access_token');
  if (url.searchParams.has('access_token') || tokenInBody) {
    return oauthError(res, 401, 'invalid_request',
      'the access token must be sent in the Authorization header',
      challenge(', error="invalid_request", error_description="use the Authorization header"'));
  }
  const header = req.headers.authorization;
  if (!header) {
    // RFC 6750 3.1: no error code when the request carries no authentication at all.
    return sendText(res, 401, 'no access token', challenge(''));
  }
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header);
  const entry = match ? state.accessTokens.get(match[1]) : undefined;
  if (!entry || entry.revoked || entry.grant.revoked || entry.expires < now()) {
    return oauthError(res, 401, 'invalid_token', 'invalid access token',
      challenge(', error="invalid_token", error_description="invalid access token"'));
  }
  const answer = { sub: entry.grant.sub, name: entry.grant.name, email: entry.grant.email };
  spec.userinfo?.(answer);
  return sendJson(res, 200, answer);
}

function revoke(ctx, res, params) {
  const { state } = ctx;
  const value = params.get('token');
  if (value) {
    const refresh = state.refreshTokens.get(value);
    if (refresh) {
      // RFC 7009 2.1: revoking a refresh token also invalidates the grant's access tokens.
      refresh.revoked = true;
      refresh.grant.revoked = true;
    }
    const access = state.accessTokens.get(value);
    if (access) access.revoked = true;
  }
  res.writeHead(200, { 'cache-control': 'no-store' });
  res.end();
}

function logout(res, url) {
  const target = url.searchParams.get('post_logout_redirect_uri');
  if (target) {
    try {
      const location = new URL(target);
      const stateParam = url.searchParams.get('state');
      if (stateParam !== null) location.searchParams.set('state', stateParam);
      return redirect(res, location.toString());
    } catch {
      return sendText(res, 400, 'invalid_request: post_logout_redirect_uri is not an absolute URL');
    }
  }
  return sendText(res, 200, 'signed out');
}

// ---------------------------------------------------------------------------------------
// Routing.

let origin = '';

function notFound(res) {
  sendText(res, 404, 'not found');
}

function methodNotAllowed(res, allowed) {
  sendText(res, 405, 'method not allowed', { allow: allowed });
}

// Routes relative to /<case>. Returns true when handled.
async function route(ctx, req, res, url, rest) {
  const { spec, state } = ctx;
  const get = req.method === 'GET' || req.method === 'HEAD';
  const post = req.method === 'POST';
  const endpoint = {
    '/.well-known/openid-configuration': 'discovery', '/userinfo': 'userinfo', '/jwks': 'jwks',
  }[rest];
  const fault = endpoint && faultFor(ctx, endpoint);
  if (fault) return fault(ctx, req, res);
  switch (rest) {
    case '/.well-known/openid-configuration':
      if (spec.rfc8414Only) return notFound(res);
      return get ? sendJson(res, 200, metadata(ctx)) : methodNotAllowed(res, 'GET');
    case '/.well-known/oauth-authorization-server':
      if (!spec.rfc8414Only) return notFound(res);
      return get ? sendJson(res, 200, metadata(ctx)) : methodNotAllowed(res, 'GET');
    case '/authorize':
      return get ? authorize(ctx, res, url.searchParams) : methodNotAllowed(res, 'GET');
    case '/token': {
      if (!post) return methodNotAllowed(res, 'POST');
      const { params } = await readForm(req);
      ctx.entry.grantType = params.get('grant_type');
      const fault = faultFor(ctx, 'token');
      if (fault) return fault(ctx, req, res);
      return token(ctx, req, res, params);
    }
    case '/userinfo':
      return get || post ? userinfo(ctx, req, res, url) : methodNotAllowed(res, 'GET, POST');
    case '/jwks':
      return get ? sendJson(res, 200, await jwks(spec, state)) : methodNotAllowed(res, 'GET');
    case '/revoke': {
      if (!post) return methodNotAllowed(res, 'POST');
      const { params } = await readForm(req);
      const fault = faultFor(ctx, 'revoke');
      if (fault) return fault(ctx, req, res);
      return revoke(ctx, res, params);
    }
    case '/logout':
      return get || post ? logout(res, url) : methodNotAllowed(res, 'GET, POST');
    default:
      return notFound(res);
  }
}

// Test controls (not recorded in the request log).
async function control(ctx, req, res, rest) {
  const { name, spec } = ctx;
  switch (rest) {
    case '/__requests':
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      return sendJson(res, 200, stateOf(name).requests);
    case '/__reset':
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      states.set(name, freshState());
      return sendJson(res, 200, { reset: name });
    case '/__arm': {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      if (!spec.fault && !spec.refreshAnswer) return notFound(res);
      const { params } = await readForm(req);
      let armed = {};
      try {
        if (params.has('json')) armed = JSON.parse(params.get('json'));
      } catch {
        return sendText(res, 400, 'json is not JSON');
      }
      stateOf(name).armed = armed;
      return sendJson(res, 200, { armed: name });
    }
    case '/__rotate': {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      if (!spec.rotating) return notFound(res);
      const state = stateOf(name);
      const kid = `rsa-${state.keyGeneration + 1}`;
      await getKey(kid); // make the key before it is published
      state.keyGeneration += 1;
      return sendJson(res, 200, { kid });
    }
    default:
      return notFound(res);
  }
}

async function handle(req, res) {
  const url = new URL(req.url, origin);
  let pathname = url.pathname;

  if (pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
    return sendJson(res, 200, {
      cases: Object.keys(CASES).map((name) => ({ name, issuer: `${origin}/${name}` })),
    });
  }
  // RFC 8414 3.1 puts the well-known segment before the issuer's path:
  // /.well-known/oauth-authorization-server/<case> is the same document as
  // /<case>/.well-known/oauth-authorization-server.
  const inserted = /^\/\.well-known\/oauth-authorization-server(\/[^/]+)$/.exec(pathname);
  if (inserted) pathname = `${inserted[1]}/.well-known/oauth-authorization-server`;

  const slash = pathname.indexOf('/', 1);
  const name = slash < 0 ? pathname.slice(1) : pathname.slice(1, slash);
  const rest = slash < 0 ? '' : pathname.slice(slash);
  if (!Object.hasOwn(CASES, name)) return notFound(res);
  const ctx = { name, spec: CASES[name], issuer: `${origin}/${name}`, origin };

  if (rest.startsWith('/__')) return control(ctx, req, res, rest);

  ctx.state = stateOf(name);
  ctx.entry = {
    method: req.method,
    path: url.pathname,
    hasAuthorizationHeader: req.headers.authorization !== undefined,
  };
  ctx.state.requests.push(ctx.entry);
  res.on('finish', () => { ctx.entry.status = res.statusCode; });
  return route(ctx, req, res, url, rest);
}

// ---------------------------------------------------------------------------------------
// Server.

const server = http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    log(req.method, req.url.replace(/([?&](code|code_verifier|refresh_token|token)=)[^&]*/g, '$1…'),
      '->', res.statusCode, `${Date.now() - started}ms`);
  });
  handle(req, res).catch((err) => {
    if (!err.status) console.error('mutant-provider.mjs: internal error:', err);
    if (!res.headersSent) {
      sendText(res, err.status ?? 500, err.status ? err.message : 'internal error');
    } else {
      res.destroy();
    }
  });
});

// rsa-1 (default) and ec-1 exist before the port file is written, so the first requests are fast.
await Promise.all([getKey('rsa-1'), getKey('ec-1')]);

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(requestedPort, HOST, () => {
    server.off('error', reject);
    resolve();
  });
}).catch((err) => {
  console.error(`mutant-provider.mjs: cannot listen on ${HOST}:${requestedPort}: ${err.message}`);
  process.exit(1);
});

const { port } = server.address();
origin = `http://${HOST}:${port}`;

if (portFile) {
  const tmp = `${portFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${port}\n`);
  fs.renameSync(tmp, portFile);
}
console.log(`mutant provider listening on ${origin}; issuers ${origin}/<case>`);

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
