// Round 20u L03 (issue 10, d20): a department's 学习会 its 分管领导 only attended (到会指导) is the department's — a 廉政教育 of the
// rule studied and a 警示教育 of the film watched, both its head's — never one merged record of the leader's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a department\'s study its 分管领导 attended', () => {
  it('shows two records of the head\'s on the card and stores them after 确认', async () => {
    await say(
      '杨帆',
      '11月26日下午，宣文部召开党风廉政建设专题学习会，分管领导赵敏同志到会指导。会上，部长王磊领学了《中国共产党纪律处分条例》有关章节，全体党员干部观看了警示教育片《迷途》。',
    );
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：王磊/);
    expect(lastText()).not.toMatch(/活动人：赵敏/);
    await say('杨帆', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([
      ['edu_integrity', '2026-11-26', 'wanglei', '中国共产党纪律处分条例'],
      ['edu_warning', '2026-11-26', 'wanglei', '迷途'],
    ]);
  });
});
