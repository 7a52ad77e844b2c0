import { dayInWords } from '../core/dateWords.ts';
import type { Frame } from '../core/frame.ts';
import type { Meta } from '../core/schema/story.schema.ts';
import { STANCE_TYPES, type StanceType } from '../core/stanceTypes.ts';

// What an exported picture carries besides the map, laid out once for both
// the PNG and the SVG: title and date top-left, legend bottom-right, source
// credit bottom-left, all scaled to the picture's size.

export interface Furniture {
  readonly unit: number;
  readonly title: string;
  readonly subtitle: string;
  readonly credit: string;
  readonly legend: readonly StanceType[];
  readonly margin: number;
  readonly titleSize: number;
  readonly textSize: number;
}

export function furnitureFor(meta: Meta, frame: Frame, width: number, caption = ''): Furniture {
  const unit = width / 1920;
  const present = new Set(frame.stances.map((s) => s.stance.type));
  const source = meta.source;
  return {
    unit,
    title: meta.title,
    subtitle: caption ? `${dayInWords(frame.t)} · ${caption}` : dayInWords(frame.t),
    credit: `Source: ${source.publisher}, “${source.title}”. ${meta.credit} Made with stancemap.`,
    legend: STANCE_TYPES.filter((t) => present.has(t)),
    margin: Math.round(32 * unit),
    titleSize: Math.round(44 * unit),
    textSize: Math.round(22 * unit),
  };
}

export function timestampedName(title: string, t: number, extension: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'stancemap';
  return `${slug}-${new Date(t * 86_400_000).toISOString().slice(0, 10)}.${extension}`;
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
