// Round 61 (issue 10), fixer gad: what a meeting or check contained, forms that are not talks, companions (t63b; fbb, fbc
// and fbf's left-alone).
// 1. A study held at a meeting (会上学习了X, no 《》): the meeting and a 廉政教育 《X》 on one card (was: one meeting titled X).
// 2. 约谈了孙杰，对王强开展了函询: 孙杰's 廉政谈话 waits while 王强's 函询 is asked with what the bot does with it (no duty talk,
//    「这条不用记」 first); 这条不用记 leaves 孙杰's alone (was: one talk with both, 廉政谈话 the first button).
// 3. 和林晓陪同黄书记检查了三公经费台账 then 「算作风纪律检查吧」: 黄志刚's check, the sender and 林晓 along (was: the hedge read as
//    a status query, the sender lost as a companion).
// 4. 和杨帆进行了廉政谈话 赵书记也在: a card naming 赵敏 as one who may have held it (was: stored at once).
// 5. …作风纪律检查，发现的问题已督促撤销: the check recorded (was: no report); 撤销第2条 is still no report.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the corpus's day. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, offered, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(), a.title ?? '']);

describe('1. a study held at a meeting is a 廉政教育 of its own, on the card', () => {
  it.each([
    ['赵敏', '11月26日主持召开分管科室党风廉政建设工作会议 王磊 杨帆参加 会上学习了廉洁自律准则', 'zhaomin', '廉洁自律准则'],
    ['赵敏', '11月26日召开分管科室党风廉政建设工作会议，会议传达学习了中央八项规定精神', 'zhaomin', '中央八项规定精神'],
    ['陈志强', '11.23 主持召开分管科室党风廉政建设工作会议，会前集中学习了廉洁自律准则', 'chenzhiqiang', '廉洁自律准则'],
  ])('%s 「%s」 → 确认 card with both; 确认 stores the meeting untitled and the study titled', async (from, text, doer, title) => {
    const answer = await answerText(from, text);
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/分管科室党风廉政建设工作会议/);
    expect(answer).toMatch(new RegExp(`廉政教育[^\\n]*《${title}》`));
    expect(activities()).toEqual([]);
    await say(from, '确认');
    const stored = rows().sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(stored.map((r) => [r[0], r[2], r[4]])).toEqual([
      ['edu_integrity', doer, title],
      ['meeting_dept', doer, ''],
    ]);
  });

  it('near-miss: 「会议研究了下一步工作」 → one meeting, no study', async () => {
    await answerText('赵敏', '11月26日主持召开分管科室党风廉政建设工作会议，会议研究了下一步工作');
    if (activities().length === 0) await say('赵敏', '确认');
    expect(rows().map((r) => r[0])).toEqual(['meeting_dept']);
  });
});

describe('2. a 约谈 beside a 函询: two talks, the 函询 asked as no duty talk', () => {
  it.each([['林晓', '11月24日约谈了孙杰，对王强开展了函询'], ['黄志刚', '11月24日约谈了孙杰 对王强进行了诫勉谈话']])(
    '%s 「%s」 → 王强 asked with 这条不用记 first; 这条不用记 → 孙杰\'s 廉政谈话 alone',
    async (from, text) => {
      const buttons = await offered(from, text);
      expect(buttons.slice(0, 3)).toEqual(['这条不用记', '廉政谈话', '谈心谈话']);
      expect(chat.lastText()).toMatch(/与王强的(?:函询|诫勉)是哪类活动？「(?:函询|诫勉)」不是党风廉政建设职责里的谈话/);
      expect(chat.lastText()).toMatch(/孙杰/);
      const answer = await answerText(from, '这条不用记');
      if (activities().length === 0) {
        expect(answer).toMatch(/请确认/);
        await say(from, '确认');
      }
      expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([['talk_integrity', '2026-11-24', 'sunjie']]);
    },
  );

  it('「廉政谈话」 to the 函询 question → both recorded as 廉政谈话, as the member chose', async () => {
    await answerText('黄志刚', '11月24日对孙杰进行了提醒谈话，对王强进行了函询');
    await answerText('黄志刚', '廉政谈话');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(rows().map((r) => r[3]).sort()).toEqual(['sunjie', 'wangqiang']);
  });

  it('「对王强进行了诫勉谈话」 alone → the same question, nothing stored', async () => {
    const buttons = await offered('林晓', '11月24日对王强进行了诫勉谈话');
    expect(buttons[0]).toBe('这条不用记');
    expect(chat.lastText()).toMatch(/「诫勉」不是党风廉政建设职责里的谈话/);
    expect(activities()).toEqual([]);
  });
});

