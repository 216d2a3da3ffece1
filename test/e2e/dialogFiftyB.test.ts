// Over HTTP, round 50 fixer B (testers t52a/t52b on the round-49 merge, /work/rounds/r49/t52*-findings.md; issue 10):
// the card says only what the records will keep.
//  t52b F8  郑华 「教育就业部与维权部联合开展作风纪律检查，…两部门共5人参加。」: each line of the card said 「全体参加」, which
//           the message never said and no stored record claims; now neither line says it, and the roster warning stays.
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

describe('t52b F8: a count of two departments’ people is no 全体参加', () => {
  it('郑华’s joint check: the card names both checks, never 全体参加, and stores both', async () => {
    const said = await reply('郑华', '教育就业部与维权部联合开展作风纪律检查，11月17日对残疾人职业培训机构补贴发放情况进行了抽查，两部门共5人参加。');
    expect(said).toContain('教育就业部');
    expect(said).toContain('维权部');
    expect(said).not.toContain('全体参加');
    await chat.say('郑华', '确认');
    expect(chat.activities().map((a) => [a.type, a.departmentId]).sort()).toEqual([
      ['inspect_style', 'employment'],
      ['inspect_style', 'rights'],
    ]);
  });

  it('科室4人参加 is no 全体 either, and still gets the roster warning (t51b F10)', async () => {
    const said = await reply('孙丽', '11月20日科室组织学习《纪律处分条例》，科室4人参加');
    expect(said).not.toContain('全体参加');
    expect(said).toContain('4人参加');
    expect(said).toContain('参加人数多于组织架构里登记的人数');
  });

  it('near-miss: 全部参加 said is shown as 全体参加, as before', async () => {
    const said = await reply('孙丽', '11月20日科室组织学习《纪律处分条例》，科室4人全部参加');
    expect(said).toContain('全体参加（4人）');
  });
});
