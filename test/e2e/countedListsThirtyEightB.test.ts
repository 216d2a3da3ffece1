// Round 38 (fkb, t37c F2 and kin; issue 10): counted and grouped lists give each item its own day and place. A counted
// list whose kind is said after its items (…，均为作风纪律检查，均由本人带队，林晓参加。) was one check and a question for the
// other days, then every check at the first place; days × places with no 分别 were stored at once, each at both; 各部室…N篇
// was the sender's N papers. Now the checks are on one card, days × places on a card naming the other reading, and the
// departments' papers asked which department, day and number.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 09:00 in Shanghai, the morning t37c sent them (an 11:44 start ran past the 20 s hook under load). */
const FRIDAY = new Date('2026-12-04T09:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentIds ?? [a.departmentId]]);

describe('a counted list with its kind said after the items', () => {
  it('黄志刚 「本月检查3次：D（部门）、…，均为作风纪律检查，均由本人带队，林晓参加。」: three checks, each at its own place, on one card', async () => {
    await say('黄志刚', '本月检查3次：11月4日（康复部）、11月11日（维权部）、11月25日（教育就业部），均为作风纪律检查，均由本人带队，林晓参加。');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/哪几天|哪一天/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-04', 'huangzhigang', ['rehab']],
      ['inspect_style', '2026-11-11', 'huangzhigang', ['rights']],
      ['inspect_style', '2026-11-25', 'huangzhigang', ['employment']],
    ]);
  });

  it('a count above the items asks the day of the one not told, and puts it at no listed place', async () => {
    await say('黄志刚', '本月检查3次：11月4日（康复部）、11月11日（维权部），均为作风纪律检查。');
    expect(lastText()).toMatch(/哪一天|哪几天/);
    await say('黄志刚', '11月25日');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(rows().map((r) => [r[1], r[3]])).toEqual([
      ['2026-11-04', ['rehab']],
      ['2026-11-11', ['rights']],
      ['2026-11-25', [undefined]],
    ]);
  });
});

describe('days and places with no 分别', () => {
  it('王建国 「11月10日、11月24日主持召开了办公室、财务科…会议」: on a card naming the one-place-a-day reading', async () => {
    await say('王建国', '11月10日、11月24日主持召开了办公室、财务科党风廉政建设工作会议');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/没有写「分别」/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['meeting_dept', '2026-11-10', 'wangjianguo', ['office', 'finance']],
      ['meeting_dept', '2026-11-24', 'wangjianguo', ['office', 'finance']],
    ]);
  });
});

describe('counts of pieces', () => {
  it('李明 「各部室本月报送信息2篇」: nothing recorded, asked which department, day and number', async () => {
    await say('李明', '各部室本月报送信息2篇');
    expect(lastText()).toMatch(/各部室负责人/);
    expect(lastText()).toMatch(/哪个部室、哪天、几篇/);
    expect(lastText()).not.toMatch(/没有完全听懂|没看懂/);
    expect(activities()).toEqual([]);
  });

  it('李明 「本月报送廉政信息2篇、调研报告1篇」: two papers and a 调研报告, each asked its day', async () => {
    await say('李明', '本月报送廉政信息2篇、调研报告1篇');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/哪几天|哪一天/);
    // 本月 on 12-04 is December: the papers' days, then the 调研报告's, each asked in turn.
    for (let i = 0; i < 4 && activities().length === 0; i++) {
      const asked = /\*\*(.+?)\*\*/.exec(lastText())?.[1] ?? '';
      if (/请确认/.test(lastText())) await say('李明', '确认');
      else if (/信息报送/.test(asked)) await say('李明', '12月1日、12月3日');
      else await say('李明', '12月2日');
    }
    expect(rows().map((r) => [r[0], r[1]]).sort()).toEqual([
      ['report_info', '2026-12-01'],
      ['report_info', '2026-12-03'],
      ['report_research', '2026-12-02'],
    ]);
  });
});
