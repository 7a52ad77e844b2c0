import type { GazetteerPlace } from '../core/studio/gazetteer.ts';

/** A search: the file's address goes with each, so the worker needs no address of its own (an inlined worker has none). */
export interface GazetteerRequest {
  readonly id: number;
  readonly url: string;
  readonly query: string;
  readonly limit: number;
}

export type GazetteerReply =
  | { readonly id: number; readonly places: readonly GazetteerPlace[]; readonly attribution: string }
  | { readonly id: number; readonly error: string };
