// Over HTTP, round 45 fixer D (tester t47b on 92ffa4dd, /work/rounds/r44/t47b-findings.md; issue 10):
//  t47b F2  a department's 专题会议 whose agenda (对照问题清单开展廉政风险点排查) was split off as a 自查总结 of its own —
//           one tap would have counted a 科室自查 that never happened;
//  t47b F4  a 分管科室会议 on 公务接待和公车使用管理 refused (「没有读出需要记录的…活动」);
//  t47b F5  a department's 廉政风险防控会议 refused.
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
const stored = () => chat.activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.departmentId ?? '']).sort();

describe("t47b F2: a meeting's agenda stays the meeting's", () => {
  // Round 46 (t48b F5, the coordinator's decision): a department's meeting called 专题会议 is one, at the department — no
  // longer asked its type (was: answered 「专题会议」 here).
  it('郑华’s 专题会议 with its 排查, then a talk: a 专题会议 at once, no 自查总结, the agenda the note', async () => {
    const asked = await reply('郑华', '教育就业部：12月2日部门召开党风廉政建设专题会议，对照问题清单开展廉政风险点排查；12月4日我和陈静同志进行了廉政谈话');
    expect(asked).not.toContain('自查总结');
    expect(asked).not.toContain('是哪类活动');
    if (chat.activities().length === 0) await chat.say('郑华', '确认');
    expect(stored()).toEqual(
      [
        ['meeting_special', '2026-12-02', 'zhenghua', '', 'employment'],
        ['talk_integrity', '2026-12-04', 'zhenghua', 'chenjing', 'employment'],
      ].sort(),
    );
    expect(chat.activities().find((a) => a.type === 'meeting_special')?.note).toBe('对照问题清单开展廉政风险点排查');
  });
});

describe('t47b F4/F5: meetings on the duty under names of their own', () => {
  it('王建国’s 分管科室会议 on 公务接待和公车使用管理 is recorded, the topic its note', async () => {
    const said = await reply('王建国', '补录：10月22日主持召开办公室、财务科分管科室会议，专题研究公务接待和公车使用管理');
    expect(said).not.toContain('没有读出');
    if (chat.activities().length === 0) await chat.say('王建国', '确认');
    expect(stored()).toEqual([['meeting_dept', '2026-10-22', 'wangjianguo', '', 'office']]);
    expect(chat.activities()[0]?.note).toBe('专题研究公务接待和公车使用管理');
  });

  it('吴静’s 部门廉政风险防控会议 is asked its type, never refused', async () => {
    const said = await reply('吴静', '10月15日康复部召开部门廉政风险防控会议');
    expect(said).not.toContain('没有读出');
    expect(said).toContain('2026-10-15｜康复部');
    expect(said).toContain('是哪类活动');
  });
});
