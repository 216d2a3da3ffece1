// Round 62, gba (issue 10; t64a): a counted lead without a verb, a pasted row without its header and a bare 上午 opening the
// message — no phantom record from the lead, the row's doer and people from its columns, today for the 上午 clause and
// 昨天 only for its own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai: the findings' December days are past. */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = chat.datedRows;

describe('a counted lead over its items only counts them', () => {
  it('王芳 「本月警示教育2次，其中…观看…；12.4赵敏书记…讲授廉政党课」 → a card with the two, the kinds told apart; 确认 stores two', async () => {
    const card = await answerText('王芳', '本月警示教育2次，其中12月2日组织观看警示教育片《警钟》，参加8人；12.4赵敏书记为宣文部讲授廉政党课');
    expect(card).toMatch(/确认/);
    expect(card).toMatch(/不是警示教育/);
    expect(card).not.toMatch(/哪一天/);
    expect(activities()).toEqual([]);
    await answerText('王芳', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-12-02', 'liming', '', 8],
      ['edu_lecture', '2026-12-04', 'zhaomin', '', null],
    ]);
  });

  it('王芳 「机关纪委共开展提醒谈话3次，其中…黄志刚书记对王强…，12月2日对李娟进行函询，…林晓对杨帆…」 → nothing stored before the 函询 is answered, and no talk with 黄志刚', async () => {
    const answer = await answerText('王芳', '本月以来，机关纪委共开展提醒谈话3次，其中12月1日黄志刚书记对王强进行提醒谈话，12月2日对李娟进行函询，12月4日林晓对杨帆进行提醒谈话');
    expect(answer).toMatch(/函询/);
    expect(answer).not.toMatch(/和谁/);
    expect(activities().filter((a) => a.counterpartIds.includes('huangzhigang'))).toEqual([]);
    expect(activities().filter((a) => a.actorId === 'wangfang')).toEqual([]);
  });

  it('near-miss: 「本月警示教育2次」 alone asks its days, nothing stored', async () => {
    const answer = await answerText('王芳', '本月警示教育2次');
    expect(answer).toMatch(/哪一天|日期|哪天/);
    expect(activities()).toEqual([]);
  });
});

describe('a pasted row without its header: day · doer · whom · what', () => {
  it('胡军 「12月3日⇥周涛⇥全体人员⇥签订廉政承诺书」 → a card of 周涛 signing with 张颖; 确认 stores it', async () => {
    const card = await answerText('胡军', '12月3日\t周涛\t全体人员\t签订廉政承诺书');
    expect(card).toMatch(/确认/);
    expect(activities()).toEqual([]);
    await answerText('胡军', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-03', 'zhoutao', 'zhangying', null]]);
  });

  it('胡军 「12月3日⇥黄志刚⇥财务科⇥廉政谈话」 → 黄志刚 with each of 财务科, on a card', async () => {
    await answerText('胡军', '12月3日\t黄志刚\t财务科\t廉政谈话');
    expect(activities()).toEqual([]);
    await answerText('胡军', '确认');
    expect(rows().map((r) => [r[1], r[2], r[3]])).toEqual([
      ['2026-12-03', 'huangzhigang', 'lijuan'],
      ['2026-12-03', 'huangzhigang', 'sunli'],
      ['2026-12-03', 'huangzhigang', 'wangqiang'],
    ]);
  });
});

describe('a bare 上午 opening the message is today\'s', () => {
  it('赵敏 「上午到宣文部和王磊 杨帆分别谈了话 都是廉政谈话 昨天还和何平谈了心」 → 王磊 and 杨帆 today, 何平 yesterday', async () => {
    const card = await answerText('赵敏', '上午到宣文部和王磊 杨帆分别谈了话 都是廉政谈话 昨天还和何平谈了心');
    expect(card).toMatch(/确认/);
    expect(activities()).toEqual([]);
    await answerText('赵敏', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-06', 'zhaomin', 'heping', null],
      ['talk_integrity', '2026-12-07', 'zhaomin', 'wanglei', null],
      ['talk_integrity', '2026-12-07', 'zhaomin', 'yangfan', null],
    ]);
  });

  it('near-miss: 「上午和王磊进行了廉政谈话」 → stored at once as today', async () => {
    await answerText('赵敏', '上午和王磊进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhaomin', 'wanglei', null]]);
  });
});
