// Round 67, gga: t69b Part B in the chat (main 3fdbc41e; the corpus clock Mon 2026-11-30 10:00 Shanghai). A member corrects
// one field of what was just stored — or of a waiting card — in loose words: the field named loosely or not at all.
// 议题: 郑华 「刚才那个会议题不对，应该是传达市纪委全会精神」 · 「议题改成…」 were 没看懂, 「题目改成…」 put a title beside it.
// 部门: 孙杰 「刚才报的何平主任那个专题会是康复中心的，部门没写上」 was a NEW meeting asked who chaired it.
// 人数: 周涛 「昨天看警示片的人数报错了，实际是2人」 was the duplicate question; 「不用再记，是改原来那条的人数」 on it was ignored.
// 日期: 黄志刚 「不对，是上周五去的」 was 没看懂. 篇数: 孙丽 「信息报送只有1篇」 was a new paper asked its day.
// Now each is the 请确认修改 card of the stored record (before → after, nothing changed before 确认), or the card's own edit.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus clock). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, lastText, recorded, stored } = chat;

/** 郑华's 专题会议 of last Wednesday, 议题「传达市纪委全会」, stored (he answers the chair question himself). */
async function zhengHuaMeeting(): Promise<void> {
  await say('郑华', '上周三召开专题会议，传达市纪委全会');
  await say('郑华', '郑华');
  expect(activities().map((a) => [a.type, a.date, a.actorId, a.note])).toEqual([['meeting_special', '2026-11-25', 'zhenghua', '传达市纪委全会']]);
}

describe('议题 of a stored meeting, in loose words', () => {
  it.each([
    ['刚才那个会议题不对，应该是传达市纪委全会精神', '传达市纪委全会精神'],
    ['议题改成传达市纪委全会精神', '传达市纪委全会精神'],
    ['题目改成传达市纪委全会精神', '传达市纪委全会精神'],
    ['上周三那个会的议题写错了 应该是传达学习市纪委全会精神', '传达学习市纪委全会精神'],
    ['刚才那个会 议题 不对 应该是 传达市纪委全会精神', '传达市纪委全会精神'],
    ['刚才那個會議題不對，應該是傳達市紀委全會精神', '传达市纪委全会精神'],
  ])('郑华 「%s」 → 请确认修改 of the 议题, changed on 确认', async (text, agenda) => {
    await zhengHuaMeeting();
    const answer = await answerText('郑华', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(new RegExp(`原来：专题会议｜2026-11-25｜议题：传达市纪委全会｜`));
    expect(answer).toMatch(new RegExp(`改为：专题会议｜2026-11-25｜议题：${agenda}｜`));
    expect(answer).not.toMatch(/《/);
    expect(activities()[0]!.note).toBe('传达市纪委全会');
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.note, a.title])).toEqual([['meeting_special', '2026-11-25', 'zhenghua', agenda, undefined]]);
  });

  it('取消 leaves the 议题 as it was', async () => {
    await zhengHuaMeeting();
    await say('郑华', '议题改成传达市纪委全会精神');
    await say('郑华', '取消');
    expect(activities()[0]!.note).toBe('传达市纪委全会');
  });

  it('on a waiting question the loose words edit the report, the question kept', async () => {
    await say('郑华', '11月25日组织召开专题会议，传达市纪委全会');
    const answer = await answerText('郑华', '刚才那个会议题不对，应该是传达市纪委全会精神');
    expect(answer).toMatch(/议题改为「传达市纪委全会精神」/);
    expect(answer).toMatch(/是哪位领导主持或主讲的/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 议题改成… after a check says the record is no meeting, nothing changed', async () => {
    await recorded('黄志刚', '上周四到康复中心开展了作风纪律检查');
    const answer = await answerText('黄志刚', '议题改成学习全会精神');
    expect(answer).toMatch(/不是会议，没有议题，没有改动/);
    expect(activities().map((a) => [a.type, a.date, a.note])).toEqual([['inspect_style', '2026-11-26', undefined]]);
  });
});

describe('部门 left out of a stored meeting', () => {
  // Since ggb (the merge of round 67) a head's 专题会议 is his unit's from the report on, so 孙杰's report of 何平's meeting
  // is stored at 残疾人康复中心 already: the loose correction finds nothing to change and says so. A leader's meeting (赵敏's,
  // who heads no unit) is still stored with no department, and the same loose words correct it.
  it.each([['刚才报的赵书记那个专题会是康复中心的，部门没写上'], ['部门没写上，是康复中心的'], ['赵书记那个专题会部门改成康复中心'], ['刚才那个会是康复中心的 部门忘写了']])(
    '孙杰 「%s」 → 请确认修改 部门 → 残疾人康复中心, never a new meeting',
    async (text) => {
      await recorded('孙杰', '赵敏书记今天主持召开了专题会议');
      const answer = await answerText('孙杰', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/原来：专题会议｜2026-11-30（今天）｜活动人：赵敏/);
      expect(answer).toMatch(/改为：专题会议｜2026-11-30（今天）｜残疾人康复中心｜活动人：赵敏/);
      expect(answer).not.toMatch(/是哪位领导主持/);
      await say('孙杰', '确认');
      expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentIds ?? [a.departmentId]])).toEqual([['meeting_special', '2026-11-30', 'zhaomin', ['center']]]);
    },
  );

  it('孙杰 「刚才报的何平主任那个专题会是康复中心的，部门没写上」 after 何平\'s meeting stored at his unit: nothing to change, said', async () => {
    await recorded('孙杰', '何平主任今天主持召开了专题会议');
    expect(activities().map((a) => a.departmentIds ?? [a.departmentId])).toEqual([['center']]);
    const answer = await answerText('孙杰', '刚才报的何平主任那个专题会是康复中心的，部门没写上');
    expect(answer).toMatch(/部门已经是残疾人康复中心，没有改动/);
    expect(activities()).toHaveLength(1);
  });
});

