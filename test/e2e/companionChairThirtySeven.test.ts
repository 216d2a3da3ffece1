// Round 37 (issue 10: a record is right, or the bot asks) over HTTP, the dialogs of fixer fja:
// - 「纪检组上周督查情况：⏎…⏎周二与黄书记到组联部检查了责任书落实情况；⏎…」 (t36c F1): the check was on the card as the sender's,
//   黄志刚 dropped; now who led it is asked as when the line stands alone, and the answer puts it on the card.
// - 「…陈志强副理事长到维权部参加部门…专题学习，冯部长主持…；随后…分别谈心谈话」 (t36c F12): the study was 陈志强's; now 冯雪's.
// - 「…检查，两科室负责人向王副理事长递交了廉洁承诺书」 (round 36 merge): asked whose; now 王建国's signing with both heads.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the day the report corpus is read. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, rows, say, answerText } = chat;

describe('a senior who went with the sender on a check, in a list item', () => {
  it('near-miss: with 一起 the senior is on the card at once, no question', async () => {
    const said = await answerText('林晓', '11月24日与黄书记一起到组联部检查了责任书落实情况');
    expect(said).toMatch(/请确认/);
    expect(said).toContain('黄志刚');
    expect(activities()).toEqual([]);
  });

  it('asks who led it; answered 黄书记, the card carries 黄志刚 and 确认 stores all three', async () => {
    const said = await answerText(
      '林晓',
      '纪检组上周督查情况：\n周一会同办公室对康复部、康复中心工作纪律进行了抽查，发现1人未按时到岗；\n周二与黄书记到组联部检查了责任书落实情况；\n周三黄志刚书记找周涛部长进行了廉政谈话，指出检查发现的问题并提出整改要求。',
    );
    expect(said).toContain('带队');
    expect(said).toContain('黄志刚');
    expect(activities()).toEqual([]);
    const card = await answerText('林晓', '黄书记');
    expect(card).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-23', 'linxiao', ''],
      ['pledge_check', '2026-11-24', 'huangzhigang', ''],
      ['talk_integrity', '2026-11-25', 'huangzhigang', 'zhoutao'],
    ]);
  });
});

describe('a leader who came to a department study chaired by its head', () => {
  it('the study is the chair\'s, the talks after it the leader\'s', async () => {
    const said = await answerText(
      '赵磊',
      '11月28日上午陈志强副理事长到维权部参加部门党风廉政建设专题学习，冯部长主持，应到4人实到4人；随后与冯雪部长、赵磊分别谈心谈话。',
    );
    expect(said).toMatch(/请确认/);
    expect(said).toContain('不是这次学习的活动人');
    await say('赵磊', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-28', 'fengxue', ''],
      ['talk_heart', '2026-11-28', 'chenzhiqiang', 'fengxue'],
      ['talk_heart', '2026-11-28', 'chenzhiqiang', 'zhaolei'],
    ]);
  });
});

describe('pledges handed to a leader after a check', () => {
  it('the leader signed with both heads; the check is asked its type', async () => {
    const said = await answerText('胡军', '11月27日，王建国副理事长到办公室、财务科检查，两科室负责人向王副理事长递交了廉洁承诺书。');
    expect(said).toMatch(/哪类|类型|作风纪律检查/);
    expect(activities()).toEqual([]);
  });
});
