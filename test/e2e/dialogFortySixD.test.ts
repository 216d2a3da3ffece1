// Over HTTP, round 46 fixer D (testers t48a/t48b on the round-45 merge, /work/rounds/r45/t48*-findings.md; issue 10):
// questions the message had already answered.
//  t48a F4  「…；会上我还和新任副主任徐辉做了任前廉政谈话」: the talk asked its day though 会上 is the education's 昨天;
//  t48b F4  「9月下旬（9月24日）黄志刚书记带队…检查…，提出整改意见3条」: 「是谁带队检查的？」 asked, the result lost from the note;
//  t48b F5  a 康复中心 「廉政风险防控专题会议」 asked its type with [廉政教育][警示教育][廉政党课] only (now: a 专题会议 at the
//           department; a meeting named otherwise is asked with 专题会议 among the buttons);
//  t48b F3  吴静 (康复部's head) 「向刘芳副理事长书面报告了康复部…」 asked whose it was.
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

describe('t48a F4: a deed 会上 is on the gathering’s day', () => {
  it('何平’s talk at yesterday’s education is not asked its day', async () => {
    const said = await reply('何平', '昨天中心开展了节前廉洁教育，组织中心全体职工学习廉洁自律准则，到会18人；会上我还和新任副主任徐辉做了任前廉政谈话');
    expect(said).not.toContain('是哪一天');
    if (chat.activities().length === 0) await chat.say('何平', '确认');
    expect(stored()).toEqual(
      [
        ['edu_integrity', '2026-12-04', 'heping', '', 'center'],
        ['talk_integrity', '2026-12-04', 'heping', 'xuhui', 'center'],
      ].sort(),
    );
  });
});

describe('t48b F4: 黄志刚书记带队 names the check’s doer, its result kept', () => {
  it('林晓’s 补录 is shown for a tap as 黄志刚’s, never asked who led it', async () => {
    const said = await reply('林晓', '补录：9月下旬（9月24日）黄志刚书记带队对康复中心开展专项资金使用情况检查，检查了2025年以来辅具适配补贴发放台账，提出整改意见3条。');
    expect(said).not.toContain('是谁带队检查的');
    expect(said).toContain('黄志刚');
    if (chat.activities().length === 0) await chat.say('林晓', '确认');
    expect(stored()).toEqual([['inspect_funds', '2026-09-24', 'huangzhigang', '', 'center']]);
    expect(chat.activities()[0]?.note).toContain('提出整改意见3条');
  });
});

describe('t48b F5: a department’s own 专题会议', () => {
  it('何平’s 10月 list: the 专题会议 recorded at the centre, not asked its type', async () => {
    const said = await reply('何平', '补报康复中心10月份工作：\n（1）10月15日中心召开廉政风险防控专题会议，研究康复服务项目采购环节风险点，中心班子及各科室负责人9人参加；\n（2）10月22日我与副主任徐辉进行廉政谈话；\n（3）10月30日徐辉与医师孙杰开展谈心谈话。');
    expect(said).not.toContain('是哪类活动');
    if (chat.activities().length === 0) await chat.say('何平', '确认');
    expect(stored()).toEqual(
      [
        ['meeting_special', '2026-10-15', 'heping', '', 'center'],
        ['talk_integrity', '2026-10-22', 'heping', 'xuhui', 'center'],
        ['talk_heart', '2026-10-30', 'xuhui', 'sunjie', 'center'],
      ].sort(),
    );
  });

  it('吴静’s 党风廉政建设工作会议 is asked its type with 专题会议 among the buttons', async () => {
    const offered = await chat.offered('吴静', '11月20日康复部召开党风廉政建设工作会议，全体4人参加');
    expect(offered).toContain('专题会议');
  });
});

describe('t48b F3: a head’s own department’s paper reported to a leader', () => {
  it('吴静’s 书面报告 to 刘芳 is hers at once, 刘芳 never offered as its doer', async () => {
    const said = await reply('吴静', '11月27日向刘芳副理事长书面报告了康复部下半年全面从严治党工作情况');
    expect(said).not.toContain('是谁的');
    if (chat.activities().length === 0) await chat.say('吴静', '确认');
    expect(stored()).toEqual([['report_to_party', '2026-11-27', 'wujing', '', 'rehab']]);
  });
});
