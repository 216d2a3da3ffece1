// Round 36 (issue 10: nothing the member wrote is dropped silently) over HTTP, the dialogs of fixer fff:
// - 「冯部长昨天下午找我和王强？不对，是找我谈了话…」 (t36b F3): the ？ clause was cut off as a question and the talk told in
//   its correction went with it; the card held only the study and a reply said the 「question」 was not understood.
// - 「…主持召开党组会议…，周三又带队到康复中心检查…」 (t36a F2): the check was only named by its day; now its type is asked.
// - 「赵书记到中心检查医德医风建设情况，还专门找徐辉副主任谈了话…」 (t36b F11): the check before the talk is asked its type.
// - 「组织部门全体人员开展节前廉洁提醒，并与陈静单独谈话…」 (t36a F4): the reminder to the department is a record of its own.
// - 「…还有一次是和新来的实习生」 (t36b F4): the talk no record took is named on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the day the report corpus is read. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, rows, say, answerText } = chat;

describe('a doubt written with a ？ and taken back at once', () => {
  it('near-miss: a question alone is still no report', async () => {
    await answerText('陈静', '郑部长上周四找我谈心谈话？');
    expect(activities()).toEqual([]);
  });

  it('the corrected talk and the study are on one card, no question quoted back; 确认 stores both', async () => {
    const said = await answerText(
      '赵磊',
      '冯部长昨天下午找我和王强？不对，是找我谈了话，主要是提醒元旦春节期间廉洁过节，不准收受服务对象礼品礼金。另外，维权部上周五组织学习了违规吃喝典型案例通报，部门6人全部参加。',
    );
    expect(activities()).toEqual([]);
    expect(said).toMatch(/请确认/);
    expect(said).not.toContain('没能完全看懂');
    expect(said).not.toContain('是一个问题');
    await say('赵磊', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-29', 'fengxue', 'zhaolei'],
      ['edu_warning', '2026-11-27', 'fengxue', ''],
    ]);
  });
});

describe('a check of no named kind beside another deed is asked its type', () => {
  it('after a meeting (又带队到…检查): the type question, then the card with both', async () => {
    const said = await answerText('王芳', '上周一张伟书记主持召开党组会议专题研究党风廉政建设工作，周三又带队到康复中心检查廉洁风险防控落实情况。');
    expect(said).toMatch(/哪类|类型|作风纪律检查/);
    expect(activities()).toEqual([]);
  });

  it('before a talk (到中心检查…，还专门找徐辉副主任谈了话): the check asked, never dropped', async () => {
    const said = await answerText('孙杰', '上周五赵书记到中心检查医德医风建设情况，还专门找徐辉副主任谈了话，嘱咐他管好药品耗材采购，守住廉洁底线。');
    expect(said).toMatch(/哪类|类型|作风纪律检查/);
    expect(activities()).toEqual([]);
  });
});

describe('a reminder to the whole department, then a talk', () => {
  it('two records on the card; 确认 stores both', async () => {
    const said = await answerText('郑华', '前天组织部门全体人员开展节前廉洁提醒，并与陈静单独谈话，提醒其严守纪律。');
    expect(said).toMatch(/请确认/);
    await say('郑华', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-28', 'zhenghua', ''],
      ['talk_integrity', '2026-11-28', 'zhenghua', 'chenjing'],
    ]);
  });
});

describe('a talk with someone the directory does not know', () => {
  it('is named on the card, never stored at once without a word', async () => {
    const said = await answerText('孙丽', '11月4日与王强谈心谈话，还和新来的实习生谈了一次。');
    expect(activities()).toEqual([]);
    expect(said).toMatch(/请确认/);
    expect(said).toContain('「谈话」没有对应到任何记录');
  });
});