describe('人数 reported wrong', () => {
  it.each([['昨天看警示片的人数报错了，实际是2人'], ['人数不对，实际到了2个人'], ['昨天那个警示教育人数有误，实际2人参加'], ['11.29看片子的人数搞错了，其实是两个人']])(
    '周涛 「%s」 → 请确认修改 3 → 2, no duplicate question',
    async (text) => {
      await recorded('周涛', '昨天组织观看警示教育片，参加3人');
      const answer = await answerText('周涛', text);
      expect(answer).not.toMatch(/已有一条相同记录/);
      expect(answer).toMatch(/原来：警示教育｜2026-11-29（昨天）｜3人参加/);
      expect(answer).toMatch(/改为：警示教育｜2026-11-29（昨天）｜2人参加/);
      expect(activities()[0]!.attendees).toBe(3);
      await say('周涛', '确认');
      expect(activities().map((a) => [a.type, a.date, a.attendees])).toEqual([['edu_warning', '2026-11-29', 2]]);
    },
  );

  it.each([['不用再记，是改原来那条的人数'], ['不是再记，是要改原来那条'], ['是改之前那条的人数']])('on the duplicate question 「%s」 → the stored record’s 人数 3 → 2, nothing new', async (reply) => {
    await recorded('周涛', '昨天组织观看警示教育片，参加3人');
    const asked = await answerText('周涛', '昨天组织观看了警示教育片，2人参加');
    expect(asked).toMatch(/已有一条相同记录/);
    const answer = await answerText('周涛', reply);
    expect(answer).toMatch(/没有再记/);
    expect(answer).toMatch(/原来：警示教育｜2026-11-29（昨天）｜3人参加/);
    expect(answer).toMatch(/改为：警示教育｜2026-11-29（昨天）｜2人参加/);
    await say('周涛', '确认');
    expect(activities().map((a) => [a.type, a.date, a.attendees])).toEqual([['edu_warning', '2026-11-29', 2]]);
  });
});

describe('日期 said loosely', () => {
  it.each([['不对，是上周五去的', '2026-11-27'], ['不对 是前天去的', '2026-11-28'], ['上周四那次检查日期报错了，实际是上周五', '2026-11-27'], ['时间不对，应该是11.27', '2026-11-27']])(
    '黄志刚 「%s」 → 请确认修改 11-26 → %s',
    async (text, date) => {
      await recorded('黄志刚', '上周四到康复中心开展了作风纪律检查');
      const answer = await answerText('黄志刚', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(new RegExp(`改为：作风纪律检查｜${date}`));
      await say('黄志刚', '确认');
      expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([['inspect_style', date, 'center']]);
    },
  );

  it('near-miss: 「不对」 alone asks what is wrong, nothing changed', async () => {
    await recorded('黄志刚', '上周四到康复中心开展了作风纪律检查');
    const answer = await answerText('黄志刚', '不对');
    expect(answer).not.toMatch(/请确认修改/);
    expect(activities().map((a) => a.date)).toEqual(['2026-11-26']);
  });

  it('near-miss: 「上周五又去康复中心查了一次」 is no correction of the stored check', async () => {
    await recorded('黄志刚', '上周四到康复中心开展了作风纪律检查');
    const answer = await answerText('黄志刚', '上周五又去康复中心查了一次');
    expect(answer).not.toMatch(/请确认修改/);
    expect(activities().map((a) => a.date)).toEqual(['2026-11-26']);
  });
});

describe('篇数 said as 只有', () => {
  it.each([['信息报送只有1篇'], ['廉政信息只报了一篇'], ['刚才那个信息报送只有一篇']])('孙丽 「%s」 → 请确认修改 withdrawing the one too many', async (text) => {
    await stored('孙丽', '今天报送廉政信息2篇', 2);
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/由 2 篇改为 1 篇/);
    expect(activities()).toHaveLength(2);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['report_info', '2026-11-30']]);
  });

  it('near-miss: 「今天又报送了1篇廉政信息」 is a new paper', async () => {
    await stored('孙丽', '今天报送廉政信息2篇', 2);
    await say('孙丽', '今天又报送了1篇廉政信息');
    if (/请确认|仍要/.test(lastText())) await say('孙丽', '再记一条');
    expect(activities()).toHaveLength(3);
  });
});

describe('对象 and 活动人 in the same loose words', () => {
  it('赵敏 「活动人不对，应该是我」 after 张伟–何平 → 活动人 赵敏 on 请确认修改', async () => {
    await recorded('赵敏', '今天张伟书记和何平谈了廉政谈话');
    const answer = await answerText('赵敏', '活动人不对，应该是我');
    expect(answer).toMatch(/请确认修改/);
    await say('赵敏', '确认');
    expect(activities().map((a) => [a.type, a.actorId, a.counterpartIds.join()])).toEqual([['talk_integrity', 'zhaomin', 'heping']]);
  });

  it('刘芳 「谈话对象写错了 实际是郑华」 after her signing with 吴静 → 对象 郑华', async () => {
    await recorded('刘芳', '昨天和吴静签订了责任书');
    const answer = await answerText('刘芳', '签订对象写错了 实际是郑华');
    expect(answer).toMatch(/请确认修改/);
    await say('刘芳', '确认');
    expect(activities().map((a) => [a.type, a.actorId, a.counterpartIds.join()])).toEqual([['pledge_sign', 'liufang', 'zhenghua']]);
  });
});
