import type { ValidationError } from '../core/validation/errors.ts';

// What the page and the validation worker say to each other: both halves
// import these types from here, and neither from the other.

export type CheckRequest =
  | { readonly text: string; readonly bytes: number }
  | { readonly url: string };

/**
 * What the worker sends: for a download, first its text once it has passed
 * the screen (the page parses it while the worker checks it), then always the
 * verdict. `readAt` is when the worker had the whole text, on the clock both
 * share (timeOrigin + now).
 */
export type WorkerMessage = { readonly kind: 'text'; readonly readAt: number; readonly text: string } | WorkerVerdict;

/** The worker's last message: yes, or every error with its path. */
export type WorkerVerdict = { readonly kind: 'verdict'; readonly readAt: number } & (
  | { readonly ok: true }
  | { readonly ok: false; readonly errors: readonly ValidationError[] });
