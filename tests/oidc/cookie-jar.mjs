// A minimal cookie jar for the scripted user agents (headless-user.mjs, browser-stand-in.mjs).
// ---- cookie jar: host + name + path, path-matched; Domain / Secure are ignored (local http only)
const jar = new Map();

export function storeCookies(url, res) {
  for (const line of res.headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
    let expired = false;
    for (const attr of attrs) {
      const i = attr.indexOf('=');
      const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
      const val = i < 0 ? '' : attr.slice(i + 1).trim();
      if (key === 'path' && val.startsWith('/')) path = val;
      else if (key === 'max-age' && Number(val) <= 0) expired = true;
      else if (key === 'expires' && Date.parse(val) <= Date.now()) expired = true;
    }
    const key = `${url.host}\t${name}\t${path}`;
    if (expired) jar.delete(key);
    else jar.set(key, { host: url.host, name, value, path });
  }
}

export function cookieHeader(url) {
  const parts = [];
  for (const c of jar.values()) {
    if (c.host !== url.host) continue;
    const p = url.pathname;
    if (p === c.path || (p.startsWith(c.path) && (c.path.endsWith('/') || p[c.path.length] === '/'))) {
      parts.push(`${c.name}=${c.value}`);
    }
  }
  return parts.join('; ');
}
