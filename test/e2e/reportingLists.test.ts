// Reporting end to end when one message lists several activities (issue 10): each entry is its own record, shown for a tap; an entry without a day is asked about; plans, slogans and a bare 确认 are answered for what they are.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

const brief = () => activities().map((a) => [a.type, a.date, a.counterpartIds.join(','), a.title ?? '']);

describe('a message listing several activities', () => {
  const NUMBERED = '1. 11月3日组织党员干部学习《中国共产党纪律处分条例》\n2. 11月10日开展节前廉洁提醒谈话，对象王芳、胡军\n3. 11月17日开展作风纪律检查';

  it.each([
    ['on lines', NUMBERED],
    ['on one line', NUMBERED.replace(/\n/g, ' ')],
    ['with a literal \\n', NUMBERED.replace(/\n/g, '\\n')],
    ['with 一、二、三、', NUMBERED.replace('1. ', '一、').replace('2. ', '二、').replace('3. ', '三、')],
  ])('numbered %s: each item its own record, all listed for 确认 first', async (_how, message) => {
    await say('李明', message);
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*2026-11-03[\s\S]*2026-11-10[\s\S]*2026-11-10[\s\S]*2026-11-17/);
    await say('李明', '确认');
    expect(brief()).toEqual([
      ['edu_integrity', '2026-11-03', '', '中国共产党纪律处分条例'],
      ['talk_integrity', '2026-11-10', 'wangfang', ''],
      ['talk_integrity', '2026-11-10', 'hujun', ''],
      ['inspect_style', '2026-11-17', '', ''],
    ]);
  });

  it('in a group, 「@清风」 then a list on lines: each line its own record', async () => {
    const mention = { key: '@_user_1', openId: chat.t.emulator.bot.openId, name: '清风' };
    await chat.t.say('吴静', '@_user_1 \n1. 11月9日组织康复部开展廉政教育\n2. 11月16日与刘洋进行廉政谈话', { chatType: 'group', chatId: 'oc_testgroup', mentions: [mention] });
    await chat.t.running.drain();
    expect(lastText()).toContain('请确认');
    await chat.t.say('吴静', '@_user_1 确认', { chatType: 'group', chatId: 'oc_testgroup', mentions: [mention] });
    await chat.t.running.drain();
    expect(brief()).toEqual([
      ['edu_integrity', '2026-11-09', '', ''],
      ['talk_integrity', '2026-11-16', 'liuyang', ''],
    ]);
  });

  it('a second line without a day of its own is asked about, never given the first line’s day', async () => {
    await say('李明', '11月3日组织办公室学习《中国共产党廉洁自律准则》\n开展作风纪律检查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/作风纪律检查[\s\S]*是哪一天/);
    await say('李明', '11月17日');
    expect(lastText()).toContain('请确认');
    await say('李明', '确认');
    expect(brief()).toEqual([
      ['edu_integrity', '2026-11-03', '', '中国共产党廉洁自律准则'],
      ['inspect_style', '2026-11-17', '', ''],
    ]);
  });

  it('a name left over (a leader as the subject, read as the sender’s counterpart) goes to the card, which names the sender as 活动人', async () => {
    await say('李明', '11月20日在办公室，王建国副理事长听取了我的述职，并与胡军谈心谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*活动人：您本人[\s\S]*没有对应到任何记录/);
  });

  it('a question about one item lists the others waiting with it; the answer keeps that item’s doer and title', async () => {
    await say('杨帆', '宣文部近期工作：\n1.11月3日王磊部长与杨帆进行廉政谈话\n2.11月13日部门组织观看《警钟》\n3.11月20日部门开展党风廉政自查');
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).toMatch(/同一条消息里还有 2 条[\s\S]*廉政谈话[\s\S]*自查/);
    await say('杨帆', '警示教育');
    expect(lastText()).toContain('请确认');
    await say('杨帆', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? '', a.title ?? ''])).toEqual([
      ['talk_integrity', '2026-11-03', 'wanglei', ''],
      ['edu_warning', '2026-11-13', 'wanglei', '警钟'],
      ['report_self', '2026-11-20', 'wanglei', ''],
    ]);
  });

  it('a line that tells of a deed but gave no record is named in the card; a heading line is not', async () => {
    await say('王芳', '本月工作如下：\n11月21日，康复中心党支部召开专题组织生活会\n11月22日组织观看警示教育片，参加8人');
    expect(lastText()).toContain('第2行没有读出可记录的活动，未记录');
    expect(lastText()).not.toContain('第1行');
    await say('王芳', '确认');
    expect(brief()).toEqual([['edu_warning', '2026-11-22', '', '']]);
  });

  it('分别 with two days and two titles: each day its own title', async () => {
    await say('郑华', '11月5日、11月12日分别组织观看了警示教育片《蜕变》和《围猎》');
    expect(lastText()).toContain('请确认');
    await say('郑华', '确认');
    expect(brief()).toEqual([
      ['edu_warning', '2026-11-05', '', '蜕变'],
      ['edu_warning', '2026-11-12', '', '围猎'],
    ]);
  });

  it('a quoted slogan is no title', async () => {
    await say('张伟', '11月20日召开党组会议，专题研究党风廉政建设工作，要求班子成员切实履行“一岗双责”');
    await say('张伟', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: 'meeting_special', date: '2026-11-20' });
    expect(activities()[0]!.title).toBeUndefined();
  });
});

