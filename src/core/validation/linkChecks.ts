import { checkHttpUrl } from '../safeUrl.ts';
import { type ErrorSink } from './errors.ts';
import { SECTIONS, items, own } from './untrusted.ts';

function checkUrl(v: unknown, path: string, errors: ErrorSink): void {
  if (typeof v !== 'string' || v === '') return;
  const r = checkHttpUrl(v);
  if (!r.ok) errors.push({ path, message: r.reason });
}

export function checkLinks(input: unknown, errors: ErrorSink): void {
  checkUrl(own(own(own(input, 'meta'), 'source'), 'url'), 'meta.source.url', errors);
  for (const section of SECTIONS) {
    items(input, section).forEach((item, i) => {
      items(item, 'sources').forEach((src, j) => checkUrl(own(src, 'url'), `${section}[${i}].sources[${j}].url`, errors));
    });
  }
}
