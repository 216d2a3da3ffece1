import { describe, expect, it } from 'vitest';
import { createKeyedLock } from '../../src/bot/createKeyedLock.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('createKeyedLock', () => {
  it('runs one piece of work at a time per key, in arrival order; other keys run beside it', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    const job = (key: string, name: string) =>
      lock(key, async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1')]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('a failure is the caller’s own; the next work on the key still runs', async () => {
    const lock = createKeyedLock();
    const failed = lock('k', async () => {
      throw new Error('boom');
    });
    const next = lock('k', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
