// Round 34c §2.1 (issue 10): on a 确认 card of the sender's own check, 「不是我，是赵敏书记和何主任来检查的」 was 「没有在通讯录或
// 活动类型里找到「我」…」 and the card unchanged. Now the senior of the two named (赵敏, 班子成员, over 何平, a head) is the
// doer; nothing is stored until 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

describe('不是我，是X和Y来检查的 on a card', () => {
  it('puts the senior of the two as the doer; 确认 stores it so', async () => {
    await say('徐辉', '11月26日到我们科室检查了考勤，9点整点名，2人迟到。');
    expect(activities()).toHaveLength(0);
    await say('徐辉', '不是我，是赵敏书记和何主任来检查的');
    expect(lastText()).toContain('活动人改为「赵敏」');
    expect(activities()).toHaveLength(0);
    await say('徐辉', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['inspect_style', '2026-11-26', 'zhaomin']]);
  });

  it('「活动人改成赵敏」 sets the doer as before', async () => {
    await say('徐辉', '11月26日到我们科室检查了考勤，9点整点名，2人迟到。');
    await say('徐辉', '活动人改成赵敏');
    await say('徐辉', '确认');
    expect(activities().map((a) => a.actorId)).toEqual(['zhaomin']);
  });
});
