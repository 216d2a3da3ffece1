// Over HTTP (issue 10, round 65 geb): who did it and who was along.
// - 林晓「…党组书记张伟带领机关纪委书记黄志刚，到教育就业部开展作风纪律检查」: 张伟's check with 黄志刚 along (同行 on the card,
//   companionIds stored) (was: 黄志刚 dropped).
// - 刘芳「周涛和王磊今天谈了谈心」: asked 「这次谈心是谁和谁谈的？」, the answer the doer and the other the one talked with (was: 周涛's
//   talk with 王磊 on the card, unasked); 「周涛和张颖今天谈了谈心」: 周涛's (the head), the card saying it was read that way.
// - 胡军「11月24日，王建国副理事长与王强科长进行了廉政谈话」: 王强 is 副科长: asked 孙丽 or 王强, the tap recorded.
// - 陈静「本月我部共开展廉政教育2次 上周二学习条例 上周四观看警示教育片」: two records of 郑华's, on a card (was: the lead a third
//   record asked its day, the film's doer asked among six leaders).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the finding's clock). */
const chat = useChatBot(new Date('2026-12-07T10:00:00+08:00'));
const { lastText, rows, say, activities } = chat;

describe('those the doer took along on a check', () => {
  it('林晓: 张伟带领机关纪委书记黄志刚，到教育就业部… → 张伟\'s check, 黄志刚 along', async () => {
    await say('林晓', '12月3日上午，党组书记张伟带领机关纪委书记黄志刚，到教育就业部开展作风纪律检查');
    expect(lastText()).toMatch(/同行：黄志刚/);
    expect(rows()).toHaveLength(0);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'zhangwei', '']]);
    const [a] = activities();
    expect(a!.companionIds).toEqual(['huangzhigang']);
  });

  it('two along, the sender among them: 黄志刚 and 林晓 both companions', async () => {
    await say('林晓', '12月3日，张伟书记带着黄志刚、林晓到财务科开展作风纪律检查');
    expect(lastText()).toMatch(/同行：黄志刚、您本人/);
    await say('林晓', '确认');
    expect(activities()[0]!.actorId).toBe('zhangwei');
    expect([...(activities()[0]!.companionIds ?? [])].sort()).toEqual(['huangzhigang', 'linxiao']);
  });

  it('near-miss: 张伟带领全体党员观看警示教育片 is an audience, no one along', async () => {
    await say('林晓', '12月3日张伟带领全体党员观看警示教育片');
    expect(lastText()).not.toMatch(/同行/);
  });
});

describe('a pair read one way', () => {
  it('周涛和王磊今天谈了谈心: who held it asked between the two; 王磊 tapped → 王磊\'s talk with 周涛', async () => {
    await say('刘芳', '周涛和王磊今天谈了谈心');
    expect(lastText()).toMatch(/这次谈心是谁和谁谈的？消息里只写了「周涛和王磊」/);
    expect(rows()).toHaveLength(0);
    await say('刘芳', '王磊');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'wanglei', 'zhoutao']]);
  });

  it('周涛和张颖今天谈了谈心: 周涛\'s (the head), the card says it was read that way', async () => {
    await say('刘芳', '周涛和张颖今天谈了谈心');
    expect(lastText()).toMatch(/没写是谁谈的，按上级周涛与张颖谈心记录/);
    expect(rows()).toHaveLength(0);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'zhoutao', 'zhangying']]);
  });

  it('turned round on the card (反了): the note of how it was read goes', async () => {
    await say('胡军', '11月20日李明主任和王芳谈了心');
    expect(lastText()).toMatch(/按上级李明与王芳谈心记录/);
    await say('胡军', '反了，是王芳找李明谈的');
    expect(lastText()).not.toMatch(/按上级李明/);
    await say('胡军', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'wangfang', 'liming']]);
  });

  it('near-miss: 我和周涛今天谈了谈心 is the sender\'s own talk, at once', async () => {
    await say('刘芳', '我和周涛今天谈了谈心');
    expect(lastText()).not.toMatch(/谁和谁/);
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'liufang', 'zhoutao']]);
  });
});

describe('a title that fits someone else, in a third-person report', () => {
  it('王建国副理事长与王强科长: 孙丽 or 王强 asked; 孙丽 tapped → 王建国\'s talk with 孙丽', async () => {
    await say('胡军', '11月24日，王建国副理事长与王强科长进行了廉政谈话');
    expect(lastText()).toMatch(/「王强科长」是哪一位？（通讯录里王强是.*副科长，职务对不上）/);
    expect(rows()).toHaveLength(0);
    await say('胡军', '孙丽');
    if (rows().length === 0) await say('胡军', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'wangjianguo', 'sunli']]);
  });

  it('near-miss: 李明主任 holds his title: no question', async () => {
    await say('胡军', '11月24日，王建国副理事长与李明主任进行了廉政谈话');
    expect(lastText()).not.toMatch(/职务对不上/);
  });
});

describe('a department\'s own activities under a counted lead', () => {
  it('陈静 (科员): 本月我部共开展廉政教育2次 上周二… 上周四… → two records of 郑华\'s on a card', async () => {
    await say('陈静', '本月我部共开展廉政教育2次 上周二学习条例 上周四观看警示教育片');
    expect(lastText()).not.toMatch(/是哪一天|哪位领导/);
    expect(rows()).toHaveLength(0);
    await say('陈静', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-01', 'zhenghua', ''],
      ['edu_warning', '2026-12-03', 'zhenghua', ''],
    ]);
  });

  it('郑华 (the head), three items under 共2次: all three kept, the difference said on the card', async () => {
    await say('郑华', '本月我部共开展廉政教育2次，12月1日学习条例，12月2日学习准则，12月3日观看警示教育片');
    expect(lastText()).toMatch(/与列出的3项不一致/);
    await say('郑华', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });
});
