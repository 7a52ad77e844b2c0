// The snippet a blogger pastes: an iframe that works alone at a fixed height,
// a plain link inside it for readers without frames, and the optional loader
// that lets the map set its own height. Values from the story (its title) are
// escaped for HTML attributes and text.

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
  const frame = `${appAddress(appUrl, 'embed')}${hash}`;
  const full = `${appAddress(appUrl)}${hash}`;
  const name = escapeHtml(title);
  return [
    `<iframe data-stancemap src="${escapeHtml(frame)}" title="${name} (interactive map)" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen">`,
    `  <a href="${escapeHtml(full)}">${name}: open the interactive map</a>`,
    '</iframe>',
    `<script src="${escapeHtml(loader)}" async></script>`,
  ].join('\n');
}
