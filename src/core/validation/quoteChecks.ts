import { quoteFinder } from '../quoteInSource.ts';
import { type ErrorSink } from './errors.ts';
import { items, own } from './untrusted.ts';

/**
 * When the story carries its article's text (meta.source.text), every quote
 * of a stance or an event must be found in it, save those marked `context`
 * (not stated in the article: their own sources hold their words).
 */
export function checkQuotesInSource(input: unknown, errors: ErrorSink): void {
  const text = own(own(own(input, 'meta'), 'source'), 'text');
  if (typeof text !== 'string' || text.trim() === '') return;
  const found = quoteFinder(text);
  for (const section of ['stances', 'events'] as const) {
    items(input, section).forEach((item, i) => {
      const quote = own(item, 'quote');
      if (typeof quote !== 'string' || quote === '' || own(item, 'context') === true) return;
      if (!found(quote)) errors.push({ path: `${section}[${i}].quote`, message: 'these words are not in the source text (meta.source.text): a quote must be verbatim, or the item marked "context" with its own sources' });
    });
  }
}
