// Round 58, fixer fdb (issue 10; t60a F4 F5 F10 F12, t60b F11 F12): answers to the bot's questions that carry more than
// the one thing asked. 张伟「和四位班子成员分别进行了廉政谈话」 → 是哪一天 → 「王建国和刘芳是12月1日谈的，陈志强、赵敏是12月3号」 was
// read as 王建国's new report (the four talks dropped), and without 谈的 put 陈志强 on the first day; 「胡军，12月5日谈的」 to
// 和谁谈的 asked the day again; 「都是廉政谈话」 to the kind of 2 of 3 talks asked the third again; 「都不是，她叫赵晓雨」 to
// 「小赵」是哪一位 was not understood; 「…不用记，只记孙杰那条」 dropped the whole report. Over HTTP: what the card or the store holds.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's today). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);
const byPerson = () => Object.fromEntries(activities().map((a) => [a.counterpartIds.join(','), a.date]));

/** Says `answer`, then 确认 when a card waits: what is stored after. */
async function answerAndConfirm(from: string, answer: string): Promise<void> {
  await say(from, answer);
  if (activities().length === 0 && /请确认/.test(lastText())) await say(from, '确认');
}

describe('days per waiting person (t60a F4, F5)', () => {
  const FOUR = '和四位班子成员分别进行了廉政谈话';
  const split = { wangjianguo: '2026-11-24', liufang: '2026-11-24', chenzhiqiang: '2026-11-26', zhaomin: '2026-11-26' };
  it.each([
    '王建国和刘芳是11月24日谈的，陈志强、赵敏是11月26号',
    '王建国和刘芳是11月24日，陈志强、赵敏是11月26号',
    '王建国、刘芳是24号，陈志强、赵敏是26号',
    '嗯 王建国 刘芳是24号谈的 陈志强 赵敏是26号谈的',
    '24号和王建国、刘芳谈的，26号和陈志强、赵敏谈的',
    '11月24日王建国、刘芳，11月26日陈志强、赵敏',
    '王建国、刘芳是上周二，陈志强、赵敏是上周四',
    '和王建国、刘芳是11月24日谈的；和陈志强、赵敏是11月26日谈的',
    '王建国和刘芳11月24日谈的，陈志强和赵敏11月26日谈的',
    '刘芳和王建国是24日谈的，赵敏、陈志强是26日',
    '王建国和刘芳是24号谈的。陈志强、赵敏是26号。',
    '跟王建国、刘芳是24号，跟陈志强、赵敏是26号',
    '王建国同志和刘芳同志是11月24日，陈志强同志、赵敏同志是11月26日',
    '王建国和刘芳是上周二谈的，陈志强、赵敏是上周四谈的',
    '王建国、刘芳是11月24号谈的，陈志强、赵敏是11月26号谈的',
  ])('张伟: %s → each talk on its own day, 张伟 the doer', async (answer) => {
    await say('张伟', FOUR);
    expect(lastText()).toMatch(/是哪一天/);
    await answerAndConfirm('张伟', answer);
    expect(activities().every((a) => a.actorId === 'zhangwei' && a.type === 'talk_integrity')).toBe(true);
    expect(byPerson()).toEqual(split);
  });

  it.each([
    ['王建国是11月23日，刘芳是11月24日，陈志强是11月25日，赵敏是11月26日', { wangjianguo: '2026-11-23', liufang: '2026-11-24', chenzhiqiang: '2026-11-25', zhaomin: '2026-11-26' }],
    ['王建国11月23日，刘芳、陈志强11月25日，赵敏11月26日', { wangjianguo: '2026-11-23', liufang: '2026-11-25', chenzhiqiang: '2026-11-25', zhaomin: '2026-11-26' }],
    ['11月24日', { wangjianguo: '2026-11-24', liufang: '2026-11-24', chenzhiqiang: '2026-11-24', zhaomin: '2026-11-24' }],
  ])('张伟: %s', async (answer, want) => {
    await say('张伟', FOUR);
    await answerAndConfirm('张伟', answer);
    expect(byPerson()).toEqual(want);
  });

  it('陈志强: 分管科室负责人 → 「郑华是11月24日谈的，冯雪是11月25日谈的」', async () => {
    await say('陈志强', '和分管科室负责人分别进行了谈心谈话');
    await answerAndConfirm('陈志强', '郑华是11月24日谈的，冯雪是11月25日谈的');
    expect(byPerson()).toEqual({ zhenghua: '2026-11-24', fengxue: '2026-11-25' });
  });

  it('刘芳: 3 people on 2 days → 「周涛、吴静是24号，张颖是26号」', async () => {
    await say('刘芳', '11月24日、11月26日分别与周涛、吴静、张颖进行了谈心谈话');
    await answerAndConfirm('刘芳', '周涛、吴静是24号，张颖是26号');
    expect(byPerson()).toEqual({ zhoutao: '2026-11-24', wujing: '2026-11-24', zhangying: '2026-11-26' });
  });

  it('near-miss: a complete report of someone not waiting is its own report', async () => {
    await say('张伟', FOUR);
    await say('张伟', '11月25日和孙丽进行了廉政谈话');
    expect(lastText()).toMatch(/孙丽/);
    expect(lastText()).not.toMatch(/王建国（党组成员、副理事长）｜活动人/);
  });
});

