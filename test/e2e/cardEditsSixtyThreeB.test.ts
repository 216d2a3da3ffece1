// Round 63 (issue 10), fixer gcb: edits typed while a 确认 card waits, nothing stored yet (t65a on round 62's cards of pasted
// items), and gbc's two leftovers.
// 1. 第2条第3条是合计的不用记 (· 第2、3条 · 第2和第3条 · 第2-3条 · 后两条) — every record named leaves (was: only 第2条).
// 2. 日期都错了 第1条是11月24号 第2条是26号 — each numbered record takes its day (was: a new deed of 11-24, 没有读出…活动).
// 3. 第2条对象是办公室全体人员 — record 2's people are the whole department: one talk per member, the doer not among them, or a
//    sitting held for all (was: 没有在通讯录里找到「办公室全体人员」).
// 4. 王部长只是陪着 不算他谈的 — 王磊 leaves the doer's place of his records, the member holds them; asked who when the member is
//    the one talked to (was: 这条消息没有记录, the card unchanged).
// 5. 第2条是周部长组织的 6人参加 — both changes on record 2, an education or a meeting (was: 没看懂对第2条的修改).
// 6. 黄书记是谈话人不是对象 with no card — the latest stored record with 黄志刚 as the one talked to takes him as its doer on
//    请确认修改; none → said, nothing new (was: a new talk of today with 黄志刚, its kind asked).
// 7. 本月共开展廉政谈话3人次：⏎1. 合计谈话3人次⏎2. 11月24日… — the counted heading is a total, no record asked its day.
// Near-misses: 第2条对 keeps its reading (which of the others to keep is asked); 2号和王磊谈的 stays a new report of the 2nd.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai, the corpus's day. */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

/** Three talks of 赵敏's, pasted: a card of three. */
const THREE = '1. 11月20日与杨帆进行廉政谈话\n2. 11月21日与何平进行廉政谈话\n3. 11月22日与孙杰进行廉政谈话';
/** 李明's pasted items: 王磊's talk with 杨帆, a 警示教育 with no count, his own 谈心 with 何平. */
const MIXED = '1. 11月24日 王部长与杨帆进行廉政谈话\n2. 11月25日组织观看警示教育片\n3. 11月26日与何平进行谈心谈话';
/** 王建国's two talks. */
const TWO = '1. 11月24日与李明进行廉政谈话\n2. 11月25日与孙丽进行廉政谈话';

describe('1. several records left out at once (t65a)', () => {
  it.each([['第2条第3条是合计的不用记'], ['第2、3条是合计的不用记'], ['第2和第3条是合计的，不用记'], ['第2-3条是合计的不用记'], ['后两条是合计的 不用记'], ['第二条 第三条 都是合计数']])(
    '赵敏 「%s」 → only 杨帆 left on the card → 确认',
    async (text) => {
      expect(await answerText('赵敏', THREE)).toMatch(/请确认以下 3 条记录/);
      const answer = await answerText('赵敏', text);
      expect(answer).toMatch(/已去掉第2条（廉政谈话｜2026-11-21｜对象：何平（残疾人康复中心主任））、第3条（廉政谈话｜2026-11-22｜对象：孙杰/);
      expect(answer).toMatch(/请确认以下 1 条记录/);
      expect(activities()).toEqual([]);
      await say('赵敏', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'zhaomin', 'yangfan']]);
    },
  );
});

describe('2. days for numbered records after a lead (t65a)', () => {
  it.each([
    ['日期都错了 第1条是11月23号 第2条是26号', '2026-11-23', '2026-11-26', '2026-11-26'],
    ['日期都不对，第1条是11月23日，第2条是11月27日', '2026-11-23', '2026-11-27', '2026-11-26'],
    ['不对 第1条是11月23日，第3条是27号', '2026-11-23', '2026-11-25', '2026-11-27'],
    ['时间写错了 第二条是11.27 第三条是11.28', '2026-11-24', '2026-11-27', '2026-11-28'],
  ])('李明 「%s」 → %s, %s, %s on the card → 确认', async (text, one, two, three) => {
    await say('李明', MIXED);
    const answer = await answerText('李明', text);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(rows().map((r) => r[1])).toEqual([one, two, three]);
  });
});

