// Over HTTP, round 43 fixer E (tester t44b on da439f8c, /work/rounds/r43/t44b-findings.md; issue 10):
//  F1  张伟「…我为机关全体党员干部讲授了专题廉政党课《…》，机关党委书记赵敏主持…」 — was a card with 活动人：赵敏 (记在他人名下);
//  F2  王建国「…带办公室李明到财务科开展专项资金检查…」 — was 「是谁带队检查的？」 and a card at 办公室、财务科;
//  F6  黄志刚「本周三带林晓对康复中心开展了作风纪律暗访…」 — was 「是谁带队检查的？」 offering 林晓;
//  F4  杨帆「赵书记昨天下午来我们部，先查看了廉政学习记录，随后…谈心谈话」 — the look through the 记录 dropped without a word;
//  F8  赵敏「…王磊部长及宣文部全体同志参加，会后与王磊进行了廉政谈话」 — a card saying 句首的人被记成了对象 and 有…没有对应到任何记录;
//      after a 「是谁带队检查的？」 answer the card said 「消息里有日期、人名…没有对应到任何记录」, naming nothing.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai (the day before the tester's): before the reminders' hours. 本周三 = 12-02. */
const chat = useChatBot(new Date('2026-12-04T08:00:00+08:00'));
// A first start, before the timed ones: a cold start under load took longer than a test's hook allows.
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.departmentId ?? '', (a.departmentIds ?? []).join(',')]);

describe('F1: the sender’s own lecture, a chair named after it', () => {
  it('张伟 我为…讲授…，机关党委书记赵敏主持 → a card of 张伟’s own, stored as his after 确认', async () => {
    await say('张伟', '12月2日上午，我为机关全体党员干部讲授了专题廉政党课《严守纪律底线 永葆清廉本色》，机关党委书记赵敏主持，全体在职党员38人参加。');
    expect(lastText()).not.toContain('活动人：赵敏');
    expect(lastText()).not.toContain('记在他人名下');
    if (activities().length === 0) await say('张伟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_lecture', '2026-12-02', 'zhangwei', 38]]);
  });
});

describe('F2 + F6: 带 + a companion is the sender’s own check, at the place gone to only', () => {
  it('王建国 带办公室李明到财务科… → no 带队 question; 专项资金检查 at 财务科 only', async () => {
    await say('王建国', '11月25日带办公室李明到财务科开展专项资金检查，重点查看了残疾人康复补助资金发放台账，发现2处手续不全问题，已要求限期整改。');
    expect(lastText()).not.toContain('是谁带队检查的');
    expect(lastText()).not.toContain('办公室、财务科');
    if (activities().length === 0) await say('王建国', '确认');
    expect(stored()).toEqual([['inspect_funds', '2026-11-25', 'wangjianguo', '', 'finance', '']]);
  });

  it.each(['本周三带林晓对康复中心开展了作风纪律暗访，重点检查上班时间脱岗、串岗情况，未发现问题。', '本周三我带林晓对康复中心开展了作风纪律检查。'])(
    '黄志刚「%s」 → no 带队 question; his check at 康复中心',
    async (text) => {
      await say('黄志刚', text);
      expect(lastText()).not.toContain('是谁带队检查的');
      if (activities().length === 0) await say('黄志刚', '确认');
      expect(stored()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '', 'center', '']]);
    },
  );
});

describe('F4: a visit’s look through a department’s 记录 is a check asked its type, never dropped', () => {
  it('杨帆 先查看了廉政学习记录，随后…谈心谈话 → its type asked; answered, 赵敏’s check at 宣文部 beside the two talks', async () => {
    await say('杨帆', '赵书记昨天下午来我们部，先查看了廉政学习记录，随后与王部长和我分别进行了谈心谈话。');
    expect(lastText()).toContain('是哪类活动');
    await say('杨帆', '作风纪律检查');
    if (activities().length === 0) await say('杨帆', '确认');
    expect(stored().sort()).toEqual(
      [
        ['inspect_style', '2026-12-03', 'zhaomin', '', 'publicity', ''],
        ['talk_heart', '2026-12-03', 'zhaomin', 'yangfan', 'publicity', ''],
        ['talk_heart', '2026-12-03', 'zhaomin', 'wanglei', 'publicity', ''],
      ].sort(),
    );
  });
});

describe('F8: card notes only where they hold', () => {
  it('赵敏 …王磊部长及宣文部全体同志参加，会后与王磊进行了廉政谈话 → a card without 句首的人… or 没有对应到任何记录', async () => {
    await say('赵敏', '11月24日到宣文部召开分管科室党风廉政建设工作会议，王磊部长及宣文部全体同志参加，会后与王磊进行了廉政谈话。');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('句首的人被记成了对象');
    expect(lastText()).not.toContain('没有对应到任何记录');
  });

  it('林晓 带黄志刚书记…: who led is asked; once answered, the card carries no leftover note', async () => {
    await say('林晓', '11月26日带黄志刚书记对维权部开展了作风纪律检查。');
    expect(lastText()).toContain('是谁带队检查的');
    await say('林晓', '黄志刚');
    expect(lastText()).not.toContain('没有对应到任何记录');
    if (activities().length === 0) await say('林晓', '确认');
    expect(stored()).toEqual([['inspect_style', '2026-11-26', 'huangzhigang', '', 'rights', '']]);
  });

  it('黄志刚 和林晓对财务科…: a card that says why (同去的人…按您带队), not the leftover note', async () => {
    await say('黄志刚', '11月16日，和林晓对财务科开展了作风纪律检查。');
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('按您带队');
    expect(lastText()).not.toContain('没有对应到任何记录');
  });
});
