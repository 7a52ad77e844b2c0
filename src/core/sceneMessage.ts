// The message the presentation and speaker-notes windows exchange to stay on
// one scene. It arrives over a BroadcastChannel, which any page of the same
// origin could join, so nothing is taken on trust: a scene number within the
// briefing, and a change counter that is a whole, finite, positive number.

export interface SceneMessage {
  readonly type: 'scene';
  /** The scene shown, from 0. */
  readonly index: number;
  /** When the change was made (ms, or one past the last change seen): later changes win. */
  readonly at: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** The message, if `data` is one this briefing of `sceneCount` scenes can follow; otherwise undefined. */
export function readSceneMessage(data: unknown, sceneCount: number): SceneMessage | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { type, index, at } = data as Record<string, unknown>;
  if (type !== 'scene' || !isCount(index) || index < 0 || index >= sceneCount) return undefined;
  if (!isCount(at) || at <= 0) return undefined;
  return { type, index, at };
}

/** A briefing key is 32 hexadecimal digits (128 random bits); anything else is not one. */
export function isBriefingKey(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}
