// Round 49, fwa (fve probe #8): 「七八个人参加」 was stored at once as 78 people. A rough count of two numbers is recorded as
// its larger end, and the note says it was a range (the corpus rows assert the count; this asserts the note).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('a rough count of two numbers is noted as a range (round 49, fwa)', () => {
  it.each([
    ['周涛', '昨天部里学习了廉政准则 七八个人参加', 8, '参加7至8人'],
    ['吴静', '康复部上周五组织观看警示教育片《镜鉴》，十一二个人参加', 12, '参加11至12人'],
    ['郑华', '教育就业部昨天召开专题会议，三四十名党员参加', 40, '参加30至40人'],
    ['冯雪', '维权部今天学习了廉政准则，五六个同志参加了', 6, '参加5至6人'],
    ['周涛', '昨天部里学了廉政准则，8、9个人参加', 9, '参加8至9人'],
    ['郑华', '今天教育就业部学习廉洁自律准则 7-8人参加', 8, '参加7至8人'],
    ['吴静', '11月25日康复部组织观看警示片，七到八人参加', 8, '参加7至8人'],
    ['周涛', '昨天部里学习了廉政准则 十八个人参加', 18, undefined],
    ['冯雪', '维权部今天学习了廉政准则，78人参加', 78, undefined],
  ] as const)('%s：%s', (from, text, attendees, note) => {
    const [record] = read(from, text);
    expect(record!.draft.attendees).toBe(attendees);
    expect(record!.draft.note).toBe(note);
  });
});
