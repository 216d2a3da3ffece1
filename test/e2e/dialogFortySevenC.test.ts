// Over HTTP, round 47 fixer C (testers t49a/t49b on the round-46 merge, /work/rounds/r46/t49*-findings.md; issue 10):
// unnamed groups with a count, attendance wording, roster warnings, one meeting reported twice.
//  t49a O1  陈志强 「上周五到维权部参加了他们的廉政专题会议」 (分管科室会议) then 冯雪 「上周五维权部召开了党风廉政建设专题会议」
//           (专题会议): stored twice with no 可能重复 hint; now asked, in either order;
//  t49b F7  「…应到35人实到32人」: the card said 「全体参加（32人）」; now 「32人参加（应到35人）」;
//  t49a O2  郑华's 「教就部组织全体党员…15人参加」 (roster 2) got no 「参加人数多于…」 though 赵敏's 32 did;
//  t49b F5  何平's 「与中心各岗位人员签订廉洁从业承诺书12份」 could not be recorded at all.
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

describe('t49a O1: one meeting at a department, told by its leader and by its head', () => {
  it('冯雪’s 专题会议 after 陈志强’s 分管科室会议 there that day is asked about, never stored at once', async () => {
    await chat.say('陈志强', '上周五到维权部参加了他们的廉政专题会议');
    if (chat.activities().length === 0) await chat.say('陈志强', '确认');
    expect(stored()).toEqual([['meeting_dept', '2026-11-27', 'chenzhiqiang', '', 'rights']]);
    const said = await reply('冯雪', '上周五维权部召开了党风廉政建设专题会议');
    expect(said).toContain('陈志强已记录了11月27日');
    expect(said).toContain('仍要再记一条吗');
    expect(chat.activities()).toHaveLength(1);
  });

  it('the other order: 陈志强’s 分管科室会议 after 冯雪’s 专题会议 is asked about', async () => {
    await chat.say('冯雪', '上周五维权部召开了党风廉政建设专题会议');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    expect(stored()).toEqual([['meeting_special', '2026-11-27', 'fengxue', '', 'rights']]);
    const said = await reply('陈志强', '上周五到维权部参加了他们的廉政专题会议');
    expect(said).toContain('冯雪已记录了11月27日');
    expect(chat.activities()).toHaveLength(1);
  });

  it('near-miss: a meeting at another department, or another day, is stored as before', async () => {
    await chat.say('冯雪', '上周五维权部召开了党风廉政建设专题会议');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    const said = await reply('郑华', '上周五教就部召开了党风廉政建设专题会议');
    expect(said).not.toContain('已记录了');
    const again = await reply('冯雪', '上周四维权部召开了党风廉政建设专题会议');
    expect(again).not.toContain('已记录了');
  });
});

describe('t49b F5: a unit’s staff signing in bulk, with its count', () => {
  it('何平’s 「与中心各岗位人员签订…12份」 is the centre’s one record of 12, not asked whom', async () => {
    const said = await reply('何平', '11月27日与中心各岗位人员签订廉洁从业承诺书12份。');
    expect(said).not.toContain('和谁');
    if (chat.activities().length === 0) await chat.say('何平', '确认');
    expect(stored()).toEqual([['pledge_sign', '2026-11-27', 'heping', '', 'center']]);
    expect(chat.activities()[0]?.attendees).toBe(12);
  });

  it('the tester’s 工作小结: the day asked, then all four deeds recorded, the 承诺书 with its 12', async () => {
    const said = await reply('何平', '康复中心11月工作小结\n一、11月5日中心召开党风廉政建设专题会议，研究部署康复服务项目资金监管工作。\n二、11月17日中心主任何平与副主任徐辉、医师孙杰开展集体廉政谈话。\n三、11月下旬完成与中心各岗位人员签订廉洁从业承诺书12份。');
    expect(said).toContain('哪一天');
    const next = await reply('何平', '11月30日');
    expect(next).not.toContain('和谁');
    if (chat.activities().length === 0) await chat.say('何平', '确认');
    expect(stored()).toEqual(
      [
        ['meeting_special', '2026-11-05', 'heping', '', 'center'],
        ['talk_integrity', '2026-11-17', 'heping', 'xuhui', 'center'],
        ['talk_integrity', '2026-11-17', 'heping', 'sunjie', 'center'],
        ['pledge_sign', '2026-11-30', 'heping', '', 'center'],
      ].sort(),
    );
    expect(chat.activities().find((a) => a.type === 'pledge_sign')?.attendees).toBe(12);
  });

  it('「中心各岗位人员，共12人」 answers 和谁签订的: the centre’s one record of 12', async () => {
    const said = await reply('何平', '11月27日和大家签了承诺书');
    expect(said).toContain('和谁');
    const next = await reply('何平', '中心各岗位人员，共12人');
    expect(next).not.toContain('没能把这条回复读成');
    if (chat.activities().length === 0) await chat.say('何平', '确认');
    expect(stored()).toEqual([['pledge_sign', '2026-11-27', 'heping', '', 'center']]);
    expect(chat.activities()[0]?.attendees).toBe(12);
  });
});

describe('t49b F7: a count with absences is never 全体参加', () => {
  it('胡军’s 「应到35人实到32人」: the card says 32人参加（应到35人）', async () => {
    const said = await reply('胡军', '昨天下午机关党委组织全体干部职工集中观看了警示教育专题片《持续发力 纵深推进》，赵敏书记主持，应到35人实到32人。');
    expect(said).toContain('32人参加（应到35人）');
    expect(said).not.toContain('全体参加');
  });
});

describe('t49a O2: the roster warning, one rule', () => {
  it('a department’s 全体 with more people than its roster is warned about', async () => {
    const said = await reply('郑华', '11月20日教就部组织全体党员参观了市廉政教育基地，15人参加');
    expect(said).toContain('参加人数多于组织架构里登记的人数');
  });

  it('near-miss: a department’s study with no 全体 may have guests, not warned', async () => {
    const said = await reply('吴静', '11月23日组织康复部学习了省纪委警示教育案例通报，12人参加');
    expect(said).not.toContain('参加人数多于组织架构里登记的人数');
  });

  it('a count above the whole organisation’s is warned about, as before', async () => {
    const said = await reply('赵敏', '周一给机关党员上了廉政党课，题目是《守住底线 拒腐防变》，到场32人');
    expect(said).toContain('参加人数多于组织架构里登记的人数');
  });
});
