// Over HTTP, round 53 fixer fka (t55b F3; issue 10): 赵敏 (党组成员, 机关党委书记) reported 「11月30日主持召开机关党委会议，专题
// 研究党风廉政建设工作」; it was recorded as a 专题会议 of no body and 张伟's 本季度完成情况 showed 党组专题研究 2/2 with it. A
// meeting the member names as another body's (机关党委 · 机关纪委 · 党支部 · 理事长办公会) now keeps that body: the receipt and the
// card say it, and the 党组's 专题研究 line counts only the 党组's own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, answerText, lastText, say, confirmIfAsked } = chat;

const PARTY_LINE = /党组专题研究全面从严治党、党风廉政建设（2026年下半年） \| 党组（张伟） \| [^\n]*/;

/** Sends `text` as `who` and 确认 when a card is shown. */
async function recorded(who: string, text: string): Promise<string> {
  const answer = await answerText(who, text);
  await confirmIfAsked(who, answer);
  return answer;
}

describe('t55b F3: a 机关党委会议 is not the 党组’s 专题研究', () => {
  it('赵敏’s own 机关党委会议, recorded, leaves 张伟’s 党组专题研究 count unchanged and is named as not counted', async () => {
    await recorded('张伟', '11月20日召开党组会议，专题研究全面从严治党和党风廉政建设工作');
    await say('张伟', '本季度完成情况');
    const before = PARTY_LINE.exec(lastText())?.[0];
    expect(before).toBeDefined();
    const answer = await recorded('赵敏', '11月30日主持召开机关党委会议，专题研究党风廉政建设工作');
    expect(answer).toContain('机关党委召开（不计入党组专题研究）');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.meetingBody])).toEqual([
      ['meeting_special', '2026-11-20', 'zhangwei', undefined],
      ['meeting_special', '2026-11-30', 'zhaomin', 'party_committee'],
    ]);
    await say('张伟', '本季度完成情况');
    const card = lastText();
    expect(PARTY_LINE.exec(card)?.[0]).toBe(before);
    expect(card).toContain('「党组专题研究全面从严治党、党风廉政建设」1次（机关党委1次）');
  });

  it('王芳’s third-person report of it: the card names the body, 确认 stores it, the 党组 line unchanged', async () => {
    await recorded('张伟', '11月20日召开党组会议，专题研究全面从严治党和党风廉政建设工作');
    await say('张伟', '本季度完成情况');
    const before = PARTY_LINE.exec(lastText())?.[0];
    const card = await answerText('王芳', '11月30日赵敏书记主持召开机关党委会议，专题研究党风廉政建设工作');
    expect(card).toMatch(/请确认/);
    expect(card).toContain('机关党委召开（不计入党组专题研究）');
    await say('王芳', '确认');
    expect(activities().map((a) => [a.actorId, a.meetingBody])).toEqual([
      ['zhangwei', undefined],
      ['zhaomin', 'party_committee'],
    ]);
    await say('张伟', '本季度完成情况');
    expect(PARTY_LINE.exec(lastText())?.[0]).toBe(before);
  });

  it('near-miss: 赵敏’s 专题会议 naming no body still counts for the 党组, as before', async () => {
    await recorded('张伟', '11月20日召开党组会议，专题研究全面从严治党和党风廉政建设工作');
    await say('张伟', '本季度完成情况');
    const before = PARTY_LINE.exec(lastText())?.[0];
    const answer = await recorded('赵敏', '11月27日主持召开专题会议研究党风廉政建设');
    expect(answer).not.toContain('不计入党组专题研究');
    expect(activities().map((a) => a.meetingBody)).toEqual([undefined, undefined]);
    await say('张伟', '本季度完成情况');
    expect(PARTY_LINE.exec(lastText())?.[0]).not.toBe(before);
  });
});
