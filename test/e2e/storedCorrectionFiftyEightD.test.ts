// Round 58 (issue 10), fixer fdd: corrections of what was already recorded, typed as a sentence (t60b F7, F10; t60a F7).
// 1. A record the member reported (whoever its doer), named by day and kind, with 地点/部门/对象/人数/题目 写错了，是X不是Y:
//    the 原来/改为 card (was: 「…的记录里没有「办公室」」, 「没有找到您上报的…」, or the DOER changed to the place's head).
// 2. A talk the member denies, reported by another: named with its reporter and who may withdraw it (was: kept silently).
// 3. 「A和B的谈话都谈完了」 from their head: the head's talk with each; 「不对，是我分别和A、B谈的」 on a waiting card replaces it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;

const CHECK = '11月19日黄书记带队到办公室开展作风纪律检查，我参加';
const row = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(), a.deletedAt ? 'x' : '']);

describe('1. a field of a named stored record owned wrong: the 原来/改为 card', () => {
  it.each([
    ['刚才报的11月19日那次检查地点写错了，是康复中心，不是办公室'],
    ['修改11月19日黄书记的作风纪律检查，地点改为康复中心'],
    ['11月19日那次检查部门写错了，是康复中心'],
    ['上周报的19号那次检查地点记错了，不是办公室，是康复中心'],
    ['11.19那次作风纪律检查地点不对，应该是康复中心'],
    ['刚才报的11月19日那次检查地点写错了 是康复中心 不是办公室'],
    ['不好意思，11月19日那次检查的地点写错了，应该是康复中心'],
    ['11月19日的作风纪律检查部门不对，不是办公室是康复中心'],
    ['更正一下，11月19日那次检查地点写错了，是康复中心，不是办公室'],
    ['昨天报的11月19号那次检查地点填错了，应该是康复中心'],
  ])('林晓 (黄志刚\'s 11-19 check at 办公室 stored) 「%s」 → 办公室 → 残疾人康复中心, doer kept; 确认 changes it', async (text) => {
    await recorded('林晓', CHECK);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/原来：作风纪律检查｜2026-11-19｜办公室｜.*活动人：黄志刚/);
    expect(answer).toMatch(/改为：作风纪律检查｜2026-11-19｜残疾人康复中心｜.*活动人：黄志刚/);
    await say('林晓', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.actorId).toBe('huangzhigang');
    expect(JSON.stringify(activities()[0])).toMatch(/center/);
  });

  it('对象: 王芳 「刚才报的11月20日那次谈话对象写错了，是周涛不是吴静」 → 吴静 → 周涛', async () => {
    await recorded('王芳', '11月20日刘芳副理事长和吴静进行了廉政谈话');
    const answer = await answerText('王芳', '刚才报的11月20日那次谈话对象写错了，是周涛不是吴静');
    expect(answer).toMatch(/原来：廉政谈话｜2026-11-20｜对象：吴静.*活动人：刘芳/);
    expect(answer).toMatch(/改为：廉政谈话｜2026-11-20｜对象：周涛.*活动人：刘芳/);
  });

  it.each([
    ['上周报的11月25日那次警示教育人数记错了，是12人不是10人', /改为：警示教育｜2026-11-25｜《清风》｜12人参加/],
    ['11月25日那次警示教育片名写错了，应该是《贪婪之祸》', /改为：警示教育｜2026-11-25｜《贪婪之祸》｜10人参加/],
  ])('人数 / 题目: 周涛 「%s」', async (text, card) => {
    await recorded('周涛', '11月25日组织观看警示教育片《清风》，参加10人');
    expect(await answerText('周涛', text)).toMatch(card);
  });

  it('near-miss: a new check that names another place is a report, not a change', async () => {
    await recorded('林晓', CHECK);
    const answer = await answerText('林晓', '11月26日黄书记带队到康复中心开展作风纪律检查，我参加');
    expect(answer).not.toMatch(/原来：/);
  });
});