describe('an answer fills every field it carries (t60b F11, F12)', () => {
  const THIRD = '本月开展廉政谈话3次：11月2日与王强，11月13日与李娟';
  it.each(['胡军，11月25日谈的', '和胡军，25号', '胡军 11月25日', '是和胡军谈的，11月25日', '胡军，25号谈的', '胡军，上周三', '嗯 胡军 25号', '胡军，是25日'])(
    '孙丽: 和谁 → %s: 胡军 on 11-25, no day asked',
    async (answer) => {
      await say('孙丽', THIRD);
      expect(lastText()).toMatch(/和谁/);
      await say('孙丽', answer);
      expect(lastText()).not.toMatch(/是哪一天/);
      if (activities().length === 0) await say('孙丽', '确认');
      expect(stored()).toContainEqual(['talk_integrity', '2026-11-25', 'sunli', ['hujun']]);
      expect(activities()).toHaveLength(3);
    },
  );

  it('near-miss: 「胡军」 alone to 和谁 asks the day next', async () => {
    await say('孙丽', THIRD);
    await say('孙丽', '胡军');
    expect(lastText()).toMatch(/是哪一天/);
  });

  const TABLE = '日期\t谈话人\t谈话对象\n11月23日\t刘芳\t周涛\n〃\t刘芳\t吴静\n11月25日\t陈志强\t冯雪';
  it.each(['都是廉政谈话', '都是廉政谈话。', '三次都是廉政谈话', '均为廉政谈话', '全是廉政谈话'])('王芳 table: %s types all three talks', async (answer) => {
    await say('王芳', TABLE);
    await answerAndConfirm('王芳', answer);
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-23', 'liufang', ['zhoutao']],
      ['talk_integrity', '2026-11-23', 'liufang', ['wujing']],
      ['talk_integrity', '2026-11-25', 'chenzhiqiang', ['fengxue']],
    ]);
  });

  it('王芳 sentence: 「都是谈心谈话」 types both doers\' talks', async () => {
    await say('王芳', '11月23日刘芳和周涛、吴静谈了话，11月25日陈志强和冯雪谈了话');
    await answerAndConfirm('王芳', '都是谈心谈话');
    expect(stored().map((r) => r[0])).toEqual(['talk_heart', 'talk_heart', 'talk_heart']);
  });

  it('near-miss: a bare 「廉政谈话」 types the talks asked and asks the third', async () => {
    await say('王芳', TABLE);
    await say('王芳', '廉政谈话');
    expect(lastText()).toMatch(/陈志强的这项活动是哪类活动/);
  });
});