describe('3. one record’s people as a whole department (t65a)', () => {
  it.each([['第2条对象是办公室全体人员'], ['第二条的对象是办公室全体同志'], ['不对 第2条对象改为办公室所有人员']])('李明 「%s」 → the 警示教育 for all of 办公室 → 确认', async (text) => {
    await say('李明', MIXED);
    const answer = await answerText('李明', text);
    expect(answer).toMatch(/第2条改为办公室全体参加/);
    expect(answer).toMatch(/警示教育｜2026-11-25｜全体参加｜办公室｜活动人：您本人/);
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(activities().find((a) => a.type === 'edu_warning')?.departmentId).toBe('office');
  });

  it.each([['第2条对象是财务科全体人员'], ['第2条 对象是 财务科 全体人员']])('王建国 「%s」 → 孙丽, 王强, 李娟 on 11-25 → 确认', async (text) => {
    await say('王建国', TWO);
    expect(await answerText('王建国', text)).toMatch(/第2条谈话对象改为财务科全体人员（3人，不含活动人）/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-25', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-25', 'wangjianguo', 'wangqiang'],
      ['talk_integrity', '2026-11-25', 'wangjianguo', 'lijuan'],
    ]);
  });
});

describe('4. the doer only went along (t65a)', () => {
  it.each([['王部长只是陪着 不算他谈的'], ['王部长只是陪同，不算他谈的'], ['王磊部长只是陪着，不是他谈的']])('李明 「%s」 → the talk with 杨帆 his own → 确认', async (text) => {
    await say('李明', MIXED);
    const answer = await answerText('李明', text);
    expect(answer).toMatch(/第1条活动人改为您本人（王磊只是陪同，陪同的人不单独记录）/);
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(rows()[0]).toEqual(['talk_integrity', '2026-11-24', 'liming', 'yangfan']);
  });

  it('杨帆, the one talked to → asked who held it, the card unchanged, nothing stored', async () => {
    await say('杨帆', MIXED);
    const answer = await answerText('杨帆', '王部长只是陪着 不算他谈的');
    expect(answer).toMatch(/对象是您本人，王磊只是陪同的话，是谁谈的？/);
    expect(answer).toMatch(/卡片没有改动/);
    expect(activities()).toEqual([]);
  });

  it('a check keeps him as 同行; 不算他带队的 leaves his talk as it was', async () => {
    await say('林晓', '11月24日王磊部长带队对宣文部开展作风纪律检查，11月25日王磊部长与杨帆进行了廉政谈话');
    const answer = await answerText('林晓', '王部长只是陪同，不算他带队的');
    expect(answer).toMatch(/陪同：王磊/);
    await say('林晓', '确认');
    const [check, talk] = activities();
    expect([check?.actorId, check?.companionIds, talk?.actorId]).toEqual(['linxiao', ['wanglei'], 'wanglei']);
  });
});

describe('5. two changes of one numbered record (t65a)', () => {
  it('李明 「第2条是周部长组织的 6人参加」 on an education with no count → 周涛, 6 → 确认', async () => {
    await say('李明', MIXED);
    const answer = await answerText('李明', '第2条是周部长组织的 6人参加');
    expect(answer).toMatch(/第2条活动人改为「周涛」；参加人数改为6人/);
    await say('李明', '确认');
    const study = activities().find((a) => a.type === 'edu_warning');
    expect([study?.actorId, study?.attendees]).toEqual(['zhoutao', 6]);
  });

  it('刘芳 「第2条是周部长组织的，8人参加」 on a meeting', async () => {
    await say('刘芳', '1. 11月20日与周涛进行廉政谈话\n2. 11月25日召开分管科室党风廉政建设工作会议');
    expect(await answerText('刘芳', '第2条是周部长组织的，8人参加')).toMatch(/分管科室党风廉政建设工作会议｜2026-11-25｜8人参加｜.*活动人：周涛/);
    expect(activities()).toEqual([]);
  });
});

