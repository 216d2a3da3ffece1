// Round 67, ggh: t70a's counted summaries in the chat (main 3fdbc41e; the tester's clock Tue 2026-12-08 03:30 Shanghai).
// F1 胡军's 「11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人
//    谈话2人次；组织警示教育1次，参加38人。」 was a card of 17 items, 王建国 a counterpart, 本月 read as December; now 张伟's talks
//    with the four 班子成员 and 王建国's with 李明、孙丽, each doer's day asked once in November, the 警示教育 its own, 15 vs 6 said.
// M18 周涛's 「11月以来，组联部共开展谈心谈话6次，其中我和张颖谈了2次，刘芳副理事长和我谈了1次。」 was turned down as a running
//    total; now his two talks with 张颖 (two days) and 刘芳's one with him.
// F4 杨帆's 全体党员签订…共12人 card said 「宣文部登记了杨帆共1人」; now 王磊 and 杨帆, 王磊 the record's doer.
// F6 孙丽's 「11.28 财务科 签订廉政责任书 5份」: still 和谁, and the card weighs 5份 against 财务科's three people.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 03:30 in Shanghai (the tester's clock). */
const TUESDAY = new Date('2026-12-08T03:30:00+08:00');
const chat = useChatBot(TUESDAY);
const { activities, answerText, say, datedRows } = chat;

const F1 = '11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次；组织警示教育1次，参加38人。';

describe('F1. a month’s summary with groups inside 其中', () => {
  // Round 69 (gic; t71c): the items of several doers are asked their days in one numbered question, no longer one doer at a time.
  it('胡军: every dateless item asked in one November question, then a card of seven saying 15 against 6; 确认 stores them', async () => {
    const first = await answerText('胡军', F1);
    expect(first).toMatch(/消息说的是11月（11月1日—11月30日），这 7 项还没有具体日期：\n1\. 张伟与王建国的谈心谈话\n2\. 张伟与刘芳的谈心谈话\n3\. 张伟与陈志强的谈心谈话\n4\. 张伟与赵敏的谈心谈话\n5\. 王建国与李明的谈心谈话\n6\. 王建国与孙丽的谈心谈话\n7\. 警示教育（38人参加）/);
    expect(first).not.toMatch(/12月1日—12月8日|本月（12月/);
    expect(first).not.toMatch(/（类型未知）|对象：张伟/);
    expect(activities()).toEqual([]);
    // Round 69 (gia): 38 people is the organisation's scale, not 办公室's: who organised it is asked after the days.
    const organiser = await answerText('胡军', '1-4是11月30日，5、6是11月27号，7是20号');
    expect(organiser).toMatch(/这次警示教育（38人参加）是谁组织的？/);
    const card = await answerText('胡军', '党组');
    expect(card).toMatch(/请确认以下 7 条记录/);
    expect(card).toMatch(/「本月共开展谈心谈话15人次」与列出的6人不一致，已按列出的逐人记录，请核对是否漏记或多记/);
    expect(activities()).toEqual([]);
    await say('胡军', '确认');
    expect(datedRows().filter((r) => r[0] === 'talk_heart')).toEqual([
      ['talk_heart', '2026-11-27', 'wangjianguo', 'liming', null],
      ['talk_heart', '2026-11-27', 'wangjianguo', 'sunli', null],
      ['talk_heart', '2026-11-30', 'zhangwei', 'chenzhiqiang', null],
      ['talk_heart', '2026-11-30', 'zhangwei', 'liufang', null],
      ['talk_heart', '2026-11-30', 'zhangwei', 'wangjianguo', null],
      ['talk_heart', '2026-11-30', 'zhangwei', 'zhaomin', null],
    ]);
    const [film] = activities().filter((a) => a.type === 'edu_warning');
    expect([film?.date, film?.attendees, film?.actorId]).toEqual(['2026-11-20', 38, 'zhangwei']);
    expect(activities()).toHaveLength(7);
  });

  it('王芳: a 10月份 heading with days in its pairs is October, on one card', async () => {
    const card = await answerText('王芳', '10月份党风廉政建设工作小结：本月共开展谈心谈话6人次，其中张伟书记15号与班子成员谈话4人次，王建国副理事长20号与分管科室负责人谈话2人次。');
    expect(card).toMatch(/请确认以下 6 条记录/);
    expect(card).toMatch(/是合计，只用来核对/);
    await say('王芳', '确认');
    expect(datedRows().map((r) => [r[1], r[2], r[3]])).toEqual([
      ['2026-10-15', 'zhangwei', 'chenzhiqiang'],
      ['2026-10-15', 'zhangwei', 'liufang'],
      ['2026-10-15', 'zhangwei', 'wangjianguo'],
      ['2026-10-15', 'zhangwei', 'zhaomin'],
      ['2026-10-20', 'wangjianguo', 'liming'],
      ['2026-10-20', 'wangjianguo', 'sunli'],
    ]);
  });

  it('胡军: a group’s own count unlike its people is said on the card (班子成员谈话5人次)', async () => {
    await say('胡军', '本月共开展谈心谈话9人次，其中张伟书记12月1日与班子成员谈话5人次，陈志强副理事长12月2日与分管科室负责人谈话2人次。');
    const card = chat.lastText();
    expect(card).toMatch(/「张伟书记12月1日与班子成员谈话5人次」与列出的4人不一致/);
    expect(card).toMatch(/「本月共开展谈心谈话9人次」与列出的6人不一致/);
    await say('胡军', '取消');
    expect(activities()).toEqual([]);
  });
});