describe('reports holding a query’s words (情况, 检查) are reports, not completion questions', () => {
  it('「…开展作风纪律明查暗访，检查干部在岗在位情况」 is recorded', async () => {
    await say('赵敏', '11月26日到康复中心开展作风纪律明查暗访，检查干部在岗在位情况');
    expect(brief()).toEqual([['inspect_style', '2026-11-26', '', '']]);
  });

  it('a list under 「财务科11月廉政工作情况：」 lists each item for 确认', async () => {
    await say('李娟', '财务科11月廉政工作情况：\n一、11月3日，科长孙丽与副科长王强开展廉政谈话；\n二、11月10日，全科人员观看警示教育片《蜕变》；\n三、11月24日，开展财务领域风险点自查。');
    expect(lastText()).toContain('请确认');
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? ''])).toEqual([
      ['talk_integrity', '2026-11-03', 'sunli'],
      ['edu_warning', '2026-11-10', 'sunli'],
      ['report_self', '2026-11-24', 'sunli'], // subjectless under the clerk's department heading: the department's, so its head's
    ]);
  });

  it('a question about the same activities is still a question', async () => {
    await say('张伟', '本季度廉政谈话完成情况');
    expect(activities()).toHaveLength(0);
    expect(lastText()).not.toContain('请确认');
  });
});

describe('several doers with 分别', () => {
  it('as many doers as people talked to are paired in order; one person talked to is each doer\'s', async () => {
    await say('王芳', '11月25日，张伟书记、王建国副理事长分别与李明、孙丽进行了廉政谈话。');
    await say('王芳', '确认');
    const who = (name: string) => chat.t.openId(name) && chat.t.config.directory.org.people.find((p) => p.name === name)!.id;
    const pairs = () => activities().map((a) => [a.actorId, a.counterpartIds.join(','), a.date]);
    expect(pairs()).toEqual([
      [who('张伟'), who('李明'), '2026-11-25'],
      [who('王建国'), who('孙丽'), '2026-11-25'],
    ]);
    await say('王芳', '11月26日，张伟书记、王建国副理事长分别与李明进行了谈心谈话');
    await say('王芳', '确认');
    expect(pairs().slice(2).sort()).toEqual(
      [
        [who('张伟'), who('李明'), '2026-11-26'],
        [who('王建国'), who('李明'), '2026-11-26'],
      ].sort(),
    );
  });
});

describe('going along with someone', () => {
  it.each([
    ['王强', '今天跟着孙科长参加了科里的廉政教育'],
    ['王强', '昨天随孙丽科长参加了警示教育'],
    ['陈静', '今天参加了部里的廉政教育'],
  ])('%s 「%s」 is shown for 确认 with its 活动人, never recorded at once as the sender\'s', async (who, text) => {
    await say(who, text);
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('活动人');
  });
});

describe('a 述责述廉 held on a day', () => {
  it('「11月28日…作了述责述廉」 is recorded (or shown for 确认), not answered with the material\'s draft', async () => {
    await say('张伟', '11月28日在全市残联系统会议上作了述责述廉');
    if (lastText().includes('请确认')) await say('张伟', '确认');
    expect(brief().map(([type, date]) => [type, date])).toEqual([['report_duty', '2026-11-28']]);
    expect(chat.t.texts().join('\n')).not.toContain('草稿');
  });
});

