// The snippet a blogger pastes: an iframe that works alone at a fixed height,
// a plain link inside it for readers without frames, and the optional loader
// that lets the map set its own height. Values from the story (its title) are
// escaped for HTML attributes and text.
//
// An embed fills the frame it is given (map, date and slider all in view)
// unless its address says `height=auto`: the snippet's frame, which the
// loader sizes to the content. The embed must know that from its first
// layout: a page that fills its frame and also sizes it would chase itself.

/** The query parameter and value that let an embed's height follow its content. */
export const CONTENT_HEIGHT = { param: 'height', value: 'auto' } as const;

/** Whether an embed's address asks for a page as tall as its content (a loader sizes the frame). */
export function heightFollowsContent(search: string): boolean {
  return new URLSearchParams(search).get(CONTENT_HEIGHT.param) === CONTENT_HEIGHT.value;
}

export interface SnippetInput {
  /** Absolute URL of the app (directory or index page), without query or fragment. */
  readonly appUrl: string;
  /** The state to open at, as a URL fragment ("" or "#t=..."). */
  readonly hash: string;
  readonly title: string;
  /** Fallback height in pixels when the loader does not run. */
  readonly height?: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The app's address with only the story (`data`) kept from its query, and the given mode. */
export function appAddress(appUrl: string, mode?: string): string {
  const url = new URL(appUrl);
  const data = url.searchParams.get('data');
  url.search = '';
  url.hash = '';
  if (data !== null) url.searchParams.set('data', data);
  if (mode) url.searchParams.set('mode', mode);
  return url.href;
}

export function embedSnippet({ appUrl, hash, title, height = 640 }: SnippetInput): string {
  const loader = new URL('embed.js', appUrl).href;
  const address = new URL(appAddress(appUrl, 'embed'));
  address.searchParams.set(CONTENT_HEIGHT.param, CONTENT_HEIGHT.value);
  const frame = `${address.href}${hash}`;
  const full = `${appAddress(appUrl)}${hash}`;
  const name = escapeHtml(title);
  return [
    `<iframe data-stancemap src="${escapeHtml(frame)}" title="${name} (interactive map)" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen">`,
    `  <a href="${escapeHtml(full)}">${name}: open the interactive map</a>`,
    '</iframe>',
    `<script src="${escapeHtml(loader)}" async></script>`,
  ].join('\n');
}
