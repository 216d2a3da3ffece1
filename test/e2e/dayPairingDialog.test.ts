// Over HTTP (issue 10, round 31): days paired with people by 分别, and the answers to the day questions. A month's
// talks are asked as one question naming the month; an answer gives each person a day in order, or one day for all;
// days that pair with no one are asked again, never put on one person; 各 / 一次 with days in an answer make one record
// a day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { lastText, rows, say } = chat;

/** 确认 on the card when one came. */
async function confirmCard(sender: string): Promise<void> {
  if (rows().length === 0 && /确认/.test(lastText())) await say(sender, '确认');
}

/** The rows as `type|date|counterpart`, sorted. */
const talks = () => rows().map(([type, date, , whom]) => `${type}|${date}|${whom}`).sort();

describe('months said once with 分别: one question a month, naming it and its people', () => {
  it('张伟 「6月和11月分别与王建国、刘芳…」: June asked, one day a person in order; November one day for both', async () => {
    await say('张伟', '6月和11月分别与王建国、刘芳进行了廉政谈话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/6月与王建国、刘芳的廉政谈话分别是哪一天/);
    await say('张伟', '6月10日、6月12日');
    expect(lastText()).toMatch(/11月与王建国、刘芳的廉政谈话分别是哪一天/);
    await say('张伟', '11月12日');
    await confirmCard('张伟');
    expect(talks()).toEqual([
      'talk_integrity|2026-06-10|wangjianguo',
      'talk_integrity|2026-06-12|liufang',
      'talk_integrity|2026-11-12|liufang',
      'talk_integrity|2026-11-12|wangjianguo',
    ]);
  });

  it('a June-and-November answer to June\'s question is asked again, never put on one person; bare days are June\'s', async () => {
    await say('张伟', '6月和11月分别与王建国、刘芳进行了廉政谈话');
    await say('张伟', '6月10日和11月12日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/问的是6月的日期/);
    expect(lastText()).toMatch(/6月与王建国、刘芳的廉政谈话分别是哪一天/);
    expect(lastText()).not.toMatch(/2026-06-10/);
    await say('张伟', '10日、12日');
    expect(lastText()).toMatch(/11月与王建国、刘芳/);
    await say('张伟', '都是11月20日');
    await confirmCard('张伟');
    expect(talks()).toEqual([
      'talk_integrity|2026-06-10|wangjianguo',
      'talk_integrity|2026-06-12|liufang',
      'talk_integrity|2026-11-20|liufang',
      'talk_integrity|2026-11-20|wangjianguo',
    ]);
  });

  it('one person, two months: June asked, then November (one day was both talks\' before)', async () => {
    await say('张伟', '6月和11月分别与王建国进行了廉政谈话');
    expect(lastText()).toMatch(/6月与王建国的廉政谈话是哪一天/);
    await say('张伟', '6月8日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/11月与王建国的廉政谈话是哪一天/);
    await say('张伟', '11月16日');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-06-08|wangjianguo', 'talk_integrity|2026-11-16|wangjianguo']);
  });

  it('「都是6月10日」 is June\'s two talks only; November is still asked', async () => {
    await say('张伟', '6月和11月分别与王建国、刘芳进行了廉政谈话');
    await say('张伟', '都是6月10日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/11月与王建国、刘芳的廉政谈话分别是哪一天/);
    await say('张伟', '11月5日、11月19日');
    await confirmCard('张伟');
    expect(talks()).toEqual([
      'talk_integrity|2026-06-10|liufang',
      'talk_integrity|2026-06-10|wangjianguo',
      'talk_integrity|2026-11-05|wangjianguo',
      'talk_integrity|2026-11-19|liufang',
    ]);
  });
});

describe('时间分别是 with fewer or more days than people: asked, never every person on every day', () => {
  it('three people, two days: each day asked; two days answered are asked again; three pair in order', async () => {
    await say('张伟', '我与王建国、刘芳、陈志强进行了廉政谈话，时间分别是11月3日、4日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/与王建国、刘芳、陈志强的廉政谈话是哪一天/);
    await say('张伟', '11月3日、4日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/回复了2个日期，问的是3次，对不上/);
    expect(lastText()).toMatch(/与王建国、刘芳、陈志强的廉政谈话是哪一天/);
    await say('张伟', '11月3日、4日、5日');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-11-03|wangjianguo', 'talk_integrity|2026-11-04|liufang', 'talk_integrity|2026-11-05|chenzhiqiang']);
  });

  it('two days to the talks asked as one, a check also waiting: one each in order, the check then asked its own', async () => {
    await say('张伟', '和王建国、刘芳进行了廉政谈话，还到办公室开展了作风纪律检查');
    expect(lastText()).toMatch(/与王建国、刘芳的廉政谈话是哪一天/);
    await say('张伟', '11月3日、11月5日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/2026-11-03｜对象：王建国/);
    expect(lastText()).toMatch(/2026-11-05｜对象：刘芳/);
    expect(lastText()).toMatch(/作风纪律检查｜（日期未知）/);
  });

  it('near-miss: as many days as people pair in order, at once', async () => {
    await say('张伟', '我与王建国、刘芳进行了廉政谈话，时间分别是11月3日、4日');
    expect(talks()).toEqual(['talk_integrity|2026-11-03|wangjianguo', 'talk_integrity|2026-11-04|liufang']);
  });
});

describe('an answer to 是哪一天 giving days with 各 / 一次: one record a day', () => {
  it('「11月10日和11月24日各报了一篇」 to 信息报送: two papers, one a day (was 「没有读出…活动」)', async () => {
    await say('孙丽', '我向机关纪委报送了廉政信息');
    expect(lastText()).toMatch(/哪一天/);
    await say('孙丽', '11月10日和11月24日各报了一篇');
    await confirmCard('孙丽');
    expect(rows().map((r) => `${r[0]}|${r[1]}`).sort()).toEqual(['report_info|2026-11-10', 'report_info|2026-11-24']);
  });

  it('「3号一次，17号一次」 on Dec 3: both days of November (3号 was today, 17号 November)', async () => {
    await say('孙丽', '我向机关纪委报送了廉政信息');
    await say('孙丽', '3号一次，17号一次');
    await confirmCard('孙丽');
    expect(rows().map((r) => `${r[0]}|${r[1]}`).sort()).toEqual(['report_info|2026-11-03', 'report_info|2026-11-17']);
  });

  it('「10号、24号」: two records', async () => {
    await say('孙丽', '我向机关纪委报送了廉政信息');
    await say('孙丽', '10号、24号');
    await confirmCard('孙丽');
    expect(rows().map((r) => `${r[0]}|${r[1]}`).sort()).toEqual(['report_info|2026-11-10', 'report_info|2026-11-24']);
  });

  it('near-miss: 「1号、3号」 on Dec 3 stays December; one day stays one record', async () => {
    await say('孙丽', '我向机关纪委报送了廉政信息');
    await say('孙丽', '1号、3号');
    await confirmCard('孙丽');
    expect(rows().map((r) => `${r[0]}|${r[1]}`).sort()).toEqual(['report_info|2026-12-01', 'report_info|2026-12-03']);
    await say('孙丽', '我向机关纪委报送了廉政信息');
    await say('孙丽', '11月20日');
    await confirmCard('孙丽');
    expect(rows().filter((r) => r[1] === '2026-11-20')).toHaveLength(1);
  });
});

// Days parted by a comma (round 30g, B10: 12月1日，12月2日分别与… stored both talks on the second day after 确认, the first
// only flagged), and 分别 with an untyped talk (one record of both people on each day, four after the type).
describe('days parted by a comma, paired by 分别', () => {
  it('孙丽 「12月1日，12月2日分别与王强和李娟谈心」: each day its own person', async () => {
    await say('孙丽', '12月1日，12月2日分别与王强和李娟谈心');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-12-01|wangqiang', 'talk_heart|2026-12-02|lijuan']);
  });

  it('「12月1日，12月2日与王强谈心」 (no 分别): a talk on each day, none left over', async () => {
    await say('孙丽', '12月1日，12月2日与王强谈心');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-12-01|wangqiang', 'talk_heart|2026-12-02|wangqiang']);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
  });

  it('an untyped 分别 talk: the type asked once, then one talk a person on its own day', async () => {
    await say('孙丽', '11月10日、11月17日分别与李娟、王强谈了话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/哪类活动|类型/);
    await say('孙丽', '谈心谈话');
    await confirmCard('孙丽');
    expect(talks()).toEqual(['talk_heart|2026-11-10|lijuan', 'talk_heart|2026-11-17|wangqiang']);
  });
});

describe('an answer pairing each day with its people (round 31f F1): each talk on the day said beside its person', () => {
  const ASKED = '这两天分别和王建国、刘芳两位同志进行了廉政谈话，明天和陈志强、赵敏谈。';

  it('「昨天和王建国，今天和刘芳」: 王建国 on 12-02, 刘芳 on 12-03 (both had been stored on 12-02)', async () => {
    await say('张伟', ASKED);
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/与王建国、刘芳的廉政谈话是哪一天/);
    await say('张伟', '昨天和王建国，今天和刘芳');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-12-02|wangjianguo', 'talk_integrity|2026-12-03|liufang']);
  });

  it('person first, the order not the question\'s: 「刘芳是周一，王建国是周二」', async () => {
    await say('张伟', ASKED);
    await say('张伟', '刘芳是周一，王建国是周二');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-11-30|liufang', 'talk_integrity|2026-12-01|wangjianguo']);
  });

  it('号 days: 「1号跟刘芳，2号跟王建国」', async () => {
    await say('张伟', ASKED);
    await say('张伟', '1号跟刘芳，2号跟王建国');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-12-01|liufang', 'talk_integrity|2026-12-02|wangjianguo']);
  });

  it('near-miss: one day for both (「昨天」) stays one day for both', async () => {
    await say('张伟', ASKED);
    await say('张伟', '昨天');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-12-02|liufang', 'talk_integrity|2026-12-02|wangjianguo']);
  });

  it('near-miss: days in order with no names pair in the question\'s order', async () => {
    await say('张伟', ASKED);
    await say('张伟', '12月1日、12月2日');
    await confirmCard('张伟');
    expect(talks()).toEqual(['talk_integrity|2026-12-01|wangjianguo', 'talk_integrity|2026-12-02|liufang']);
  });

  it('a person the question did not ask about is never given another\'s talk', async () => {
    await say('张伟', ASKED);
    await say('张伟', '昨天和王建国，今天和孙丽');
    await confirmCard('张伟');
    expect(talks()).not.toContain('talk_integrity|2026-12-03|liufang');
  });
});
