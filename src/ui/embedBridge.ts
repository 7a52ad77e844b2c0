import { isoToDay } from '../core/dates.ts';
import type { Action } from '../core/state/appState.ts';

// The embed's conversation with the page around it. It says two things,
// stancemap:ready and stancemap:height, and listens to two, stancemap:setDate
// and stancemap:select, only from its own parent window at the parent's
// origin (read from the referrer), checking every field. Nothing it receives
// can navigate, run code or reach the page as HTML.

export const MESSAGE_TYPES = { ready: 'stancemap:ready', height: 'stancemap:height', setDate: 'stancemap:setDate', select: 'stancemap:select' } as const;

/** The embedding page's origin, when the browser tells us (the default referrer policy keeps the origin). */
export function parentOrigin(referrer: string): string | undefined {
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** An action for a message from the parent, or undefined when the message is not one we accept. */
export function actionForMessage(data: unknown, isKnownId: (id: string) => boolean): Action | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === MESSAGE_TYPES.setDate && typeof message.date === 'string') {
    const t = isoToDay(message.date);
    return t === undefined ? undefined : { type: 'setDate', t };
  }
  if (message.type === MESSAGE_TYPES.select && typeof message.id === 'string' && (message.id === '' || isKnownId(message.id))) {
    return { type: 'select', id: message.id };
  }
  return undefined;
}

export interface EmbedBridge {
  /** Tells the parent the map is ready, and starts reporting the page's height. */
  ready(): void;
}

export function createEmbedBridge(dispatch: (a: Action) => void, isKnownId: (id: string) => boolean, signal: AbortSignal): EmbedBridge {
  const parent = window.parent;
  if (parent === window) return { ready: () => undefined };
  const origin = parentOrigin(document.referrer);
  const post = (message: Record<string, unknown>): void => parent.postMessage(message, origin ?? '*');
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (e.source !== parent || origin === undefined || e.origin !== origin) return;
    const action = actionForMessage(e.data, isKnownId);
    if (action) dispatch(action);
  }, { signal });
  let last = -1;
  const report = (): void => {
    // The body is as tall as the content; the root element is at least as tall as the iframe, so it could never shrink.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: MESSAGE_TYPES.height, height });
  };
  return {
    ready() {
      post({ type: MESSAGE_TYPES.ready });
      const resizes = new ResizeObserver(report);
      resizes.observe(document.body);
      signal.addEventListener('abort', () => resizes.disconnect());
      report();
    },
  };
}
