// Round 56 (issue 10), fixer fgc: what the member types beside a waiting card or in an answer was dropped or read as a new
// report (t58a F8, t58b F2, fha's left-alone of round 55). Now:
// 1. an answer to a question that carries an instruction (「作风纪律检查。第2条不要，那是上个月已经报过的」 · 「…，第2条是11月21日」)
//    applies both parts, or says the part not applied — never one dropped unseen;
// 2. 「学的是新修订的《…》」 · 「看的是《…》」 beside a waiting card is the title of its one item of that kind, never a new report;
// 3. spoken edits of an item (「第3条 人数 是12人 啊」 · 「第4条调研报告其实是上周三报的」 · 「第1条的对象还有李娟」) change it;
//    「第2条的时间写成了11月31日」 says there is no such day, nothing changed;
// 4. any other message naming an item and not understood comes back with the card and 「没看懂对第N条的修改：…」.
// Near-misses: a complete new report sent while a card waits is stored as its own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 张伟's five items: a card of five (nothing stored before 确认). */
const CARD = '11月工作：1. 11月6日与陈志强进行廉政谈话\n2. 11月13日与赵敏进行廉政谈话\n3. 11月20日组织观看警示教育片《清风》，参加10人\n4. 11月28日报送调研报告1篇\n5. 11月20日与王强进行廉政谈话';
const AS_SENT = ['edu_warning@2026-11-20#10', 'report_research@2026-11-28', 'talk_integrity@2026-11-06', 'talk_integrity@2026-11-13', 'talk_integrity@2026-11-20'];
const shape = () => activities().map((a) => `${a.type}@${a.date}${a.attendees !== undefined ? `#${a.attendees}` : ''}`).sort();
const full = () => activities().map((a) => `${a.type}@${a.date}:${a.counterpartIds.join(',')}${a.title ? `《${a.title}》` : ''}`).sort();

/** 赵敏's check with no kind and a talk: 「是哪类活动？」 asked of the check (t58a B10). */
const ASKED = '周四到宣文部检查了廉政档案，11月20日和杨帆谈心谈话';

describe('t58a F8: an answer that carries an instruction applies both parts', () => {
  it.each([
    ['作风纪律检查。第2条不要，那是上个月已经报过的'],
    ['作风纪律检查，第2条删掉'],
    ['作风纪律检查，第2条不要'],
    ['作风纪律检查 第二条 不要了 上个月报过 的'],
    ['作风纪律检查。第2条不用记了，上个月报过'],
    ['作风纪律检查；第2条去掉吧'],
    ['作风纪律检查，另外第2条不要'],
    ['是作风纪律检查，第2条删除'],
    ['作风纪律检查吧，第二条不要了'],
    ['作风纪律检查！第2条不要，重复了'],
  ])('「%s」: the check takes its kind, the talk is left out and said so, nothing stored before 确认', async (answer) => {
    await answerText('赵敏', ASKED);
    const reply = await answerText('赵敏', answer);
    expect(reply).toMatch(/去掉第2条/);
    expect(activities()).toEqual([]);
    await say('赵敏', '确认');
    expect(full()).toEqual(['inspect_style@2026-11-26:']);
  });

  it.each([
    ['作风纪律检查，第2条是11月21日', 'talk_heart@2026-11-21:yangfan'],
    ['作风纪律检查，第2条日期改为11月21日', 'talk_heart@2026-11-21:yangfan'],
    ['作风纪律检查，第2条对象是王磊', 'talk_heart@2026-11-20:wanglei'],
    ['作风纪律检查，第2条改成廉政谈话', 'talk_integrity@2026-11-20:yangfan'],
    ['作风纪律检查，第2条是廉政谈话', 'talk_integrity@2026-11-20:yangfan'],
    ['作风纪律检查 第2条 其实是 11月21日 谈的 啊', 'talk_heart@2026-11-21:yangfan'],
    ['作风纪律检查。第二条的对象应该是王磊', 'talk_heart@2026-11-20:wanglei'],
    ['作风纪律检查，第2条不是谈心，是廉政谈话', 'talk_integrity@2026-11-20:yangfan'],
  ])('「%s」: the kind taken and the edit made, on the 确认 card', async (answer, talk) => {
    await answerText('赵敏', ASKED);
    const reply = await answerText('赵敏', answer);
    expect(reply).toMatch(/已按您的回复修改/);
    expect(activities()).toEqual([]);
    await say('赵敏', '确认');
    expect(full()).toEqual(['inspect_style@2026-11-26:', talk].sort());
  });

  it.each([['作风纪律检查，第2条有点问题'], ['作风纪律检查，第2条我再核实一下']])('「%s」: the part not read is said, never dropped', async (answer) => {
    await answerText('赵敏', ASKED);
    const reply = await answerText('赵敏', answer);
    expect(reply).toMatch(/没看懂「第2条/);
  });

  it.each([['作风纪律检查，第1条不要'], ['作风纪律检查 第一条 删掉']])('「%s」: the asked item dropped, its answer said unused', async (answer) => {
    await answerText('赵敏', ASKED);
    const reply = await answerText('赵敏', answer);
    expect(reply).toMatch(/没有采用/);
    await say('赵敏', '确认');
    expect(full()).toEqual(['talk_heart@2026-11-20:yangfan']);
  });

  it('near-miss: 「作风纪律检查」 alone still answers, both kept', async () => {
    await answerText('赵敏', ASKED);
    await answerText('赵敏', '作风纪律检查');
    await say('赵敏', '确认');
    expect(full()).toEqual(['inspect_style@2026-11-26:', 'talk_heart@2026-11-20:yangfan']);
  });

  it('near-miss: 「第2条不要」 alone still drops it, the question stays', async () => {
    await answerText('赵敏', ASKED);
    expect(await answerText('赵敏', '第2条不要')).toMatch(/去掉/);
    expect(activities()).toEqual([]);
  });
});

/** 杨帆's two items: a study of the 条例 (its title short) and a talk. */
const STUDY = '上周四组织宣文部全体学习了纪律处分条例，参加2人，周五和杨帆谈心谈话';
/** A film with no title and a study: 看 → the film, 学 → the study. */
const TWO_EDU = '上周四组织观看警示教育片，参加12人，周五组织学习了廉洁自律准则，参加12人';

describe('t58b F2: a title said beside a waiting card is that card\'s item\'s title', () => {
  it.each([
    ['学的是新修订的《中国共产党纪律处分条例》'],
    ['学的是 新修订的 《中国共产党纪律处分条例》 啊'],
    ['学的是《中国共产党纪律处分条例》'],
    ['学习的是新修订的《中国共产党纪律处分条例》'],
    ['学的是修订后的《中国共产党纪律处分条例》'],
    ['学的是最新版《中国共产党纪律处分条例》'],
    ['不对，学的是新修订的《中国共产党纪律处分条例》'],
    ['其实学的是《中国共产党纪律处分条例》'],
    ['学的内容是《中国共产党纪律处分条例》'],
    ['题目是《中国共产党纪律处分条例》'],
    ['主题是《中国共产党纪律处分条例》'],
    ['学的应该是新修订的《中国共产党纪律处分条例》'],
  ])('「%s」: the study\'s title changed, no new report', async (said) => {
    await answerText('赵敏', STUDY);
    const reply = await answerText('赵敏', said);
    expect(reply).toMatch(/已按您的更正修改/);
    expect(reply).not.toMatch(/是哪一天/);
    await say('赵敏', '确认');
    expect(full()).toEqual(['edu_integrity@2026-11-26:《中国共产党纪律处分条例》', 'talk_heart@2026-11-27:yangfan']);
  });

  it.each([
    ['看的是《围猎》', 'edu_warning@2026-11-26:《围猎》', 'edu_integrity@2026-11-27:《廉洁自律准则》'],
    ['看的是 《围猎》 啊', 'edu_warning@2026-11-26:《围猎》', 'edu_integrity@2026-11-27:《廉洁自律准则》'],
    ['片名是《围猎》', 'edu_warning@2026-11-26:《围猎》', 'edu_integrity@2026-11-27:《廉洁自律准则》'],
    ['观看的是《围猎》', 'edu_warning@2026-11-26:《围猎》', 'edu_integrity@2026-11-27:《廉洁自律准则》'],
    ['放的是《围猎》', 'edu_warning@2026-11-26:《围猎》', 'edu_integrity@2026-11-27:《廉洁自律准则》'],
    ['学的是《中国共产党廉洁自律准则》', 'edu_warning@2026-11-26', 'edu_integrity@2026-11-27:《中国共产党廉洁自律准则》'],
    ['学的是新修订的《中国共产党廉洁自律准则》', 'edu_warning@2026-11-26', 'edu_integrity@2026-11-27:《中国共产党廉洁自律准则》'],
    ['学习的是《中国共产党廉洁自律准则》吧', 'edu_warning@2026-11-26', 'edu_integrity@2026-11-27:《中国共产党廉洁自律准则》'],
  ])('「%s」: the item of the kind the verb says', async (said, film, study) => {
    await answerText('赵敏', TWO_EDU);
    expect(await answerText('赵敏', said)).toMatch(/已按您的更正修改/);
    await say('赵敏', '确认');
    expect(activities().map((a) => `${a.type}@${a.date}${a.title ? `:《${a.title}》` : ''}`).sort()).toEqual([film, study].sort());
  });

  it.each([['题目是《围猎》'], ['主题是《围猎》'], ['名称是《围猎》']])('「%s」 with a film and a study: which asked, nothing changed', async (said) => {
    await answerText('赵敏', TWO_EDU);
    expect(await answerText('赵敏', said)).toMatch(/哪一条/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: a complete study report sent while the card waits is its own', async () => {
    await answerText('赵敏', STUDY);
    await answerText('赵敏', '11月25日组织学习了《中国共产党纪律处分条例》，参加8人');
    expect(full()).toEqual(['edu_integrity@2026-11-25:《中国共产党纪律处分条例》']);
  });
});

describe('fha left-alone: spoken edits of a numbered item change it', () => {
  it.each([
    ['第4条调研报告其实是上周三报的', 'report_research@2026-11-25', 'report_research@2026-11-28'],
    ['第4条其实是11月18日报的', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['第4条 其实是 11月18日 报的', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['不好意思 第4条 实际是 上周三 报送的', 'report_research@2026-11-25', 'report_research@2026-11-28'],
    ['第4条调研报告应该是11月18日交的', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['第3条 人数 是12人 啊', 'edu_warning@2026-11-20#12', 'edu_warning@2026-11-20#10'],
    ['第3条 人数 应该是 15人', 'edu_warning@2026-11-20#15', 'edu_warning@2026-11-20#10'],
    ['不好意思 第3条 人数 应该是 15人', 'edu_warning@2026-11-20#15', 'edu_warning@2026-11-20#10'],
    ['麻烦 第3条 参加人数 改成 12人 吧', 'edu_warning@2026-11-20#12', 'edu_warning@2026-11-20#10'],
    ['第三条 人数 是 12人 哦', 'edu_warning@2026-11-20#12', 'edu_warning@2026-11-20#10'],
    ['麻烦 第4条 日期 改成 11月18日 吧', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['哦 第4条 日期 改为 11月18日', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['最后那条 日期 改成 11月18日 吧', 'talk_integrity@2026-11-18', 'talk_integrity@2026-11-20'],
    ['第1条 其实是 上周三 谈的', 'talk_integrity@2026-11-25', 'talk_integrity@2026-11-06'],
    ['第5条 其实 是 11月19日 谈的 呀', 'talk_integrity@2026-11-19', 'talk_integrity@2026-11-20'],
    ['第1条 改成 谈心谈话 吧', 'talk_heart@2026-11-06', 'talk_integrity@2026-11-06'],
  ])('「%s」: the card changed, nothing stored before 确认', async (edit, now, was) => {
    await answerText('张伟', CARD);
    expect(await answerText('张伟', edit)).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(shape()).toEqual(AS_SENT.map((x) => (x === was ? now : x)).sort());
  });

  it.each([
    ['第1条的对象还有李娟', 'lijuan', 1],
    ['第1条 对象 加上 李娟', 'lijuan', 1],
    ['第1条还有李娟', 'lijuan', 1],
    ['第1条对象再加上李娟同志', 'lijuan', 1],
    ['第5条还有孙丽', 'sunli', 5],
    ['最后一条对象还有孙丽', 'sunli', 5],
    ['不好意思 第2条 对象 还有 孙丽', 'sunli', 2],
  ])('「%s」: one more talk like item N, with that person', async (edit, who, n) => {
    await answerText('张伟', CARD);
    expect(await answerText('张伟', edit)).toMatch(/已按您的更正修改/);
    await say('张伟', '确认');
    const day = ['2026-11-06', '2026-11-13', '', '', '2026-11-20'][n - 1];
    expect(full()).toContain(`talk_integrity@${day}:${who}`);
    expect(activities()).toHaveLength(6);
  });

  it.each([['第3条的对象还有李娟'], ['第4条还有李娟']])('「%s」: an item with no other side, said, nothing changed', async (edit) => {
    await answerText('张伟', CARD);
    expect(await answerText('张伟', edit)).toMatch(/没有对象可加/);
    expect(activities()).toEqual([]);
  });

  it.each([
    ['第2条的时间写成了11月31日'],
    ['第2条 时间 应该是 11月31号'],
    ['第2条日期改为11月31日'],
    ['第4条其实是11月31日报的'],
    ['第1条是2月30日'],
  ])('「%s」: no such day, said; nothing changed', async (edit) => {
    await answerText('张伟', CARD);
    expect(await answerText('张伟', edit)).toMatch(/没有\d+月\d+日这一天/);
    await say('张伟', '确认');
    expect(shape()).toEqual(AS_SENT);
  });
});

describe('an item named and not understood: said with the card, never 「这条消息没有记录」 alone', () => {
  it.each([
    ['第3条的片名写错了 我再想想', '第3条'],
    ['第2条 有点问题', '第2条'],
    ['第2条好像不太对啊', '第2条'],
    ['第1条 我记得 不是那天', '第1条'],
    ['最后一条 再看看', '第5条'],
    ['第5条 那个 不太准确', '第5条'],
    ['不好意思 第3条 我搞混了', '第3条'],
    ['麻烦 第2条 帮我核一下', '第2条'],
    ['和王强那条 有点问题', '「和王强那条」'],
    ['那个调研报告好像不对', '「那个调研报告」'],
    ['那条警示教育 我再想想', '「那条警示教育」'],
  ])('「%s」: 没看懂对%s的修改, the card kept, nothing stored', async (said, which) => {
    await answerText('张伟', CARD);
    const reply = await answerText('张伟', said);
    expect(reply).toContain(`没看懂对${which}的修改`);
    expect(reply).not.toMatch(/这条消息没有记录/);
    expect(activities()).toEqual([]);
  });

  // Round 56, the merge: an item said not done (还没写完 · 还没做 · 是计划) is planItemAnswer's — taken off the card with
  // 还没有做 — never said unread (it was in this list, which took four older e2e files' 「第二条还没做」 with it).
  it('「第4条的那个报告 其实还没写完」: item 4 taken off as not done yet, the card kept, nothing stored', async () => {
    await answerText('张伟', CARD);
    const reply = await answerText('张伟', '第4条的那个报告 其实还没写完');
    expect(reply).toMatch(/第4条「调研报告｜2026-11-28」还没有做，未记录/);
    expect(reply).not.toMatch(/没看懂/);
    expect(activities()).toEqual([]);
  });

  it.each([
    ['11月25日和孙丽进行了廉政谈话', ['talk_integrity@2026-11-25:sunli']],
    ['昨天和李娟谈心谈话', ['talk_heart@2026-11-29:lijuan']],
    ['11月27日组织学习了《中国共产党纪律处分条例》，参加8人', ['edu_integrity@2026-11-27:《中国共产党纪律处分条例》']],
  ])('near-miss: 「%s」 while the card waits is its own report', async (report, stored) => {
    await answerText('张伟', CARD);
    await answerText('张伟', report);
    expect(full()).toEqual(stored);
  });

  it.each([['第2条不要'], ['删除第2条'], ['第3条人数是12人']])('near-miss: 「%s」 keeps its reading', async (said) => {
    await answerText('张伟', CARD);
    const reply = await answerText('张伟', said);
    expect(reply).not.toMatch(/没看懂对/);
  });
});
