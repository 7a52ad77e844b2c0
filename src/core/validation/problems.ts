import { LIMITS } from '../schema/limits.ts';
import type { ErrorSink, ValidationError } from './errors.ts';

// A broken file can hold hundreds of thousands of problems (20,000 empty
// events make 140,000). Nobody reads past the first screenful, and holding
// them all costs memory and time, so each check keeps the first ones it finds
// and only counts the rest.

/** Collects the first `cap` problems pushed into it and counts all of them (the checker's, or others: a sheet's). */
export class Problems<T = ValidationError> implements ErrorSink<T> {
  readonly list: T[] = [];
  count = 0;

  constructor(private readonly cap: number = LIMITS.problemsListed) {}

  push(error: T): void {
    this.count++;
    if (this.list.length < this.cap) this.list.push(error);
  }

  get full(): boolean {
    return this.list.length >= this.cap;
  }
}

/** "and 19,000 more problems": the entry that ends a list cut short. */
export function moreProblems(more: number): ValidationError {
  return { path: '(file)', message: `and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'}`, more };
}

/** How many problems a list stands for, counting those its last entry says were left out. */
export function problemCount(errors: readonly ValidationError[]): number {
  const more = errors[errors.length - 1]?.more;
  return more === undefined ? errors.length : errors.length - 1 + more;
}

/** The problems themselves, without the entry that counts the rest. */
export function listedProblems(errors: readonly ValidationError[]): readonly ValidationError[] {
  return errors[errors.length - 1]?.more === undefined ? errors : errors.slice(0, -1);
}