describe('都不是 + a name (t60a F10)', () => {
  const SMALL_ZHAO = '11月25日和部里新来的小赵谈了谈心';
  it.each([
    '都不是，她叫赵晓雨，上个月刚调过来的',
    '都不是，叫赵晓雨',
    '都不是 她叫赵晓雨',
    '不是这几位，是新来的赵晓雨',
    '以上都不是，她叫赵晓雨',
    '都不是，她的名字叫赵晓雨',
    '不是他们，是赵晓雨',
    '都不是，是赵晓雨，刚调来的',
    '都不是，赵晓雨',
    '嗯 都不是 她叫赵晓雨 新来的',
  ])('王磊: %s → 不在名单里, the name said, nothing recorded', async (answer) => {
    await say('王磊', SMALL_ZHAO);
    expect(lastText()).toMatch(/「小赵」是哪一位/);
    await say('王磊', answer);
    expect(lastText()).toMatch(/赵晓雨/);
    expect(lastText()).toMatch(/不在名单/);
    expect(lastText()).not.toMatch(/是哪一位/);
    expect(activities()).toEqual([]);
  });

  it.each(['都不是，是杨帆', '都不是，是宣文部的杨帆', '不是这几位，是杨帆'])('王磊: %s → the talk with 杨帆', async (answer) => {
    await say('王磊', SMALL_ZHAO);
    await answerAndConfirm('王磊', answer);
    expect(stored()).toEqual([['talk_heart', '2026-11-25', 'wanglei', ['yangfan']]]);
  });

  it('with another talk waiting beside: that one goes on to 确认, the name said', async () => {
    await say('王磊', '11月25日和小赵、杨帆分别谈了心');
    await say('王磊', '都不是，她叫赵晓雨');
    expect(lastText()).toMatch(/赵晓雨/);
    await say('王磊', '确认');
    expect(stored()).toEqual([['talk_heart', '2026-11-25', 'wanglei', ['yangfan']]]);
  });

  it('near-miss: a bare 都不是 still asks for the full name', async () => {
    await say('王磊', SMALL_ZHAO);
    await say('王磊', '都不是');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/全名|小赵/);
  });
});

describe('只记X那条 keeps one item (t60a F12)', () => {
  const TWO = '11月24日上午对康复中心孙杰进行了提醒谈话，下午约谈了财务科王强，就群众反映的报销问题进行了函询谈话';
  it.each([
    '函询那个不算廉政谈话，不用记，只记孙杰那条',
    '只记孙杰那条',
    '只记和孙杰的',
    '王强那个不用记，只记孙杰的',
    '函询不算，只记孙杰那条就行',
    '那个函询谈话不用记 只记孙杰那条',
    '只要孙杰那条，王强那条不用记',
    '只记孙杰那个',
    '就记孙杰那条吧',
    '函询不用记了，只记孙杰那条',
    '函询那条不算，只保留孙杰那条',
    '只记孙杰那条，函询的不算',
  ])('黄志刚: %s → the 孙杰 talk on its day, on a card', async (answer) => {
    await say('黄志刚', TWO);
    expect(lastText()).toMatch(/是哪类活动/);
    await say('黄志刚', answer);
    expect(lastText()).not.toMatch(/是哪一天/);
    expect(lastText()).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say('黄志刚', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-11-24', 'huangzhigang', ['sunjie']]]);
  });

  it('冯雪: 「和郑华那个不算，只记赵磊那条」', async () => {
    await say('冯雪', '11月24日和赵磊谈了心，下午又和郑华谈了话');
    await say('冯雪', '和郑华那个不算，只记赵磊那条');
    if (activities().length === 0) await say('冯雪', '确认');
    expect(stored()).toEqual([['talk_heart', '2026-11-24', 'fengxue', ['zhaolei']]]);
  });

  it('near-miss: 「不用记了」 alone still drops the whole report', async () => {
    await say('黄志刚', TWO);
    await say('黄志刚', '不用记了');
    expect(lastText()).toMatch(/已取消/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: the ordinary answer types the 函询 item', async () => {
    await say('黄志刚', TWO);
    await answerAndConfirm('黄志刚', '谈心谈话');
    expect(stored()).toHaveLength(2);
  });
});
