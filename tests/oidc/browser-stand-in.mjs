#!/usr/bin/env node
// A fake "system browser" for Login Companion's tests of the system-browser sign-in (RFC 8252).
//
//   node browser-stand-in.mjs [--login NAME] [--deny] [--report FILE] [--callback-prefix URL]
//                             [--timeout SECONDS] AUTHORIZATION_URL
//
// Walks the provider's pages like headless-user.mjs (http on 127.0.0.1 / localhost / [::1]
// only, redirects followed by hand with a cookie jar, login=NAME (default player1) with
// password=pw, consent submitted; --deny follows the Cancel (…/abort) link instead). Unlike
// headless-user.mjs it then FOLLOWS the redirect to the app's loopback callback (default: the
// authorization URL's redirect_uri, on any port) with a GET, as a browser would, and waits for
// the page the app answers with (the app holds the request until the sign-in has finished).
//
// The final page's <title> (or <h1>) is printed on stdout. Apps start their browser detached,
// so --report FILE also writes that page's text to FILE (atomically: FILE.tmp, then renamed):
// the title on the first line, then the page's visible text, one block per line. On failure
// the one line `browser-stand-in: <reason>` goes to stderr and to the report, exit 1 (bad
// command line: exit 2). Queries, cookies and codes are never printed.

import fs from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { cookieHeader, storeCookies } from './cookie-jar.mjs';
import { decodeEntities, findAbortLink, findForm } from './html-forms.mjs';

const MAX_HOPS = 20;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim().slice(0, 300);
}

let reportFile;

function writeReport(text) {
  if (!reportFile) return;
  const tmp = `${reportFile}.tmp`;
  try {
    fs.writeFileSync(tmp, text.endsWith('\n') ? text : `${text}\n`);
    fs.renameSync(tmp, reportFile);
  } catch (err) {
    process.stderr.write(`browser-stand-in: cannot write the report: ${oneLine(err.message)}\n`);
  }
}

function fail(reason) {
  const line = `browser-stand-in: ${oneLine(reason)}`;
  writeReport(line);
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function usage(message) {
  if (message) process.stderr.write(`browser-stand-in: ${oneLine(message)}\n`);
  process.stderr.write('usage: node browser-stand-in.mjs [--login NAME] [--deny] [--report FILE] [--callback-prefix URL] [--timeout SECONDS] AUTHORIZATION_URL\n');
  process.exit(2);
}

let args;
let positionals;
try {
  ({ values: args, positionals } = parseArgs({
    options: {
      login: { type: 'string', default: 'player1' },
      deny: { type: 'boolean', default: false },
      report: { type: 'string' },
      'callback-prefix': { type: 'string' },
      timeout: { type: 'string', default: '90' },
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
if (args.report === '') usage('--report must not be empty');
const timeoutSeconds = Number(args.timeout);
if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) usage(`invalid --timeout: ${args.timeout}`);
reportFile = args.report;

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
  if (url.username || url.password) fail(`${what} carries user information: refusing it`);
  return url;
}

const startUrl = parseLocalUrl(positionals[0], undefined, 'AUTHORIZATION_URL');

// The callback: --callback-prefix, else the redirect_uri the app put into the request.
let callbackPrefix = args['callback-prefix'];
if (callbackPrefix === undefined) {
  const redirectUri = startUrl.searchParams.get('redirect_uri');
  if (!redirectUri) usage('AUTHORIZATION_URL has no redirect_uri; pass --callback-prefix');
  callbackPrefix = redirectUri;
}
const callbackBase = parseLocalUrl(callbackPrefix, undefined, 'the callback prefix');

function isCallback(url) {
  return url.origin === callbackBase.origin && url.pathname === callbackBase.pathname;
}

// Redirects and form actions must stay with the provider (the origin of AUTHORIZATION_URL);
// only the callback may point elsewhere.
function providerUrl(text, base, what) {
  const url = parseLocalUrl(text, base, what);
  if (url.origin !== startUrl.origin) {
    fail(`${what} goes to ${where(url)}, not to the provider ${startUrl.origin} nor to the callback ${where(callbackBase)}`);
  }
  return url;
}

const controller = new AbortController();
setTimeout(() => {
  controller.abort();
  fail(`no final page within ${timeoutSeconds} s`);
}, timeoutSeconds * 1000).unref();

// Cookies: cookie-jar.mjs

// ---- HTTP
let hops = 0;

async function request(url, { method = 'GET', form } = {}) {
  hops += 1;
  if (hops > MAX_HOPS) fail(`more than ${MAX_HOPS} requests without reaching the callback ${where(callbackBase)}`);
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
function textOf(fragment) {
  return decodeEntities(fragment.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

// What a person would read on the page: its title, then each block of the body on a line.
function pageText(html) {
  const title = textOf(html.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '');
  const h1 = textOf(html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1] ?? '');
  const body = (html.match(/<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i)?.[1] ?? html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(?:p|div|h[1-6]|header|footer|main|section|li|ul|ol|br|tr|table)\b[^>]*>/gi, '\n');
  const lines = body.split('\n').map(textOf).filter((line) => line !== '');
  return { heading: title || h1, lines };
}

// ---- the walk
let url = startUrl;
let res = await request(url);
let loginsSubmitted = 0;
let consentsSubmitted = 0;
let reachedCallback = false;

for (;;) {
  if (res.status >= 300 && res.status < 400) {
    const location = res.headers.get('location');
    if (!location) fail(`HTTP ${res.status} from ${where(url)} without a Location`);
    let next;
    try {
      next = new URL(location, url);
    } catch {
      fail(`HTTP ${res.status} from ${where(url)} with an invalid Location`);
    }
    await res.arrayBuffer().catch(() => {});
    if (reachedCallback) fail(`the callback at ${where(url)} redirected again`);
    if (isCallback(next)) {
      // Into the app: the one request that leaves the provider.
      url = parseLocalUrl(next.href, undefined, 'the callback');
      reachedCallback = true;
      res = await request(url);
      continue;
    }
    url = providerUrl(next.href, undefined, `redirect from ${where(url)}`);
    res = await request(url);
    continue;
  }

  const html = await res.text().catch((err) => fail(`reading ${where(url)} failed: ${err.message}`));
  if (reachedCallback) {
    const { heading, lines } = pageText(html);
    writeReport([heading, ...lines].join('\n'));
    process.stdout.write(`${heading}\n`, () => process.exit(0));
    break;
  }
  if (res.status >= 400) {
    const { heading, lines } = pageText(html);
    fail(`HTTP ${res.status} from ${where(url)}: ${heading} ${lines.slice(0, 6).join(' / ')}`);
  }
  if (res.status !== 200) fail(`unexpected HTTP ${res.status} from ${where(url)}`);

  const form = findForm(html);
  if (!form) fail(`no form on the page at ${where(url)} (${pageText(html).heading || 'no title'})`);
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