describe('a list waiting for 确认 when a new report comes', () => {
  it('the list keeps waiting (said on the new receipt) and a later 确认 records it', async () => {
    await say('李明', '1. 11月3日组织观看警示教育片《贪毁人生》，参加12人\n2. 11月10日开展作风纪律检查');
    expect(lastText()).toContain('请确认');
    const before = chat.t.emulator.sent.length;
    await say('李明', '今天和王芳进行了廉政谈话');
    // One message: the notice at the top of the new report's receipt, not a message of its own.
    const answer = chat.t.texts().slice(before);
    expect(answer).toHaveLength(1);
    expect(answer[0]).toMatch(/之前的 1 张卡片仍在等您确认[\s\S]*王芳/);
    expect(brief()).toEqual([['talk_integrity', '2026-11-30', 'wangfang', '']]);
    await say('李明', '确认');
    expect(brief().map((r) => r[0])).toEqual(['talk_integrity', 'edu_warning', 'inspect_style']);
  });
});

describe('a pending question and a new report of unclear type', () => {
  it('「是哪一天？」 waits for a talk; a study with its own title and count is a new report, never the answer', async () => {
    await say('郑华', '和陈静进行了廉政谈话');
    expect(lastText()).toContain('是哪一天');
    const before = chat.t.texts().length;
    await say('郑华', '11月24日组织部门学习《民法典》，参加4人');
    expect(activities()).toHaveLength(0);
    expect(chat.t.texts().slice(before)).toHaveLength(1);
    expect(lastText()).toMatch(/上一条还在等回答的上报（廉政谈话[^\n]*陈静[^\n]*还缺日期，没有记录，已放弃[\s\S]*是哪类活动/);
    await say('郑华', '廉政教育');
    expect(brief()).toEqual([['edu_integrity', '2026-11-24', '', '民法典']]);
  });

  it('a bare day still answers the question', async () => {
    await say('郑华', '和陈静进行了廉政谈话');
    await say('郑华', '11月24日');
    expect(brief()).toEqual([['talk_integrity', '2026-11-24', 'chenjing', '']]);
  });
});

describe('messages that are not a report to record', () => {
  it.each(['明天和陈静进行谈心谈话', '后天组织观看警示教育片', '月底前开展一次作风纪律检查', '计划12月3日与王芳谈心', '下周准备组织观看警示教育片'])(
    '「%s」 gets the plan reply and records nothing',
    async (message) => {
      await say('李明', message);
      expect(lastText()).toContain('看起来这是计划安排');
      expect(activities()).toHaveLength(0);
    },
  );

  it('a plan line beside a report is named as not recorded', async () => {
    await say('李明', '11月20日与王芳进行谈心谈话\n明天与胡军进行廉政谈话');
    expect(chat.t.texts().join('\n')).toContain('第2行是计划安排，未记录');
    expect(brief()).toEqual([['talk_heart', '2026-11-20', 'wangfang', '']]);
  });

  it('a deed with a plan in the same line: the deed recorded, the plan named and left out', async () => {
    await say('周涛', '昨天和张颖谈心谈话，明天准备组织部门学习');
    expect(brief()).toEqual([['talk_heart', '2026-11-29', 'zhangying', '']]);
    expect(chat.t.texts().join('\n')).toContain('其中的计划安排，未记录');
  });

  it.each(['确认', '对', '是的', '确定'])('「%s」 with nothing waiting says so, not 没看懂', async (word) => {
    await say('李明', word);
    expect(lastText()).toContain('现在没有等待确认的上报');
    expect(lastText()).not.toContain('没看懂');
    expect(activities()).toHaveLength(0);
  });

  it('「不对」 with nothing waiting says how to correct or withdraw the last record', async () => {
    await say('李明', '不对');
    expect(lastText()).toMatch(/没有等待确认的上报[\s\S]*修改上一条[\s\S]*撤销/);
  });

  it('「确认」 after the card was answered says nothing is waiting', async () => {
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    await say('孙杰', '确认');
    expect(activities()).toHaveLength(1);
    await say('孙杰', '确认');
    expect(lastText()).toContain('现在没有等待确认的上报');
    expect(activities()).toHaveLength(1);
  });
});

