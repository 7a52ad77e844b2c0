import { quoted } from './quoted.ts';
// Links from data are only ever http or https, judged after URL parsing so
// that " javascript:", "JaVaScRiPt:" and tab-split schemes are caught too.

export type UrlCheck = { readonly ok: true; readonly href: string } | { readonly ok: false; readonly reason: string };

export function checkHttpUrl(value: string): UrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, reason: `invalid URL ${quoted(value)} (expected an absolute http or https URL)` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { ok: false, reason: `only http and https links are allowed, found ${quoted(parsed.protocol)}` };
  }
  // https://bank.example@evil.example/ reads as the bank's address and goes elsewhere.
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: `links with a user name or password are not allowed, found ${quoted(value)}` };
  }
  return { ok: true, href: parsed.href };
}

export function safeHref(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const r = checkHttpUrl(value);
  return r.ok ? r.href : undefined;
}
