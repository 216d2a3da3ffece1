// Over HTTP, round 46 fixer F (t48b O1, messages as the testers wrote them on Sat 2026-12-05; issue 10): 张伟's 本季度完成情况
// showed 党组专题研究（下半年） 2, the second being 何平's 康复中心 专题会议. A 科室/中心's own 专题会议 or 学习 is the
// department's, not the 党组's: the line counts the 党组会 only and a note names the 中心's as not counted. And t48a F5: a
// check's 同行 (黄志刚「…和林晓一起…暗访」, 林晓「…配合黄书记…检查」) is kept in the record, listed in the 台账 and counts toward
// 林晓's own monthly 作风纪律检查.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { readWorkbook, records, sheet } from '../ledger/exportTestKit.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
const { activities, rows, lastText, say } = chat;

describe('t48b O1: a 中心’s own 专题会议 is not the 党组’s 专题研究', () => {
  it('张伟 本季度完成情况 counts his 党组会 once and names the 康复中心 one as not counted', async () => {
    await say('何平', '10月15日中心召开党风廉政建设专题会议，中心班子及各科室负责人9人参加');
    if (lastText().includes('哪类活动')) await say('何平', '专题会议');
    if (lastText().includes('请确认')) await say('何平', '确认');
    await say('张伟', '11月20日召开党组会议，专题研究全面从严治党和党风廉政建设工作');
    if (lastText().includes('请确认')) await say('张伟', '确认');
    expect(rows()).toEqual([
      ['meeting_special', '2026-10-15', 'heping', ''],
      ['meeting_special', '2026-11-20', 'zhangwei', ''],
    ]);
    await say('吴静', '11月13日部门集中学习了市纪委通报的4起典型问题，全体4人参加');
    if (lastText().includes('请确认')) await say('吴静', '确认');
    expect(rows()).toHaveLength(3);
    await say('张伟', '本季度完成情况');
    const card = lastText();
    // Was 2 | 2 (the 中心's meeting counted); the 康复部's study made the 党组's education 1.
    expect(card).toContain('党组专题研究全面从严治党、党风廉政建设（2026年下半年） | 党组（张伟） | 1 | 1 | 1 | 完成');
    expect(card).toContain('党性党风党纪和廉洁从政教育活动（2026年） | 党组（张伟） | 4 | 0 | 0 |');
    expect(card).toContain(
      '科室、中心自行开展的未计入党组：「党组专题研究全面从严治党、党风廉政建设」1次（残疾人康复中心1次）；' +
        '「党性党风党纪和廉洁从政教育活动」1次（康复部1次）；「警示教育」1次（康复部1次），仍在台账中。',
    );
    // 书记主持召开专题会议 counts the secretary's own, as before.
    expect(card).toContain('书记主持召开专题会议（2026年） | 张伟 | 2 | 1 | 1 |');
  });
});

describe('t48a F5: one who went on a check is in the record, the 台账 and their own 作风纪律检查', () => {
  it('黄志刚 「12.2和林晓一起…暗访」 stores 林晓 as 同行; her December check is done', async () => {
    await say('黄志刚', '12.2和林晓一起对办公室、财务科进行了工作日纪律暗访，未发现问题');
    expect(lastText()).toContain('同行：林晓（同一次检查，未另记）');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentIds, a.companionIds])).toEqual([
      ['inspect_style', '2026-12-02', 'huangzhigang', ['office', 'finance'], ['linxiao']],
    ]);
    await say('林晓', '工作作风纪律检查本季度完成情况');
    // Was 「林晓 | 3 | 0 | 逾期 | 10月、11月未完成；12月进行中」: December now done by the check she was on.
    expect(lastText()).toMatch(/林晓 \| 3 \| 1 \| 逾期 \| 10月、11月未完成/);
    expect(lastText()).not.toContain('12月进行中');
  });

  it('林晓 「本周二、周三配合黄书记…检查」 names her 同行 on the card and in the 台账 row', async () => {
    await say('林晓', '本周二、周三配合黄书记对康复部、维权部开展了专项资金使用情况检查');
    expect(lastText()).toContain('同行：您本人（同一次检查，未另记）');
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.companionIds])).toEqual([
      ['inspect_funds', '2026-12-01', 'huangzhigang', ['linxiao']],
      ['inspect_funds', '2026-12-02', 'huangzhigang', ['linxiao']],
    ]);
    await say('黄志刚', '导出台账');
    const wb = await readWorkbook(chat.t.emulator.files.at(-1)!.bytes);
    const ledger = records(sheet(wb, '活动台账'));
    expect(ledger.map((r) => r['对象或参加人员'])).toEqual(['林晓（同行）', '林晓（同行）']);
  });
});