describe('a talk and a 责任书 in one sentence', () => {
  it('a 责任书 signed in the clause after a talk (…与赵磊进行廉政谈话，并签订了廉政承诺书) is signed with the one talked to, shown on the card', async () => {
    await say('赵磊', '11月18日，冯雪部长在维权部会议室与赵磊进行廉政谈话，并签订了廉政承诺书');
    expect(activities()).toHaveLength(0);
    const card = lastText();
    expect(card).toContain('请确认');
    // The 承诺书 line names 赵磊 as the other side, where it used to show an absence.
    expect(card).toMatch(/签订责任书\/承诺书｜2026-11-18｜对象：赵磊（维权部科员）｜活动人：冯雪/);
    await say('赵磊', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? '', a.counterpartIds.join(',')])).toEqual([
      ['talk_integrity', '2026-11-18', 'fengxue', 'zhaolei'],
      ['pledge_sign', '2026-11-18', 'fengxue', 'zhaolei'],
    ]);
  });
});

describe('a part of the message no record took', () => {
  it('the card names the day left over (「11月10日」), and 确认 records only what was read', async () => {
    await say('王磊', '11月3日与杨帆廉政谈话，11月10日陪同检查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*「11月10日」没有对应到任何记录/);
    await say('王磊', '确认');
    expect(brief()).toEqual([['talk_integrity', '2026-11-03', 'yangfan', '']]);
  });

  it('a study with a title before a talk is asked its type, the talk waits with it', async () => {
    await say('何平', '今天组织观看《蜕变》，与徐辉谈心谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/是哪类活动/);
    await say('何平', '警示教育');
    await say('何平', '确认');
    expect(brief()).toEqual([
      ['edu_warning', '2026-11-30', '', '蜕变'],
      ['talk_heart', '2026-11-30', 'xuhui', ''],
    ]);
  });
});

describe('kinds read wrong on unseen messages after the final acceptance round', () => {
  const who = () => activities().map((a) => [a.type, a.date, a.actorId ?? '', a.counterpartIds.join(',')]);

  it('a second talk with a day of its own and 也 is on that day, typed as the talk before (never the first clause’s day)', async () => {
    await say('李明', '昨天和陈静谈心谈话了，前天和赵磊也谈了');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*2026-11-29[\s\S]*2026-11-28/);
    await say('李明', '确认');
    expect(brief()).toEqual([
      ['talk_heart', '2026-11-29', 'chenjing', ''],
      ['talk_heart', '2026-11-28', 'zhaolei', ''],
    ]);
  });

  it('a 节前廉洁提醒 given by talking to people named is a 廉政谈话 with each, confirmed first', async () => {
    await say('赵敏', '昨天开展节前廉洁提醒，与何平、徐辉分别谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*廉政谈话[\s\S]*何平[\s\S]*徐辉/);
    await say('赵敏', '确认');
    expect(brief()).toEqual([
      ['talk_integrity', '2026-11-29', 'heping', ''],
      ['talk_integrity', '2026-11-29', 'xuhui', ''],
    ]);
  });

  it('a check by 机关纪委 reported by a clerk is asked who led it, never recorded as the clerk’s', async () => {
    await say('胡军', '机关纪委11月20日到各部室开展明察暗访');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('是谁带队检查的');
    await say('胡军', '黄志刚');
    if (activities().length === 0) await say('胡军', '确认');
    expect(who()).toEqual([['inspect_style', '2026-11-20', 'huangzhigang', '']]);
  });

  it('a 党组 meeting reported by a clerk is the 党组书记’s, on the card', async () => {
    await say('王芳', '11月25日，党组召开专题会议研究党风廉政建设工作');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*活动人：张伟/);
    await say('王芳', '确认');
    expect(who()).toEqual([['meeting_special', '2026-11-25', 'zhangwei', '']]);
  });

  it('work no duty counts (到…调研) is said for what it is, not 没看懂, and nothing is recorded', async () => {
    await say('杨帆', '11月24日，王建国副理事长到教育就业部调研，了解残疾人就业工作情况');
    expect(lastText()).toContain('这条消息讲的是11月24日的调研，不属于需要记录的党风廉政建设活动，未记录');
    expect(lastText()).not.toContain('没看懂');
    expect(activities()).toHaveLength(0);
  });

  it('an outside body checking our unit is said to be no check of ours, and nothing is recorded (round 16)', async () => {
    await say('黄志刚', '11月18日市纪委第三监督检查室到我会开展作风纪律专项检查');
    expect(lastText()).toContain('上级来检查不计入本单位的检查台账，未记录');
    expect(lastText()).not.toContain('没看懂');
    expect(activities()).toHaveLength(0);
  });

  it('a safety check is said to be no 党风廉政 duty, never asked its type among the checks (round 16, K12)', async () => {
    await say('林晓', '安全生产检查｜11月21日，赵敏同志带队对康复中心开展安全生产和消防安全检查。');
    expect(lastText()).toContain('这条消息讲的是11月21日的安全生产检查，不属于需要记录的党风廉政建设活动，未记录');
    expect(lastText()).not.toContain('哪类活动');
    expect(activities()).toHaveLength(0);
  });

  it('a talk after a sentence of 信访 work is that sentence’s doer’s, on its day, the other work named as not recorded (round 16, K3)', async () => {
    await say('胡军', '11月16日，刘芳副理事长接待来访群众3批次，协调解决信访诉求；当日下午，与组联部部长周涛进行了廉政谈话。');
    expect(lastText()).toMatch(/请确认以下 1 条记录[\s\S]*廉政谈话｜2026-11-16｜对象：周涛/);
    expect(lastText()).toContain('不属于党风廉政建设活动，未记录');
    await say('胡军', '确认');
    expect(who()).toEqual([['talk_integrity', '2026-11-16', 'liufang', 'zhoutao']]);
  });

  it('a headline over its lead is one 专题会议, the lead’s day asked once when it has none, stored once (round 16, K5)', async () => {
    await say('王芳', '【机关动态】市残联召开党风廉政建设专题会议\n近日，市残联党组召开党风廉政建设专题会议，党组书记、理事长张伟主持会议并讲话。');
    expect(lastText()).toContain('是哪一天');
    expect(lastText()).not.toContain('同一条消息里还有');
    await say('王芳', '11月27日');
    expect(lastText()).toMatch(/请确认[\s\S]*专题会议｜2026-11-27/);
    expect(lastText()).not.toMatch(/专题会议[\s\S]*专题会议｜2026-11-27/);
    await say('王芳', '确认');
    expect(who()).toEqual([['meeting_special', '2026-11-27', 'zhangwei', '']]);
  });

  it('a closing 下一步…将… sentence leaves the 警示教育大会 before it a record, not a plan (round 16, K10)', async () => {
    await say('王芳', '11月13日，召开警示教育大会，通报近期查处的典型案例，党组书记张伟出席并讲话。下一步，市残联将持续深化以案促改。');
    expect(lastText()).not.toContain('计划安排');
    expect(lastText()).toMatch(/请确认[\s\S]*警示教育｜2026-11-13/);
    await say('王芳', '确认');
    expect(who()).toEqual([['edu_warning', '2026-11-13', 'zhangwei', '']]);
  });

  it('a list under a heading naming a person is theirs, and after its question still ends on the 确认 card, never recorded at once', async () => {
    await say('王芳', '张书记本月党风廉政工作：\n1、11月2日主持党组专题会议研究党风廉政建设\n2、11月13日与赵敏谈话\n3、11月25日带队到康复中心检查作风纪律');
    // The heading names whose items these are: only the talk's type is asked.
    expect(lastText()).toContain('是哪类活动');
    await say('王芳', '廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? '', a.counterpartIds.join(',')])).toEqual([
      ['meeting_special', '2026-11-02', 'zhangwei', ''],
      ['talk_integrity', '2026-11-13', 'zhangwei', 'zhaomin'],
      ['inspect_style', '2026-11-25', 'zhangwei', ''],
    ]);
  });

  it('a deed said done with only a month (…向党组书面报告了…) is asked its day, not answered as a completion question', async () => {
    await say('王强', '11月份财务科向党组书面报告了上半年全面从严治党工作情况');
    expect(lastText()).toContain('是哪一天');
    await say('王强', '11月20日');
    await say('王强', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? ''])).toEqual([['report_to_party', '2026-11-20', 'sunli']]);
  });
});

