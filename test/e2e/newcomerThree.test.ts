// A third newcomer's findings over HTTP: head counts beyond the unit, and what else they found in chat.
import { describe, expect, it } from 'vitest';
import { buttonValues } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('a head count larger than the unit', () => {
  it('「全体党员…参加2300人」 in a unit of some 30 people is shown for a tap, with why, and recorded only on 确认', async () => {
    await say('张伟', '昨天组织全体党员观看警示教育片《蜕变》，参加2300人');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('参加人数多于组织架构里登记的人数');
    await say('张伟', '确认');
    expect(activities().map((a) => a.attendees)).toEqual([2300]);
  });

  it('a head count within the unit is recorded at once as before', async () => {
    await say('李明', '昨天组织观看警示教育片《贪毁人生》，参加23人');
    expect(activities().map((a) => a.attendees)).toEqual([23]);
    expect(lastText()).not.toContain('参加人数多于');
  });
});

describe('撤销 after a report of several records', () => {
  it('withdraws nothing and shows the receipt again, a 撤销 per record; the tap withdraws just that one', async () => {
    await say('赵敏', '今天分别和王磊、何平签订了党风廉政建设责任书');
    if (/请确认/.test(lastText())) await say('赵敏', '确认');
    expect(activities()).toHaveLength(2);
    await say('赵敏', '撤销');
    expect(activities()).toHaveLength(2);
    expect(lastText()).toContain('您最近一次上报记录了 2 项，还没有撤销任何一项');
    const receipt = chat.t.emulator.sent.at(-1)!;
    const undos = buttonValues(receipt.content).filter((v) => v.action === 'undo');
    expect(undos).toHaveLength(2);
    await chat.t.click('赵敏', receipt.messageId, undos[1]!);
    expect(activities().map((a) => a.counterpartIds)).toEqual([['wanglei']]);
    // The one left is now the latest report's only record: 撤销 withdraws it.
    await say('赵敏', '撤销');
    expect(activities()).toEqual([]);
  });

  it('a report of one record is withdrawn at once, as before', async () => {
    await say('李明', '昨天组织观看警示教育片《贪毁人生》，参加23人');
    await say('李明', '撤销');
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('已撤销');
  });
});

describe('修改 / 撤销 a record named by its day, type or person', () => {
  it('finds the member’s own older record and shows it with its buttons; changes nothing until a tap', async () => {
    await say('刘芳', '11月5日和周涛进行了廉政谈话');
    await say('刘芳', '11月6日和吴静进行了谈心谈话');
    await say('刘芳', '今天和周涛进行了谈心谈话');
    expect(activities()).toHaveLength(3);
    await say('刘芳', '撤销11月6日和吴静的谈话');
    expect(activities()).toHaveLength(3);
    expect(lastText()).toContain('找到 1 条');
    const card = chat.t.emulator.sent.at(-1)!;
    const undo = buttonValues(card.content).filter((v) => v.action === 'undo');
    expect(undo).toHaveLength(1);
    await chat.t.click('刘芳', card.messageId, undo[0]!);
    expect(activities().map((a) => [a.date, a.counterpartIds.join()])).toEqual([
      ['2026-11-05', 'zhoutao'],
      ['2026-12-01', 'zhoutao'],
    ]);
    await say('刘芳', '修改11月5日和周涛的廉政谈话');
    expect(lastText()).toContain('找到 1 条');
    expect(buttonValues(chat.t.emulator.sent.at(-1)!.content).filter((v) => v.action === 'edit')).toHaveLength(1);
  });

  it('nothing of one’s own fits: says so, and another member’s record is never offered', async () => {
    await say('刘芳', '11月5日和周涛进行了廉政谈话');
    await say('王建国', '修改11月5日和周涛的廉政谈话');
    expect(lastText()).toContain('没有找到您上报的');
    expect(activities()).toHaveLength(1);
  });
});

describe('a person taken back in the same message', () => {
  it('「今天和孙丽进行了廉政谈话，不对，是和王强」 is one talk with 王强, on the card, and 孙丽 is in no record', async () => {
    await say('王建国', '今天和孙丽进行了廉政谈话，不对，是和王强');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认[\s\S]*您更正过的内容/);
    await say('王建国', '确认');
    expect(activities().map((a) => [a.type, a.counterpartIds.join()])).toEqual([['talk_integrity', 'wangqiang']]);
  });
});

describe('a report and a question in one message', () => {
  it('「今天和孙丽谈了廉政谈话，另外本季度还差啥？」 records the talk and answers the question', async () => {
    await say('王建国', '今天和孙丽谈了廉政谈话，另外本季度还差啥？');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([['talk_integrity', '2026-12-01', 'sunli']]);
    const texts = chat.t.texts().slice(-2);
    expect(texts[0]).toMatch(/已记录/);
    expect(texts[1]).toMatch(/2026年第四季度[\s\S]*完成情况/);
  });

  it('a question the bot cannot read whole: the talk is still recorded, and the member is asked to send the question again', async () => {
    await say('王建国', '今天和孙丽谈了廉政谈话，另外那个东西弄得咋样了？');
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['sunli']);
    expect(lastText()).toContain('我没能完全看懂，请换个说法单独发一次');
  });
});
