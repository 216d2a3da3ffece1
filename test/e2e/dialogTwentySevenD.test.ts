// Over HTTP: the dialog sessions of round 27d that stored wrong, lost a day, stuck or went astray, reproduced turn by
// turn through the real bot (see /work/rounds/round-27d-results.md):
//  F1/F3 a slip owned while 「是哪一天？」 waits (刚才说错了，是和冯雪谈的 · 刚才那条不对，应该是孙丽 · 等等，说错了，…) —
//        was: 刚才 read as today answered the question and the old person was stored; with 等等 the correction was ignored;
//  F2    23、27号 · 23和25号 as the day answer — was: only the last day recorded;
//  F6    昨天和前天都谈了 · 11月23日，11月25日也谈了一次 — was: 「没有读出…活动」;
//  F7    11月份 — was: the month's completion card, the question left waiting unmentioned; 记不清了 — the bare question again;
//  F5    算了，不记了 on a 确认 card — was: read as 「that item is a plan」, the card stayed;
//  F10   👌 / 没问题 on a 确认 card — was: 「这条消息没有记录」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

// Wednesday evening, as the live session was: 昨天 = 12-01, 前天 = 周一 = 11-30.
const chat = useChatBot(new Date('2026-12-02T20:00:00+08:00'));

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('F1/F3: a slip owned while the day is asked corrects the waiting report', () => {
  it.each([
    ['陈静', '和赵磊进行了廉政谈话', '刚才说错了，是和冯雪谈的', '冯雪', '昨天', ['talk_integrity', '2026-12-01', 'chenjing', 'fengxue']],
    ['李娟', '和王强签订了责任书', '刚才那条不对，应该是孙丽', '孙丽', '前天', ['pledge_sign', '2026-11-30', 'sunli', 'lijuan']],
    ['胡军', '和王芳进行了廉政谈话', '等等，说错了，是和李明', '李明', '11月27日', ['talk_integrity', '2026-11-27', 'liming', 'hujun']],
    ['王强', '和李娟谈心了', '不好意思，我刚才写错了，是和孙丽谈的', '孙丽', '周一', ['talk_heart', '2026-11-30', 'sunli', 'wangqiang']],
    ['杨帆', '跟赵磊谈心', '刚刚那个说错了，应该是何平', '何平', '11月20日', ['talk_heart', '2026-11-20', 'yangfan', 'heping']],
    ['吴静', '和刘洋进行了廉政谈话', '哦不对不对，是谈心谈话', '谈心谈话', '昨天', ['talk_heart', '2026-12-01', 'wujing', 'liuyang']],
    ['赵磊', '和杨帆签了承诺书', '等一下，刚才的不对，是和陈静签的', '陈静', '上周五', ['pledge_sign', '2026-11-27', 'zhaolei', 'chenjing']],
    // A correction is read as the first message would be: to one's own head (孙丽, 李明 above) the head's talk; away from
    // one's head (郑华 held 陈静's talk, superiorHolds) the member's own with the one named, never 郑华>冯雪.
    ['陈静', '和郑华进行了廉政谈话', '刚才说错了，是和冯雪谈的', '冯雪', '昨天', ['talk_integrity', '2026-12-01', 'chenjing', 'fengxue']],
    ['刘洋', '和吴静谈心了', '不对，是和张颖谈的', '张颖', '前天', ['talk_heart', '2026-11-30', 'liuyang', 'zhangying']],
  ])('%s: 「%s」 → 「%s」: nothing stored, the day still asked; then 确认 stores the change', async (from, text, fix, shown, day, row) => {
    expect(await reply(from, text)).toMatch(/哪一天/);
    const said = await reply(from, fix);
    expect(said).toContain('已按您的更正修改');
    expect(said).toContain(shown);
    expect(said).toMatch(/哪一天/);
    expect(chat.activities()).toHaveLength(0);
    expect(await reply(from, day)).toContain('请确认');
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it.each([
    ['冯雪', '和赵磊进行了廉政谈话', '哎呀，刚才搞混了，是和陈静谈的', ['talk_integrity', '2026-12-01', 'fengxue', 'chenjing']],
    ['王磊', '和杨帆谈心了', '刚才名字打错了，是何平', ['talk_heart', '2026-12-01', 'wanglei', 'heping']],
  ])('%s: 「%s」 → 「%s」 is never the day today', async (from, text, fix, row) => {
    await chat.say(from, text);
    const said = await reply(from, fix);
    expect(said).toMatch(/哪一天/);
    expect(chat.activities()).toHaveLength(0);
    if (!said.includes('已按您的更正修改')) await chat.say(from, `不对，是和${(row[3] === 'chenjing' ? '陈静' : '何平')}谈的`);
    await chat.say(from, '昨天');
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('a slip owned with nothing readable after it is said, never taken as today', async () => {
    await chat.say('赵磊', '和冯雪进行了廉政谈话');
    const said = await reply('赵磊', '刚才说错了，我再想想');
    expect(said).toContain('没能读出要改成什么');
    expect(said).toMatch(/哪一天/);
    expect(chat.activities()).toHaveLength(0);
    await chat.say('赵磊', '取消');
    expect(chat.activities()).toHaveLength(0);
  });

  // Near-misses: 刚才 as the day of the deed still answers 「是哪一天？」 with today; 不对，是前天 is a day taken back.
  it.each([
    ['孙杰', '和徐辉谈心谈话', '刚才谈的', ['talk_heart', '2026-12-02', 'sunjie', 'xuhui']],
    ['徐辉', '和孙杰进行了廉政谈话', '刚刚谈完', ['talk_integrity', '2026-12-02', 'xuhui', 'sunjie']],
    ['刘洋', '和张颖谈心了', '就昨天', ['talk_heart', '2026-12-01', 'liuyang', 'zhangying']],
    ['郑华', '和陈静谈心了', '应该是刚才谈的', ['talk_heart', '2026-12-02', 'zhenghua', 'chenjing']],
  ])('%s: 「%s」 → 「%s」 is still the day answered', async (from, text, day, row) => {
    await chat.say(from, text);
    await chat.say(from, day);
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('不对，是前天 to the day question is still the day (on the card)', async () => {
    await chat.say('周涛', '和张颖进行了谈心谈话');
    await chat.say('周涛', '不对，是前天');
    if (chat.activities().length === 0) await chat.say('周涛', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-30', 'zhoutao', 'zhangying']]);
  });
});

describe('F2/F6: several days in the day answer give one record per day', () => {
  it.each([
    ['张颖', '和周涛谈心谈话', '23、27号', ['2026-11-23', '2026-11-27']],
    ['王磊', '和杨帆谈心谈话', '23和25号', ['2026-11-23', '2026-11-25']],
    ['李娟', '和王强谈心谈话', '9、16号', ['2026-11-09', '2026-11-16']],
    ['何平', '和孙杰谈心谈话', '是3，10，17号', ['2026-11-03', '2026-11-10', '2026-11-17']],
    // 2号 on 12-02 is today: the month's own 2nd, not November's.
    ['徐辉', '和孙杰谈心谈话', '1、2号', ['2026-12-01', '2026-12-02']],
    ['孙丽', '和王强谈心谈话', '昨天和前天都谈了', ['2026-12-01', '2026-11-30']],
    ['周涛', '和张颖谈心谈话', '11月23日，11月25日也谈了一次', ['2026-11-23', '2026-11-25']],
    ['郑华', '和陈静谈心谈话', '周一和周二都谈了', ['2026-11-30', '2026-12-01']],
  ])('%s: 「%s」 → 「%s」', async (from, text, answer, days) => {
    expect(await reply(from, text)).toMatch(/哪一天/);
    await chat.say(from, answer);
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.activities().map((a) => a.date)).toEqual(days);
    expect(new Set(chat.activities().map((a) => a.type))).toEqual(new Set(['talk_heart']));
  });

  it('23号 alone is still one day', async () => {
    await chat.say('冯雪', '和赵磊谈心谈话');
    await chat.say('冯雪', '23号');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-23', 'fengxue', 'zhaolei']]);
  });
});

describe('F7/F10: a month or 记不清了 to the day question says what is missing', () => {
  it.each(['11月份', '大概是11月中旬吧', '十一月', '就这个月'])('「%s」: no query card, the day still asked', async (month) => {
    await chat.say('周涛', '和张颖进行了谈心谈话');
    const said = await reply('周涛', month);
    expect(said).toContain('还差具体哪一天');
    expect(said).not.toContain('完成情况');
    expect(said).toMatch(/哪一天进行的/);
    await chat.say('周涛', '11月18日');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-18', 'zhoutao', 'zhangying']]);
  });

  it.each(['记不清了', '不记得了', '具体哪天忘了'])('「%s」: the way on is said, nothing recorded', async (forgot) => {
    await chat.say('吴静', '和刘洋进行了廉政谈话');
    const said = await reply('吴静', forgot);
    expect(said).toContain('记不清具体哪一天');
    expect(said).toContain('取消');
    expect(chat.activities()).toHaveLength(0);
  });

  it('with nothing pending, 11月份完成情况 is still the query', async () => {
    expect(await reply('周涛', '11月份完成情况')).toContain('完成情况');
  });
});

describe('F5/F10: the 确认 card takes the words people type', () => {
  const card = '11月17日，赵敏同志为宣文部全体党员讲授廉政党课，参加8人';

  it.each(['算了，不记了', '那就不记了吧', '算了算了', '取消吧', '算了吧，先不记了'])('「%s」 drops the card', async (no) => {
    expect(await reply('王磊', card)).toContain('请确认');
    expect(await reply('王磊', no)).toContain('已取消');
    expect(await reply('王磊', '确认')).toContain('没有等待确认');
    expect(chat.activities()).toHaveLength(0);
  });

  it('「算了，不记了」 drops the duplicate question too', async () => {
    await chat.say('王芳', '周一和胡军进行了廉政谈话');
    expect(await reply('王芳', '周一和胡军进行了廉政谈话')).toContain('已有一条相同记录');
    expect(await reply('王芳', '算了，不记了')).toContain('已取消');
    expect(chat.activities()).toHaveLength(1);
  });

  it.each(['👌', '没问题', '👍'])('「%s」 confirms', async (yes) => {
    await chat.say('王磊', card);
    expect(await reply('王磊', yes)).toContain('已记录');
    expect(chat.rows()).toEqual([['edu_lecture', '2026-11-17', 'zhaomin', '']]);
  });

  it('「算了，还是记吧」 is no cancel: the card waits, and 确认 stores it', async () => {
    await chat.say('王磊', card);
    await chat.say('王磊', '算了，还是记吧');
    if (chat.activities().length === 0) await chat.say('王磊', '确认');
    expect(chat.rows()).toEqual([['edu_lecture', '2026-11-17', 'zhaomin', '']]);
  });
});

describe('F4: a person named beside the day answer is said on the 确认 card, never dropped', () => {
  it.each([
    ['王磊', '和杨帆进行了谈心谈话', '前天，何平也一起谈了', '何平', ['talk_heart', '2026-11-30', 'wanglei', 'yangfan']],
    ['李娟', '和王强进行了廉政谈话', '昨天，孙丽科长也在', '孙丽', ['talk_integrity', '2026-12-01', 'lijuan', 'wangqiang']],
  ])('%s: 「%s」 → 「%s」', async (from, text, answer, named, row) => {
    await chat.say(from, text);
    const said = await reply(from, answer);
    expect(said).toContain('请确认');
    expect(said).toContain(`回答里提到的${named}没有记入这条记录`);
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  // 「还有李明」 beside the day (round 60, the merge: fbe's answer that adds a deed, 还有X): one more signing of the same
  // doer and day, on the card for a tap (was: said as not recorded). 也一起/也在 above stay remarks.
  it('胡军: 「和王芳签订了承诺书」 → 「11月25日，还有李明」 → both signings on the card', async () => {
    await chat.say('胡军', '和王芳签订了承诺书');
    const said = await reply('胡军', '11月25日，还有李明');
    expect(said).toContain('请确认');
    expect(said).toContain('李明');
    expect(chat.activities()).toHaveLength(0);
    await chat.say('胡军', '确认');
    expect(chat.rows()).toEqual([
      ['pledge_sign', '2026-11-25', 'hujun', 'wangfang'],
      ['pledge_sign', '2026-11-25', 'hujun', 'liming'],
    ]);
  });

  // Near-misses: the same person again, the sender, or a place, are no one beside: recorded at once as before.
  it.each([
    ['吴静', '和刘洋谈心了', '是前天和刘洋谈的', ['talk_heart', '2026-11-30', 'wujing', 'liuyang']],
    ['孙丽', '和王强谈心谈话', '前天在财务科谈的', ['talk_heart', '2026-11-30', 'sunli', 'wangqiang']],
    ['周涛', '和张颖进行了廉政谈话', '昨天下午在会议室', ['talk_integrity', '2026-12-01', 'zhoutao', 'zhangying']],
    ['郑华', '和陈静进行了谈心谈话', '我是周一找她谈的', ['talk_heart', '2026-11-30', 'zhenghua', 'chenjing']],
  ])('%s: 「%s」 → 「%s」 is recorded at once', async (from, text, answer, row) => {
    await chat.say(from, text);
    expect(await reply(from, answer)).toContain('已记录');
    expect(chat.rows()).toEqual([row]);
  });
});

describe('F8: a day denied by pointing at it, right after a record, corrects that record', () => {
  it.each([
    ['王磊', '昨天和杨帆谈心', '等等，不是这天，是前天', '2026-11-30'],
    ['孙杰', '昨天和徐辉进行了廉政谈话', '不是那天，应该是周一', '2026-11-30'],
    ['何平', '今天和孙杰谈心谈话', '这天不对，是25号', '2026-11-25'],
    ['冯雪', '今天和赵磊谈心谈话', '等一下，日期错了，应该是前天', '2026-11-30'],
  ])('%s: 「%s」 → 「%s」: the before→after card, then 确认', async (from, text, fix, date) => {
    expect(await reply(from, text)).toContain('已记录');
    const said = await reply(from, fix);
    expect(said).toContain('请确认修改');
    expect(said).toContain(date);
    await chat.say(from, '确认');
    expect(chat.activities().map((a) => a.date)).toEqual([date]);
  });

  it('「等等，不是王强，是李娟」 still changes the person', async () => {
    await chat.say('孙丽', '今天和王强谈心谈话');
    expect(await reply('孙丽', '等等，不是王强，是李娟')).toContain('请确认修改');
    await chat.say('孙丽', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-12-02', 'sunli', 'lijuan']]);
  });
});

describe('F9: a nickname several people fit, given to 「和谁谈的？」, is asked which one', () => {
  it.each([
    ['何平', '昨天进行了谈心谈话', '小王', '王强', ['talk_heart', '2026-12-01', 'heping', 'wangqiang']],
    ['徐辉', '前天进行了廉政谈话', '和小孙', '孙杰', ['talk_integrity', '2026-11-30', 'xuhui', 'sunjie']],
    ['周涛', '昨天开展了谈心谈话', '小刘', '刘洋', ['talk_heart', '2026-12-01', 'zhoutao', 'liuyang']],
  ])('%s: 「%s」 → 「%s」 → 「%s」', async (from, text, nick, full, row) => {
    expect(await reply(from, text)).toContain('和谁');
    const said = await reply(from, nick);
    expect(said).toContain(`「${nick.replace(/^和/, '')}」是哪一位`);
    expect(said).not.toContain('无法计入');
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, full);
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('小周 (one 周) is that person at once; 小马 (no one) is still said not to be in the directory', async () => {
    await chat.say('张颖', '昨天进行了谈心谈话');
    await chat.say('张颖', '小周');
    // 周涛 is 张颖's head: the talk is his, on the 确认 card, as 「昨天和周涛进行了谈心谈话」 reads (round 28 o).
    expect(chat.activities()).toHaveLength(0);
    await chat.say('张颖', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-12-01', 'zhoutao', 'zhangying']]);
    await chat.say('刘洋', '昨天进行了谈心谈话');
    expect(await reply('刘洋', '小马')).toContain('不在名单');
  });
});
