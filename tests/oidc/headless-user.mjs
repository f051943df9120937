#!/usr/bin/env node
// Scripted user agent for Login Companion's integration tests against tests/oidc/provider.mjs.
//
//   node headless-user.mjs [--login NAME] [--deny] [--callback-prefix URL] AUTHORIZATION_URL
//
// Requests AUTHORIZATION_URL (http on 127.0.0.1 / localhost / [::1] only), follows redirects by
// hand with a cookie jar, signs in on the devInteractions login page (login=NAME, default
// player1, password=pw) and submits the consent page; with --deny it follows the page's
// Cancel (…/abort) link instead. It stops at the first redirect whose Location starts with the
// callback prefix (default http://localhost/callback) and prints that URL as one line on stdout,
// exit 0. Anything unexpected: a one-line reason on stderr, exit 1 (bad command line: exit 2).
// Cookies and page contents are never printed; the callback URL is the only output on stdout.

import process from 'node:process';
import { parseArgs } from 'node:util';
import { cookieHeader, storeCookies } from './cookie-jar.mjs';
import { decodeEntities, findAbortLink, findForm } from './html-forms.mjs';

const MAX_HOPS = 20;
const TIMEOUT_MS = 15_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim().slice(0, 300);
}

function fail(reason) {
  process.stderr.write(`headless-user: ${oneLine(reason)}\n`);
  process.exit(1);
}

function usage(message) {
  if (message) process.stderr.write(`headless-user: ${oneLine(message)}\n`);
  process.stderr.write('usage: node headless-user.mjs [--login NAME] [--deny] [--callback-prefix URL] AUTHORIZATION_URL\n');
  process.exit(2);
}

