// Round 48 (issue 10), fixer fua: t51a F1 in the dialog.
// 「12月1日党组会上和班子成员签订了党风廉政建设责任书」 was a card of one 专题会议, the signing lost; the natural fix typed on
// it, 「不是专题会议，是签订责任书，对象是王建国、刘芳、陈志强、赵敏」, was read as a new report (a second card beside the wrong
// one). Now the message is four signings on one card, and a 「不是X，是Y，对象是A、B…」 typed on a waiting card changes that
// card: the type and one record with each person named, no second card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
// The first bot of the file compiles everything: started once before the hooks' time limit counts.
const { activities, lastText, say } = chat;

const LEADERS = ['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin'];
/** The stored records as [type, date, counterparts]. */
const stored = () => activities().map((a) => [a.type, a.date, a.counterpartIds.join()]);

describe('t51a F1: a signing at a 党组会', () => {
  it('「…党组会上和班子成员签订了…责任书」 → four signings on one card; 确认 stores them, no 专题会议', async () => {
    await say('张伟', '11月27日党组会上和班子成员签订了党风廉政建设责任书');
    expect(lastText()).toMatch(/签订责任书/);
    expect(lastText()).not.toMatch(/专题会议/);
    await say('张伟', '确认');
    expect(stored()).toEqual(LEADERS.map((id) => ['pledge_sign', '2026-11-27', id]));
  });

  it('「不是专题会议，是签订责任书，对象是王建国、刘芳、陈志强、赵敏」 on a 专题会议 card changes that card, no second card', async () => {
    await say('张伟', '11月27日主持召开党组会，研究部署节日期间廉洁自律工作');
    expect(lastText()).toMatch(/专题会议/);
    await say('张伟', '不是专题会议，是签订责任书，对象是王建国、刘芳、陈志强、赵敏');
    expect(lastText()).toMatch(/已按您的更正修改/);
    expect(lastText()).not.toMatch(/之前的 ?\d+ ?张卡片/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(stored()).toEqual(LEADERS.map((id) => ['pledge_sign', '2026-11-27', id]));
  });

  it('「对象是王建国、张三」: a name not in the directory changes nothing, said so', async () => {
    await say('张伟', '11月26日党组会上和王建国进行了廉政谈话');
    expect(lastText()).toMatch(/廉政谈话/);
    await say('张伟', '对象是王建国、张三');
    expect(lastText()).toMatch(/没有在通讯录里找到「张三」/);
  });
});
