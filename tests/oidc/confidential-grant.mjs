#!/usr/bin/env node
// Signs LOGIN in to the test provider's confidential client (provider.mjs) and prints the
// refresh token it was granted, for oidc-agent in bench/agent_figures.sh (oidc-gen takes an
// existing refresh token with --rt; its own sign-in would need a browser).
//
//   node confidential-grant.mjs ISSUER LOGIN
//
// The login and consent pages are walked by headless-user.mjs; the code is exchanged with PKCE
// and HTTP Basic client authentication. Loopback issuers only. On failure: one line on stderr,
// exit 1.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLIENT_ID = 'login-companion-confidential';
const CLIENT_SECRET = 'confidential-test-secret';
const REDIRECT_URI = 'http://localhost/callback';

function fail(message) {
  console.error(`confidential-grant: ${message}`);
  process.exit(1);
}

const [issuer, login] = process.argv.slice(2);
if (!issuer || !login) fail('usage: node confidential-grant.mjs ISSUER LOGIN');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(issuer).hostname)) fail('loopback issuers only');

const verifier = crypto.randomBytes(32).toString('base64url');
const authorization = new URL('/auth', issuer);
authorization.search = new URLSearchParams({
  client_id: CLIENT_ID,
  response_type: 'code',
  redirect_uri: REDIRECT_URI,
  scope: 'openid offline_access profile email',
  prompt: 'consent',
  state: crypto.randomBytes(16).toString('base64url'),
  code_challenge: crypto.createHash('sha256').update(verifier).digest('base64url'),
  code_challenge_method: 'S256',
}).toString();

let callback;
try {
  callback = execFileSync(process.execPath,
    [fileURLToPath(new URL('./headless-user.mjs', import.meta.url)), '--login', login, authorization.href],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
} catch {
  fail('the sign-in pages could not be walked');
}
const code = new URL(callback).searchParams.get('code');
if (!code) fail('the provider sent no code');

const response = await fetch(new URL('/token', issuer), {
  method: 'POST',
  headers: {
    authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
});
const body = await response.json().catch(() => ({}));
if (!response.ok || !body.refresh_token) fail(`the token endpoint answered ${response.status} ${body.error ?? ''}`);
process.stdout.write(`${body.refresh_token}\n`);
