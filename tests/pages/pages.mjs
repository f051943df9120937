// Hostile and awkward pages for the login window's tests, plus the smallest OAuth provider that
// lets a sign-in finish (code, token, userinfo). Plain node, loopback only.
//
//   node pages.mjs --ports-file FILE     writes {"http":P,"https":Q,"sha256":"AB:CD:…"}
//
// Every scenario is a path prefix; its authorization endpoint is /<scenario>/auth and it redirects
// to the redirect_uri with a code once its page is "done":
//   plain      a login form (#username, #password, #login-submit)
//   download   the page starts a download before showing the login form
//   permission the page asks for geolocation, notifications and the camera; title says the result
//   downgrade  (https) the page sends the user to http://127.0.0.1:<http port>/landing
//   popup      the login form lives in a window.open() popup, which sends the opener on
//   slow       the first request to /slow/auth never answers; later ones do
//   redirect-image  the login page embeds <img src=redirect_uri?code=stolen>
//   dialogs    alert(), confirm() and prompt(); the title reports the answers
// For `login --autofill`, whose password must reach only the authorization endpoint's origin, a
// second origin (the `other` port) serves login forms that must stay empty; each such form
// reports its fields to /__field-reports every 200 ms:
//   autofill-frame     the login form is only in a frame of the other origin
//   autofill-popup     the login form is only in a popup of the other origin
//   autofill-redirect  /auth redirects (302) to a login form on the other origin
//   autofill-elsewhere a login form on this origin that posts to the other origin
//   autofill-late      the login form is built by script 1.5 s after the page loaded
// GET /__requests lists {method, path} of every request; GET /__seen every request's URL and
// body as text (to look for a password); GET /__field-reports the reports; POST /__reset clears
// state.
import http from 'node:http';
import https from 'node:https';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { 'ports-file': { type: 'string' } } });
const requests = [];
const seen = [];
const fieldReports = [];
const codes = new Map();
const tokens = new Map();
let slowServed = 0;
const held = [];
let ports = {};

function certificate() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-pages-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '7',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res, title, body, status = 200) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html><head><title>${escape(title)}</title></head><body>${body}</body></html>`);
}

function loginForm(query, scenario) {
  return `<h1>Test sign-in (${escape(scenario)})</h1>
<form id="login-form" method="post" action="/${scenario}/login?${escape(query)}">
<input id="username" name="username" autocomplete="username">
<input id="password" name="password" type="password">
<button id="login-submit" type="submit">Sign in</button></form>`;
}

const otherOrigin = () => `http://127.0.0.1:${ports.other}`;

// Reports the form's fields every 200 ms, so a test sees both that the page ran and what it got.
function fieldReporter(where) {
  return `<script>setInterval(() => {
  const value = (id) => encodeURIComponent(document.getElementById(id).value);
  new Image().src = '/__field-reports?where=${where}&user=' + value('username') + '&password=' + value('password') + '&t=' + Date.now();
}, 200);</script>`;
}

function redirectWithCode(res, params, username) {
  const code = crypto.randomBytes(16).toString('base64url');
  codes.set(code, { username, challenge: params.get('code_challenge'), redirect: params.get('redirect_uri') });
  const target = new URL(params.get('redirect_uri'));
  target.searchParams.set('code', code);
  if (params.get('state')) target.searchParams.set('state', params.get('state'));
  res.writeHead(302, { location: target.toString() });
  res.end();
}

async function body(req) {
  if (req.rawBody !== undefined) return req.rawBody;
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
}

