import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
// faces.json rather than the full manifest, whose codepoint lists and provenance would only weigh
// down the bundle.
import faces from '../assets/fonts/faces.json';

// The bundled fonts, built by src/cli/build-fonts.ts. Which CJK files exist depends on the
// stories, so they are imported by pattern (each still through Vite's ?url) rather than by name.
const urls = import.meta.glob<string>('../assets/fonts/*.woff2', { query: '?url', import: 'default', eager: true });

export const SANS = 'Stancemap Sans';
export const SANS_SEMIBOLD = 'Stancemap Sans SemiBold';
export const KR = 'Stancemap KR';
export const SC = 'Stancemap SC';
export const JP = 'Stancemap JP';

function buildFontFaces(): FontFacesSpecification {
  const byFamily: Record<string, MLFontFace[]> = {};
  for (const { file, family, unicodeRange } of faces) {
    const url = urls[`../assets/fonts/${file}`];
    if (url === undefined) throw new Error(`faces.json lists ${file}, which is not in src/assets/fonts`);
    (byFamily[family] ??= []).push({ url, 'unicode-range': unicodeRange });
  }
  return byFamily;
}

/** The style's `font-faces`: each family's files, each downloaded only when a codepoint it covers is drawn. */
export const FONT_FACES: FontFacesSpecification = buildFontFaces();

// Each CJK file holds exactly the characters the stories need, so the order among them only
// decides which one draws a character that several hold: a Han character outside any local name
// is Chinese by the font build's own rule, so SC goes first.
/** `text-font` for labels in the story's own language. */
export const LABEL_FONT: string[] = [SANS, SC, KR, JP];
/** `text-font` for emphasized labels; CJK has the one weight. */
export const LABEL_FONT_BOLD: string[] = [SANS_SEMIBOLD, SC, KR, JP];

/**
 * `text-font` for a local name in language `lang` (a BCP 47 tag), so that a character several
 * fonts hold is drawn in that language's forms: 東京 with the Japanese font, 北京 with the Chinese.
 */
export function localNameFont(lang: string): string[] {
  const first = lang.toLowerCase().split('-')[0];
  const own = first === 'ko' ? KR : first === 'zh' ? SC : first === 'ja' ? JP : null;
  return own === null ? [...LABEL_FONT] : [own, ...LABEL_FONT.filter((f) => f !== own)];
}
