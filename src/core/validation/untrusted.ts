// Read helpers for a JSON value that has not been validated yet: the semantic
// checks run on it even when the schema found problems, so that one pass
// reports everything.

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function own(o: unknown, key: string): unknown {
  return isObj(o) && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function items(o: unknown, key: string): readonly unknown[] {
  const v = own(o, key);
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export const SECTIONS = ['places', 'actors', 'stances', 'events', 'areas', 'scenes'] as const;
export type Section = (typeof SECTIONS)[number];
