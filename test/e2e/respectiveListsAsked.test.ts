// Over HTTP (issue 10, round 33a): 分别 with lists that do not pair. Three days for two departments checked asks each
// check's day in turn, naming the days written and offering them, never six checks; a group after two doers read as its
// colon list asks who held a talk the directory gives to neither, the two offered, and records each talk once.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { lastText, rows, say } = chat;

/** 确认 on the card when one came. */
async function confirmCard(sender: string): Promise<void> {
  if (rows().length === 0 && /确认/.test(lastText())) await say(sender, '确认');
}

/** The rows as `type|date|actor|counterparts`, sorted. */
const stored = () => rows().map((r) => r.join('|')).sort();

describe('分别 with lists that do not pair', () => {
  it('林晓 「11月10日、17日、24日，林晓分别到组联部、康复部…」: each check\'s day asked, the days named, two checks', async () => {
    await say('林晓', '11月10日、17日、24日，林晓分别到组联部、康复部进行了作风纪律检查');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/组联部/);
    expect(lastText()).toMatch(/写了3个日期（11月10日、11月17日、11月24日）/);
    await say('林晓', '11月10日');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/康复部（第2条）\n/);
    await say('林晓', '11月24日');
    await confirmCard('林晓');
    expect(stored()).toEqual(['inspect_style|2026-11-10|linxiao|', 'inspect_style|2026-11-24|linxiao|']);
  });

  it('张伟 three days for 我和陈志强 and two people: the days asked, each talk its doer\'s', async () => {
    await say('张伟', '11月10日、11月17日、11月24日，我和陈志强分别与周涛、郑华进行了廉政谈话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/写了3个日期/);
    await say('张伟', '11月10日');
    await say('张伟', '11月24日');
    await confirmCard('张伟');
    expect(stored()).toEqual(['talk_integrity|2026-11-10|zhangwei|zhoutao', 'talk_integrity|2026-11-24|chenzhiqiang|zhenghua']);
  });

  it('王建国 「本月我和陈志强分别与分管部门负责人…：11月10日与周涛，11月17日与郑华」: 周涛\'s talk asked between the two', async () => {
    await say('王建国', '本月我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与周涛，11月17日与郑华');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/「王建国或陈志强」是哪一位/);
    expect(lastText()).toMatch(/陈志强（党组成员、副理事长）/);
    await say('王建国', '陈志强');
    await confirmCard('王建国');
    expect(stored()).toEqual(['talk_integrity|2026-11-10|chenzhiqiang|zhoutao', 'talk_integrity|2026-11-17|chenzhiqiang|zhenghua']);
  });
});
