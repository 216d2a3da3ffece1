// Over HTTP (z18, issue 10, round 18u): a photo post whose text is a report is a report, its photos on the new
// record (fault 1); an answer that also carries a new report (3); a terse type or person correction (4); an answer
// that names more than it was asked (8).
import { describe, expect, it } from 'vitest';
import { postContent } from '../../src/emulator/createEmulator.js';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai: 今天下午 is past, and the reminders' hours (09:00–17:30) too. */
const WEDNESDAY_EVENING = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY_EVENING);
const { activities, lastText, rows, say } = chat;

/** A rich-text post: the member's words and one photo, as Feishu delivers a photo sent with a caption. */
const photoPost = (from: string, text: string, key: string) =>
  say(from, '', { messageType: 'post', content: postContent('', [[{ text }], [{ imageKey: key }]]) });
const keysOf = (i: number) => (activities()[i]!.evidence ?? []).map((e) => e.key);

describe('fault 1: a photo post that reports another deed is a report, its photo on the new record', () => {
  it('孙丽: a study reported with a photo 10 minutes after a talk is recorded, the photo on the study', async () => {
    await say('孙丽', '今天上午和王强谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'sunli', 'wangqiang']]);
    await photoPost('孙丽', '今天下午科室全体人员集中学习了《中国共产党纪律处分条例》，参加5人', 'img_v3_study');
    expect(lastText()).not.toMatch(/作为证据附到：谈心谈话/);
    const all = () => activities().map((a) => [a.type, a.title, a.attendees]);
    // Recorded at once or shown for 确认: either way, nothing stored wrong and the study is not lost.
    if (all().length === 1) await say('孙丽', '确认');
    expect(all()).toEqual([
      ['talk_heart', undefined, undefined],
      ['edu_integrity', '中国共产党纪律处分条例', 5],
    ]);
    expect(keysOf(0)).toEqual([]);
    expect(keysOf(1)).toEqual(['img_v3_study']);
  });

  it('陈志强: a signing reported with a photo after a talk is the signing, with the photo', async () => {
    await say('陈志强', '11月20日到教育就业部与郑华进行了廉政谈话');
    await photoPost('陈志强', '昨天和冯雪签订了廉政承诺书', 'img_v3_pledge');
    if (activities().length === 1) await say('陈志强', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-20', 'chenzhiqiang', 'zhenghua'],
      ['pledge_sign', '2026-12-01', 'chenzhiqiang', 'fengxue'],
    ]);
    expect(keysOf(0)).toEqual([]);
    expect(keysOf(1)).toEqual(['img_v3_pledge']);
  });

  it('a report-post with no earlier record keeps its photo, also when the day is asked first', async () => {
    await photoPost('郑华', '组织教就部观看了警示教育片《围猎》，参加7人', 'img_v3_film');
    expect(lastText()).toMatch(/是哪一天/);
    await say('郑华', '上周四');
    expect(activities().map((a) => [a.type, a.date, a.title])).toEqual([['edu_warning', '2026-11-26', '围猎']]);
    expect(keysOf(0)).toEqual(['img_v3_film']);
  });

  it('#31 in the group: 「@清风 …学习…参加5人」 + photo after a talk is the study, with the photo', async () => {
    const bot = chat.t.emulator.bot;
    const group = { chatType: 'group' as const, chatId: 'oc_testgroup', mentions: [{ key: '@_user_1', openId: bot.openId, name: bot.name }] };
    await say('孙丽', '@_user_1 今天上午和王强谈心谈话', group);
    await say('孙丽', '', { ...group, messageType: 'post', content: postContent('', [[{ text: '@_user_1 今天下午科室全体人员集中学习了《中国共产党纪律处分条例》，参加5人' }], [{ imageKey: 'img_v3_group' }]]) });
    expect(lastText()).not.toMatch(/作为证据附到：谈心谈话/);
    expect(lastText()).toMatch(/廉政教育[\s\S]*随消息发来的图片作为证据附到这条记录/);
    if (activities().length === 1) await say('孙丽', '@_user_1 确认', group);
    expect(activities().map((a) => [a.type, (a.evidence ?? []).map((e) => e.key).join()])).toEqual([
      ['talk_heart', ''],
      ['edu_integrity', 'img_v3_group'],
    ]);
  });

  it('a post restating the record just made (same type, day and person) adds its photo to that record, no second one', async () => {
    await say('冯雪', '今天和赵磊廉政谈话');
    await photoPost('冯雪', '今天和赵磊廉政谈话', 'img_v3_again');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'fengxue', 'zhaolei']]);
    expect(keysOf(0)).toEqual(['img_v3_again']);
  });

  it('a bare caption still goes to the earlier record, and so does one that names that record’s own deed', async () => {
    await say('冯雪', '今天和赵磊廉政谈话');
    await photoPost('冯雪', '观影现场', 'img_v3_caption');
    await photoPost('冯雪', '廉政谈话现场', 'img_v3_same');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'fengxue', 'zhaolei']]);
    expect(keysOf(0)).toEqual(['img_v3_caption', 'img_v3_same']);
    expect(lastText()).toMatch(/作为证据附到：廉政谈话/);
  });
});

