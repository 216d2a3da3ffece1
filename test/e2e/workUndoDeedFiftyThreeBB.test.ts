// Round 53 (issue 10), fixer fkbb: 撤销/撤回/作废 of a thing of the work (事项 · 项目 · 资格 · 文件) in a report is a deed,
// not a command. 胡军's 「今天撤销了两个不合规的报销事项后，和李娟进行了廉政谈话」 was not a report; opened by 撤销, such a
// message was taken by changeNamedRecord for a stored record named (and offered its 撤销). 撤销 of a record stays a command.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;


describe('撤销 of a thing of the work, in a report: the deed is recorded', () => {
  it('胡军\'s message: a talk with 李娟 recorded', async () => {
    await recorded('胡军', '今天撤销了两个不合规的报销事项后，和李娟进行了廉政谈话');
    expect(activities()[0]!.type).toBe('talk_integrity');
  });

  it('opened by 撤销了…事项后, with a talk of 李娟 already stored: a second talk, the first kept', async () => {
    await recorded('胡军', '12月2日和李娟进行了廉政谈话');
    await recorded('胡军', '撤销了两个不合规的报销事项后，12月3日又和李娟进行了廉政谈话');
    expect(activities().filter((a) => !a.deletedAt)).toHaveLength(2);
  });

  it('赵敏\'s meeting: a 专题会议 recorded', async () => {
    await recorded('赵敏', '昨天召开党风廉政建设专题会议，部署撤销不合规项目的整改工作');
    expect(activities()[0]!.type).toBe('meeting_special');
  });

  it('near-miss: 撤销 of a record named still finds that record, nothing new recorded', async () => {
    await recorded('胡军', '12月2日和李娟进行了廉政谈话');
    const answer = await answerText('胡军', '撤销12月2日和李娟的廉政谈话');
    expect(answer).toMatch(/李娟/);
    expect(activities()).toHaveLength(1);
  });
});
