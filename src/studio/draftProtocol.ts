import type { Draft } from '../core/draft/draftStory.ts';

// Messages between the studio and its draft worker (draftWorker.ts).

export interface DraftRequest {
  readonly id: number;
  readonly text: string;
  readonly published: string;
  readonly gazetteerUrl: string;
}

export type DraftReply =
  | { readonly id: number; readonly draft: Draft; readonly gazetteer: boolean }
  | { readonly id: number; readonly progress: number }
  | { readonly id: number; readonly error: string };
