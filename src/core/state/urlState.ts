import { quoted } from '../quoted.ts';
import { dayToIso, isoToDay } from '../dates.ts';
import { dayInWords } from '../dateWords.ts';
import { type StoryModel, isKnownId } from '../model.ts';
import { type StanceType, isStanceType } from '../stanceTypes.ts';
import type { Timeline } from '../timeline.ts';
import { MIN_ZOOM } from '../view.ts';
import type { AppState, CameraState, Mode } from './appState.ts';

// The reader's state in the URL fragment, so a link restores exactly what
// they saw: #t=2017-02-28&sel=china-opposes-thaad&cam=127.5,36.8,5.6
// Only values that differ from the story's opening state are written. Every
// value read back is checked; a bad one is dropped with a note, never thrown.

const MODES: readonly Mode[] = ['explore', 'embed', 'present', 'notes'];

export interface UrlRead {
  readonly patch: Partial<Mutable<AppState>>;
  readonly notes: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

export function cameraToParam(c: CameraState): string {
  const parts = [round(c.center[0], 4), round(c.center[1], 4), round(c.zoom, 2)];
  if (c.bearing !== 0 || c.pitch !== 0) parts.push(round(c.bearing, 1), round(c.pitch, 1));
  return parts.join(',');
}

export function parseCamera(text: string): CameraState | undefined {
  const parts = text.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (parts.length !== 3 && parts.length !== 5) return undefined;
  if (!parts.every(Number.isFinite)) return undefined;
  const [lon = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts;
  if (lon < -540 || lon > 540 || lat < -85.1 || lat > 85.1 || zoom < MIN_ZOOM || zoom > 22 || pitch < 0 || pitch > 85) return undefined;
  return { center: [lon, lat], zoom, bearing: ((((bearing + 180) % 360) + 360) % 360) - 180, pitch };
}

export function stateToHash(state: AppState, opening: AppState): string {
  const params = new URLSearchParams();
  if (state.t !== opening.t) params.set('t', dayToIso(state.t));
  if (state.selected) params.set('sel', state.selected);
  if (state.focus) params.set('focus', state.focus);
  if (state.hiddenTypes.length > 0) params.set('hide', state.hiddenTypes.join(','));
  if (state.projection !== opening.projection) params.set('proj', state.projection);
  if (state.actorScope !== opening.actorScope) params.set('actors', state.actorScope);
  if (state.camera) params.set('cam', cameraToParam(state.camera));
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.scene >= 0) params.set('scene', String(state.scene + 1));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `#${text}`;
}

/** Reads a fragment (with or without "#") against the story; unknown or bad values become notes. */
export function parseHash(hash: string, model: StoryModel, timeline: Timeline, sceneCount = 0): UrlRead {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const patch: Partial<Mutable<AppState>> = {};
  const notes: string[] = [];
  const quote = (v: string): string => quoted(v);
  for (const [key, value] of params) {
    switch (key) {
      case 't': {
        const day = isoToDay(value);
        if (day === undefined) notes.push(`date ${quote(value)} is not a calendar date (YYYY-MM-DD)`);
        else if (day < timeline.first || day > timeline.last) {
          notes.push(`date ${quote(value)} is outside the story (${dayInWords(timeline.first)} to ${dayInWords(timeline.last)})`);
        } else patch.t = day;
        break;
      }
      case 'sel':
        if (isKnownId(model, value)) patch.selected = value;
        else notes.push(`nothing in this story is called ${quote(value)}`);
        break;
      case 'focus':
        if (model.actors.has(value)) patch.focus = value;
        else notes.push(`no actor in this story is called ${quote(value)}`);
        break;
      case 'hide': {
        const types = value.split(',').filter((v) => v !== '');
        const bad = types.filter((v) => !isStanceType(v));
        if (bad.length > 0) notes.push(`unknown stance type ${bad.map(quote).join(', ')}`);
        patch.hiddenTypes = [...new Set(types.filter(isStanceType))] as StanceType[];
        break;
      }
      case 'proj':
        if (value === 'globe' || value === 'mercator') patch.projection = value;
        else notes.push(`projection ${quote(value)} is neither "globe" nor "mercator"`);
        break;
      case 'actors':
        if (value === 'everyone' || value === 'states') patch.actorScope = value;
        else notes.push(`actors ${quote(value)} is neither "everyone" nor "states"`);
        break;
      case 'cam': {
        const camera = parseCamera(value);
        if (camera) patch.camera = camera;
        else notes.push(`camera ${quote(value)} is not "longitude,latitude,zoom[,bearing,pitch]" within range`);
        break;
      }
      case 'mode':
        if ((MODES as readonly string[]).includes(value)) patch.mode = value as Mode;
        else notes.push(`mode ${quote(value)} is not one of ${MODES.join(', ')}`);
        break;
      case 'scene': {
        const n = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
        if (n >= 1 && n <= sceneCount) patch.scene = n - 1;
        else notes.push(`scene ${quote(value)} is not between 1 and ${sceneCount}`);
        break;
      }
      default:
        notes.push(`unknown link parameter ${quote(key)}`);
    }
  }
  return { patch, notes };
}

/** The studio (`?mode=edit`) is a page of its own, not a mode of the story's state. */
export function isStudio(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'edit';
}

/** The mode a page opens in: `?mode=` (the embed snippet's form) or the fragment's `mode`. */
export function modeFromUrl(search: string, hash: string): Mode {
  const fromQuery = new URLSearchParams(search).get('mode') ?? '';
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('mode') ?? '';
  const wanted = fromQuery || fromHash;
  return (MODES as readonly string[]).includes(wanted) ? (wanted as Mode) : 'explore';
}