describe('several doers and their groups (issue 10, second helper round)', () => {
  const pairs = () => activities().map((a) => [a.actorId ?? '', a.counterpartIds.join(',')]);

  it('two leaders 分别 with 分管科室负责人: each leader with their own supervised heads, after 确认', async () => {
    await say('胡军', '11月20日王建国副理事长、刘芳副理事长分别与分管科室负责人签订了党风廉政建设责任书');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*王建国[\s\S]*刘芳/);
    await say('胡军', '确认');
    expect(pairs()).toEqual([
      ['wangjianguo', 'liming'],
      ['wangjianguo', 'sunli'],
      ['liufang', 'zhoutao'],
      ['liufang', 'wujing'],
    ]);
  });

  it('班子成员分别与分管科室负责人: every leader a doer with their own heads, never the sender', async () => {
    await say('张伟', '今天班子成员分别与分管科室负责人开展了廉政谈话');
    await say('张伟', '确认');
    expect(pairs()).toEqual([
      ['wangjianguo', 'liming'],
      ['wangjianguo', 'sunli'],
      ['liufang', 'zhoutao'],
      ['liufang', 'wujing'],
      ['chenzhiqiang', 'zhenghua'],
      ['chenzhiqiang', 'fengxue'],
      ['zhaomin', 'wanglei'],
      ['zhaomin', 'heping'],
    ]);
  });

  it('a check under a leader’s heading stays the leader’s, not the checked department’s head', async () => {
    await say('李娟', '王建国副理事长11月工作：\n• 11月10日 与孙丽廉政谈话\n• 11月18日 财务科专项资金使用情况检查');
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.actorId ?? ''])).toEqual([
      ['talk_integrity', 'wangjianguo'],
      ['inspect_funds', 'wangjianguo'],
    ]);
  });

  it('two talk types and two people without 分别: asked once which talk was which, answered per person', async () => {
    await say('孙丽', '昨天与王强、李娟进行了廉政谈话和谈心谈话');
    // n25: the kind of several talks is asked once, and an answer may give each person their own.
    expect(lastText()).toMatch(/与王强、李娟的这 2 次谈话是哪一类谈话/);
    await say('孙丽', '和王强是廉政谈话，和李娟是谈心谈话');
    expect(activities().map((a) => [a.type, a.counterpartIds.join(',')])).toEqual([
      ['talk_integrity', 'wangqiang'],
      ['talk_heart', 'lijuan'],
    ]);
  });
});

