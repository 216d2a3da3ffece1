// Round 31f X4 (issue 10): 胡军's numbered office summary. 「这条警示教育是谁的？」 offered 黄志刚 and 林晓; 「李明」 and
// 「是李明主任的」 brought the same card back three times with no word. Then 「第3条不用记」 took off the 信息报送 (the
// message's item 2) instead of item 3, the 警示教育大会: the bot counted its own list, where item 1 had become two talks.
// Round 49 (fvc, t51b F5): an event a body above the unit held (市纪委组织的…), only attended, is no record of the unit's
// any more (named as not recorded), so item 3 is now the 机关纪委's meeting, whose doer is still asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 16:40 in Shanghai: when the round was run. */
const NOW = new Date('2026-12-03T16:40:00+08:00');
const { answerText, lastText, rows, say, offered } = useChatBot(NOW);

const X4 = '办公室11月工作：\n1. 11月5日李明主任与王芳、胡军开展谈心谈话\n2. 11月19日报送廉政信息2篇\n3. 11月26日参加机关纪委组织的警示教育大会';
const TALKS = [
  ['talk_heart', '2026-11-05', 'liming', 'wangfang'],
  ['talk_heart', '2026-11-05', 'liming', 'hujun'],
];
/** 报送廉政信息2篇: two papers, two records, inside the list as alone (round 34c §4; the card was one, the second lost). */
const PAPERS = [
  ['report_info', '2026-11-19', 'liming', ''],
  ['report_info', '2026-11-19', 'liming', ''],
];

describe('whose a 警示教育 was, answered with someone of the directory not among the buttons', () => {
  it.each(['李明', '是李明主任的'])('「%s」 completes it: the card for 确认, 李明 its doer', async (answer) => {
    expect(await offered('胡军', X4)).toEqual(['黄志刚', '林晓', '不在名单里', '取消']);
    await say('胡军', answer);
    expect(lastText()).toMatch(/请确认以下 5 条记录/);
    expect(lastText()).toMatch(/警示教育｜2026-11-26｜活动人：李明/);
    await say('胡军', '确认');
    expect(rows()).toEqual([...TALKS, ...PAPERS, ['edu_warning', '2026-11-26', 'liming', '']]);
  });

  it('near-miss: a button answer is taken as before', async () => {
    await say('胡军', X4);
    await say('胡军', '林晓');
    await say('胡军', '确认');
    expect(rows().at(-1)).toEqual(['edu_warning', '2026-11-26', 'linxiao', '']);
  });

  it('near-miss: a clerk named as who chaired a 专题会议 is refused with the reason, not the bare question', async () => {
    await say('胡军', '昨天参加了专题会议，研究党风廉政建设工作');
    await say('胡军', '王芳');
    expect(lastText()).toMatch(/「王芳」不是单位领导，专题会议按主持或主讲的领导记录，未采用/);
    expect(rows()).toEqual([]);
  });
});

