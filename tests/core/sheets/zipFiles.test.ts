import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packZip, unpackZip } from '../../../src/core/sheets/zipFiles.ts';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('a zip of sheets', () => {
  it('gives back the files packed in it', () => {
    const zip = packZip([{ name: 'meta.csv', text: 'key,value\n' }, { name: 'article.txt', text: '서울' }], new Date(Date.UTC(2026, 11, 7)));
    const unpacked = unpackZip({ name: 'a.zip', bytes: zip });
    expect(unpacked.ok && unpacked.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['meta.csv', 'key,value\n'], ['article.txt', '서울']]);
  });

  it('leaves out what is not a sheet or the article, and what macOS adds', () => {
    const zip = zipSync({ 'story/places.csv': text('id'), '__MACOSX/story/._places.csv': text('x'), 'story/.hidden.csv': text('x'), 'story/photo.png': text('x') });
    const unpacked = unpackZip({ name: 'a.zip', bytes: zip });
    expect(unpacked.ok && unpacked.files.map((f) => f.name)).toEqual(['story/places.csv']);
  });

  it('refuses a file in it larger than a sheet may be, before inflating it', () => {
    const zip = zipSync({ 'stances.csv': new Uint8Array(11 * 1024 * 1024) });
    expect(unpackZip({ name: 'a.zip', bytes: zip })).toEqual({ ok: false, message: 'stances.csv in it is larger than 10.0 MB' });
  });

  it('is said to be damaged when it cannot be read', () => {
    expect(unpackZip({ name: 'a.zip', bytes: text('PK\u0003\u0004 not really a zip') })).toEqual({ ok: false, message: 'a damaged or unreadable zip archive' });
  });

  it('refuses an archive whose directory claims more entries than sheets could need', () => {
    const zip = zipSync({ 'meta.csv': text('key,value') });
    const end = zip.length - 22;
    zip.set([0xff, 0xff], end + 8);
    zip.set([0xff, 0xff], end + 10);
    expect(unpackZip({ name: 'a.zip', bytes: zip })).toEqual({ ok: false, message: 'more than 1000 files in it' });
  });

  it('refuses sheets that together unpack to more than a story could be', () => {
    const big = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`s${i}.csv`, new Uint8Array(9 * 1024 * 1024)]));
    expect(unpackZip({ name: 'a.zip', bytes: zipSync(big) })).toEqual({ ok: false, message: 'its sheets come to more than 50.0 MB' });
  });
});
