// Round 26 leftovers (w27) in the dialog: a trip of a part of today not said done (下午去各部室检查上班纪律) is a plan
// before that part of the day and a 确认 card asking 已经做了吗 after it; a running figure up to a cutoff day
// (截至11月底，共开展廉政谈话12人次) is said to be one, never a record dated the cutoff, never 没看懂.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 10:00 in Shanghai: the morning, the afternoon still to come. */
const MORNING = new Date('2026-12-02T10:00:00+08:00');
/** The same day, 16:00: the afternoon has come. */
const AFTERNOON = new Date('2026-12-02T16:00:00+08:00');

const chat = useChatBot(MORNING);
const { activities, lastText, say } = chat;

describe('a trip of a part of today, nothing said done', () => {
  it.each([
    ['林晓', '下午去各部室检查上班纪律'],
    ['黄志刚', '今天下午到财务科检查上班纪律'],
    ['张伟', '下午到财务科找孙丽谈心'],
    ['林晓', '下午3点去康复中心检查工作纪律'],
  ])('%s at 10:00: 「%s」 → the plan reply, nothing stored', async (who, text) => {
    await say(who, text);
    expect(lastText()).toMatch(/计划安排/);
    expect(activities()).toHaveLength(0);
  });

  it.each([
    ['林晓', '下午去各部室检查上班纪律', 'inspect_style'],
    ['黄志刚', '今天下午到财务科检查上班纪律', 'inspect_style'],
    ['张伟', '下午到财务科找孙丽谈心', 'talk_heart'],
  ])('%s at 16:00: 「%s」 → a card asking 已经做了吗; 确认 stores it as today', async (who, text, type) => {
    chat.t.clock.now = AFTERNOON;
    await say(who, text);
    expect(lastText()).toMatch(/没有说已经做了/);
    expect(activities()).toHaveLength(0);
    await say(who, '确认');
    expect(activities().length).toBeGreaterThan(0);
    expect(activities().every((a) => a.type === type && a.date === '2026-12-02')).toBe(true);
  });

  it('at 16:00, 取消 on the card stores nothing', async () => {
    chat.t.clock.now = AFTERNOON;
    await say('黄志刚', '下午去财务科检查上班纪律');
    expect(lastText()).toMatch(/没有说已经做了/);
    await say('黄志刚', '取消');
    expect(activities()).toHaveLength(0);
  });

  it.each([
    ['黄志刚', '上午去了财务科检查上班纪律'],
    ['黄志刚', '今天下午去康复中心检查了上班纪律'],
  ])('%s: 「%s」 said done → stored at once, no question', async (who, text) => {
    chat.t.clock.now = AFTERNOON;
    await say(who, text);
    expect(lastText()).not.toMatch(/没有说已经做了|计划安排/);
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: 'inspect_style', date: '2026-12-02' });
  });
});

describe('a running figure up to a cutoff day', () => {
  it.each([
    ['黄志刚', '截至11月底，共开展廉政谈话12人次'],
    ['黄志刚', '截止11月25日，已开展谈心谈话8次'],
    ['黄志刚', '到11月25日为止，共开展谈心谈话8人次'],
    ['黄志刚', '截至11月28日，机关纪委对各部室开展作风纪律检查2次'],
  ])('%s: 「%s」 → 累计数 said, nothing stored, nothing asked', async (who, text) => {
    await say(who, text);
    expect(lastText()).toMatch(/累计数/);
    expect(lastText()).not.toMatch(/没看懂|哪一天|和谁/);
    expect(activities()).toHaveLength(0);
  });

  it('到11月底为止…全部完成 from a leader: his 完成情况 shown (a claim the ledger can check), nothing stored', async () => {
    await say('王建国', '到11月底为止，分管科室廉政谈话全部完成');
    expect(lastText()).toMatch(/完成情况/);
    expect(activities()).toHaveLength(0);
  });

  it('a figure and a dated deed: the deed stored, the figure named as a 累计数', async () => {
    await say('黄志刚', '截至11月20日，共组织警示教育3次，11月25日又组织观看了警示教育片');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: 'edu_warning', date: '2026-11-25' });
  });
});

describe('talks and signings of one message, no day: one question for the day', () => {
  it.each([
    ['张伟', '和孙丽、王强进行了廉政谈话，还签了责任书', 4],
    ['王建国', '和李明谈了心，还签了责任书', 2],
    ['刘芳', '与周涛、吴静签订了责任书，并进行了廉政谈话', 4],
  ])('%s: 「%s」 → asked the day once, 「昨天」 dates all %s records', async (who, text, n) => {
    await say(who, text);
    expect(lastText()).toMatch(/哪一天/);
    await say(who, '昨天');
    expect(lastText()).not.toMatch(/哪一天/);
    if (activities().length === 0) await say(who, '确认');
    expect(activities()).toHaveLength(n);
    expect(activities().every((a) => a.date === '2026-12-01')).toBe(true);
    expect(new Set(activities().map((a) => a.type)).has('pledge_sign')).toBe(true);
  });

  it('the sample, its kind asked first: 「廉政谈话」 then 「昨天」, the day asked once', async () => {
    await say('张伟', '和孙丽、王强谈了话，还签了责任书');
    expect(lastText()).toMatch(/哪一类|哪类/);
    await say('张伟', '廉政谈话');
    expect(lastText()).toMatch(/哪一天/);
    await say('张伟', '昨天');
    expect(lastText()).not.toMatch(/哪一天/);
    if (activities().length === 0) await say('张伟', '确认');
    expect(activities()).toHaveLength(4);
    expect(activities().every((a) => a.date === '2026-12-01')).toBe(true);
  });
});
