import { LIMITS } from '../schema/limits.ts';
import { type ErrorSink } from './errors.ts';
import { isObj, items, own } from './untrusted.ts';

function checkView(view: unknown, path: string, errors: ErrorSink): void {
  if (!isObj(view)) return;
  const hasCenter = own(view, 'center') !== undefined || own(view, 'zoom') !== undefined;
  const hasBounds = own(view, 'bounds') !== undefined;
  if (hasCenter === hasBounds) {
    errors.push({ path, message: 'give either center and zoom, or bounds' });
  } else if (hasCenter && (own(view, 'center') === undefined || own(view, 'zoom') === undefined)) {
    errors.push({ path, message: 'center and zoom go together' });
  }
  const bounds = own(view, 'bounds');
  if (Array.isArray(bounds)) {
    const [sw, ne] = bounds as unknown[];
    const south = Array.isArray(sw) ? (sw as unknown[])[1] : undefined;
    const north = Array.isArray(ne) ? (ne as unknown[])[1] : undefined;
    if (typeof south === 'number' && typeof north === 'number' && south >= north) {
      errors.push({ path: `${path}.bounds`, message: `south ${south} must be less than north ${north}` });
    }
  }
}

function checkLocalNames(item: unknown, path: string, errors: ErrorSink): void {
  const names = own(item, 'localNames');
  if (!isObj(names)) return;
  const count = Object.keys(names).length;
  if (count > LIMITS.localNames) errors.push({ path, message: `too many items (${count}, at most ${LIMITS.localNames})` });
  // zod passes over a record's own "__proto__" key without checking it or its value.
  if (Object.prototype.hasOwnProperty.call(names, '__proto__')) errors.push({ path: `${path}["__proto__"]`, message: 'the key "__proto__" is not allowed' });
}

export function checkViewsAndNames(input: unknown, errors: ErrorSink): void {
  checkView(own(own(input, 'meta'), 'view'), 'meta.view', errors);
  items(input, 'scenes').forEach((s, i) => checkView(own(s, 'view'), `scenes[${i}].view`, errors));
  items(input, 'places').forEach((p, i) => checkLocalNames(p, `places[${i}].localNames`, errors));
  items(input, 'actors').forEach((a, i) => checkLocalNames(a, `actors[${i}].localNames`, errors));
}
