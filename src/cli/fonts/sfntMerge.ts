// hb-subset reads one font at a time, and fontsource cuts each CJK font into ~100 slices. All
// slices come from one font, so their glyphs can be pooled into one file: copy the outlines and
// metrics side by side, then let hb-subset rewrite the result so that every derived table field
// is its own work rather than ours.

export type Tables = Map<string, Buffer>;

export function readSfnt(font: Buffer): Tables {
  const tables: Tables = new Map();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString('latin1', at, at + 4), Buffer.from(font.subarray(offset, offset + font.readUInt32BE(at + 12))));
  }
  return tables;
}

const pad4 = (data: Buffer): Buffer => Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);

function checksum(data: Buffer): number {
  const padded = pad4(data);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: Tables): Buffer {
  const tags = [...tables.keys()].sort();
  let pow = 1;
  let log = 0;
  while (pow * 2 <= tags.length) {
    pow *= 2;
    log++;
  }
  const header = Buffer.alloc(12 + 16 * tags.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE((tags.length - pow) * 16, 10);
  tables.get('head')?.writeUInt32BE(0, 8);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const at = 12 + 16 * i;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    if (tag === 'head') headOffset = offset;
    bodies.push(pad4(data));
    offset += pad4(data).length;
  });
  const font = Buffer.concat([header, ...bodies]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}

function table(t: Tables, tag: string): Buffer {
  const data = t.get(tag);
  if (!data) throw new Error(`font has no ${tag} table`);
  return data;
}

function glyphsOf(t: Tables): Buffer[] {
  const longLoca = table(t, 'head').readInt16BE(50) === 1;
  const loca = table(t, 'loca');
  const glyf = table(t, 'glyf');
  const at = (i: number): number => (longLoca ? loca.readUInt32BE(4 * i) : loca.readUInt16BE(2 * i) * 2);
  return Array.from({ length: table(t, 'maxp').readUInt16BE(4) }, (_, i) => glyf.subarray(at(i), at(i + 1)));
}

// hmtx and vmtx share one layout: long metrics, then bearings that reuse the last advance.
function metricsOf(mtx: Buffer, longCount: number, glyphCount: number): [number, number][] {
  return Array.from({ length: glyphCount }, (_, i): [number, number] =>
    i < longCount
      ? [mtx.readUInt16BE(4 * i), mtx.readInt16BE(4 * i + 2)]
      : [mtx.readUInt16BE(4 * (longCount - 1)), mtx.readInt16BE(4 * longCount + 2 * (i - longCount))]);
}

function writeMetrics(metrics: readonly [number, number][]): Buffer {
  const out = Buffer.alloc(4 * metrics.length);
  metrics.forEach(([advance, bearing], i) => {
    out.writeUInt16BE(advance, 4 * i);
    out.writeInt16BE(bearing, 4 * i + 2);
  });
  return out;
}

function remapComposite(glyph: Buffer, newId: (gid: number) => number): Buffer {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
  const out = Buffer.from(glyph);
  for (let p = 10; ; ) {
    const flags = out.readUInt16BE(p);
    out.writeUInt16BE(newId(out.readUInt16BE(p + 2)), p + 2);
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) return out;
  }
}

function cmapFormat12(map: ReadonlyMap<number, number>): Buffer {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const out = Buffer.alloc(12 + 16 + 12 * entries.length);
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(1, 2);
  out.writeUInt16BE(3, 4);
  out.writeUInt16BE(10, 6);
  out.writeUInt32BE(12, 8);
  out.writeUInt16BE(12, 12);
  out.writeUInt32BE(16 + 12 * entries.length, 16);
  out.writeUInt32BE(entries.length, 24);
  entries.forEach(([cp, gid], i) => {
    out.writeUInt32BE(cp, 28 + 12 * i);
    out.writeUInt32BE(cp, 32 + 12 * i);
    out.writeUInt32BE(gid, 36 + 12 * i);
  });
  return out;
}

function lookupCount(layout: Buffer | undefined): number {
  if (!layout) return 0;
  const lookupList = layout.readUInt16BE(8);
  return lookupList === 0 ? 0 : layout.readUInt16BE(lookupList);
}

