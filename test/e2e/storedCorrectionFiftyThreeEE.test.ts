// Round 53 (issue 10), fixer fkee: t56b F2/F4. A record stored, then corrected as 刚才那条(表格里) + day/kind + field + 是V,
// the slip owned at the end (「…参加人数是7人，我写错了」), or 刚才那条会议参加人数写错了，是5人: was a NEW record stored at
// once (F2) or 没看懂 (F4); now the stored record's change on a 【请确认修改】 card, changed at 确认, nothing new recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;


describe('t56b F2/F4: 刚才那条(表格里) + field + value, 我写错了 at the end: a change card, never a new record', () => {
  it.each([
    ['刚才那条表格里11月19日的警示教育参加人数是7人，我写错了'],
    ['上面表格里11月19日警示教育的人数是7人，我写错了。'],
    ['刚才那个表格里的警示教育参加人数应为7人，填错了'],
  ])('孙丽: 警示教育 6人 stored, then 「%s」 → 修改 card → 确认 → one record of 7', async (correction) => {
    await recorded('孙丽', '11月19日组织财务科全体人员观看警示教育片，6人参加');
    expect(activities()[0]!.attendees).toBe(6);
    const answer = await answerText('孙丽', correction);
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(1);
    await say('孙丽', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(7);
  });

  it('刚才那条会议参加人数写错了，是5人: the stored 专题会议 counts 5 at 确认 (was 没看懂)', async () => {
    await recorded('张伟', '12月1日主持召开党组会议，专题研究党风廉政建设工作，8人参加');
    const answer = await answerText('张伟', '刚才那条会议参加人数写错了，是5人');
    expect(answer).toMatch(/请确认修改/);
    await say('张伟', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(5);
  });
});

describe('t56b F5: 撤销 by the kind word the report used (党组会议 for a 专题会议)', () => {
  it('张伟: 党组会议 stored as 专题会议, 「撤销12月1日的党组会议」 withdraws it (was 没看懂)', async () => {
    await recorded('张伟', '12月1日主持召开党组会议，专题研究党风廉政建设工作');
    expect(activities()[0]!.type).toBe('meeting_special');
    // Found and shown with its 撤销, as 撤销11月5日和吴静的谈话 is (changeNamedRecord); a typed 撤销 then withdraws it.
    const answer = await answerText('张伟', '撤销12月1日的党组会议');
    expect(answer).toMatch(/找到 1 条/);
    expect(activities()).toHaveLength(1);
    expect(await answerText('张伟', '撤销')).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });
});