let args;
let positionals;
try {
  ({ values: args, positionals } = parseArgs({
    options: {
      login: { type: 'string', default: 'player1' },
      deny: { type: 'boolean', default: false },
      'callback-prefix': { type: 'string', default: 'http://localhost/callback' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  }));
} catch (err) {
  usage(err.message);
}
if (args.help) usage();
if (positionals.length !== 1) usage('expected exactly one AUTHORIZATION_URL');
if (args.login === '') usage('--login must not be empty');
const callbackPrefix = args['callback-prefix'];
if (callbackPrefix === '') usage('--callback-prefix must not be empty');

// Only the origin and path go into messages: queries may carry codes or other secrets.
function where(url) {
  return `${url.origin}${url.pathname}`;
}

function parseLocalUrl(text, base, what) {
  let url;
  try {
    url = new URL(text, base);
  } catch {
    fail(`${what} is not a valid URL`);
  }
  if (url.protocol !== 'http:') fail(`${what} is not http: refusing ${url.protocol}//${url.host}`);
  if (!LOCAL_HOSTS.has(url.hostname)) fail(`${what} is not on 127.0.0.1, localhost or [::1]: refusing ${url.host}`);
  return url;
}

const startUrl = parseLocalUrl(positionals[0], undefined, 'AUTHORIZATION_URL');

// Redirects and form actions must stay with the provider (the origin of AUTHORIZATION_URL);
// only the callback may point elsewhere.
function providerUrl(text, base, what) {
  const url = parseLocalUrl(text, base, what);
  if (url.origin !== startUrl.origin) {
    fail(`${what} goes to ${where(url)}, not to the provider ${startUrl.origin} nor to the callback prefix ${callbackPrefix}`);
  }
  return url;
}

const controller = new AbortController();
setTimeout(() => {
  controller.abort();
  fail(`no callback within ${TIMEOUT_MS / 1000} s`);
}, TIMEOUT_MS).unref();

// Cookies: cookie-jar.mjs

// ---- HTTP
let hops = 0;

async function request(url, { method = 'GET', form } = {}) {
  hops += 1;
  if (hops > MAX_HOPS) fail(`more than ${MAX_HOPS} requests without reaching ${callbackPrefix}`);
  const headers = { accept: 'text/html' };
  const cookies = cookieHeader(url);
  if (cookies) headers.cookie = cookies;
  let body;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  let res;
  try {
    res = await fetch(url, { method, headers, body, redirect: 'manual', signal: controller.signal });
  } catch (err) {
    const cause = err.cause?.code ?? err.cause?.message ?? err.message;
    fail(`${method} ${where(url)} failed: ${cause}`);
  }
  storeCookies(url, res);
  return res;
}

// ---- HTML helpers (the rest are in html-forms.mjs)
function errorSummary(html) {
  const field = (name) => html.match(new RegExp(`<strong>${name}</strong>:\\s*([^<]*)`, 'i'))?.[1];
  const error = field('error');
  if (error) {
    const description = field('error_description');
    return decodeEntities(description ? `${error} (${description})` : error);
  }
  const title = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? html.match(/<title>([\s\S]*?)<\/title>/i)?.[1];
  return title ? decodeEntities(title.replace(/<[^>]*>/g, '')) : 'no details';
}

// ---- the walk
let url = startUrl;
let res = await request(url);
let loginsSubmitted = 0;
let consentsSubmitted = 0;

for (;;) {
  if (res.status >= 300 && res.status < 400) {
    const location = res.headers.get('location');
    if (!location) fail(`HTTP ${res.status} from ${where(url)} without a Location`);
    if (location.startsWith(callbackPrefix)) {
      process.stdout.write(`${location}\n`, () => process.exit(0));
      break;
    }
    let absolute;
    try {
      absolute = new URL(location, url);
    } catch {
      fail(`HTTP ${res.status} from ${where(url)} with an invalid Location`);
    }
    if (absolute.href.startsWith(callbackPrefix)) {
      process.stdout.write(`${absolute.href}\n`, () => process.exit(0));
      break;
    }
    url = providerUrl(absolute.href, undefined, `redirect from ${where(url)}`);
    await res.arrayBuffer().catch(() => {});
    res = await request(url);
    continue;
  }

  const html = await res.text().catch((err) => fail(`reading ${where(url)} failed: ${err.message}`));
  if (res.status >= 400) fail(`HTTP ${res.status} from ${where(url)}: ${errorSummary(html)}`);
  if (res.status !== 200) fail(`unexpected HTTP ${res.status} from ${where(url)}`);

  const form = findForm(html);
  if (!form) fail(`no form on the page at ${where(url)} (${errorSummary(html)})`);
  const isLogin = form.inputs.some((i) => i.name === 'login') && form.inputs.some((i) => i.type === 'password');
  const isConsent = !isLogin && (form.inputs.some((i) => i.name === 'prompt' && i.value === 'consent')
    || /<h1\b[^>]*>\s*Authorize\s*<\/h1>/i.test(html));
  if (!isLogin && !isConsent) fail(`unrecognised form on the page at ${where(url)}`);

  if (args.deny) {
    const href = findAbortLink(html);
    if (!href) fail(`no Cancel / abort link on the ${isLogin ? 'login' : 'consent'} page at ${where(url)}`);
    url = providerUrl(href, url, 'Cancel link');
    res = await request(url);
    continue;
  }

  if (isLogin && ++loginsSubmitted > 1) fail(`login page shown again at ${where(url)} after signing in`);
  if (isConsent && ++consentsSubmitted > 1) fail(`consent page shown again at ${where(url)} after consenting`);
  if (!form.action) fail(`form without action at ${where(url)}`);
  if (form.method !== 'POST') fail(`form at ${where(url)} uses ${form.method}, expected POST`);

  const fields = [];
  for (const input of form.inputs) {
    if (!input.name) continue;
    if (isLogin && input.name === 'login') fields.push(['login', args.login]);
    else if (isLogin && input.type === 'password') fields.push([input.name, 'pw']);
    else if (['hidden', 'text'].includes(input.type)) fields.push([input.name, input.value]);
  }
  url = providerUrl(form.action, url, 'form action');
  res = await request(url, { method: 'POST', form: fields });
}