describe('M18. 其中我和X谈了N次', () => {
  it('周涛: two talks with 张颖, each its day, and 刘芳’s with him; 6 against 3 said', async () => {
    const first = await answerText('周涛', '11月以来，组联部共开展谈心谈话6次，其中我和张颖谈了2次，刘芳副理事长和我谈了1次。');
    expect(first).not.toMatch(/累计数/);
    expect(first).toMatch(/对象：张颖.*（第1条）；谈心谈话｜（日期未知）｜对象：张颖/);
    await say('周涛', '11月12日和11月26日');
    await say('周涛', '11月20日');
    const card = chat.lastText();
    expect(card).toMatch(/「11月以来，组联部共开展谈心谈话6次」与列出的3项不一致/);
    await say('周涛', '确认');
    expect(datedRows()).toEqual([
      ['talk_heart', '2026-11-12', 'zhoutao', 'zhangying', null],
      ['talk_heart', '2026-11-20', 'liufang', 'zhoutao', null],
      ['talk_heart', '2026-11-26', 'zhoutao', 'zhangying', null],
    ]);
  });

  it('张颖: 周涛部长和我谈了2次 is two talks of 周涛’s with her', async () => {
    await answerText('张颖', '11月以来组联部共开展谈心谈话3次，其中周涛部长和我谈了2次，刘芳副理事长和周涛部长谈了1次。');
    await say('张颖', '11月10日、11月24日');
    await say('张颖', '11月25日');
    expect(chat.lastText()).toMatch(/是合计，只用来核对/);
    await say('张颖', '确认');
    expect(datedRows()).toEqual([
      ['talk_heart', '2026-11-10', 'zhoutao', 'zhangying', null],
      ['talk_heart', '2026-11-24', 'zhoutao', 'zhangying', null],
      ['talk_heart', '2026-11-25', 'liufang', 'zhoutao', null],
    ]);
  });
});

describe('F4. a unit signing’s roster note is true', () => {
  it('杨帆: 宣文部 holds 王磊 and 杨帆, 王磊 the doer', async () => {
    await say('杨帆', '近日，宣文部召开支部党员大会，传达学习中央八项规定精神。会上，王磊部长领学了《中国共产党纪律处分条例》；会后，全体党员签订了廉洁自律承诺书，共12人。');
    const card = await answerText('杨帆', '12月2日');
    expect(card).toMatch(/组织架构里宣文部登记了王磊、杨帆共2人，王磊是记录的活动人，未逐一对应到人/);
    expect(card).not.toMatch(/登记了杨帆共1人/);
    await say('杨帆', '确认');
    const signing = activities().find((a) => a.type === 'pledge_sign');
    expect([signing?.date, signing?.actorId, signing?.attendees]).toEqual(['2026-12-02', 'wanglei', 12]);
  });
});

describe('F6. a 责任书’s copies weighed against the unit', () => {
  it('孙丽: 和谁 asked, then the card weighs 5份 against 孙丽、王强、李娟; 确认 stores the two signings', async () => {
    const asked = await answerText('孙丽', '11.28 财务科 签订廉政责任书 5份');
    expect(asked).toMatch(/和谁签订的/);
    const card = await answerText('孙丽', '王强、李娟');
    expect(card).toMatch(/组织架构里财务科登记了孙丽、王强、李娟共3人，与「5份」不一致，请核对签订人和份数/);
    await say('孙丽', '确认');
    expect(datedRows()).toEqual([
      ['pledge_sign', '2026-11-28', 'sunli', 'lijuan', null],
      ['pledge_sign', '2026-11-28', 'sunli', 'wangqiang', null],
    ]);
  });
});
