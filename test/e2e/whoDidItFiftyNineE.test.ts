// Round 59, fixer fce (issue 10): who did it. Over HTTP: 「今天和里明主任进行了廉政谈话」 asks 「是不是李明？」 and 是的 stores the
// talk with 李明 (was: 没看懂 for 谈了话, or 和谁 with nothing offered); 何平「…与中心各科室负责人开展了集体廉政谈话」 asks whom
// and says the directory lists no 科室 under 康复中心; 「张书记11月26日…调研。⏎次日他与何平…」 is 张伟's talk on 11-27 on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's today). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('a name one same-sounding character off (t61a F8)', () => {
  it.each([
    ['林晓', '今天和里明主任进行了廉政谈话', '李明', 'liming', 'linxiao'],
    ['张伟', '今天与风雪进行了廉政谈话', '冯雪', 'fengxue', 'zhangwei'],
    ['王建国', '11月24日和礼明主任进行了谈心谈话', '李明', 'liming', 'wangjianguo'],
  ])('%s「%s」 → 是不是%s？ → 是的 stores it with them', async (from, text, near, nearId, self) => {
    await say(from, text);
    expect(lastText()).toContain(`是不是${near}`);
    expect(activities()).toHaveLength(0);
    await say(from, '是的');
    if (activities().length === 0 && /请确认/.test(lastText())) await say(from, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.counterpartIds).toEqual([nearId]);
    expect(activities()[0]!.actorId).toBe(self);
  });

  it('林晓「今天和里明主任谈了话」 is asked about, not 没看懂, and nothing is stored on the guess', async () => {
    await say('林晓', '今天和里明主任谈了话');
    expect(lastText()).not.toMatch(/没看懂/);
    expect(activities()).toHaveLength(0);
  });

  it('「都不是」 path: a full name typed instead is taken', async () => {
    await say('林晓', '今天和里明主任进行了廉政谈话');
    await say('林晓', '胡军');
    if (activities().length === 0 && /请确认/.test(lastText())) await say('林晓', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-11-30', 'linxiao', ['hujun']]]);
  });
});

describe('中心各科室负责人 from a 康复中心 member', () => {
  it('何平: asked whom, saying the directory lists no 科室 under the unit; the answer is stored', async () => {
    await say('何平', '今天与中心各科室负责人开展了集体廉政谈话');
    expect(lastText()).toContain('通讯录里残疾人康复中心没有下设科室');
    expect(lastText()).toMatch(/和谁谈的/);
    expect(activities()).toHaveLength(0);
    await say('何平', '徐辉、孙杰');
    if (activities().length === 0 && /请确认/.test(lastText())) await say('何平', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-30', 'heping', ['xuhui']],
      ['talk_integrity', '2026-11-30', 'heping', ['sunjie']],
    ]);
  });

  it('张伟「今天与各部室负责人开展了集体廉政谈话」 keeps its expansion (no such words)', async () => {
    await say('张伟', '今天与各部室负责人开展了集体廉政谈话');
    expect(lastText()).not.toContain('没有下设科室');
  });
});

describe('次日他 on a new line (fde)', () => {
  it('林晓: the talk is 张伟\'s on 11-27, shown on the card, stored on 确认', async () => {
    await say('林晓', '张书记11月26日到康复中心调研。\n次日他与何平进行了廉政谈话');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('张伟');
    expect(activities()).toHaveLength(0);
    await say('林晓', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-11-27', 'zhangwei', ['heping']]]);
  });
});
