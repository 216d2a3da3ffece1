// Round 48 (issue 10), fixer a: corrections typed in chat.
// t50a F6: after a 警示教育 was stored at 宣文部、残疾人康复中心, 「刚才那条部门只有宣文部」「部门改成宣文部」「不对，刚才那条只有
// 宣文部，康复中心没参加」「刚才那条人数改成23人 部门只有宣文部」 were all 「抱歉，没看懂」. Now each is a 「请确认修改」 card with
// the new departments (and the count beside them), stored on 确认 and audited; a name that is no department is answered
// with the list; a new report that names a department stays a report.
// t50a F7: on a waiting card 「没有片名 不是我也」「题目改成无」 got 「这条消息没有记录…」. Now the card's title is taken off or
// changed; the same words change a stored record's title (请确认修改).
// t50c F2: 「第2条不要 那是信息的标题」 was not read (「删除第2条」 was), and the hint named only day and person edits. Now
// 第N条不要/不算/去掉/是多的/不对 删了 (a reason after it or not) drop line N, and the hints name 删除第N条 and 题目/部门 edits.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
// The first bot of the file compiles everything: started once before the hooks' time limit counts.
const { activities, lastText, say } = chat;

/** 王磊's 警示教育 at two departments (t50a A21), stored at once or after one tap. */
const FILM_TWO_UNITS = '11月20日组织宣文部和维权部的同志一起观看了警示教育片《迷途》，共21人参加';
/** 冯雪's 警示教育 with a title, beside a plan: a 确认 card of one record. */
const FILM_CARD = '11月17日组织观看警示教育片《警钟长鸣》，参加10人，另外12月计划开展廉政谈话';
/** 郑华's study and talk: a card of two lines (t50c, Part B). */
const STUDY_AND_TALK = '11月24日教育就业部开展廉政教育 学习了党纪处分条例 5人参加 随后和陈静进行了谈心谈话';

/** Answers a 确认 card if one is shown (a report recorded at once shows none). */
async function settle(from: string): Promise<void> {
  if (/请确认|确认记录|确认后记录/.test(lastText())) await say(from, '确认');
}

/** The audit's update entries as [before, after] of `field`. */
function audited(field: string): unknown[][] {
  const updates = chat.t.running.store.read((db) => db.audit.filter((e) => e.action === 'update'));
  const of = (x: unknown) => (x as Record<string, unknown> | undefined)?.[field];
  return updates.map((e) => [of(e.before), of(e.after)]);
}

/** The stored records' departments as [departmentId, departmentIds]. */
const places = () => activities().map((a) => [a.departmentId, a.departmentIds]);