describe('3. 陪同X检查: X the doer, the sender and the others along; a hedged kind answers', () => {
  it.each([['算作风纪律检查吧'], ['就算作风纪律检查'], ['应该是作风纪律检查吧']])('王磊 then 「%s」 → 黄志刚\'s 作风纪律检查, 王磊 and 林晓 along', async (hedge) => {
    expect(await answerText('王磊', '11月26日和林晓陪同黄书记检查了三公经费台账')).toMatch(/哪类/);
    const answer = await answerText('王磊', hedge);
    expect(answer).not.toMatch(/完成情况/);
    if (activities().length === 0) await say('王磊', '确认');
    const [a] = activities();
    expect([a?.type, a?.date, a?.actorId]).toEqual(['inspect_style', '2026-11-26', 'huangzhigang']);
    expect([...(a?.companionIds ?? [])].sort()).toEqual(['linxiao', 'wanglei']);
  });

  it('王磊 「我和林晓陪同黄书记到财务科检查了作风纪律」 → 黄志刚\'s check on a card, never the sender\'s', async () => {
    const answer = await answerText('王磊', '11月26日我和林晓陪同黄书记到财务科检查了作风纪律');
    expect(answer).toMatch(/活动人：黄志刚/);
    await say('王磊', '确认');
    expect(activities().map((a) => [a.actorId, [...(a.companionIds ?? [])].sort().join()])).toEqual([['huangzhigang', 'linxiao,wanglei']]);
  });
});

describe('4. a leader named by title at the sender\'s talk: a card, not stored at once', () => {
  it.each([['昨天和杨帆进行了廉政谈话 赵书记也在'], ['昨天和杨帆进行了廉政谈话，赵敏书记在场']])('王磊 「%s」 → card naming 赵敏; 确认 stores 王磊\'s talk', async (text) => {
    const answer = await answerText('王磊', text);
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/如是赵敏主谈/);
    expect(activities()).toEqual([]);
    await say('王磊', '确认');
    expect(rows().map((r) => [r[0], r[2], r[3]])).toEqual([['talk_integrity', 'wanglei', 'yangfan']]);
  });

  it('near-miss: a colleague there (胡军也在) → stored at once as before', async () => {
    await answerText('王磊', '昨天和杨帆进行了廉政谈话，胡军也在');
    expect(rows().map((r) => [r[0], r[3]])).toEqual([['talk_integrity', 'yangfan']]);
  });
});

describe('5. an undoing ordered in the work is no withdrawal', () => {
  it.each([['11月25日到财务科开展作风纪律检查，发现的问题已督促撤销'], ['11月25日到财务科开展作风纪律检查 违规的审批已予以撤销']])('林晓 「%s」 → the check recorded', async (text) => {
    await answerText('林晓', text);
    if (activities().length === 0) await say('林晓', '确认');
    expect(rows().map((r) => [r[0], r[1], r[2]])).toEqual([['inspect_style', '2026-11-25', 'linxiao']]);
  });

  it('near-miss: 「撤销第2条」 records nothing', async () => {
    await answerText('林晓', '撤销第2条');
    expect(activities()).toEqual([]);
  });
});
