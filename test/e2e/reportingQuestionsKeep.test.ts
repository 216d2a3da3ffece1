// Reporting end to end (issue 10): every question the bot asks keeps every other field of the record (day, title,
// head count, counterparts, doer), says whose record it is when the doer is not the sender, and 我们部长 is the sender's head.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say, confirmIfAsked } = chat;

const full = () =>
  activities().map((a) => ({ type: a.type, date: a.date, actor: a.actorId ?? '', with: a.counterpartIds.join(','), title: a.title ?? '', attendees: a.attendees ?? null }));

describe('a question keeps every other field', () => {
  it('the type asked: the head count and the title survive the answer', async () => {
    await say('李娟', '11月20日组织学习《民法典》，参加12人');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('李娟', '廉政教育');
    await confirmIfAsked('李娟', lastText());
    expect(full()).toEqual([{ type: 'edu_integrity', date: '2026-11-20', actor: 'lijuan', with: '', title: '民法典', attendees: 12 }]);
  });

  it('type and day asked in turn: title and head count survive both answers', async () => {
    await say('李娟', '组织学习《民法典》，参加12人');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('李娟', '廉政教育');
    expect(lastText()).toMatch(/是哪一天/);
    await say('李娟', '11月20日');
    await confirmIfAsked('李娟', lastText());
    expect(full()).toEqual([{ type: 'edu_integrity', date: '2026-11-20', actor: 'lijuan', with: '', title: '民法典', attendees: 12 }]);
  });

  it('the day asked of someone else’s lecture: the question names the doer, and doer and title survive', async () => {
    await say('孙杰', '党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    expect(lastText()).toMatch(/张伟的廉政党课是哪一天/);
    await say('孙杰', '11月9日');
    await confirmIfAsked('孙杰', lastText());
    expect(full()).toEqual([{ type: 'edu_lecture', date: '2026-11-09', actor: 'zhangwei', with: '', title: '守纪律 讲规矩', attendees: null }]);
  });

  it('the type asked of someone else’s talk: the question names the doer; doer, day and the one talked to survive', async () => {
    await say('李娟', '昨天孙丽科长找我谈了话');
    expect(lastText()).toMatch(/孙丽的这项活动是哪类活动/);
    await say('李娟', '廉政谈话');
    await confirmIfAsked('李娟', lastText());
    expect(full()).toEqual([{ type: 'talk_integrity', date: '2026-11-29', actor: 'sunli', with: 'lijuan', title: '', attendees: null }]);
  });

  it('我们部长 is the sender’s own head: the talk is theirs with the sender, asked its type and day', async () => {
    await say('刘洋', '我们部长上周和我谈过话了');
    expect(lastText()).toMatch(/吴静的这项活动是哪类活动/);
    await say('刘洋', '廉政谈话');
    // The report's 上周 is said in the question (i21, round 21 K1), and a bare weekday answered would be that week's.
    expect(lastText()).toMatch(/吴静的廉政谈话是上周（11月23日—11月29日）哪一天/);
    await say('刘洋', '11月24日');
    await confirmIfAsked('刘洋', lastText());
    expect(full()).toEqual([{ type: 'talk_integrity', date: '2026-11-24', actor: 'wujing', with: 'liuyang', title: '', attendees: null }]);
  });

  it('who was talked to, asked of someone else’s talk: the sender named in the answer is one of them', async () => {
    await say('李娟', '11月6日张书记到财务科进行集体廉政谈话');
    expect(lastText()).toMatch(/张伟是和谁谈的/);
    await say('李娟', '孙丽、王强、李娟');
    await confirmIfAsked('李娟', lastText());
    expect(full().map((a) => [a.actor, a.with])).toEqual([
      ['zhangwei', 'sunli'],
      ['zhangwei', 'wangqiang'],
      ['zhangwei', 'lijuan'],
    ]);
  });
});

describe('round 1 of the unseen messages', () => {
  it('a 述责述廉报告 said handed in by someone named is a report of theirs, asked its day, not a request for the draft', async () => {
    await say('徐辉', '中心今年的述责述廉报告何主任已经交了');
    expect(lastText()).toMatch(/何平的述责述廉是哪一天/);
    await say('徐辉', '11月25日');
    await confirmIfAsked('徐辉', lastText());
    expect(full().map((a) => [a.type, a.date, a.actor])).toEqual([['report_duty', '2026-11-25', 'heping']]);
  });

  it('a title told in a clause of its own is the lecture’s title, not a second activity', async () => {
    await say('王强', '11月24日参加了机关党委组织的廉政党课，赵敏书记讲的《以案为鉴 守住底线》');
    expect(lastText()).toContain('请确认');
    await say('王强', '确认');
    expect(full()).toEqual([{ type: 'edu_lecture', date: '2026-11-24', actor: 'zhaomin', with: '', title: '以案为鉴 守住底线', attendees: null }]);
  });

  it('全科同志 after 到财务科 is everyone of 财务科, the sender among them', async () => {
    await say('李娟', '11月6日张书记到财务科与全科同志进行集体廉政谈话');
    await say('李娟', '确认');
    expect(full().map((a) => [a.actor, a.with])).toEqual([
      ['zhangwei', 'sunli'],
      ['zhangwei', 'wangqiang'],
      ['zhangwei', 'lijuan'],
    ]);
  });
});

describe('round 2 of the unseen messages', () => {
  it('someone named before a paper deed with the day between is its doer, on the card', async () => {
    await say('杨帆', '宣文部王磊部长11月20日向党组报告了本部门全面从严治党工作情况');
    expect(lastText()).toMatch(/请确认[\s\S]*王磊/);
    await say('杨帆', '确认');
    expect(full().map((a) => [a.type, a.date, a.actor])).toEqual([['report_to_party', '2026-11-20', 'wanglei']]);
  });

  it('someone named who took no part: the bot asks whose the record is, and the answer makes it theirs', async () => {
    await say('杨帆', '11月20日向党组报告了本部门工作情况，王磊部长审定');
    expect(lastText()).toMatch(/这条向党组报告是谁的/);
    await say('杨帆', '王磊');
    await confirmIfAsked('杨帆', lastText());
    expect(full().map((a) => [a.type, a.date, a.actor])).toEqual([['report_to_party', '2026-11-20', 'wanglei']]);
  });

  it('what was said at a meeting is no second activity', async () => {
    await say('王芳', '11月18日，赵敏书记主持召开党风廉政建设专题会议，强调要深化以案促改，筑牢拒腐防变思想防线');
    await say('王芳', '确认');
    expect(full().map((a) => [a.type, a.actor])).toEqual([['meeting_special', 'zhaomin']]);
  });
});

describe('an approximate head count', () => {
  it('参加30余人 is recorded with 30 and a note saying so, and the receipt tells the member', async () => {
    await say('周涛', '11月20日组织观看警示教育片，参加30余人');
    await confirmIfAsked('周涛', lastText());
    expect(lastText()).toContain('为约数');
    expect(activities().map((a) => [a.attendees, a.note])).toEqual([[30, '参加30余人']]);
  });
});

describe('分别 in several departments', () => {
  it('each department its own record; an answer of as many days pairs them in order', async () => {
    await say('赵敏', '11月份，分别到宣文部、康复中心召开分管科室党风廉政建设工作会议');
    expect(lastText()).toMatch(/是哪一天/);
    await say('赵敏', '11月12日、11月19日');
    await confirmIfAsked('赵敏', lastText());
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([
      ['meeting_dept', '2026-11-12', 'publicity'],
      ['meeting_dept', '2026-11-19', 'center'],
    ]);
  });

  it('对A、B分别开展…检查: one check in each department, the card names both, none lost (round 9)', async () => {
    await say('黄志刚', '11月24日对康复部、组联部分别开展了作风纪律检查，11月25日又对财务科进行了专项资金检查');
    expect(lastText()).toContain('康复部');
    expect(lastText()).toContain('组联部');
    await confirmIfAsked('黄志刚', lastText());
    expect(activities().map((a) => [a.type, a.date, a.departmentId ?? ''])).toEqual([
      ['inspect_style', '2026-11-24', 'rehab'],
      ['inspect_style', '2026-11-24', 'liaison'],
      ['inspect_funds', '2026-11-25', expect.any(String)],
    ]);
  });

  it('a card shows the head count beside 全体, not 全体党员', async () => {
    await say('胡军', '11月20日李明主任组织办公室全体人员开展廉政学习，参加8人');
    expect(lastText()).toContain('全体参加（8人）');
    expect(lastText()).not.toContain('全体党员');
  });
});

describe('round 3 of the unseen messages', () => {
  it('a trailing 「X下周再谈」 is a plan: X gets no record; one answer listing the days pairs the talks in order', async () => {
    await say('张伟', '11月份和王建国、刘芳、陈志强分别进行了廉政谈话，赵敏同志下周再谈');
    expect(lastText()).toMatch(/是哪一天/);
    expect(lastText()).not.toContain('赵敏');
    await say('张伟', '11月3日、11月10日、11月17日');
    await confirmIfAsked('张伟', lastText());
    expect(full().map((a) => [a.date, a.with])).toEqual([
      ['2026-11-03', 'wangjianguo'],
      ['2026-11-10', 'liufang'],
      ['2026-11-17', 'chenzhiqiang'],
    ]);
  });

  it('中心中层干部 is asked who, never every head of the unit', async () => {
    await say('徐辉', '何平主任11月18日对中心中层干部开展了集体廉政谈话');
    expect(lastText()).toMatch(/中层干部/);
    expect(activities()).toHaveLength(0);
    await say('徐辉', '徐辉');
    await confirmIfAsked('徐辉', lastText());
    expect(full().map((a) => [a.actor, a.with])).toEqual([['heping', 'xuhui']]);
  });
});

describe('round 4 of the unseen messages', () => {
  it('a check again on a day of its own (周二又到…检查) is a second record on the card, never dropped', async () => {
    await say('黄志刚', '上周一到维权部检查了工作纪律，周二又到教育就业部检查');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([
      ['inspect_style', '2026-11-23', 'rights'],
      ['inspect_style', '2026-11-24', 'employment'],
    ]);
  });

  it('会上 before the doer keeps the doer of the talks', async () => {
    await say('王芳', '11月19日，王建国副理事长主持召开分管科室党风廉政建设工作会议，会上王建国副理事长与李明、孙丽逐一进行了廉政谈话');
    await say('王芳', '确认');
    expect(full().map((a) => [a.type, a.actor, a.with])).toEqual([
      ['meeting_dept', 'wangjianguo', ''],
      ['talk_integrity', 'wangjianguo', 'liming'],
      ['talk_integrity', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('one deed read twice is one record', () => {
  it('a person named by an outdated title and by name (办公室副主任胡军): after the answer, one talk on the card and in the ledger', async () => {
    await say('王芳', '11月25日，党组书记张伟同志与新任职的办公室副主任胡军进行了任前廉政谈话');
    if (/是哪一位/.test(lastText())) await say('王芳', '胡军');
    // One item line (round 69's note 「「任前廉政谈话」按廉政谈话记录…」 names the kind again, no item).
    expect(lastText().match(/廉政谈话｜/g) ?? []).toHaveLength(1);
    await confirmIfAsked('王芳', lastText());
    expect(full()).toEqual([{ type: 'talk_integrity', date: '2026-11-25', actor: 'zhangwei', with: 'hujun', title: '', attendees: null }]);
  });
});

describe('撤销 while a report waits', () => {
  it('drops the waiting report and leaves the recorded ones alone; a second 撤销 then withdraws the latest record', async () => {
    await say('王建国', '今天和李明主任进行了廉政谈话');
    expect(activities()).toHaveLength(1);
    await say('王建国', '11月6日，张伟书记到财务科与孙丽、王强逐一进行廉政谈话');
    expect(lastText()).toMatch(/请确认/);
    await say('王建国', '撤销');
    expect(lastText()).toMatch(/待确认的上报已放弃/);
    expect(activities()).toHaveLength(1);
    await say('王建国', '确认');
    expect(activities()).toHaveLength(1);
    await say('王建国', '撤销');
    expect(lastText()).toMatch(/已撤销：廉政谈话/);
    expect(activities()).toHaveLength(0);
  });

  it('also while the bot asks a question (是哪一天)', async () => {
    await say('李娟', '组织学习《民法典》，参加12人');
    await say('李娟', '撤销');
    expect(lastText()).toMatch(/待确认的上报已放弃/);
    await say('李娟', '廉政教育');
    expect(activities()).toHaveLength(0);
  });
});

describe('a talk with someone the directory does not know', () => {
  it('「昨天和王主任谈了话」 is asked who and which type, then recorded; never 未记录', async () => {
    await say('张伟', '昨天和王主任谈了话');
    expect(lastText()).not.toMatch(/未记录/);
    for (let turn = 0; turn < 4 && !/已记录|请确认/.test(lastText()); turn++) {
      if (/哪类/.test(lastText())) await say('张伟', '廉政谈话');
      else if (/哪一位|和谁/.test(lastText())) await say('张伟', '李明');
      else throw new Error(`unexpected question: ${lastText()}`);
    }
    await confirmIfAsked('张伟', lastText());
    expect(full()).toEqual([{ type: 'talk_integrity', date: '2026-11-29', actor: 'zhangwei', with: 'liming', title: '', attendees: null }]);
  });
});

describe('确认 typed while a question waits', () => {
  it('says why nothing can be confirmed yet and asks the same question again, in one message', async () => {
    await say('李娟', '组织学习《民法典》，参加12人');
    const sent = chat.t.emulator.sent.length;
    await say('李娟', '确认');
    expect(chat.t.emulator.sent.length).toBe(sent + 1);
    expect(lastText()).toMatch(/暂时无法确认/);
    expect(lastText()).toMatch(/是哪类活动/);
    expect(activities()).toHaveLength(0);
  });
});