describe('t50a F6: a stored record’s departments corrected in words', () => {
  async function stored(): Promise<void> {
    await say('王磊', FILM_TWO_UNITS);
    await settle('王磊');
    expect(places()).toEqual([['publicity', ['publicity', 'rights']]]);
  }

  it.each([
    ['刚才那条部门只有宣文部'],
    ['部门改成宣文部'],
    ['不对，刚才那条只有宣文部，维权部没参加'],
    ['上一条部门改为宣文部'],
    ['去掉维权部'],
    ['刚才那条不包括维权部'],
    ['维权部没参加'],
    ['刚才那条应该是宣文部'],
    ['部门错了，应该是宣文部'],
    ['警示教育那条的部门只有宣文部'],
  ])('「%s」 → 请确认修改 with 宣文部 only; 确认 stores it, audited', async (said) => {
    await stored();
    await say('王磊', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/原来：警示教育｜2026-11-20[^\n]*宣文部、维权部[\s\S]*改为：警示教育｜2026-11-20/);
    expect(places()).toEqual([['publicity', ['publicity', 'rights']]]);
    await say('王磊', '确认');
    expect(lastText()).toMatch(/已修改/);
    expect(places()).toEqual([['publicity', undefined]]);
    expect(audited('departmentIds')).toEqual([[['publicity', 'rights'], undefined]]);
  });

  it('「刚才那条人数改成23人 部门只有宣文部」: both fields on one card, both stored', async () => {
    await stored();
    await say('王磊', '刚才那条人数改成23人 部门只有宣文部');
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/参加人数改为23人/);
    expect(lastText()).toMatch(/部门改为宣文部/);
    await say('王磊', '确认');
    expect(activities().map((a) => [a.attendees, a.departmentId, a.departmentIds, a.title])).toEqual([[23, 'publicity', undefined, '迷途']]);
    expect(audited('attendees')).toEqual([[21, 23]]);
  });

  it('「是宣文部和财务科，不是维权部」-like swap: 把维权部改成财务科 puts 财务科 in its place', async () => {
    await stored();
    await say('王磊', '刚才那条把维权部改成财务科');
    expect(lastText()).toMatch(/请确认修改/);
    await say('王磊', '确认');
    expect(places()).toEqual([['publicity', ['publicity', 'finance']]]);
  });

  it('a name that is no department is answered with the list, nothing changed', async () => {
    await stored();
    await say('王磊', '刚才那条部门只有宣传部');
    expect(lastText()).toMatch(/没有找到「宣传部」这个部门/);
    expect(lastText()).toMatch(/部门有：.*宣文部/);
    expect(places()).toEqual([['publicity', ['publicity', 'rights']]]);
  });

  it('a department the record does not have is said, nothing changed', async () => {
    await stored();
    await say('王磊', '刚才那条去掉财务科');
    expect(lastText()).toMatch(/没有「财务科」/);
    expect(places()).toEqual([['publicity', ['publicity', 'rights']]]);
  });

  it('取消 on the 请确认修改 card leaves the record as it was', async () => {
    await stored();
    await say('王磊', '部门只有宣文部');
    await say('王磊', '取消');
    expect(places()).toEqual([['publicity', ['publicity', 'rights']]]);
  });

  it('near-miss: a new report that names a department is a report, the stored one untouched', async () => {
    await stored();
    await say('王磊', '今天组织宣文部学习了《中国共产党纪律处分条例》，8人参加');
    await settle('王磊');
    expect(activities()).toHaveLength(2);
    expect(activities()[0]!.departmentIds).toEqual(['publicity', 'rights']);
  });

  it.each([['维权部没参加'], ['刚才那条部门只有教育就业部'], ['不对 维权部没有参加'], ['上一条不包括维权部']])(
    '陈志强’s 分管科室会议 at 教育就业部、维权部: 「%s」 leaves 教育就业部',
    async (said) => {
      await say('陈志强', '11月24日召开分管科室会议，教育就业部和维权部全体人员参加');
      await settle('陈志强');
      expect(places()).toEqual([['employment', ['employment', 'rights']]]);
      await say('陈志强', said);
      expect(lastText()).toMatch(/请确认修改/);
      await say('陈志强', '确认');
      expect(places()).toEqual([['employment', undefined]]);
    },
  );

  it('黄志刚’s check of 康复部、维权部: 「刚才那条把维权部改成财务科」 puts 财务科 in its place', async () => {
    await say('黄志刚', '11月25日带林晓对康复部和维权部开展了作风纪律检查');
    await settle('黄志刚');
    await say('黄志刚', '刚才那条把维权部改成财务科');
    expect(lastText()).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(places()).toEqual([['rehab', ['rehab', 'finance']]]);
  });

  it('郑华’s study and talk: 「第1条部门改为财务科」 and an unnamed 「部门只有维权部」 change the study only', async () => {
    await say('郑华', '11月24日组织教育就业部学习《廉洁自律准则》 8人参加 随后和陈静进行了谈心谈话');
    await settle('郑华');
    await say('郑华', '第1条部门改为财务科');
    expect(lastText()).toMatch(/请确认修改/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.departmentId])).toEqual([
      ['edu_integrity', 'finance'],
      ['talk_heart', 'employment'],
    ]);
    await say('郑华', '部门只有维权部');
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.departmentId])).toEqual([
      ['edu_integrity', 'rights'],
      ['talk_heart', 'employment'],
    ]);
  });

  it('a talk has no departments to change: said, nothing changed', async () => {
    await say('周涛', '今天和张颖进行了谈心谈话');
    await settle('周涛');
    await say('周涛', '刚才那条部门改成宣文部');
    expect(lastText()).toMatch(/不按部门记/);
  });
});

