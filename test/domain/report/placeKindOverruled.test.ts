// Round 43, fpc (t43a F1): a type written for the deed — in the sentence or in the headline over it — beats a 基地 whose
// name reads as a type, and the card says so (the corpus rows in corpusFortyThreeC.ts hold the records).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] }) ?? [];

describe('a written type over a 基地 (t43a F1)', () => {
  it('the headline 廉政警示教育活动 types a visit to the 廉政教育基地 as 警示教育, on a card saying the 基地 is the place', () => {
    const [one, ...more] = read('周涛', '组联部开展警示教育活动\n11月18日，组联部组织党员到市廉政教育基地参观学习，共6人参加。');
    expect(more).toEqual([]);
    expect(one!.draft.type).toBe('edu_warning');
    expect(one!.remarks).toContain('标题写的是警示教育，按警示教育记录（「廉政教育基地」是活动地点，未按廉政教育）');
    expect(one!.remarks.some((m) => m.startsWith('「廉政教育基地」按'))).toBe(false);
    expect(one!.reasons).toContain('inferred_type');
  });

  it('a 廉政教育 headline over a visit to the 警示教育基地 is 廉政教育', () => {
    const [one] = read('王磊', '宣文部开展廉政教育活动\n11月3日，宣文部组织党员到市警示教育基地参观，7人参加。');
    expect(one!.draft.type).toBe('edu_integrity');
    expect(one!.remarks).toContain('标题写的是廉政教育，按廉政教育记录（「警示教育基地」是活动地点，未按警示教育）');
  });

  it('in one sentence, 开展廉政教育活动 at the 警示教育基地 is 廉政教育, a guess shown for a tap', () => {
    const [one] = read('王磊', '11月3日组织宣文部党员到市警示教育基地开展廉政教育活动，7人参加');
    expect(one!.draft.type).toBe('edu_integrity');
    expect(one!.remarks.join('')).toContain('未按警示教育');
  });

  it('a visit to a 基地 with no type of its own keeps the 基地\'s', () => {
    expect(read('吴静', '11月20日，康复部组织党员赴市警示教育基地参观学习，8人参加')[0]!.draft.type).toBe('edu_warning');
    expect(read('吴静', '11月20日，康复部组织党员赴市廉政教育基地参观学习，8人参加')[0]!.draft.type).toBe('edu_integrity');
  });
});
