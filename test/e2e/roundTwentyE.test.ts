// Over HTTP (e20, issue 10, round 20u): a photo while a report waits goes with that report, never onto an older record
// (fault 8); a change typed on a waiting 确认 card changes the card (fault 7).
import { describe, expect, it } from 'vitest';
import { postContent } from '../../src/emulator/createEmulator.js';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai. */
const WEDNESDAY_EVENING = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY_EVENING);
const { activities, lastText, rows, say } = chat;

const photo = (from: string, key: string) => say(from, '', { messageType: 'image', content: { image_key: key } });
const keysOf = (i: number) => (activities()[i]?.evidence ?? []).map((e) => e.key);

/** Sends `text` and, when the bot shows a card for it, confirms: the record made either way. */
async function recorded(from: string, text: string): Promise<void> {
  const before = activities().length;
  await say(from, text);
  if (activities().length === before) await say(from, '确认');
  expect(activities().length).toBeGreaterThan(before);
}

describe('fault 8: a photo while a report waits is that report\'s', () => {
  it('林晓: a bare photo while a 确认 card waits is kept with the card and stored on 确认, not put on the record made before', async () => {
    await recorded('林晓', '11月20日和王芳进行了谈心谈话');
    await say('林晓', '今天下午到财务科查了考勤');
    expect(activities()).toHaveLength(1);
    await photo('林晓', 'img_v3_check');
    expect(lastText()).not.toMatch(/作为证据附到：谈心谈话/);
    expect(lastText()).toMatch(/待确认/);
    expect(keysOf(0)).toEqual([]);
    await say('林晓', '确认');
    expect(activities()).toHaveLength(2);
    expect(activities()[1]!.type).toBe('inspect_style');
    expect(keysOf(1)).toEqual(['img_v3_check']);
    expect(keysOf(0)).toEqual([]);
  });

  it('周涛: a photo while 「是哪一天？」 waits goes with the report once answered', async () => {
    await recorded('周涛', '11月18日和张颖进行了谈心谈话');
    await say('周涛', '组织全部门党员观看了警示教育片《底线》');
    expect(lastText()).toMatch(/哪一天/);
    await photo('周涛', 'img_v3_film');
    expect(keysOf(0)).toEqual([]);
    expect(lastText()).toMatch(/哪一天/);
    await say('周涛', '昨天');
    if (activities().length === 1) await say('周涛', '确认');
    expect(activities()).toHaveLength(2);
    expect(activities()[1]).toMatchObject({ type: 'edu_warning', date: '2026-12-01' });
    expect(keysOf(1)).toEqual(['img_v3_film']);
    expect(keysOf(0)).toEqual([]);
  });
});

describe('fault 7: a change typed while a 确认 card waits changes the card', () => {
  it('张伟: 「修改，和赵敏的是11月20日」 moves that talk only', async () => {
    await say('张伟', '11月18日和刘芳进行了廉政谈话，11月19日和赵敏进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    await say('张伟', '修改，和赵敏的是11月20日');
    expect(lastText()).toMatch(/2026-11-20/);
    expect(lastText()).not.toMatch(/2026-11-19/);
    await say('张伟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-18', 'zhangwei', 'liufang'],
      ['talk_integrity', '2026-11-20', 'zhangwei', 'zhaomin'],
    ]);
  });

  it('何平: 「刚才那条不是周三，是周四」 on a card of 上周三 is 上周四, not this week', async () => {
    await say('何平', '上周三赵书记来中心开了分管科室会议');
    expect(lastText()).toMatch(/2026-11-25/);
    await say('何平', '刚才那条不是周三，是周四');
    expect(lastText()).toMatch(/2026-11-26/);
    await say('何平', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['meeting_dept', '2026-11-26', 'zhaomin']]);
  });

  it('林晓: 「修改：第二条是11月11日」 moves the second; a bare day on a card of two days asks which', async () => {
    await say('林晓', '11月9日到组联部检查了工作纪律，11月10日到维权部检查了工作纪律');
    await say('林晓', '11月12日');
    expect(lastText()).toMatch(/哪一条/);
    expect(lastText()).toMatch(/2026-11-09/);
    expect(lastText()).toMatch(/2026-11-10/);
    await say('林晓', '修改：第二条是11月11日');
    expect(lastText()).toMatch(/2026-11-11/);
    await say('林晓', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-09', '2026-11-11']);
  });

  it('冯雪: 「不是周二，是周一」 names no day on the card: said, the card unchanged, nothing stored', async () => {
    await say('冯雪', '11月24日和赵磊进行了廉政谈话，并签订了廉政承诺书');
    expect(activities()).toHaveLength(0);
    await say('冯雪', '不是周三，是周一');
    expect(lastText()).toMatch(/没有改动/);
    await say('冯雪', '不是周二，是周一');
    expect(lastText()).toMatch(/2026-11-23/);
    await say('冯雪', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-23', '2026-11-23']);
  });
});

describe('fault 6: a follow-up adding a person to the talk just made', () => {
  it('陈志强: 「还有郑华，也是那天谈的」 adds a talk of the same type and day, on a card', async () => {
    await recorded('陈志强', '上周四和冯雪进行了廉政谈话');
    await say('陈志强', '还有郑华，也是那天谈的');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/郑华/);
    await say('陈志强', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'fengxue'],
      ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'zhenghua'],
    ]);
  });

  it('孙丽: 「刚才那条，李娟也签了」 adds a signing with 李娟', async () => {
    await recorded('孙丽', '今天和王强签订了廉政承诺书');
    await say('孙丽', '刚才那条，李娟也签了');
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });
});

describe('C04: 「都是…」 answers the type for every item asked', () => {
  it('吴静: two talks, 「都是谈心谈话」, both typed without asking again', async () => {
    await say('吴静', '昨天和刘洋谈了话，上周五和孙杰也谈了');
    expect(lastText()).toMatch(/哪类|类型|什么/);
    await say('吴静', '都是谈心谈话');
    expect(lastText()).not.toMatch(/哪类活动/);
    if (activities().length === 0) await say('吴静', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-01', 'wujing', 'liuyang'],
      ['talk_heart', '2026-11-27', 'wujing', 'sunjie'],
    ]);
  });
});

describe('fault 8: a captioned answer with a photo is still the answer', () => {
  it('王磊: a photo captioned 「前天」 while 「是哪一天？」 waits answers it, the photo kept too when the report is stored', async () => {
    await say('王磊', '组织部门党员学习了《中国共产党廉洁自律准则》');
    expect(lastText()).toMatch(/哪一天/);
    await chat.say('王磊', '', { messageType: 'post', content: postContent('', [[{ text: '前天' }], [{ imageKey: 'img_v3_study' }]]) });
    if (activities().length === 0) await say('王磊', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['edu_integrity', '2026-11-30']]);
    expect(keysOf(0)).toEqual(['img_v3_study']);
  });
});
