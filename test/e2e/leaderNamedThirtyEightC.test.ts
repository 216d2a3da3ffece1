// Round 38 (issue 10: a record is right, or the bot asks) over HTTP, the dialogs of fixer fkc (t37c F3/F7/F11/F14):
// - 「上周三黄书记带队，我和王强对办公室…专项检查，并将检查情况向党组作了汇报」 (F3): the card had 王强 as the doer; now 黄志刚.
// - 「…为机关全体党员讲授专题廉政党课…，张伟书记出席，参加56人；会后与宣文部王磊部长进行了廉政谈话」 (F11): both were 张伟's;
//   now the sender's own lecture and talk.
// - 「…赵敏书记到残疾人康复中心调研指导，…随后與何平主任、徐辉副主任进行了集体廉政谈话」 (F7): asked 和谁 (與 unread), then
//   stored as the sender's; now 赵敏's talks with both on the card.
// - 「上周刘芳副理事长来我们康复部，先检查了…台账，又和吴部长、我分别谈心谈话，最后组织大家观看了警示教育片」 (F14): the check
//   dropped, 吴静 the talk's doer, the film no one's; now every step 刘芳's, the check's type and the day asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the day the report corpus is read. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, rows, say, answerText } = chat;

describe('a leader named as leading a check the sender went on with someone', () => {
  it('the card carries the leader; 确认 stores the check as theirs', async () => {
    const said = await answerText('林晓', '上周三黄书记带队，我和王强对办公室公务用车使用情况进行了专项检查，并将检查情况向党组作了汇报。');
    expect(said).toMatch(/请确认/);
    expect(said).toContain('活动人：黄志刚');
    expect(said).not.toContain('活动人：王强');
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'huangzhigang', '']]);
  });
});

describe('a leader present at the sender\'s own lecture', () => {
  it('the lecture and the talk after it are the sender\'s', async () => {
    const said = await answerText('赵敏', '11月27日为机关全体党员讲授专题廉政党课《以案为鉴 守住清廉底线》，张伟书记出席，参加56人；会后与宣文部王磊部长进行了廉政谈话。');
    expect(said).toMatch(/请确认/);
    expect(said).not.toContain('活动人：张伟');
    await say('赵敏', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-27', 'zhaomin', ''],
      ['talk_integrity', '2026-11-27', 'zhaomin', 'wanglei'],
    ]);
  });
});

describe('a traditional 與 after a visit', () => {
  it('the talks are the visitor\'s with both, on the card, no question', async () => {
    const said = await answerText('孙杰', '11月27日，赵敏书记到残疾人康复中心调研指导，先是检查了中心党风廉政建设责任制落实台账，随后與何平主任、徐辉副主任进行了集体廉政谈话。');
    expect(said).toMatch(/请确认/);
    expect(said).not.toContain('和谁');
    await say('孙杰', '确认');
    expect(rows()).toEqual([
      ['pledge_check', '2026-11-27', 'zhaomin', ''],
      ['talk_integrity', '2026-11-27', 'zhaomin', 'heping'],
      ['talk_integrity', '2026-11-27', 'zhaomin', 'xuhui'],
    ]);
  });
});

describe('a visit told with a vague day, step by step', () => {
  it('asks the check\'s type, then the day; 都是上周三 dates every step, all 刘芳\'s', async () => {
    const said = await answerText('刘洋', '上周刘芳副理事长来我们康复部，先检查了廉政风险防控台账，又和吴部长、我分别谈心谈话，最后组织大家观看了警示教育片。');
    expect(said).toContain('活动人 刘芳');
    expect(said).toMatch(/哪类活动/);
    expect(said).not.toMatch(/活动人 吴静/);
    const day = await answerText('刘洋', '责任书检查');
    expect(day).toMatch(/上周（11月23日—11月29日）哪一天/);
    const card = await answerText('刘洋', '都是上周三');
    expect(card).toMatch(/请确认/);
    await say('刘洋', '确认');
    expect(rows()).toEqual([
      ['pledge_check', '2026-11-25', 'liufang', ''],
      ['talk_heart', '2026-11-25', 'liufang', 'liuyang'],
      ['talk_heart', '2026-11-25', 'liufang', 'wujing'],
      ['edu_warning', '2026-11-25', 'liufang', ''],
    ]);
  });
});