describe('第N条 while the question waits is the message\'s own item N, as the card shows it', () => {
  it('「第3条不用记」 takes off the 警示教育大会 (item 3), not the 信息报送 (item 2); the rest is shown for 确认', async () => {
    await say('胡军', X4);
    expect(lastText()).toMatch(/我理解的是：警示教育｜2026-11-26（第3条）/);
    expect(lastText()).toMatch(/· 信息报送｜2026-11-19｜办公室｜补录（第2条）/);
    await say('胡军', '第3条不用记');
    expect(lastText()).toMatch(/已去掉「警示教育｜2026-11-26」/);
    await say('胡军', '确认');
    expect(rows()).toEqual([...TALKS, ...PAPERS]);
  });

  it('「第1条不用记」 takes off both talks item 1 gave; the question on item 3 still waits', async () => {
    await say('胡军', X4);
    await say('胡军', '第1条不用记');
    expect(lastText()).toMatch(/已去掉「谈心谈话｜2026-11-05｜对象：王芳（办公室科员）」「谈心谈话｜2026-11-05｜对象：胡军（办公室科员）」/);
    expect(lastText()).toMatch(/这条警示教育是谁的/);
    await say('胡军', '李明');
    await say('胡军', '确认');
    expect(rows()).toEqual([...PAPERS, ['edu_warning', '2026-11-26', 'liming', '']]);
  });

  it('near-miss: 「第4条不用记」 names an item the message does not have: said, nothing taken off', async () => {
    await say('胡军', X4);
    await say('胡军', '第4条不用记');
    expect(lastText()).toMatch(/这条消息里的是第1、2、3条，没有第4条，没有去掉任何一条/);
    expect(lastText()).toMatch(/还有 4 条/);
  });

  it('near-miss: an answered question keeps the numbers: after 「李明」, 第3条 on the 确认 card is the card\'s own 3rd record', async () => {
    await say('胡军', X4);
    await say('胡军', '李明');
    await say('胡军', '第3条不用记');
    expect(lastText()).toMatch(/已去掉第3条（信息报送｜2026-11-19/);
  });

  // With no numbers of its own the card numbers its records, and the 2篇 are two of them (round 34c §4): the film is 第3条.
  it('near-miss: a message with no numbers of its own counts the items in order, as the card numbers them', async () => {
    await say('胡军', '11月19日报送廉政信息2篇；11月26日参加机关纪委组织的警示教育大会；11月5日李明主任与王芳进行了谈心谈话');
    expect(lastText()).toMatch(/我理解的是：警示教育｜2026-11-26（第3条）/);
    expect(lastText()).toMatch(/· 信息报送｜2026-11-19[^\n]*（第1条）/);
    expect(lastText()).toMatch(/· 信息报送｜2026-11-19[^\n]*（第2条）/);
    await say('胡军', '第1条不用记');
    expect(lastText()).toMatch(/已去掉「信息报送｜2026-11-19/);
  });
});

describe('「第N条是计划」 while a question waits is the message\'s own item N too', () => {
  const LIST = '11月工作：\n1. 11月25日与王芳、胡军分别进行了谈心谈话\n2. 组织办公室全体学习《中国共产党纪律处分条例》\n3. 开展节前作风纪律检查';

  it('「第3条是计划，还没做」 leaves out the check (item 3), not the study (the bot\'s third)', async () => {
    await say('李明', LIST);
    const said = await answerText('李明', '第3条是计划，还没做');
    expect(said).toMatch(/第3条「作风纪律检查/);
    expect(said).not.toMatch(/「廉政教育[^」]*」是计划/);
  });

  it('near-miss: 「第1条是计划」 names both talks item 1 gave', async () => {
    await say('李明', LIST);
    expect(await answerText('李明', '第1条是计划，还没做')).toMatch(/第1条「谈心谈话｜2026-11-25｜对象：王芳（办公室科员）」「谈心谈话｜2026-11-25｜对象：胡军（办公室科员）」/);
  });
});

describe('a change typed with 第N条 while a question waits is the message\'s own item N too', () => {
  const LIST = '11月工作：\n1. 11月25日与王芳、胡军分别进行了谈心谈话\n2. 组织办公室全体学习《中国共产党纪律处分条例》\n3. 开展节前作风纪律检查';

  it('「修改：第1条是廉政谈话」 changes both talks item 1 gave; the day question on item 2 still waits', async () => {
    await say('李明', LIST);
    const said = await answerText('李明', '修改：第1条是廉政谈话');
    expect(said).toMatch(/廉政谈话｜2026-11-25｜对象：王芳[^\n]*（第1条）/);
    expect(said).toMatch(/廉政谈话｜2026-11-25｜对象：胡军[^\n]*（第1条）/);
    expect(said).toMatch(/是哪一天/);
  });

  it('near-miss: 「修改：第4条是廉政谈话」 names no item of the message: said, nothing changed', async () => {
    await say('李明', LIST);
    expect(await answerText('李明', '修改：第4条是廉政谈话')).toMatch(/这条消息里的是第1、2、3条，没有第4条，没有改动/);
  });
});