const MERGEABLE = new Set(['head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'cmap', 'loca', 'glyf', 'post', 'name', 'vhea', 'vmtx', 'BASE', 'gasp', 'prep', 'fpgm', 'cvt ', 'STAT', 'GSUB', 'GPOS', 'GDEF']);
// Tables that do not depend on which glyphs a slice holds, so every slice must carry the same.
const SHARED = ['name', 'BASE', 'gasp', 'prep', 'fpgm', 'cvt ', 'STAT'];
// Font-wide fields, as [table, from, to] byte spans: units per em and the line metrics.
const SHARED_FIELDS: [string, number, number][] = [['head', 18, 20], ['hhea', 4, 10], ['OS/2', 68, 78], ['vhea', 4, 10]];

export type Part = { tables: Tables; cmap: Map<number, number> };

// Returns the pooled font, or why the slices cannot be pooled without losing something.
export function mergeParts(parts: readonly Part[]): Buffer | string {
  const first = parts[0];
  if (!first) return 'nothing to merge';
  for (const { tables } of parts) {
    const odd = [...tables.keys()].filter((tag) => !MERGEABLE.has(tag));
    if (odd.length > 0) return `tables ${odd.join(', ')} cannot be merged`;
    if (!tables.has('glyf')) return 'not TrueType outlines';
    // Layout rules would be dropped by pooling, so only rule-free subsets are pooled.
    if (lookupCount(tables.get('GSUB')) + lookupCount(tables.get('GPOS')) > 0) return 'layout rules in use';
    for (const tag of SHARED) {
      const a = first.tables.get(tag);
      const b = tables.get(tag);
      if ((a === undefined) !== (b === undefined) || (a && b && !a.equals(b))) return `slices differ in ${tag}`;
    }
    for (const [tag, from, to] of SHARED_FIELDS) {
      const a = first.tables.get(tag);
      const b = tables.get(tag);
      if ((a === undefined) !== (b === undefined) || (a && b && !a.subarray(from, to).equals(b.subarray(from, to)))) {
        return `slices differ in ${tag} metrics`;
      }
    }
  }
  const vertical = first.tables.has('vhea') && first.tables.has('vmtx');
  const glyphs: Buffer[] = [];
  const hMetrics: [number, number][] = [];
  const vMetrics: [number, number][] = [];
  const cmap = new Map<number, number>();
  parts.forEach(({ tables, cmap: partCmap }, index) => {
    const own = glyphsOf(tables);
    const h = metricsOf(table(tables, 'hmtx'), table(tables, 'hhea').readUInt16BE(34), own.length);
    const v = vertical ? metricsOf(table(tables, 'vmtx'), table(tables, 'vhea').readUInt16BE(34), own.length) : [];
    // Every slice has its own .notdef; the first one stands for all.
    const base = glyphs.length - (index === 0 ? 0 : 1);
    const newId = (gid: number): number => (gid === 0 ? 0 : base + gid);
    own.forEach((glyph, gid) => {
      if (index > 0 && gid === 0) return;
      glyphs.push(remapComposite(glyph, newId));
      hMetrics.push(h[gid] ?? [0, 0]);
      if (vertical) vMetrics.push(v[gid] ?? [0, 0]);
    });
    for (const [cp, gid] of partCmap) cmap.set(cp, newId(gid));
  });

  const offsets: number[] = [0];
  const glyf = Buffer.concat(glyphs.map((g) => {
    const padded = pad4(g);
    offsets.push((offsets.at(-1) ?? 0) + padded.length);
    return padded;
  }));
  const loca = Buffer.alloc(4 * offsets.length);
  offsets.forEach((o, i) => loca.writeUInt32BE(o, 4 * i));

  const head = Buffer.from(table(first.tables, 'head'));
  head.writeInt16BE(1, 50);
  const hhea = Buffer.from(table(first.tables, 'hhea'));
  hhea.writeUInt16BE(glyphs.length, 34);
  const maxp = Buffer.from(table(first.tables, 'maxp'));
  maxp.writeUInt16BE(glyphs.length, 4);
  // Version 1 maxp holds per-glyph maxima; the pooled glyphs are unchanged, so the maxima pool too.
  for (let at = 6; at + 2 <= maxp.length; at += 2) {
    maxp.writeUInt16BE(Math.max(...parts.map((p) => table(p.tables, 'maxp').readUInt16BE(at))), at);
  }
  const post = Buffer.from(table(first.tables, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const out: Tables = new Map([
    ['head', head], ['hhea', hhea], ['maxp', maxp], ['hmtx', writeMetrics(hMetrics)], ['cmap', cmapFormat12(cmap)],
    ['loca', loca], ['glyf', glyf], ['post', post], ['OS/2', Buffer.from(table(first.tables, 'OS/2'))],
  ]);
  for (const tag of SHARED) {
    const data = first.tables.get(tag);
    if (data) out.set(tag, data);
  }
  if (vertical) {
    const vhea = Buffer.from(table(first.tables, 'vhea'));
    vhea.writeUInt16BE(glyphs.length, 34);
    out.set('vhea', vhea);
    out.set('vmtx', writeMetrics(vMetrics));
  }
  return writeSfnt(out);
}
