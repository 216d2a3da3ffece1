// Over HTTP, round 46 fixer A (tester t48b on f6ac98a6, /work/rounds/r45/t48b-findings.md; issue 10):
//  t48b F1  a pasted 工作动态 of a 警示教育大会 with a 党课 and a film: asked whose the 警示教育 was, then a card of three records
//           — a bare 警示教育 under the clerk 杨帆, the 党课 with no count, the film's 警示教育 — all stored after 确认;
//  t48b F8  a 作风纪律检查 under 「办公室11月…小结：」 stored with no department.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai (the testers' day). */
const chat = useChatBot(new Date('2026-12-05T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}
const stored = () => chat.activities().map((a) => [a.type, a.date, a.actorId, a.title ?? '', a.attendees ?? 0, a.departmentId ?? '']).sort();

const NEWS =
  '【工作动态】市残联召开2026年度警示教育大会\n12月3日下午，市残联召开警示教育大会。党组书记、理事长张伟出席会议并讲授廉政党课，会上集中观看了警示教育片《围猎之下》，并通报了近期典型案例。机关全体干部职工及直属单位负责人共46人参加。';

describe('t48b F1: one gathering, one record of each part', () => {
  it('杨帆’s pasted 工作动态: a card of one 警示教育 and one 廉政党课, both 张伟’s with the 46, nothing under the clerk', async () => {
    const card = await reply('杨帆', NEWS);
    expect(card).not.toContain('是谁的');
    expect(card.match(/警示教育｜/g)).toHaveLength(1);
    expect(card.match(/廉政党课｜/g)).toHaveLength(1);
    expect(card).not.toContain('您本人');
    expect(chat.activities()).toEqual([]);
    await chat.say('杨帆', '确认');
    expect(stored()).toEqual(
      [
        ['edu_warning', '2026-12-03', 'zhangwei', '围猎之下', 46, ''],
        ['edu_lecture', '2026-12-03', 'zhangwei', '', 46, ''],
      ].sort(),
    );
  });

  it('赵敏’s own 大会 where she lectured: one 警示教育 with the film and one 党课, both hers, 40 each', async () => {
    await reply('赵敏', '12月4日机关党委召开警示教育大会，赵敏同志讲授廉政党课，会上观看了警示教育片《蜕变》，机关干部40人参加。');
    if (chat.activities().length === 0) await chat.say('赵敏', '确认');
    expect(stored()).toEqual(
      [
        ['edu_warning', '2026-12-04', 'zhaomin', '蜕变', 40, ''],
        ['edu_lecture', '2026-12-04', 'zhaomin', '', 40, ''],
      ].sort(),
    );
  });

  it('胡军’s 机关召开警示教育大会 with no one named: asked whose, the answer stored, never the clerk’s at once', async () => {
    const asked = await reply('胡军', '12月3日机关召开警示教育大会，共40人参加。');
    expect(asked).toContain('是谁的');
    expect(chat.activities()).toEqual([]);
    await reply('胡军', '张伟');
    if (chat.activities().length === 0) await chat.say('胡军', '确认');
    expect(stored()).toEqual([['edu_warning', '2026-12-03', 'zhangwei', '', 40, '']]);
  });
});

describe('t48b F8: a department’s own check under its heading', () => {
  it('李明’s 办公室11月…小结: the 作风纪律检查 stored at 办公室', async () => {
    await reply('李明', '办公室11月党风廉政建设工作小结：\n1. 11月6日科室集中学习《中国共产党纪律处分条例》，参加8人；\n2. 11月18日李明主任与科员王芳、胡军分别进行谈心谈话；\n3. 11月26日开展作风纪律检查1次，未发现问题。');
    if (chat.activities().length === 0) await chat.say('李明', '确认');
    const check = chat.activities().find((a) => a.type === 'inspect_style');
    expect(check?.departmentId).toBe('office');
    expect(check?.date).toBe('2026-11-26');
    expect(chat.activities()).toHaveLength(4);
  });
});
