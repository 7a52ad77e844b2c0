// Where place labels go on the view at rest, decided from the marks' screen
// positions. MapLibre places each label beside its mark and drops what
// collides; two things it cannot do are done here.
// - Marks closer than a label's height (Seoul, Seongju, Pyongyang and Beijing
//   on a phone's world view) leave no anchor free for most of them, and
//   MapLibre would silently drop the losers, whatever they mean to the story.
//   They are gathered: the first of them by rank keeps its label, which names
//   those that must be seen and counts the others on one more line, and the
//   group opens as the reader zooms in and the marks move apart (the way
//   FlowmapBlue clusters locations by zoom).
// - MapLibre places a label partly off the canvas rather than move it. A mark
//   too near an edge for its label on the usual side gets the other side.

/** Characters a short actor line takes ("China +3"), drawn zoomed out instead of the full list. */
const SHORT_ACTOR_LINE_CHARS = 8;

/**
 * How wide a place's label is, in characters of its name's size: its longest
 * line, the name or an actor's name (drawn at 0.8 of that size), or, zoomed
 * out, the one short actor line.
 */
export function labelChars(place: { readonly place: { readonly name: string }; readonly actors: readonly { readonly name: string }[] }, actorsInFull: boolean): number {
  return Math.max(place.place.name.length, ...(actorsInFull ? place.actors.map((a) => a.name.length * 0.8) : [SHORT_ACTOR_LINE_CHARS]));
}

/** A place's mark on screen, with what decides its rank when labels compete. */
export interface LabelMark {
  readonly id: string;
  readonly name: string;
  /** CSS pixels from the map's top left corner. */
  readonly x: number;
  readonly y: number;
  /** Its label must be seen: the current event's place, the selection's, the focus's, a scene's. */
  readonly first: boolean;
  readonly capital: boolean;
  /** How many stances start or end there. */
  readonly weight: number;
  /** The width of its label, in CSS pixels. */
  readonly labelWidth: number;
}

export interface LabelView {
  readonly width: number;
  readonly height: number;
  /** The width of one world in pixels (0 on the globe): a mark is on screen in any world copy. */
  readonly worldPx: number;
  /** Marks closer than this share one label. */
  readonly gatherPx: number;
  /** The gap between a mark's centre and its label. */
  readonly offsetPx: number;
}

export interface LabelLayout {
  /** For each place whose label speaks for others, the line that names them. */
  readonly gathered: Readonly<Record<string, string>>;
  /** Places named on another place's label, whose own label is not drawn. */
  readonly named: readonly string[];
  /** Places whose label goes to the left of the mark (the right edge is too near), and to the right. */
  readonly leftOf: readonly string[];
  readonly rightOf: readonly string[];
}

/** Label order as the map's symbol-sort-key ranks it (layers/placeLayers.ts), then by id. */
export function byRank(a: LabelMark, b: LabelMark): number {
  return Number(b.first) - Number(a.first) || Number(b.capital) - Number(a.capital)
    || Math.min(b.weight, 400) - Math.min(a.weight, 400) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The copy of an x position nearest the middle of the view (a place shows once per world copy). */
function nearMiddle(x: number, view: LabelView): number {
  if (view.worldPx <= 0) return x;
  const mid = view.width / 2;
  return x - Math.round((x - mid) / view.worldPx) * view.worldPx;
}

function onScreen(m: LabelMark, view: LabelView): boolean {
  const x = nearMiddle(m.x, view);
  const margin = view.gatherPx;
  return x >= -margin && x <= view.width + margin && m.y >= -margin && m.y <= view.height + margin;
}

/**
 * The line a gathered label adds: the places that must be seen by name, the
 * rest as a count ("with Beijing +3", "+4 nearby"). Short on purpose: a wide
 * label would push its neighbours' labels off the map.
 */
export function gatheredLine(members: readonly LabelMark[]): string {
  const names = members.filter((m) => m.first).map((m) => m.name);
  const more = members.length - names.length;
  if (names.length === 0) return `+${more} nearby`;
  return `with ${names.join(', ')}${more > 0 ? ` +${more}` : ''}`;
}

/**
 * The layout of the place labels on one view: which marks share a label
 * (each unassigned mark, in rank order, takes every unassigned mark within
 * gatherPx of it), and which labels change side to stay on the canvas.
 */
export function layoutLabels(marks: readonly LabelMark[], view: LabelView): LabelLayout {
  const ranked = marks.filter((m) => onScreen(m, view)).sort(byRank);
  const near = nearby(ranked, view);
  const taken = new Set<string>();
  const gathered: Record<string, string> = {};
  const named: string[] = [];
  const leftOf: string[] = [];
  const rightOf: string[] = [];
  for (const lead of ranked) {
    if (taken.has(lead.id)) continue;
    taken.add(lead.id);
    const members = near(lead).filter((m) => !taken.has(m.id) && distance(lead, m, view) <= view.gatherPx).sort(byRank);
    for (const m of members) {
      taken.add(m.id);
      named.push(m.id);
    }
    if (members.length > 0) gathered[lead.id] = gatheredLine(members);
  }
  const namedSet = new Set(named);
  for (const m of marks) {
    if (namedSet.has(m.id)) continue;
    const x = nearMiddle(m.x, view);
    const room = view.offsetPx + m.labelWidth;
    // A mark just off the map would still show the end of its label at the edge ("…gn Ministry"): it goes the other way.
    if (x < 0) {
      if (x + room > 0) leftOf.push(m.id);
    } else if (x > view.width) {
      if (x - room < view.width) rightOf.push(m.id);
    } else if (x + room > view.width && x - room >= 0) leftOf.push(m.id);
    else if (x - room < 0 && x + room <= view.width) rightOf.push(m.id);
  }
  return { gathered, named: named.sort(), leftOf: leftOf.sort(), rightOf: rightOf.sort() };
}

/**
 * The marks in the grid cells around a mark (cells gatherPx wide, x taken
 * near the middle), and around its copies one world either side, where the
 * world is narrower than the view: a story's hundreds of places are not
 * compared pairwise, and a crowd astride the seam between copies is one.
 */
function nearby(marks: readonly LabelMark[], view: LabelView): (m: LabelMark) => LabelMark[] {
  const size = Math.max(1, view.gatherPx);
  const cells = new Map<string, LabelMark[]>();
  for (const m of marks) {
    const key = `${Math.floor(nearMiddle(m.x, view) / size)},${Math.floor(m.y / size)}`;
    const cell = cells.get(key);
    if (cell) cell.push(m);
    else cells.set(key, [m]);
  }
  const copies = view.worldPx > 0 ? [0, -view.worldPx, view.worldPx] : [0];
  return (m) => {
    const out = new Set<LabelMark>();
    const j = Math.floor(m.y / size);
    for (const shift of copies) {
      const i = Math.floor((nearMiddle(m.x, view) + shift) / size);
      for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) for (const n of cells.get(`${i + di},${j + dj}`) ?? []) out.add(n);
    }
    return [...out];
  };
}

function distance(a: LabelMark, b: LabelMark, view: LabelView): number {
  let dx = a.x - b.x;
  if (view.worldPx > 0) dx -= Math.round(dx / view.worldPx) * view.worldPx;
  return Math.hypot(dx, a.y - b.y);
}