describe('t50a F7: a title corrected on a waiting card and on a stored record', () => {
  it.each([['题目改成无'], ['没有片名 不是警钟长鸣'], ['去掉题目'], ['题目不对 删掉'], ['片名改成没有']])(
    '「%s」 on the card takes the title off; 确认 stores none',
    async (said) => {
      await say('冯雪', FILM_CARD);
      expect(lastText()).toMatch(/《警钟长鸣》/);
      await say('冯雪', said);
      expect(lastText()).toMatch(/已按您的更正修改（题目已去掉）/);
      expect(lastText()).not.toMatch(/《警钟长鸣》/);
      expect(activities()).toHaveLength(0);
      await say('冯雪', '确认');
      expect(activities().map((a) => [a.type, a.title, a.attendees])).toEqual([['edu_warning', undefined, 10]]);
    },
  );

  it.each([['题目改成迷途', '迷途'], ['片名改为《围猎》', '围猎'], ['第1条题目改成守住底线', '守住底线']])('「%s」 on the card sets the title', async (said, title) => {
    await say('冯雪', FILM_CARD);
    await say('冯雪', said);
    expect(lastText()).toContain(`《${title}》`);
    await say('冯雪', '确认');
    expect(activities().map((a) => a.title)).toEqual([title]);
  });

  it.each([['刚才那条题目改成无'], ['去掉题目'], ['刚才那条没有片名']])('「%s」 after the record is stored → 请确认修改, the title taken off on 确认', async (said) => {
    await say('王磊', FILM_TWO_UNITS);
    await settle('王磊');
    await say('王磊', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/去掉题目/);
    await say('王磊', '确认');
    expect(activities().map((a) => a.title)).toEqual([undefined]);
    expect(audited('title')).toEqual([['迷途', undefined]]);
  });

  it('「刚才那条题目改成警钟长鸣」 (no 《》) after the record is stored → the new title on 确认', async () => {
    await say('王磊', FILM_TWO_UNITS);
    await settle('王磊');
    await say('王磊', '刚才那条题目改成警钟长鸣');
    expect(lastText()).toMatch(/请确认修改/);
    await say('王磊', '确认');
    expect(activities().map((a) => a.title)).toEqual(['警钟长鸣']);
  });

  it('near-miss: a new report whose title is said with 题目是 is a report', async () => {
    await say('王磊', FILM_TWO_UNITS);
    await settle('王磊');
    await say('王磊', '今天组织宣文部开展廉政教育，题目是《廉洁从政》，8人参加');
    await settle('王磊');
    expect(activities().map((a) => a.title)).toEqual(['迷途', '廉洁从政']);
  });
});

describe('t50c F2: a made-up card line dropped in words', () => {
  it.each([['第2条不要 那是信息的标题'], ['第2条不算'], ['第2条去掉'], ['第2条是多的'], ['第2条不对 删了'], ['第二条不算，是学习的内容']])(
    '「%s」 on a card of two drops line 2; 确认 stores line 1',
    async (said) => {
      await say('郑华', STUDY_AND_TALK);
      expect(lastText()).toMatch(/谈心谈话/);
      await say('郑华', said);
      expect(lastText()).not.toMatch(/没有记录，下面的卡片仍在等您确认/);
      if (/请确认|确认记录|确认后记录/.test(lastText())) await say('郑华', '确认');
      expect(activities().map((a) => a.type)).toEqual(['edu_integrity']);
    },
  );

  it('while a question waits on a report of two, 「第2条不要 是多的」 drops line 2', async () => {
    await say('孙丽', '组织财务科学习《会计法》，参加4人；11月27日和王强签订了廉政承诺书');
    expect(lastText()).toMatch(/还差一点/);
    await say('孙丽', '第2条不要 是多的');
    expect(lastText()).toMatch(/已去掉「签订责任书\/承诺书｜2026-11-27/);
    expect(lastText()).toMatch(/会计法/);
  });

  it('the hints name 删除第N条 and the title/department edits', async () => {
    await say('郑华', STUDY_AND_TALK);
    await say('郑华', '这个嘛，回头再说吧');
    expect(lastText()).toMatch(/删除第2条/);
    expect(lastText()).toMatch(/题目改成/);
    expect(lastText()).toMatch(/部门改成/);
    await say('郑华', '取消');
    await say('孙丽', '组织财务科学习《会计法》，参加4人；11月27日和王强签订了廉政承诺书');
    await say('孙丽', '这个嘛，回头再说吧');
    expect(lastText()).toMatch(/删除第2条/);
  });

  it('near-miss: 第2条不对 应该是11月20日 changes the day, nothing dropped', async () => {
    await say('郑华', STUDY_AND_TALK);
    await say('郑华', '第2条日期改成11月20日');
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([
      ['edu_integrity', '2026-11-24'],
      ['talk_heart', '2026-11-20'],
    ]);
  });
});
