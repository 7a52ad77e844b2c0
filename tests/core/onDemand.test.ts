import { describe, expect, it } from 'vitest';
import { onDemand } from '../../src/core/onDemand.ts';

describe('onDemand', () => {
  it('makes nothing until asked, then makes once and gives the same promise every time', async () => {
    let made = 0;
    const get = onDemand(() => Promise.resolve(++made));
    expect(made).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(await first).toBe(1);
    expect(await get()).toBe(1);
    expect(made).toBe(1);
  });

  it('forgets a failure, so the next ask makes it again', async () => {
    let tries = 0;
    const get = onDemand(() => (++tries === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(tries)));
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
    expect(tries).toBe(2);
  });
});
