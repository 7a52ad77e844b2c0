import { describe, expect, it } from 'vitest';
import { checkDataUrl, parseAllowedOrigins } from '../../src/core/dataUrl.ts';

const PAGE = 'https://maps.example.org/stancemap/index.html?data=x';

describe('checkDataUrl', () => {
  it('accepts a relative path on the same site', () => {
    const r = checkDataUrl('stories/my-story.json', PAGE);
    expect(r.ok && r.url.href).toBe('https://maps.example.org/stancemap/stories/my-story.json');
  });

  it('accepts an absolute URL on the same origin', () => {
    expect(checkDataUrl('https://maps.example.org/data/a.json', PAGE).ok).toBe(true);
  });

  it.each([
    ['another site', 'https://evil.example/story.json'],
    ['a protocol-relative address to another site', '//evil.example/story.json'],
    ['http on an https site', 'http://maps.example.org/a.json'],
    ['another port', 'https://maps.example.org:8443/a.json'],
  ])('refuses %s, naming the URL', (_name, param) => {
    const r = checkDataUrl(param, PAGE);
    expect(r).toEqual({ ok: false, reason: `the data address ${JSON.stringify(param)} was refused: stories load only from this site (https://maps.example.org)` });
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', ' JaVaScRiPt:alert(1)', 'vbscript:x', 'blob:https://maps.example.org/1'])('refuses the scheme of %j', (param) => {
    const r = checkDataUrl(param, PAGE);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain('only http and https files can be loaded');
  });

  it('refuses credentials in the address', () => {
    expect(checkDataUrl('https://user:pw@maps.example.org/a.json', PAGE)).toMatchObject({ ok: false });
  });

  it('accepts an origin allowed by the build setting, exactly', () => {
    const allowed = parseAllowedOrigins(' https://data.example.com , not a url, https://x.example/path');
    expect(allowed).toEqual(['https://data.example.com']);
    expect(checkDataUrl('https://data.example.com/s.json', PAGE, allowed).ok).toBe(true);
    expect(checkDataUrl('https://data.example.com.evil.example/s.json', PAGE, allowed).ok).toBe(false);
  });

  it('loads files next to a page opened from disk', () => {
    expect(checkDataUrl('story.json', 'file:///home/me/stancemap/index.html').ok).toBe(true);
  });
});
