// Round 31 leftovers (h3, issue 10) in the dialog, read on Mon 2026-11-30 10:00: a leader's running total alone is told
// to be one, with what each deed needs, and beside a dated deed is named on the card while the deed is the leader's; a
// padded name (王 建国) is the doer, asked 和谁; a plan with a vague time gets the plan reply, a dated deed before one is
// kept; a film watched at a meeting with no 警示 word is asked its kind; a group's card lists every person it took.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, lastText, say, rows, confirmIfAsked } = chat;

/** Directory ids by name (config/organization.yaml). */
const id = (name: string) => chat.t.config.directory.org.people.find((p) => p.name === name)!.id;

describe('running totals', () => {
  it.each([
    ['孙杰', '今年以来，陈志强副理事长共开展谈心谈话7次', /每一次谈心谈话都要写明日期和谈话对象/],
    ['林晓', '截至11月底，全年共开展作风纪律检查10次', /每一次作风纪律检查都要写明日期/],
  ])('%s: 「%s」 alone → the figure quoted as a 累计数, what each deed needs, nothing stored', async (who, text, needs) => {
    await say(who, text);
    expect(lastText()).toContain(`「${text}」是累计数`);
    expect(lastText()).toMatch(needs);
    expect(lastText()).not.toMatch(/计划安排|没看懂/);
    expect(activities()).toHaveLength(0);
  });

  it('beside a dated deed: one card, the leader its doer, the total named as not counted; 确认 stores that one', async () => {
    await say('孙杰', '今年以来，陈志强副理事长共开展谈心谈话7次，11月20日与冯雪谈心谈话');
    expect(lastText()).toMatch(/请确认以下 1 条记录/);
    expect(lastText()).toMatch(/累计数，不单独记录/);
    await say('孙杰', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', id('陈志强'), id('冯雪')]]);
  });
});

describe('a padded name and a plan', () => {
  it('王 建国 昨天开展了廉政谈话 from a clerk: 王建国 the doer, 和谁 asked, nothing stored', async () => {
    await say('杨帆', '王 建国 昨天开展了廉政谈话');
    expect(lastText()).toMatch(/活动人 王建国/);
    expect(lastText()).toMatch(/王建国是和谁谈的/);
    expect(activities()).toHaveLength(0);
  });

  it.each(['12月中旬将报送年度调研报告', '年底前将完成述责述廉报告', '计划近期和王强开展廉政谈话'])('「%s」 → the plan reply, nothing stored', async (text) => {
    await say('孙杰', text);
    expect(lastText()).toMatch(/计划安排/);
    expect(activities()).toHaveLength(0);
  });

  it('a dated talk before a plan: the talk stored, the plan named as not recorded', async () => {
    await say('孙杰', '11月27日与王强进行了廉政谈话，月底前将报送廉政信息');
    expect(lastText()).toMatch(/计划安排，未记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-27', id('孙杰'), id('王强')]]);
  });
});

describe('a film at a meeting and a group', () => {
  it('会上观看了专题片《不忘初心》: its kind asked (廉政教育/警示教育), then the meeting and the film stored', async () => {
    await say('孙杰', '11月25日党组书记张伟主持召开党风廉政建设专题会议，会上观看了专题片《不忘初心》');
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).toMatch(/廉政教育[\s\S]*警示教育/);
    await say('孙杰', '廉政教育');
    await confirmIfAsked('孙杰', lastText());
    const stored = activities().map((a) => [a.type, a.date, a.actorId, a.title ?? '']);
    expect(stored).toEqual(expect.arrayContaining([['meeting_special', '2026-11-25', id('张伟'), ''], ['edu_integrity', '2026-11-25', id('张伟'), '不忘初心']]));
    expect(stored).toHaveLength(2);
  });

  it('各部室负责人: the card lists each head taken, the 康复中心 head among them, before anything is stored', async () => {
    await say('张伟', '今天与各部室负责人开展了集体廉政谈话');
    expect(lastText()).toMatch(/请确认以下 8 条记录/);
    expect(lastText()).toMatch(/何平（残疾人康复中心主任）/);
    expect(lastText()).toMatch(/「各部室负责人」按[^」]*何平共8人记录/);
    expect(activities()).toHaveLength(0);
  });
});
