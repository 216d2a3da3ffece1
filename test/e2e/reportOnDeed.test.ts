// Over HTTP: round 36 (ffa, issue 10), turn by turn through the real bot. A deed followed by reporting on it (并将检查情况向
// 党组作了汇报 · 检查结果已向党组报告 · 并将谈话情况向张伟书记作了汇报) lost the check (only a 向党组报告 stored, at once) or
// gave the talk to the one reported to (张伟>李明). The deed is recorded as told, the report named on the receipt or card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('a deed reported on afterwards', () => {
  it('a talk reported to 张伟 is recorded at once as the sender\'s with 李明; the receipt says the report is no record', async () => {
    await say('王建国', '11月18日与李明进行了廉政谈话，并将谈话情况向张伟书记作了汇报');
    expect(rows()).toEqual([['talk_integrity', '2026-11-18', 'wangjianguo', 'liming']]);
    expect(lastText()).toContain('向张伟汇报了这次廉政谈话的情况');
    expect(lastText()).toContain('张伟不记为活动人或对象');
  });

  it('an untyped check reported to the 党组 is asked its type; the answer records the check, never a 向党组报告', async () => {
    await say('黄志刚', '11月25日带队对财务科开展专项检查，并将检查情况向党组作了汇报');
    expect(rows()).toEqual([]);
    expect(lastText()).toContain('哪类');
    await say('黄志刚', '作风纪律检查');
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'huangzhigang', '']]);
    expect(lastText()).toContain('未另记「向党组报告」');
  });

  it('a typed check with its result reported: one record, no card for a second one', async () => {
    await say('黄志刚', '11月25日对财务科开展了作风纪律检查，检查结果已向党组报告');
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'huangzhigang', '']]);
    expect(lastText()).toContain('算作作风纪律检查的后续');
  });

  it('near-miss: a 向党组报告 told alone is still that report', async () => {
    await say('孙丽', '11月20日向党组报告了本部门党风廉政建设情况');
    expect(rows()).toEqual([['report_to_party', '2026-11-20', 'sunli', '']]);
    expect(lastText()).not.toContain('后续');
  });
});
