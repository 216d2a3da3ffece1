// Over HTTP (issue 10, round 64 gdi; t67a P2–P5): cards — an item lost from a pasted list, edits and answers only half
// applied, notes that stay after an edit.
// - 孙丽's list 「12月1日 王强 廉政谈话⏎12月2日 李娟 谈心谈话⏎12月3日 学习廉政信息⏎12月4日 检查本科室报销票据」: line 4 (a check of
//   the unit's own 报销票据) on the card (was: gone); 「最后两条不用记」 takes her lines 3 and 4 — line 3 said never recorded, the
//   check off — never 李娟's talk (was: 李娟's talk and the check off, line 3's note kept).
// - 「是的 吴晶是吴静」 to 「是不是周涛？」: both applied (was: 「没能把这条回复读成…」, nothing applied).
// - 「不对，被检查的是宣文部」 on a check's card: the check's unit (was: 「这条消息没有记录」); 「黄志刚带队，被检查的是宣文部」 both.
// - 「是专题会议」 on a card of an inferred type: 「类型是从写法推断的」 gone, no 「消息里有您更正过的内容」 for an edit on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the finding's clock). */
const chat = useChatBot(new Date('2026-12-07T10:00:00+08:00'));
const { lastText, rows, say, activities } = chat;

/** 宣文部's id in config/organization.yaml. */
const XUANWEN = 'publicity';

const LIST = '12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月3日 学习廉政信息\n12月4日 检查本科室报销票据';

describe('a pasted list with an unread line, and 最后两条', () => {
  it('孙丽\'s four lines: the check of line 4 is on the card; 最后两条不用记 takes her lines 3 and 4, 李娟\'s talk stays', async () => {
    await say('孙丽', LIST);
    expect(lastText()).toMatch(/专项资金检查｜2026-12-04/);
    expect(lastText()).toMatch(/第3行没有读出可记录的活动/);
    // Round 65 (gec): the card numbers its records by her lines, so the check is 4. (was: 3.).
    expect(lastText()).toMatch(/^4\. 专项资金检查｜2026-12-04/m);
    expect(rows()).toHaveLength(0);
    await say('孙丽', '最后两条不用记');
    const card = lastText();
    // Round 65 (gec): no 「第4行即卡片上的第3条」 — the card already showed it as 4; the check named by her number.
    expect(card).toMatch(/您消息里的第3行本来就没有读出活动，没有记录/);
    expect(card).toMatch(/已去掉第4条（专项资金检查｜2026-12-04/);
    expect(card).toMatch(/谈心谈话｜2026-12-02｜对象：李娟/);
    expect(card).not.toMatch(/专项资金检查｜2026-12-04｜活动人/);
    expect(card).not.toMatch(/第3行没有读出可记录的活动/);
    expect(card).not.toMatch(/类型是从写法推断的/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });

  it('near-miss: every line read — 最后两条 are the card\'s last two, as before', async () => {
    await say('孙丽', '12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月4日 检查本科室报销票据');
    await say('孙丽', '最后两条不用记');
    expect(lastText()).toMatch(/廉政谈话｜2026-12-01｜对象：王强/);
    expect(lastText()).toMatch(/已去掉第2条（谈心谈话｜2026-12-02｜对象：李娟/);
    expect(lastText()).toMatch(/请确认以下 1 条记录/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
  });
});

describe('a yes to 是不是X？ with another correction', () => {
  it('「是的 吴晶是吴静」: yes to 周涛 and 吴晶 → 吴静, both talks', async () => {
    await say('刘芳', '今天和周滔 吴晶进行了廉政谈话');
    expect(lastText()).toMatch(/是不是周涛/);
    await say('刘芳', '是的 吴晶是吴静');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-07', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-12-07', 'liufang', 'wujing'],
    ]);
  });

  it('「对，另外吴晶是吴静」 the same', async () => {
    await say('刘芳', '今天和周滔 吴晶进行了廉政谈话');
    await say('刘芳', '对，另外吴晶是吴静');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows().map((r) => r[3])).toEqual(['zhoutao', 'wujing']);
  });

  it('a rest the next question cannot take: the yes said applied, the rest said unused, 吴晶 asked', async () => {
    await say('刘芳', '今天和周滔 吴晶进行了廉政谈话');
    await say('刘芳', '是的 这个我回头再看看');
    expect(lastText()).toMatch(/「是的」已采用；「这个我回头再看看」没能读成下面问题的答案，没有采用/);
    expect(lastText()).toMatch(/吴晶/);
    expect(rows()).toHaveLength(0);
  });

  it('near-miss: 「是的」 alone answers 周涛 and asks about 吴晶 next', async () => {
    await say('刘芳', '今天和周滔 吴晶进行了廉政谈话');
    await say('刘芳', '是的');
    expect(lastText()).toMatch(/吴晶/);
    expect(rows()).toHaveLength(0);
  });
});

describe('the unit a check looked at, typed on its card', () => {
  it('「不对，被检查的是宣文部」: the check\'s unit (was 「这条消息没有记录」)', async () => {
    await say('林晓', '12月3日黄志刚带队到宣传部检查作风纪律');
    await say('林晓', '不对，被检查的是宣文部');
    expect(lastText()).toMatch(/部门改为宣文部/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-12-03｜宣文部｜活动人：黄志刚/);
    expect(lastText()).not.toMatch(/消息里有您更正过的内容/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'huangzhigang', '']]);
    expect(activities()[0]!.departmentId).toBe(XUANWEN);
  });

  it('「不对，黄志刚带队，被检查的是宣文部」 on 李明\'s check: both clauses applied', async () => {
    await say('王芳', '12月3日李明主任带队到康复中心检查作风纪律');
    await say('王芳', '不对，黄志刚带队，被检查的是宣文部');
    expect(lastText()).toMatch(/检查的活动人改为黄志刚；部门改为宣文部/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-12-03｜宣文部｜活动人：黄志刚/);
  });

  it('「查的是维权部」 and 「检查对象是维权部」 the same', async () => {
    await say('林晓', '12月3日黄志刚带队到宣传部检查作风纪律');
    await say('林晓', '黄志刚带队，查的是维权部');
    expect(lastText()).toMatch(/维权部｜活动人：黄志刚/);
    await say('林晓', '检查对象是宣文部');
    expect(lastText()).toMatch(/宣文部｜活动人：黄志刚/);
  });
});

describe('notes recomputed after an edit typed on the card', () => {
  it('「是专题会议」: 「类型是从写法推断的」 gone; no 「消息里有您更正过的内容」 after it or 「不对，是昨天」', async () => {
    await say('赵敏', '今天开会传达了上级廉政文件精神 应该算廉政教育吧');
    expect(lastText()).toMatch(/类型是从写法推断的/);
    await say('赵敏', '是专题会议');
    expect(lastText()).toMatch(/专题会议｜2026-12-07/);
    expect(lastText()).not.toMatch(/类型是从写法推断的/);
    expect(lastText()).not.toMatch(/消息里有您更正过的内容/);
    await say('赵敏', '不对，是昨天');
    expect(lastText()).toMatch(/专题会议｜2026-12-06/);
    expect(lastText()).not.toMatch(/消息里有您更正过的内容/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['meeting_special', '2026-12-06', 'zhaomin', '']]);
  });
});