describe('2. a talk the member denies, reported by another: named with its reporter', () => {
  it.each([
    ['11月20日我没有和吴静谈话，那天是和周涛谈的廉政谈话'],
    ['11月20日不是和吴静，是和周涛进行的廉政谈话'],
    ['11月20日那天我并没有和吴静谈话，是和周涛进行的廉政谈话'],
  ])('刘芳 「%s」 → the talk with 周涛 stored, 王芳\'s record named, nothing withdrawn', async (text) => {
    await recorded('王芳', '11月20日刘芳副理事长和吴静进行了廉政谈话');
    const answer = await answerText('刘芳', text);
    expect(answer).toMatch(/11月20日您与吴静的廉政谈话记录（王芳上报）/);
    expect(answer).toMatch(/只能由上报人王芳撤销/);
    expect(row()).toEqual([
      ['talk_integrity', '2026-11-20', 'liufang', 'wujing', ''],
      ['talk_integrity', '2026-11-20', 'liufang', 'zhoutao', ''],
    ]);
  });

  it('刘芳, her own record: the 撤销 words offered', async () => {
    await recorded('刘芳', '11月20日和吴静进行了廉政谈话');
    expect(await answerText('刘芳', '11月20日我没有和吴静谈话，那天是和周涛谈的廉政谈话')).toMatch(/要撤销请发送「撤销11月20日和吴静的谈话」/);
  });

  it.each([['刘芳', '11月20日没有和吴静谈话'], ['刘芳', '11月20日其实没跟吴静谈过'], ['吴静', '11月20日没有和刘芳谈话']])(
    'a bare denial of another\'s record: %s 「%s」 → whose it is (was 没看懂)', async (who, text) => {
      await recorded('王芳', '11月20日刘芳副理事长和吴静进行了廉政谈话');
      expect(await answerText(who, text)).toMatch(/是王芳上报的.*只能由上报人撤销/);
      expect(row()).toEqual([['talk_integrity', '2026-11-20', 'liufang', 'wujing', '']]);
    },
  );

  it('near-miss: a talk on another day names nothing', async () => {
    await recorded('王芳', '11月20日刘芳副理事长和吴静进行了廉政谈话');
    expect(await answerText('刘芳', '11月21日和周涛进行了廉政谈话')).not.toMatch(/王芳上报/);
  });
});

describe('3. 「A和B的谈话都谈完了」 from their head; 不对，是我分别和… on a waiting card', () => {
  it('孙丽 「王强和李娟的廉政谈话都谈完了，12月1日谈的」 → her talks with each', async () => {
    await say('孙丽', '王强和李娟的廉政谈话都谈完了，12月1日谈的');
    expect(row()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang', ''],
      ['talk_integrity', '2026-12-01', 'sunli', 'lijuan', ''],
    ]);
  });

  it.each([['不对，是我分别和王强、李娟谈的'], ['不对，是我和王强、李娟分别谈的']])(
    '孙丽 card 王强→李娟, then 「%s」 → the card replaced (type and day kept) → 确认 → two talks of hers', async (text) => {
      expect(await answerText('孙丽', '王强和李娟11月27日谈了廉政谈话')).toMatch(/活动人：王强/);
      const answer = await answerText('孙丽', text);
      expect(answer).toMatch(/原来那张卡片作废/);
      expect(answer).not.toMatch(/仍在等您确认/);
      await say('孙丽', '确认');
      expect(row()).toEqual([
        ['talk_integrity', '2026-11-27', 'sunli', 'wangqiang', ''],
        ['talk_integrity', '2026-11-27', 'sunli', 'lijuan', ''],
      ]);
    },
  );

  it('near-miss: 王芳 (a clerk) 「李明和胡军的廉政谈话都谈完了，11月27日」 stays a card of 李明→胡军', async () => {
    expect(await answerText('王芳', '李明和胡军的廉政谈话都谈完了，11月27日')).toMatch(/活动人：李明/);
    expect(activities()).toHaveLength(0);
  });
});