describe('fault 4: a terse type or person correction reaches the before → after card, not a new report', () => {
  it.each([
    ['王建国', '昨天和李明谈心谈话', '不对，是廉政谈话', 'talk_heart', 'talk_integrity', 'liming'],
    ['刘芳', '昨天和周涛谈心谈话', '不对，应该是廉政谈话', 'talk_heart', 'talk_integrity', 'zhoutao'],
    ['何平', '今天和徐辉廉政谈话', '类型错了，是谈心谈话', 'talk_integrity', 'talk_heart', 'xuhui'],
  ])('%s 「%s」 then 「%s」: one record, its type changed only after 确认', async (who, report, correction, before, after, counterpart) => {
    await say(who, report);
    const [row] = rows();
    expect(row).toEqual([before, expect.any(String), expect.any(String), counterpart]);
    await say(who, correction);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/类型改为/);
    expect(rows()).toEqual([row]);
    await say(who, '确认');
    expect(rows()).toEqual([[after, row![1], row![2], counterpart]]);
    expect(lastText()).toMatch(/^已修改/);
  });

  it('「不对，是和胡军」 puts the counterpart right after 确认', async () => {
    await say('王建国', '昨天和李明谈心谈话');
    await say('王建国', '不对，是和胡军');
    expect(lastText()).toMatch(/原来：谈心谈话｜2026-12-01（昨天）｜对象：李明[\s\S]*改为：谈心谈话｜2026-12-01（昨天）｜对象：胡军/);
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'wangjianguo', 'hujun']]);
  });

  it('a type the record already has changes nothing and says so', async () => {
    await say('王建国', '昨天和李明谈心谈话');
    await say('王建国', '不对，是谈心谈话');
    expect(lastText()).toMatch(/已经是谈心谈话，没有改动/);
    expect(rows()).toHaveLength(1);
  });
});

describe('fault 3: an answer that also carries a new report keeps the answer; both on one card', () => {
  it.each([
    ['周涛', '组织部门同志学习了新修订的纪律处分条例', '11月10号。另外11月24号我还和张颖谈了心', [['edu_integrity', '2026-11-10'], ['talk_heart', '2026-11-24']], 'zhangying'],
    ['吴静', '组织部里学习了廉洁自律准则', '上周三。另外昨天还和刘洋谈了心', [['edu_integrity', '2026-11-25'], ['talk_heart', '2026-12-01']], 'liuyang'],
    ['王磊', '和杨帆谈心谈话', '昨天，还有今天上午和杨帆签了承诺书', [['talk_heart', '2026-12-01'], ['pledge_sign', '2026-12-02']], 'yangfan'],
  ])('%s 「%s」 → day asked → 「%s」', async (who, report, answer, want, counterpart) => {
    await say(who, report);
    expect(lastText()).toMatch(/是哪一天/);
    await say(who, answer);
    expect(lastText()).not.toMatch(/已放弃|没有对应到任何记录/);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    expect(rows()).toEqual([]);
    await say(who, '确认');
    expect(rows().map(([type, date]) => [type, date])).toEqual(want);
    expect(rows()[1]![3]).toBe(counterpart);
  });

  it('a plain answer with 还有 and no deed after it stays an answer (「王强，还有李娟」 to 和谁谈的)', async () => {
    await say('孙丽', '昨天进行了廉政谈话');
    expect(lastText()).toMatch(/和谁/);
    await say('孙丽', '王强，还有李娟');
    expect(rows().map((r) => r[3])).toEqual(['wangqiang', 'lijuan']);
  });
});

describe('fault 8: an answer fills every field it names', () => {
  it.each([
    ['郑华', '上周组织教就部观看了警示教育片', '是11月26号下午看的，片名叫《围猎》，一共7个人', ['edu_warning', '2026-11-26', '围猎', 7]],
    ['王磊', '组织部门观看了警示教育片', '11月20号，片名《一念之差》，参加4人', ['edu_warning', '2026-11-20', '一念之差', 4]],
    ['孙丽', '组织科室学习了廉政知识', '昨天下午，学的是《廉洁自律准则》，3个人', ['edu_integrity', '2026-12-01', '廉洁自律准则', 3]],
  ])('%s 「%s」 → day asked → 「%s」 keeps the title and the head count', async (who, report, answer, want) => {
    await say(who, report);
    // A report's 上周 is said in the question (i21, round 21 K1): 是上周（11月23日—11月29日）哪一天.
    expect(lastText()).toMatch(/是(?:上周（11月23日—11月29日）)?哪一天/);
    await say(who, answer);
    if (activities().length === 0) await say(who, '确认');
    expect(activities().map((a) => [a.type, a.date, a.title, a.attendees])).toEqual([want]);
  });

  it('「就是上周那次」 to the day question says which week was understood and that its day is missing', async () => {
    await say('郑华', '和陈静的谈心谈话已完成');
    expect(lastText()).toMatch(/是哪一天进行的/);
    const text = await chat.answerText('郑华', '就是上周那次');
    expect(text).toMatch(/上周（11月23日—11月29日），还差具体哪一天/);
    expect(text).toMatch(/是哪一天进行的/);
    expect(rows()).toEqual([]);
    await say('郑华', '上周五');
    expect(rows()).toEqual([['talk_heart', '2026-11-27', 'zhenghua', 'chenjing']]);
  });
});