describe('6. 黄书记是谈话人不是对象 with no card waiting (gbc left)', () => {
  it.each([['黄书记是谈话人不是对象'], ['黄书记是谈话人，不是谈话对象'], ['黄书记不是谈话对象，而是谈话人']])('林晓 「%s」 → her stored talk turned round on 请确认修改 → 确认', async (text) => {
    await say('林晓', '11月24日和黄书记进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'linxiao', 'huangzhigang']]);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/改为：廉政谈话｜2026-11-24｜对象：林晓（纪检干事）｜活动人：黄志刚/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'huangzhigang', 'linxiao']]);
  });

  it('the latest of two such records, the older kept', async () => {
    await say('林晓', '11月20日和黄书记进行了廉政谈话');
    await say('林晓', '11月24日和黄书记进行了廉政谈话');
    expect(await answerText('林晓', '黄书记是谈话人不是对象')).toMatch(/原来：廉政谈话｜2026-11-24/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-20', 'linxiao', 'huangzhigang'],
      ['talk_integrity', '2026-11-24', 'huangzhigang', 'linxiao'],
    ]);
  });

  it('a talk stored beside another of the same message (和黄书记、孙杰) → said how, nothing changed', async () => {
    await say('林晓', '11月24日和黄书记、孙杰进行了廉政谈话');
    if (/请确认/.test(chat.lastText())) await say('林晓', '确认');
    const before = rows();
    const answer = await answerText('林晓', '黄书记是谈话人不是对象');
    expect(answer).toMatch(/没有改动任何记录：如是黄志刚和孙杰谈的，请说「和孙杰那次是黄志刚谈的不是我」/);
    expect(rows()).toEqual(before);
  });

  it('no stored record with 黄志刚 → said, nothing new', async () => {
    await say('林晓', '11月24日和孙杰进行了廉政谈话');
    const answer = await answerText('林晓', '黄书记是谈话人不是对象');
    expect(answer).toMatch(/没有找到您报过的、谈话对象是黄志刚的记录，没有改动，也没有新增记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'linxiao', 'sunjie']]);
  });
});

describe('7. a counted heading over a pasted list (gbc left)', () => {
  it('林晓 「本月共开展廉政谈话3人次：⏎1. 合计谈话3人次⏎…」 → a card of the dated talks, no day asked', async () => {
    const answer = await answerText('林晓', '本月共开展廉政谈话2人次：\n1. 合计谈话2人次\n2. 11月24日对孙杰进行廉政谈话\n3. 11月25日对徐辉进行廉政谈话');
    expect(answer).not.toMatch(/是哪一天/);
    expect(answer).toMatch(/请确认以下 2 条记录/);
    expect(answer).not.toMatch(/日期未知/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'linxiao', 'sunjie'],
      ['talk_integrity', '2026-11-25', 'linxiao', 'xuhui'],
    ]);
  });
});

describe('near-misses keep today’s reading', () => {
  it('第2条对 is no change: the card not changed, nothing stored', async () => {
    await say('李明', MIXED);
    const answer = await answerText('李明', '第2条对');
    expect(answer).not.toMatch(/已按您的更正修改|已去掉/);
    expect(activities()).toEqual([]);
  });

  it('2号和王磊谈的 is a day, not record 2: the card unchanged', async () => {
    await say('李明', MIXED);
    const answer = await answerText('李明', '2号和王磊谈的');
    expect(answer).not.toMatch(/已按您的更正修改|已去掉第2条/);
    expect(activities()).toEqual([]);
  });
});
