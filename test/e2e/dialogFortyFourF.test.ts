// Over HTTP, round 44 fixer F (testers t46a/t46b on 4c9244cf, /work/rounds/r44/t46{a,b}-findings.md; issue 10):
//  t46b F4  a day answer that repeats the asked deed's word (11月20日自查的，11月25日报送的) — was read as a new report, the
//           four waiting records abandoned (三条完整的记录 lost);
//  t46b F5  第1-3条 / 1-3条 / 第1、2、3条 / 前三条 / 都 …改成 on a card — was 「这条消息没有记录」;
//  t46a F6  「刚才那条补充一下，谈话时间是前天不是昨天」 after a record — was 「没有…找到「昨天」「前天」」;
//  t46a F1  a 分管科室会议 whose leader was chosen by an answer — the department was checked against the reporter and dropped.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai (the testers' day). */
const chat = useChatBot(new Date('2026-12-05T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}
const stored = () => chat.activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.departmentId ?? '']).sort();

const SUN_LI = '财务科11月党风廉政建设工作：\n一是11月5日组织科室人员学习违规吃喝问题典型案例通报；\n二是11月18日我与王强、李娟分别进行了谈心谈话；\n三是开展了专项资金自查，形成自查报告报送机关纪委。';

describe('t46b F4: a day answer that says the deed again answers the question', () => {
  it.each([
    ['11月20日自查的，11月25日报送的', '2026-11-20'],
    ['自查是20号做的', '2026-11-20'],
    ['20号，报告25号才报上去', '2026-11-20'],
    ['自查是11月20日，报送是11月25日', '2026-11-20'],
    ['11月22日自查的', '2026-11-22'],
  ])('孙丽’s list, item 3 asked 是哪一天 → 「%s」: the four records kept, the 自查 on %s', async (answer, day) => {
    expect(await reply('孙丽', SUN_LI)).toContain('是哪一天');
    const said = await reply('孙丽', answer);
    expect(said).not.toContain('已放弃');
    if (chat.activities().length === 0) await chat.say('孙丽', '确认');
    expect(stored()).toEqual(
      [
        ['edu_warning', '2026-11-05', 'sunli', '', 'finance'],
        ['talk_heart', '2026-11-18', 'sunli', 'wangqiang', 'finance'],
        ['talk_heart', '2026-11-18', 'sunli', 'lijuan', 'finance'],
        ['report_self', day, 'sunli', '', 'finance'],
      ].sort(),
    );
  });

  it('the other day of the answer is named on the card, never dropped unseen', async () => {
    await reply('孙丽', SUN_LI);
    const said = await reply('孙丽', '11月20日自查的，11月25日报送的');
    expect(said).toContain('11月25日报送的');
  });

  it('a complete report of another deed while the day waits is still a report of its own', async () => {
    await reply('孙丽', SUN_LI);
    const said = await reply('孙丽', '11月20日和王强进行了廉政谈话');
    expect(said).toContain('王强');
    expect(chat.activities().some((a) => a.type === 'talk_integrity' && a.date === '2026-11-20')).toBe(true);
  });

  it.each([
    ['孙丽', '财务科11月工作：\n一是组织科室人员学习违规吃喝问题典型案例通报；\n二是11月18日我与王强进行了谈心谈话。', '学习是11月5日', ['edu_warning', '2026-11-05']],
    ['孙丽', '财务科11月工作：\n一是组织科室人员学习违规吃喝问题典型案例通报；\n二是11月18日我与王强进行了谈心谈话。', '11月5日学的，18号谈的心', ['edu_warning', '2026-11-05']],
    ['吴静', '康复部近期工作：\n1.与刘洋进行了谈心谈话；\n2.11月20日组织部门学习《中国共产党纪律处分条例》，参加5人。', '谈心是18号，学习是20号', ['talk_heart', '2026-11-18']],
    ['吴静', '康复部近期工作：\n1.与刘洋进行了谈心谈话；\n2.11月20日组织部门学习《中国共产党纪律处分条例》，参加5人。', '是11月18号那天谈的', ['talk_heart', '2026-11-18']],
  ])('%s 「%s」 → 「%s」: the asked item takes its day, the other kept', async (from, text, answer, [type, day]) => {
    expect(await reply(from, text)).toContain('是哪一天');
    expect(await reply(from, answer)).not.toContain('已放弃');
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.activities().length).toBe(2);
    expect(chat.activities().find((a) => a.type === type)?.date).toBe(day);
  });

  it.each(['谈心是18号，学习是20号', '11月18日谈的心，11月20日学的'])('吴静’s two items both without a day → 「%s」: each takes its own, nothing asked again', async (answer) => {
    expect(await reply('吴静', '康复部近期工作：\n1.与刘洋进行了谈心谈话；\n2.组织部门学习《中国共产党纪律处分条例》，参加5人。')).toContain('是哪一天');
    const said = await reply('吴静', answer);
    expect(said).not.toContain('是哪一天');
    expect(said).not.toContain('没有另记');
    if (chat.activities().length === 0) await chat.say('吴静', '确认');
    expect(stored()).toEqual(
      [
        ['talk_heart', '2026-11-18', 'wujing', 'liuyang', 'rehab'],
        ['edu_integrity', '2026-11-20', 'wujing', '', 'rehab'],
      ].sort(),
    );
  });

  it('a day said of another deed only is not taken as the asked one’s day: said, the question stays', async () => {
    await reply('孙丽', SUN_LI);
    const said = await reply('孙丽', '学习是5号');
    expect(said).toContain('不是下面问的这一条');
    expect(said).toContain('是哪一天');
    expect(chat.activities()).toEqual([]);
  });
});

