import { dateInWords } from '../core/dateWords.ts';
import { storyDate } from '../core/dates.ts';
import type { Meta } from '../core/schema/story.schema.ts';
import { externalLink, h } from '../dom/dom.ts';

export function renderMasthead(title: HTMLElement, description: HTMLElement, credit: HTMLElement, meta: Meta): void {
  document.title = `${meta.title} · stancemap`;
  title.textContent = meta.title;
  description.textContent = meta.description;
  const { source } = meta;
  credit.replaceChildren(
    h('span', { text: 'Source: ' }),
    externalLink(source.url, `${source.publisher}, “${source.title}”`, 'credit__link'),
    h('span', { text: `, ${dateInWords(storyDate(source.published))}. ${meta.credit}` }),
  );
}
