// What a meeting asked of others is its content, never a plan of the sender's (round 32a, A01).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { meetingAskedClauses } from '../../../src/domain/report/meetingAskedClauses.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const remarks = (from: string, text: string) => (parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] }) ?? []).flatMap((r) => r.remarks);

describe('meetingAskedClauses', () => {
  it('marks every clause of a sentence opening with 会议要求/强调, and none of the sentences before or after', () => {
    const clauses = ['今天召开会议。', '会议强调，', '各部室要对照清单梳理，', '确保年底前完成。', '下周我准备和张颖谈话。'];
    expect(meetingAskedClauses(clauses, clauses.join(''))).toEqual([false, true, true, true, false]);
  });

  it('takes a speaker’s 强调 only in a line telling of a meeting', () => {
    expect(meetingAskedClauses(['张伟书记强调，', '要抓好落实。'], '张伟书记强调，要抓好落实。')).toEqual([false, false]);
    expect(meetingAskedClauses(['召开党组会议。', '张伟书记强调，', '要抓好落实。'], '召开党组会议。张伟书记强调，要抓好落实。')).toEqual([false, true, true]);
  });
});

describe('a news item’s 会议要求 is no plan', () => {
  it('王芳’s 党组会议 news: the card has no 计划安排 note', () => {
    const text = '【工作动态】11月27日下午，党组书记、理事长张伟同志主持召开党组会议，专题研究部署年终党风廉政建设考核工作，班子成员参加会议。会议要求，各部室要对照责任清单逐项梳理，确保12月底前全面完成。';
    expect(remarks('王芳', text).join()).not.toMatch(/计划安排/);
  });

  it('near-miss: the sender’s own plan in a sentence of its own is still named', () => {
    const text = '今天召开部门党风廉政建设工作会议。会议要求，下周各人开展自查。下周我准备和张颖开展谈心谈话。';
    expect(remarks('周涛', text).join()).toMatch(/计划安排/);
  });
});