describe('t46a F6: 「X不是Y」 of a field after a record is the change to X', () => {
  /** 郑华's talk with 陈静 yesterday (12-04), recorded. */
  async function talkRecorded(): Promise<void> {
    await reply('郑华', '昨天和陈静进行了谈心谈话，她刚调过来提醒她遵守工作纪律');
    if (chat.activities().length === 0) await chat.say('郑华', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual([['talk_heart', '2026-12-04', 'chenjing']]);
  }

  it.each([
    '刚才那条补充一下，谈话时间是前天不是昨天',
    '谈话时间是前天不是昨天',
    '刚才那条是前天不是昨天',
    '刚才那条补充一下，时间应该是前天，不是昨天',
    '日期不是昨天，是前天',
    '更正一下，不是昨天是前天',
  ])('「%s」 → a change card 12-04 → 12-03; 确认 stores 12-03', async (text) => {
    await talkRecorded();
    const said = await reply('郑华', text);
    expect(said).not.toContain('没有在通讯录或活动类型里找到');
    expect(said).toContain('2026-12-03');
    await chat.say('郑华', '确认');
    expect(chat.activities().filter((a) => !a.deletedAt).map((a) => a.date)).toEqual(['2026-12-03']);
  });

  it('「谈话对象是赵磊不是陈静」 → the one talked to changed on 确认; 「对象是陈静不是赵磊」 names what is not there', async () => {
    await talkRecorded();
    expect(await reply('郑华', '谈话对象是陈静不是赵磊')).toContain('没有「赵磊」');
    const said = await reply('郑华', '刚才那条补充一下，谈话对象是赵磊不是陈静');
    expect(said).toContain('赵磊');
    await chat.say('郑华', '确认');
    expect(chat.activities().filter((a) => !a.deletedAt).map((a) => a.counterpartIds.join(','))).toEqual(['zhaolei']);
  });

  it('「类型是廉政谈话不是谈心谈话」 → the type changed on 确认', async () => {
    await talkRecorded();
    expect(await reply('郑华', '类型是廉政谈话不是谈心谈话')).toContain('类型改为廉政谈话');
    await chat.say('郑华', '确认');
    expect(chat.activities().filter((a) => !a.deletedAt).map((a) => a.type)).toEqual(['talk_integrity']);
  });
});

describe('t46b F5: a range or list of a card’s items changed at once', () => {
  const WANG_FANG = '办公室本月报送廉政信息3篇，其中11月12日2篇、11月26日1篇；另外，李明主任11月28日向党组提交了年度述责述廉报告。';

  it.each(['1-3条活动人改成李明', '第1-3条活动人改成李明', '第1、2、3条活动人改成李明', '第1至3条的活动人改成李明', '前三条活动人改成李明'])(
    '王芳’s card of four → 「%s」 → every 信息报送 李明’s',
    async (text) => {
      expect(await reply('王芳', WANG_FANG)).toContain('请确认');
      const said = await reply('王芳', text);
      expect(said).not.toContain('这条消息没有记录');
      await chat.say('王芳', '确认');
      expect(chat.activities().filter((a) => a.type === 'report_info').map((a) => a.actorId)).toEqual(['liming', 'liming', 'liming']);
      expect(chat.activities().filter((a) => a.type === 'report_duty').map((a) => a.actorId)).toEqual(['liming']);
    },
  );

  const FOUR_TALKS = '昨天下午分别找王建国、刘芳、陈志强、赵敏四位同志进行了廉政谈话，每人约半小时。';

  it.each([
    ['1-3条日期改成12月3日', ['2026-12-03', '2026-12-03', '2026-12-03', '2026-12-04']],
    ['第1条和第3条日期改成12月3日', ['2026-12-03', '2026-12-04', '2026-12-03', '2026-12-04']],
    ['后两条日期改成12月3日', ['2026-12-04', '2026-12-04', '2026-12-03', '2026-12-03']],
    ['日期都改成12月3日', ['2026-12-03', '2026-12-03', '2026-12-03', '2026-12-03']],
    ['全部改成12月3日', ['2026-12-03', '2026-12-03', '2026-12-03', '2026-12-03']],
  ])('张伟’s four talks → 「%s」 → the days named changed only', async (text, days) => {
    expect(await reply('张伟', FOUR_TALKS)).toContain('请确认以下 4 条记录');
    expect(await reply('张伟', text)).not.toContain('这条消息没有记录');
    await chat.say('张伟', '确认');
    const order = ['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin'];
    expect(order.map((id) => chat.activities().find((a) => a.counterpartIds.includes(id))?.date)).toEqual(days);
  });

  it('a range beyond the card changes nothing and is no new report', async () => {
    await reply('张伟', FOUR_TALKS);
    await reply('张伟', '1-5条日期改成12月3日');
    await chat.say('张伟', '确认');
    expect(chat.activities().map((a) => a.date)).toEqual(['2026-12-04', '2026-12-04', '2026-12-04', '2026-12-04']);
  });
});

describe('t46a F1: a doer chosen by an answer has the doer’s checks run again', () => {
  it.each([
    ['周涛', '今天上午组联部开了分管科室会议，刘理事长参加并提了廉政要求，部门4个人都参加了', '刘芳', ['meeting_dept', '2026-12-05', 'liufang', '', 'liaison']],
    ['周涛', '今天上午组联部开了分管科室会议，刘理事长参加并提了廉政要求，部门4个人都参加了', '刘芳副理事长', ['meeting_dept', '2026-12-05', 'liufang', '', 'liaison']],
    ['郑华', '上周五教就部开了分管科室廉政会议，理事长参加了，部门3人参加', '陈志强', ['meeting_dept', '2026-11-27', 'chenzhiqiang', '', 'employment']],
  ])('%s 「%s」 → 「%s」 → the department kept, no 「不是您分管的科室」', async (from, text, answer, row) => {
    expect(await reply(from, text)).toContain('是哪位领导');
    const said = await reply(from, answer);
    expect(said).not.toContain('不是您分管的科室');
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(stored()).toEqual([row]);
  });

  it('a department the chosen leader does not supervise is still left off, named for that leader', async () => {
    expect(await reply('周涛', '今天上午组联部和宣文部开了分管科室会议，刘理事长参加，8人参加')).toContain('是哪位领导');
    const said = await reply('周涛', '刘芳');
    expect(said).toContain('「宣文部」不是刘芳分管的科室');
    expect(said).not.toContain('不是您分管的科室');
    if (chat.activities().length === 0) await chat.say('周涛', '确认');
    expect(stored()).toEqual([['meeting_dept', '2026-12-05', 'liufang', '', 'liaison']]);
  });

  // The coordinator's fix on the merge: a department's 分管科室会议 is no longer its head's on a card (周涛, 「「组联部」不是
  // 周涛分管的科室」) but asked whose, 组联部's 分管领导 offered; answered, it is placed at 组联部 for her.
  it('张颖 a 分管科室会议 whose subject is 组联部 → asked whose, 刘芳 offered → 「刘芳」 → placed at 组联部', async () => {
    const asked = await reply('张颖', '昨天组联部召开了分管科室会议，领导出席，4人参加');
    expect(asked).toContain('是哪位领导');
    expect(asked).toContain('刘芳');
    expect(asked).not.toContain('周涛');
    const said = await reply('张颖', '刘芳');
    expect(said).not.toContain('分管的科室');
    if (chat.activities().length === 0) await chat.say('张颖', '确认');
    expect(stored()).toEqual([['meeting_dept', '2026-12-04', 'liufang', '', 'liaison']]);
  });
});

