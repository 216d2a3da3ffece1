// Round 63 (issue 10), fixer gci: t66a's edits typed on a waiting card, several items at once, and total rows in pasted tables.
// B-F2. 本周⇥⇥⇥2次 · 累计⇥⇥⇥15次 under a pasted table are totals (were undated talks asked their day); 第3条第4条第5条 drops every
//       item named; 剩下这两条也是合计 · 本周和累计那两行是合计 never cancel the whole message (were: 已取消这条上报).
// B-F11. 第2条对象是办公室全体人员 是集体谈的 — the same as without 是集体谈的 (was: 没有在通讯录里找到「办公室全体人员」).
// B-F12. 李明只是陪着 不算他谈的, 李明 one talked to beside 张伟's talk with 王建国 — his record leaves (was: 这条消息没有记录).
// B-F13. 第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧 — record 2's kind (was: 没有在通讯录或活动类型里找到…).
// B-F4. 陈副理事长只是陪着 不算他谈的 on 陈志强→冯雪 beside 冯雪's own talk that day — the misread record leaves (was: asked who).
// Near-misses: 第2条对 changes nothing; 2号和王磊谈的 is no drop of record 2.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai, the tester's day. */
const NOW = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

/** 孙杰's pasted table: two talks of 何平's, then a 本周 and a 累计 total row. */
const TABLE = '日期\t谈话人\t对象\t类型\n12.2\t何平\t孙杰\t谈心谈话\n12.4\t何平\t徐辉\t谈心谈话\n本周\t\t\t2次\n累计\t\t\t15次';
/** The same with 何平 in the total rows' 谈话人 cell … */
const NAMED = '日期\t谈话人\t对象\t类型\n12.2\t何平\t孙杰\t谈心谈话\n12.4\t何平\t徐辉\t谈心谈话\n本周\t何平\t\t2次\n累计\t何平\t\t15次';
/** … and, as round 63 left it for a row naming someone other than the doer, rows that stay items asked about. */
const ASKED = '日期\t谈话人\t对象\t类型\n12.2\t何平\t孙杰\t谈心谈话\n12.4\t何平\t徐辉\t谈心谈话\n本周\t何平\t孙杰\t\n累计\t何平\t孙杰\t';
const TALKS = [
  ['talk_heart', '2026-12-02', 'heping', 'sunjie'],
  ['talk_heart', '2026-12-04', 'heping', 'xuhui'],
];

describe('B-F2. total rows of a pasted table', () => {
  it.each([[TABLE], [NAMED]])('孙杰 pastes the table → a card of the two talks, no day asked → 确认', async (table) => {
    const card = await answerText('孙杰', table);
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).not.toMatch(/日期未知|类型未知/);
    await say('孙杰', '确认');
    expect(rows()).toEqual(TALKS);
  });

  it.each([['第3条第4条第5条是合计的不用记'], ['剩下这两条也是合计 不用记'], ['本周和累计那两行是合计 不用记'], ['那两行是合计的 不用记']])(
    'on the card 「%s」 → the card kept, nothing cancelled → 确认 stores both',
    async (text) => {
      await say('孙杰', TABLE);
      const answer = await answerText('孙杰', text);
      expect(answer).not.toMatch(/已取消|没有记录任何内容/);
      expect(answer).toMatch(/请确认以下 2 条记录/);
      await say('孙杰', '确认');
      expect(rows()).toEqual(TALKS);
    },
  );

  it.each([['第3条第4条第5条是合计的不用记'], ['第三条到第五条是合计 不用记'], ['剩下这两条也是合计 不用记'], ['后面几条不用记']])(
    'asked about two total items 「%s」 → both leave, the two talks on the card → 确认',
    async (text) => {
      expect(await answerText('孙杰', ASKED)).toMatch(/还差一点/);
      const answer = await answerText('孙杰', text);
      expect(answer).not.toMatch(/已取消这条上报/);
      expect(answer).toMatch(/请确认以下 2 条记录/);
      expect(activities()).toEqual([]);
      await say('孙杰', '确认');
      expect(rows()).toEqual(TALKS);
    },
  );

  it('第3条第4条第5条 says there is no 第5条', async () => {
    await say('孙杰', ASKED);
    expect(await answerText('孙杰', '第3条第4条第5条是合计的不用记')).toMatch(/这条消息里没有第5条/);
  });
});

describe('B-F11. a whole department, and how the talk was held', () => {
  it.each([['第2条对象是办公室全体人员 是集体谈的'], ['第2条对象是办公室全体人员，集体谈话']])('胡军 「%s」 → one talk per member of 办公室', async (text) => {
    await say('胡军', '1. 12月2日与王芳进行谈心谈话\n2. 12月3日与李明进行廉政谈话');
    const answer = await answerText('胡军', text);
    expect(answer).toMatch(/第2条谈话对象改为办公室全体人员/);
    expect(answer).not.toMatch(/没有在通讯录里找到/);
    expect(activities()).toEqual([]);
  });
});

describe('B-F12. one talked to who only went along', () => {
  it.each([['李明只是陪着 不算他谈的'], ['李明只是陪同，不算他谈的']])('王芳 「%s」 → 张伟 with 王建国 only → 确认', async (text) => {
    await say('王芳', '12月2日张书记与王建国、李明进行廉政谈话');
    const answer = await answerText('王芳', text);
    expect(answer).toMatch(/去掉第2条（李明只是陪同，不算和他谈的；陪同的人不单独记录）/);
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'zhangwei', 'wangjianguo']]);
  });
});

describe('B-F13. the kind said last', () => {
  it.each([['第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧'], ['第2条不是教育，是去财务科检查廉政风险点，就算作风纪律检查']])('胡军 「%s」 → record 2 a 作风纪律检查 → 确认', async (text) => {
    await say('胡军', '1. 12月2日与王芳进行谈心谈话\n2. 12月3日到财务科开展警示教育');
    expect(await answerText('胡军', text)).toMatch(/类型改为作风纪律检查/);
    await say('胡军', '确认');
    expect(activities().map((a) => a.type)).toEqual(['talk_heart', 'inspect_style']);
  });
});

describe('B-F4. the doer said to have gone along on the member’s own talk', () => {
  it('冯雪 「陈副理事长只是陪着 不算他谈的」 → 陈志强→冯雪 leaves, her talk with 赵磊 kept → 确认', async () => {
    await say('冯雪', '1. 12月2日与赵磊谈心谈话\n2. 12月2日陈副理事长与我谈心谈话');
    expect(await answerText('冯雪', '陈副理事长只是陪着 不算他谈的')).toMatch(/去掉第2条（陈志强只是陪同/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'fengxue', 'zhaolei']]);
  });

  it('王芳 on 陈志强’s talk with 郑华 → she holds it (as gcb did)', async () => {
    await say('王芳', '12月2日陈副理事长和郑华进行了廉政谈话');
    expect(await answerText('王芳', '陈副理事长只是陪着 不算他谈的')).toMatch(/第1条活动人改为您本人/);
  });
});

describe('near-misses', () => {
  it.each([['第2条对'], ['2号和王磊谈的']])('「%s」 on a card → nothing dropped, nothing stored', async (text) => {
    await say('胡军', '1. 12月2日与王芳进行谈心谈话\n2. 12月3日到财务科开展警示教育');
    const answer = await answerText('胡军', text);
    expect(answer).not.toMatch(/已去掉|已取消/);
    expect(activities()).toEqual([]);
  });
});
