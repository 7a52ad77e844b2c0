import { describe, expect, it } from 'vitest';
import { decodeSheet, detectDelimiter, parseCsv } from '../../../src/core/sheets/csvText.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a sheet’s bytes', () => {
  it('are UTF-8 text, with or without a byte order mark', () => {
    expect(decodeSheet(utf8('id,name\nseoul,서울\n'))).toEqual({ ok: true, text: 'id,name\nseoul,서울\n' });
    expect(decodeSheet(utf8('\uFEFFid,name\n'))).toEqual({ ok: true, text: 'id,name\n' });
  });

  it('may be UTF-16 with its mark, as Excel saves “Unicode text”', () => {
    const text = 'id\tname\nbeijing\t北京\n';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeSheet(le)).toEqual({ ok: true, text });
  });

  it('get one clear message when they are not CSV at all', () => {
    const workbook = utf8('PK\u0003\u0004....[Content_Types].xml xl/workbook.xml');
    expect(decodeSheet(workbook)).toEqual({ ok: false, message: 'an Excel workbook, not CSV: save each sheet as “CSV UTF-8”' });
    expect(decodeSheet(utf8('PK\u0003\u0004 mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toEqual({ ok: false, message: 'an OpenDocument spreadsheet, not CSV: save each sheet as “CSV UTF-8”' });
    expect(decodeSheet(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual({ ok: false, message: 'an old Excel workbook (.xls), not CSV: save each sheet as “CSV UTF-8”' });
    expect(decodeSheet(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toEqual({ ok: false, message: 'not a text file' });
    expect(decodeSheet(utf8('%PDF-1.7'))).toEqual({ ok: false, message: 'a PDF, not CSV' });
    expect(decodeSheet(utf8('<!doctype html><table>'))).toEqual({ ok: false, message: 'a web page, not CSV' });
    expect(decodeSheet(utf8('{"version": 1}'))).toEqual({ ok: false, message: 'JSON, not CSV (a story file opens on its own, not among sheets)' });
  });

  it('are refused when they are not UTF-8, rather than shown garbled', () => {
    // "Zürich" in Windows-1252, as Excel's plain "CSV" writes it.
    expect(decodeSheet(bytes(0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68))).toEqual({ ok: false, message: 'not UTF-8 text (its names would come out garbled): save each sheet as “CSV UTF-8”' });
  });
});

describe('the delimiter', () => {
  it('is what separates the header’s names', () => {
    expect(detectDelimiter('id,name,lon,lat\n')).toBe(',');
    expect(detectDelimiter('id;name;lon;lat\n1;a,b;2,5;3\n')).toBe(';');
    expect(detectDelimiter('id\tname\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('id\n')).toBe(',');
  });
});

describe('a sheet’s text', () => {
  it('is read with quoted commas, quotes and line breaks in its cells', () => {
    const csv = parseCsv('id,quote\r\ns1,"he said ""no"", twice\nthen left"\r\ns2,plain\r\n');
    expect(csv.rows).toEqual([['id', 'quote'], ['s1', 'he said "no", twice\nthen left'], ['s2', 'plain'], ['']]);
    expect(csv.problems).toEqual([]);
  });

  it('is read with semicolons and decimal commas, as European spreadsheets save it', () => {
    expect(parseCsv('id;lon;lat\nseoul;126,978;37,566\n').rows.slice(0, 2)).toEqual([['id', 'lon', 'lat'], ['seoul', '126,978', '37,566']]);
  });

  it('tells a quote never closed by the row it opens on', () => {
    const csv = parseCsv('id,quote\ns1,ok\ns2,"never closed\ns3,lost\n');
    expect(csv.problems).toEqual([{ row: 3, message: 'a value opened with " is never closed, so the rest of the file was read as one cell' }]);
  });
});
