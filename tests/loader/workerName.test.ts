import { describe, expect, it } from 'vitest';
import { requestFromName, workerName } from '../../src/loader/workerName.ts';

describe('workerName', () => {
  it('carries a link to the worker and back unchanged, query and fragment included', () => {
    const url = new URL('https://example.org/stories/a b.json?v=2&x="y"#frag');
    expect(requestFromName(workerName(url))).toEqual({ url: url.href });
  });

  it('reads no request from an unnamed worker or a name that is not one of ours', () => {
    for (const name of ['', 'worker', '{"url":3}', '[]', 'null', '{"text":"{}"}']) expect(requestFromName(name)).toBeUndefined();
  });
});