describe('kinds read wrong on unseen messages in the third helper round (issue 10)', () => {
  const doers = () => activities().map((a) => [a.type, a.date, a.actorId ?? '']);

  it('a list of checks with one plan line: the done items go to the card and are recorded, the plan line is named, not taken for a plan of the whole', async () => {
    await say('黄志刚', '11月份纪委工作：\n1.11月6日对康复中心开展作风纪律检查\n2.11月19日对财务科专项资金使用情况进行检查\n3.12月上旬拟开展元旦春节前作风纪律督查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*2026-11-06[\s\S]*2026-11-19/);
    expect(lastText()).toMatch(/计划安排/);
    await say('黄志刚', '确认');
    expect(doers()).toEqual([
      ['inspect_style', '2026-11-06', 'huangzhigang'],
      ['inspect_funds', '2026-11-19', 'huangzhigang'],
    ]);
  });

  it('a leader who came (来康复部检查…) did the check: a card naming them, never the sender', async () => {
    await say('刘洋', '刘芳副理事长11月26日来康复部检查责任书落实情况');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*刘芳/);
    await say('刘洋', '确认');
    expect(doers()).toEqual([['pledge_check', '2026-11-26', 'liufang']]);
  });

  // Round 48 (ftd): one deed held together is one record at both departments (was: one per department, 孙丽's a deed she
  // never reported); from 王芳 of 办公室 it is her head 李明's, on a card that says so.
  it('two departments holding one activity together: one record at both departments', async () => {
    await say('王芳', '11月23日财务科、办公室联合开展廉政教育');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*李明[\s\S]*联合开展的一项活动，记为一条/);
    await say('王芳', '确认');
    expect(doers()).toEqual([['edu_integrity', '2026-11-23', 'liming']]);
    expect(activities()[0]!.departmentIds).toEqual(['finance', 'office']);
  });

  it('the centre’s own 党风廉政建设 meeting its 分管领导 attended (出席, no 并讲话) is that leader’s 分管科室会议', async () => {
    await say('徐辉', '11月23日中心召开党风廉政建设工作会议，赵敏书记出席');
    expect(lastText()).toMatch(/请确认[\s\S]*分管科室党风廉政建设工作会议[\s\S]*赵敏/);
    await say('徐辉', '确认');
    expect(doers()).toEqual([['meeting_dept', '2026-11-23', 'zhaomin']]);
  });
});
