// Reading the small, regular HTML pages of the test providers (forms, links, entities), for
// the scripted user agents headless-user.mjs and browser-stand-in.mjs.
export function decodeEntities(text) {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

export function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i'));
  if (!m) return undefined;
  return decodeEntities(m[1] ?? m[2] ?? m[3]);
}

export function findForm(html) {
  const m = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/i);
  if (!m) return undefined;
  const open = m[0].match(/<form\b[^>]*>/i)[0];
  const inputs = [...m[0].matchAll(/<input\b[^>]*>/gi)].map(([tag]) => ({
    type: (attr(tag, 'type') ?? 'text').toLowerCase(),
    name: attr(tag, 'name'),
    value: attr(tag, 'value') ?? '',
  }));
  return {
    action: attr(open, 'action'),
    method: (attr(open, 'method') ?? 'get').toUpperCase(),
    inputs,
  };
}

export function findAbortLink(html) {
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) {
    const href = attr(m[0].match(/<a\b[^>]*>/i)[0], 'href');
    if (href && (/\/abort(?:[?#]|$)/.test(href) || /\bcancel\b/i.test(m[1]))) return href;
  }
  return undefined;
}
