// Round 55 (issue 10), fixer fha: typed edits of a waiting 确认 card, and a doer no one in the directory answers to (t57a F3,
// F4, F5). 「第4条调研报告不是28号，是11月18日报的」 was stored at once as a new 调研报告 beside the card (which kept 11-28);
// 「第1条是检查」 · 「第1条不是谈话，是检查」 · 「陈志强、赵敏那两条是…」 were refused. Now each changes the card (or asks which kind
// of check, the card kept), nothing is stored before 确认, and a real new report sent while the card waits is still stored.
// 胡军「昨天王书记和何平谈话了」: after 「廉政谈话」 the clerk's own talk was stored at once; now who 王书记 is is asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 张伟's five items: a card of five (nothing stored before 确认). */
const CARD = '11月工作：1. 11月6日与陈志强进行廉政谈话\n2. 11月13日与赵敏进行廉政谈话\n3. 11月20日组织观看警示教育片《清风》，参加10人\n4. 11月28日报送调研报告1篇\n5. 11月20日与王强进行廉政谈话';
const shape = () => activities().map((a) => `${a.type}@${a.date}${a.attendees !== undefined ? `#${a.attendees}` : ''}`).sort();
const AS_SENT = ['edu_warning@2026-11-20#10', 'report_research@2026-11-28', 'talk_integrity@2026-11-06', 'talk_integrity@2026-11-13', 'talk_integrity@2026-11-20'];

describe('t57a F4: an item of the waiting card named and changed is an edit of that card, never a new record', () => {
  it.each([
    ['第4条调研报告不是28号，是11月18日报的', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['不好意思，第4条调研报告不是28号，是11月18日报的', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['第4条 调研报告 不是28号 是18号', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['第4条调研报告日期不对，应该是11月18日', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['第4条日期改为11月18日', 'report_research@2026-11-18', 'report_research@2026-11-28'],
    ['最后一条日期不对，是11月18日', 'talk_integrity@2026-11-18', 'talk_integrity@2026-11-20'],
    ['第3条的人数是12人', 'edu_warning@2026-11-20#12', 'edu_warning@2026-11-20#10'],
    ['和王强那条改成谈心谈话', 'talk_heart@2026-11-20', 'talk_integrity@2026-11-20'],
    ['第1条改成作风纪律检查', 'inspect_style@2026-11-06', 'talk_integrity@2026-11-06'],
    ['哦 第1条改成作风纪律检查', 'inspect_style@2026-11-06', 'talk_integrity@2026-11-06'],
  ])('「%s」: the card changed (%s), nothing stored before 确认', async (edit, now, was) => {
    await answerText('张伟', CARD);
    const answer = await answerText('张伟', edit);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(shape()).toEqual(AS_SENT.map((x) => (x === was ? now : x)).sort());
  });

  it.each([
    ['陈志强、赵敏那两条是11月25日'],
    ['和陈志强、赵敏的两条日期都是11月25日'],
    ['第1、2条是11月25日'],
  ])('「%s」: the two records named by their people (or numbers) both moved', async (edit) => {
    await answerText('张伟', CARD);
    expect(await answerText('张伟', edit)).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(shape()).toEqual(['edu_warning@2026-11-20#10', 'report_research@2026-11-28', 'talk_integrity@2026-11-20', 'talk_integrity@2026-11-25', 'talk_integrity@2026-11-25']);
  });

  it.each([['第1条是检查'], ['第1条改成专项检查'], ['第1条不是谈话，是检查'], ['麻烦改一下 第1条是检查']])(
    '「%s」: which kind of check is asked, the card kept, nothing stored',
    async (edit) => {
      await answerText('张伟', CARD);
      const answer = await answerText('张伟', edit);
      expect(answer).toMatch(/哪一类检查/);
      expect(answer).toMatch(/作风纪律检查/);
      expect(activities()).toEqual([]);
      await say('张伟', '确认');
      expect(shape()).toEqual(AS_SENT);
    },
  );

  // 「第4条调研报告其实是上周三报的」 is read since round 56 (fgc: the day moved to 11-25, test/e2e/spokenCardEditsFiftySixC.test.ts).
  it.each([['第4条调研报告 有点问题'], ['第2条的时间写成了11月31日']])('「%s」 not read: said so with the card, never a new record', async (edit) => {
    await answerText('张伟', CARD);
    const answer = await answerText('张伟', edit);
    expect(answer).toMatch(/卡片没有改动/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: a complete new report sent while the card waits is still stored as its own', async () => {
    await answerText('张伟', CARD);
    await answerText('张伟', '11月25日和孙丽进行了廉政谈话');
    expect(activities().map((a) => `${a.type}@${a.date}:${a.counterpartIds.join()}`)).toEqual(['talk_integrity@2026-11-25:sunli']);
  });
});

describe('t57a F5: a doer no one in the directory answers to is asked, never the sender', () => {
  it('「昨天王书记和何平谈话了」 then 「廉政谈话」: who 王书记 is asked, nothing stored; 不在名单里 stores nothing', async () => {
    await answerText('胡军', '昨天王书记和何平谈话了');
    const asked = await answerText('胡军', '廉政谈话');
    expect(activities()).toEqual([]);
    expect(asked).toMatch(/王书记/);
    await answerText('胡军', '不在名单里');
    expect(activities()).toEqual([]);
  });

  it('「昨天王书记和何平进行了廉政谈话」: asked who 王书记 is, not as a second counterpart', async () => {
    const asked = await answerText('胡军', '昨天王书记和何平进行了廉政谈话');
    expect(asked).toMatch(/王书记/);
    expect(asked).not.toMatch(/通讯录里找不到「王书记」/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 「昨天黄书记和何平进行了廉政谈话」 is 黄志刚\'s, on the card', async () => {
    await answerText('胡军', '昨天黄书记和何平进行了廉政谈话');
    expect(activities()).toEqual([]);
    await say('胡军', '确认');
    expect(activities().map((a) => `${a.actorId}:${a.counterpartIds.join()}`)).toEqual(['huangzhigang:heping']);
  });
});
