import type { Topology } from 'topojson-specification';

// The shipped basemap as bytes instead of JSON text. A compacted topology's
// arcs are small integer deltas; written as JSON each costs about 8 characters
// and gzip leaves ~2.8 bytes a point, written as zigzag varints (the encoding
// Protocol Buffers and vector tiles use) most take one byte each and gzip
// leaves ~2, and the raw file shrinks more still, for servers that do not
// compress binary files (sizes in docs/performance.md).
//
// Layout: "SMB1", a uint32 (little-endian) byte length of a UTF-8 JSON header
// holding everything but the arcs (type, transform, objects), the header, then
// varints: the number of arcs, and for each arc its number of points followed
// by x, y for each point.

const MAGIC = 'SMB1';

function zigzag(n: number): number {
  return n < 0 ? -2 * n - 1 : 2 * n;
}

function unzigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}

function pushVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function encodeTopology(topology: Topology): Uint8Array {
  const { arcs, ...rest } = topology;
  const varints: number[] = [];
  pushVarint(varints, arcs.length);
  for (const arc of arcs) {
    pushVarint(varints, arc.length);
    for (const p of arc) {
      const [x, y] = p as [number, number];
      if (!Number.isInteger(x) || !Number.isInteger(y)) throw new Error('encodeTopology: arcs must be quantized (integer deltas)');
      pushVarint(varints, zigzag(x));
      pushVarint(varints, zigzag(y));
    }
  }
  const header = new TextEncoder().encode(JSON.stringify(rest));
  const out = new Uint8Array(8 + header.length + varints.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(varints, 8 + header.length);
  return out;
}

export function decodeTopology(bytes: Uint8Array): Topology {
  const fail = (why: string): never => { throw new Error(`basemap file: ${why}`); };
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) fail('not a stancemap basemap (bad signature)');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('cut short inside its header');
  const rest = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Omit<Topology, 'arcs'>;
  let at = 8 + headerLength;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) return fail('cut short inside its arcs');
      const b = bytes[at++] as number;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  const count = next();
  const arcs = new Array<[number, number][]>(count);
  for (let i = 0; i < count; i++) {
    const n = next();
    const arc = new Array<[number, number]>(n);
    for (let j = 0; j < n; j++) {
      const x = unzigzag(next());
      arc[j] = [x, unzigzag(next())];
    }
    arcs[i] = arc;
  }
  if (at !== bytes.length) fail(`${bytes.length - at} bytes left over after the arcs`);
  return { ...rest, arcs };
}
