// Round 60, fbe (t62b G1's kind): a deed added beside an answer goes on with the doer of the record asked about.
import { describe, expect, it } from 'vitest';
import { withWaitingDoer } from '../../../src/domain/report/waitingDoerKept.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const talk = (): ParsedReport => ({ draft: { type: 'talk_integrity', date: '2026-11-26', counterpartIds: ['wujing'], late: false }, problems: [], remarks: [] });

describe('withWaitingDoer', () => {
  it('no doer of its own → the waiting record\'s, on a card', () => {
    const [r] = withWaitingDoer([talk()], 'wangjianguo', 'hujun', '还有吴静也谈了', '王建国');
    expect(r!.draft.actorId).toBe('wangjianguo');
    expect(r!.reasons).toContain('third_person');
  });
  it.each([
    ['我 said: the sender\'s own', 'wangjianguo', '我还和吴静也谈了'],
    ['the waiting record is the sender\'s', 'hujun', '还有吴静也谈了'],
    ['no waiting doer', undefined, '还有吴静也谈了'],
  ])('%s', (_why, doer, text) => {
    expect(withWaitingDoer([talk()], doer, 'hujun', text, '王建国')[0]!.draft.actorId).toBeUndefined();
  });
  it('a doer of its own is kept', () => {
    const own = { ...talk(), draft: { ...talk().draft, actorId: 'chenzhiqiang' } };
    expect(withWaitingDoer([own], 'wangjianguo', 'hujun', '陈副理事长也和吴静谈了', '王建国')[0]!.draft.actorId).toBe('chenzhiqiang');
  });
});