async function handle(req, res, secure) {
  const url = new URL(req.url, `${secure ? 'https' : 'http'}://127.0.0.1`);
  if (!url.pathname.startsWith('/__')) requests.push({ method: req.method, path: url.pathname, secure });
  const [, scenario, action] = url.pathname.split('/');
  const query = url.searchParams;

  if (url.pathname === '/__requests') return page(res, 'log', '', 200) || undefined;
  if (url.pathname === '/__reset') {
    requests.length = 0; seen.length = 0; fieldReports.length = 0; slowServed = 0; res.end(); return;
  }
  if (url.pathname === '/__field-reports' && query.has('where')) {
    fieldReports.push({ where: query.get('where'), user: query.get('user'), password: query.get('password') });
    res.writeHead(204);
    return res.end();
  }
  if (url.pathname === '/landing') return page(res, 'Landing over http', '<h1>This page must never load</h1>');
  if (url.pathname === '/file.bin') {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="tool.exe"' });
    return res.end(Buffer.alloc(1024));
  }
  if (url.pathname === '/token' && req.method === 'POST') {
    const form = new URLSearchParams(await body(req));
    const entry = codes.get(form.get('code'));
    codes.delete(form.get('code'));
    const verifier = form.get('code_verifier') ?? '';
    if (!entry || (entry.challenge && crypto.createHash('sha256').update(verifier).digest('base64url') !== entry.challenge)) {
      res.writeHead(400, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'unknown code or wrong verifier' }));
    }
    const accessToken = crypto.randomBytes(24).toString('base64url');
    tokens.set(accessToken, entry.username);
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 3600 }));
  }
  if (url.pathname === '/userinfo') {
    const user = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!user) { res.writeHead(401); return res.end(); }
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ sub: `page-${user}`, name: `Page user ${user}` }));
  }

  if (action === 'login' && req.method === 'POST') {
    const form = new URLSearchParams(await body(req));
    if (form.get('password') !== 'pw') return page(res, 'Sign-in', `<p id="login-error">Wrong password</p>${loginForm(query, scenario)}`);
    if (scenario === 'popup') {
      // Inside the popup: send the opener on and close, as federated popups do.
      const next = `/popup/finish?${query}&username=${encodeURIComponent(form.get('username'))}`;
      return page(res, 'Done', `<script>window.opener.location = ${JSON.stringify(next)}; window.close();</script>`);
    }
    return redirectWithCode(res, query, form.get('username'));
  }
  if (scenario === 'popup' && action === 'finish') return redirectWithCode(res, query, query.get('username'));
  if (scenario === 'popup' && action === 'window') return page(res, 'Sign-in popup', loginForm(query, 'popup'));

  // The other origin's login forms, which must never be filled.
  if (['inner', 'window', 'form'].includes(action) && scenario.startsWith('autofill-')) {
    return page(res, 'Partner sign-in', `${loginForm(query, scenario)}${fieldReporter(scenario)}`);
  }
  if (action !== 'auth') return page(res, 'Not found', '<h1>Not found</h1>', 404);
  switch (scenario) {
  case 'plain':
    return page(res, 'Sign-in', loginForm(query, scenario));
  case 'download':
    return page(res, 'Sign-in', `<iframe src="/file.bin" style="display:none"></iframe>
<script>const a = document.createElement('a'); a.href = '/file.bin'; a.download = 'tool.exe'; document.body.appendChild(a); a.click();</script>
${loginForm(query, scenario)}`);
  case 'permission':
    return page(res, 'asking', `<script>
const results = [];
function done(what, value) { results.push(what + '=' + value); if (results.length === 2) document.title = results.sort().join(','); }
navigator.geolocation.getCurrentPosition(() => done('geo', 'granted'), () => done('geo', 'denied'));
navigator.mediaDevices.getUserMedia({ video: true }).then(() => done('camera', 'granted'), () => done('camera', 'denied'));
</script>${loginForm(query, scenario)}`);
  case 'downgrade':
    return page(res, 'Sign-in', `<script>location.href = 'http://127.0.0.1:${ports.http}/landing';</script>`);
  case 'popup':
    return page(res, 'Sign-in', `<h1>Sign in with a partner</h1>
<button id="partner" onclick="window.open('/popup/window?' + location.search.slice(1), 'partner', 'width=420,height=520')">Partner sign-in</button>
<script>setTimeout(() => document.getElementById('partner').click(), 100);</script>`);
  case 'slow':
    if (slowServed++ === 0) { held.push(res); return; } // the first visitor waits forever
    return page(res, 'Sign-in', loginForm(query, scenario));
  case 'dialogs':
    return page(res, 'asking', `<script>
setTimeout(() => {
  alert('Welcome to the test provider');
  const sure = confirm('Continue?');
  const name = prompt('Your name?', 'nobody');
  document.title = 'confirm=' + sure + ',prompt=' + name;
}, 200);
</script>${loginForm(query, scenario)}`);
  case 'autofill-frame':
    return page(res, 'Sign-in', `<h1>Sign in below</h1>
<iframe id="partner-frame" width="400" height="300" src="${otherOrigin()}/autofill-frame/inner?${escape(query)}"></iframe>`);
  case 'autofill-popup':
    return page(res, 'Sign-in', `<h1>Sign in with a partner</h1>
<script>setTimeout(() => window.open(${JSON.stringify(`${otherOrigin()}/autofill-popup/window?${query}`)}, 'partner', 'width=420,height=520'), 100);</script>`);
  case 'autofill-redirect':
    res.writeHead(302, { location: `${otherOrigin()}/autofill-redirect/form?${query}` });
    return res.end();
  case 'autofill-elsewhere':
    return page(res, 'Sign-in', loginForm(query, scenario).replace(`action="/${scenario}/login`, `action="${otherOrigin()}/${scenario}/login`)
      + fieldReporter(scenario));
  case 'autofill-late':
    return page(res, 'Sign-in', `<div id="late"></div>
<script>setTimeout(() => { document.getElementById('late').innerHTML = ${JSON.stringify(loginForm(query, 'plain'))}; }, 1500);</script>`);
  case 'redirect-image':
    return page(res, 'Sign-in', `<img src="${escape(query.get('redirect_uri'))}?code=stolen">${loginForm(query, scenario)}`);
  default:
    return page(res, 'Not found', '<h1>Unknown scenario</h1>', 404);
  }
}

function serve(server, secure) {
  server.on('request', async (req, res) => {
    for (const [path, list] of [['/__requests', requests], ['/__seen', seen], ['/__field-reports', fieldReports]]) {
      if (req.url === path) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(list));
      }
    }
    if (req.method === 'POST') req.rawBody = await body(req);
    if (!req.url.startsWith('/__reset')) seen.push(`${req.method} ${req.url} ${req.rawBody ?? ''}`);
    handle(req, res, secure).catch((error) => { res.writeHead(500); res.end(String(error)); });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

const tls = certificate();
ports.http = await serve(http.createServer(), false);
ports.https = await serve(https.createServer({ key: tls.key, cert: tls.cert }), true);
ports.other = await serve(http.createServer(), false); // a second origin, for the autofill cases
const der = new crypto.X509Certificate(tls.cert).raw;
ports.sha256 = crypto.createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
if (args['ports-file']) {
  fs.writeFileSync(`${args['ports-file']}.tmp`, JSON.stringify(ports));
  fs.renameSync(`${args['ports-file']}.tmp`, args['ports-file']);
}
console.log(`pages on http ${ports.http}, https ${ports.https}, other origin http ${ports.other}`);
const stop = () => process.exit(0);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
