import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];

import { withJoinedClauseDoer } from '../../../src/domain/report/joinedClauseDoer.js';

describe('withJoinedClauseDoer', () => {
  it('writes a lecture and its joined clause on two lines, each with the day and the lecturer', () => {
    expect(withJoinedClauseDoer('11月24日张伟书记讲授廉政党课，并与王建国进行了廉政谈话', ctx('林晓'))).toBe('11月24日张伟书记讲授廉政党课\n11月24日，张伟书记与王建国进行了廉政谈话');
    expect(withJoinedClauseDoer('张伟书记讲授廉政党课，随后与王建国进行了廉政谈话', ctx('林晓'))).toBe('张伟书记讲授廉政党课\n张伟书记与王建国进行了廉政谈话');
    expect(withJoinedClauseDoer('11月24日，党组书记张伟讲授廉政党课，同时与李明签订了责任书', ctx('王芳'))).toBe('11月24日，党组书记张伟讲授廉政党课\n11月24日，党组书记张伟与李明签订了责任书');
  });
  it('leaves a visit beside its talk, the sender\'s own lecture, a talk pair and other deeds', () => {
    for (const [from, text] of [
      ['孙杰', '11月26日，机关党委书记赵敏到康复中心检查指导工作，并与何平主任进行了廉政谈话。'],
      ['张伟', '11月24日张伟书记讲授廉政党课，并与王建国进行了廉政谈话'],
      ['林晓', '11月24日黄书记主持召开专题会议，随后与孙丽进行了廉政谈话'],
      ['林晓', '11月24日讲授廉政党课，并与王建国进行了廉政谈话'],
      ['林晓', '11月24日张伟书记讲授廉政党课\n并与王建国进行了廉政谈话'],
    ] as const)
      expect(withJoinedClauseDoer(text, ctx(from))).toBe(text);
  });
  it('parseReport: both records the lecturer\'s (gad\'s left-alone)', () => {
    const got = read('李娟', '11月24日，党组书记张伟讲授廉政党课，随后与王建国、刘芳进行了廉政谈话');
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.counterpartIds.join()])).toEqual([
      ['edu_lecture', '2026-11-24', 'zhangwei', ''],
      ['talk_integrity', '2026-11-24', 'zhangwei', 'wangjianguo'],
      ['talk_integrity', '2026-11-24', 'zhangwei', 'liufang'],
    ]);
  });
});
