import { describe, expect, it } from 'vitest';
import { appAddress, embedSnippet, escapeHtml, heightFollowsContent } from '../../src/core/embedSnippet.ts';

describe('embedSnippet', () => {
  it('gives an iframe in embed mode at the current state, a plain link inside it, and the loader', () => {
    expect(embedSnippet({ appUrl: 'https://maps.example.org/thaad/index.html?x=1#old', hash: '#t=2017-02-28', title: 'China & Russia' })).toBe([
      '<iframe data-stancemap src="https://maps.example.org/thaad/index.html?mode=embed&amp;height=auto#t=2017-02-28" title="China &amp; Russia (interactive map)" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen">',
      '  <a href="https://maps.example.org/thaad/index.html#t=2017-02-28">China &amp; Russia: open the interactive map</a>',
      '</iframe>',
      '<script src="https://maps.example.org/thaad/embed.js" async></script>',
    ].join('\n'));
  });

  it('escapes a hostile title so it stays text in the host page', () => {
    const snippet = embedSnippet({ appUrl: 'https://a.example/', hash: '', title: '"><script>alert(1)</script>' });
    expect(snippet).not.toContain('<script>alert');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; (interactive map)"');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('appAddress', () => {
  it('keeps the story a page was opened with and nothing else from its query', () => {
    expect(appAddress('https://h.example/app/?mode=present&data=stories%2Fa.json&x=1#t=1', 'embed')).toBe('https://h.example/app/?data=stories%2Fa.json&mode=embed');
    expect(appAddress('https://h.example/app/?mode=embed')).toBe('https://h.example/app/');
  });
});

describe('heightFollowsContent', () => {
  it('is true only for an address that says height=auto', () => {
    expect(heightFollowsContent('?mode=embed&height=auto')).toBe(true);
    expect(heightFollowsContent('?mode=embed')).toBe(false);
    expect(heightFollowsContent('?mode=embed&height=640')).toBe(false);
  });
});
