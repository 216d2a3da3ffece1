// A card callback is answered before Feishu's 3 s run out, whatever the action does.
import { describe, expect, it } from 'vitest';
import { CARD_DEADLINE_MS, answerCardInTime } from '../../src/transport/answerCardInTime.js';

describe('answerCardInTime', () => {
  it('passes a prompt answer through', async () => {
    const answer = { toast: { type: 'success' as const, content: '已撤销' } };
    expect(await answerCardInTime(Promise.resolve(answer), 1000)).toBe(answer);
  });

  it('answers an action that outlives the deadline with an info toast', async () => {
    const never = new Promise<never>(() => {});
    expect(await answerCardInTime(never, 10)).toEqual({ toast: { type: 'info', content: '正在处理，请稍候查看结果' } });
  });

  it('passes a failure through (the caller turns it into a 500)', async () => {
    await expect(answerCardInTime(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });

  it('keeps well inside Feishu 3 s', () => {
    expect(CARD_DEADLINE_MS).toBeLessThan(3000);
  });
});
