import { quoted } from './quoted.ts';
// Which data files a page may load with ?data=. A story URL is an attack
// surface (an embed that loads someone else's file), so by default only the
// app's own origin is allowed; a build setting may add exact origins.

export type DataUrlCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

export function checkDataUrl(param: string, pageHref: string, allowedOrigins: readonly string[] = []): DataUrlCheck {
  const shown = quoted(param, 120);
  let url: URL;
  try {
    url = new URL(param, pageHref);
  } catch {
    return { ok: false, reason: `the data address ${shown} is not a valid URL` };
  }
  const page = new URL(pageHref);
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== page.protocol) {
    return { ok: false, reason: `the data address ${shown} was refused: only http and https files can be loaded` };
  }
  if (url.origin !== page.origin && !allowedOrigins.includes(url.origin)) {
    return { ok: false, reason: `the data address ${shown} was refused: stories load only from this site (${page.origin})${allowedOrigins.length > 0 ? ` or ${allowedOrigins.join(', ')}` : ''}` };
  }
  if (url.username || url.password) return { ok: false, reason: `the data address ${shown} was refused: it carries a user name or password` };
  return { ok: true, url };
}

/** Origins allowed besides the app's own, from a comma-separated build setting; malformed entries are dropped. */
export function parseAllowedOrigins(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
      } catch {
        return false;
      }
    });
}
