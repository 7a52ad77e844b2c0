import type * as z from 'zod/mini';

// Reading the story schema's own structure: which fields an object has, what
// a list holds. The checker walks it to check a file piece by piece, and the
// error messages to say which key or fields were meant.

export type Schema = z.ZodMiniType;

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly innerType?: Schema;
  readonly element?: Schema;
}

export const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema inside optional(), or the schema itself. */
export function unwrapped(schema: Schema): Schema {
  const def = defOf(schema);
  return def.type === 'optional' && def.innerType ? unwrapped(def.innerType) : schema;
}

/** A strict object's fields, looking through optional(). */
export function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = defOf(unwrapped(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The schema of the value at `path` inside `root` (list indices step into the items), if the schema has one there. */
export function schemaAt(root: Schema, path: readonly (string | number)[]): Schema | undefined {
  let s: Schema | undefined = unwrapped(root);
  for (const step of path) {
    if (!s) return undefined;
    const def = defOf(s);
    if (typeof step === 'number') s = def.type === 'array' && def.element ? unwrapped(def.element) : undefined;
    else {
      const shape = shapeOf(s);
      s = shape && Object.hasOwn(shape, step) ? unwrapped(shape[step] as Schema) : undefined;
    }
  }
  return s;
}
