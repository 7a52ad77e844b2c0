import type * as z from 'zod/mini';

// A quick yes for files the schema accepts. zod's walk builds a result and an
// issue list for every value of a big file; this predicate, compiled once from the same schema's definition, only
// answers "certainly valid". It is deliberately one-sided: wherever zod's
// rules have a corner this does not model (code points against code units,
// odd keys, tuples with optional items), it says no, and zod then decides and
// explains. So a yes here always means zod would say yes, and a no costs only
// the time this took.

type Accept = (value: unknown) => boolean;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly items?: readonly Schema[];
  readonly rest?: Schema | null;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
}

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}

interface Schema { readonly _zod: { readonly def: Def } }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** Without surrogates, code units and code points are the same count. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** A length check that can only say yes when zod (which counts code points) would. */
function lengthCheck(c: CheckDef): Accept {
  const n = c.check === 'min_length' ? c.minimum : c.maximum;
  if (typeof n !== 'number') throw new Error(`schemaGate: ${c.check} without a bound`);
  // A string has at most as many code points as UTF-16 units, and at least half as many.
  if (c.check === 'max_length') return (v) => (v as { length: number }).length <= n;
  return (v) => {
    const units = (v as { length: number }).length;
    if (typeof v !== 'string' || units >= 2 * n) return units >= n;
    return units >= n && !SURROGATE.test(v);
  };
}

function check(c: CheckDef): Accept | undefined {
  switch (c.check) {
    case 'describe':
      return undefined;
    case 'min_length':
    case 'max_length':
      return lengthCheck(c);
    case 'string_format': {
      const pattern = c.pattern;
      if (c.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) throw new Error(`schemaGate: string format ${String(c.format)}`);
      return (v) => pattern.test(v as string);
    }
    case 'greater_than':
    case 'less_than': {
      const bound = c.value;
      if (typeof bound !== 'number') throw new Error(`schemaGate: ${c.check} on ${typeof bound}`);
      const above = c.check === 'greater_than';
      if (c.inclusive) return above ? (v) => (v as number) >= bound : (v) => (v as number) <= bound;
      return above ? (v) => (v as number) > bound : (v) => (v as number) < bound;
    }
    default:
      throw new Error(`schemaGate: no rule for check "${c.check}"`);
  }
}

function withChecks(base: Accept, def: Def): Accept {
  const checks = (def.checks ?? []).map((c) => check(c._zod.def)).filter((c): c is Accept => c !== undefined);
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function strictObject(def: Def): Accept {
  if (def.catchall?._zod.def.type !== 'never') throw new Error('schemaGate: only strict objects');
  const fields = Object.entries(def.shape ?? {}).map(([key, s]) => ({ key, optional: s._zod.def.type === 'optional', accept: compile(s) }));
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key in v) if (!known.has(key)) return false;
    for (const f of fields) {
      const value = Object.prototype.hasOwnProperty.call(v, f.key) ? v[f.key] : undefined;
      if (value === undefined ? !f.optional : !f.accept(value)) return false;
    }
    return true;
  };
}

function base(def: Def): Accept {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'optional': {
      if (!def.innerType) throw new Error('schemaGate: optional without a type');
      const inner = compile(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      if (!def.element) throw new Error('schemaGate: array without an element type');
      const element = compile(def.element);
      return (v) => Array.isArray(v) && v.every((x) => element(x));
    }
    case 'tuple': {
      if (def.rest) throw new Error('schemaGate: tuples with a rest type');
      const items = (def.items ?? []).map(compile);
      return (v) => Array.isArray(v) && v.length === items.length && items.every((item, i) => v[i] !== undefined && item(v[i]));
    }
    case 'record': {
      if (!def.keyType || !def.valueType || def.keyType._zod.def.type !== 'string') throw new Error('schemaGate: only records with string keys');
      const key = compile(def.keyType);
      const value = compile(def.valueType);
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k of Object.keys(v)) if (k === '__proto__' || !key(k) || !value(v[k])) return false;
        return true;
      };
    }
    case 'object':
      return strictObject(def);
    default:
      throw new Error(`schemaGate: no rule for type "${def.type}"`);
  }
}

function compile(schema: Schema): Accept {
  const def = schema._zod.def;
  return withChecks(base(def), def);
}

/** A predicate that is true only for values `schema` accepts. Throws for schema parts it has no rule for. */
export function schemaGate(schema: z.ZodMiniType): Accept {
  return compile(schema);
}
