// t72b F1 (round 69, on the merge 30dd6d62): 林晓's 11月份 summary was read into 12 talks (张伟's 4 with the 班子, 8 more) and a
// 警示教育; to the days question she answered 「5到12条删掉不要了，只记1到4条和警示教育」 and got 「已去掉…王建国…刘芳…陈志强…赵敏…
// 李明…何平」: keptItemOnly read 「1到4条和警示教育」 as one record named, the 警示教育, so 张伟's four talks went with the eight.
// Now a keep-list with card numbers (numberedKeepList) keeps exactly those: 5–12 leave, 1–4 and the 警示教育 go on; the
// 「…8人次」按每人1次记录 note goes with the records it spoke of (tallyNotesKept).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 11:00 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T11:00:00+08:00'));
const { rows, answerText } = chat;

const SUMMARY =
  '11月份廉政工作小结：本月共开展谈心谈话12人次，其中张伟书记与班子成员谈话4人次，各部门负责人与科员谈话8人次；组织警示教育1次（11月20日观看警示教育片《零容忍》，机关全体干部参加）。';
const HEADS = ['李明', '孙丽', '周涛', '吴静', '郑华', '王磊', '冯雪', '何平'];
const LEADERS = ['王建国', '刘芳', '陈志强', '赵敏'];

describe('a keep-list by card number while a summary waits for its days', () => {
  it.each([
    ['5到12条删掉不要了，只记1到4条和警示教育'],
    ['第5至12条不要，只保留前4条和警示教育'],
    ['5-12 不要了 只记 1到4条 和 警示教育'],
    ['只保留前4条和警示教育'],
    ['只记第1到4条和警示教育那条'],
    ['后面8条不要了，只记前4条和警示教育'],
    ['5到12條刪掉，只記1到4條和警示教育'],
  ])('林晓 「%s」: the 8 heads leave, 张伟\'s 4 talks and the 警示教育 stay, then stored as answered', async (keep) => {
    expect(await answerText('林晓', SUMMARY)).toMatch(/这 12 项还没有具体日期/);
    const reply = await answerText('林晓', keep);
    const gone = /已去掉(.*)不记录/.exec(reply)?.[1] ?? '';
    for (const n of HEADS) expect(gone).toContain(n);
    for (const n of LEADERS) expect(gone).not.toContain(n);
    expect(reply).toContain('其余 5 条照常');
    expect(rows()).toEqual([]);
    // The four talks still want their day; the 警示教育 its doer.
    const days = await answerText('林晓', '都是11月28日');
    expect(days).not.toMatch(/李明|孙丽|何平/);
    const card = /请确认/.test(days) ? days : await answerText('林晓', '张伟');
    expect(card).toMatch(/请确认以下 5 条记录/);
    expect(card).toContain('「班子成员」按王建国、刘芳、陈志强、赵敏共4人记录');
    expect(card).not.toContain('按每人1次记录');
    expect(card).not.toMatch(/李明|孙丽|周涛|吴静|郑华|王磊|冯雪|何平/);
    await answerText('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-28', 'zhangwei', 'wangjianguo'],
      ['talk_heart', '2026-11-28', 'zhangwei', 'liufang'],
      ['talk_heart', '2026-11-28', 'zhangwei', 'chenzhiqiang'],
      ['talk_heart', '2026-11-28', 'zhangwei', 'zhaomin'],
      ['edu_warning', '2026-11-20', 'zhangwei', ''],
    ]);
  });

  it('near-misses: a keep-list naming a record only (只记警示教育) is read as before; one that keeps what it drops is no keep-list', async () => {
    expect(await answerText('林晓', SUMMARY)).toMatch(/这 12 项还没有具体日期/);
    // Items 1–4 both dropped and kept: nothing changes, the question stays.
    const clash = await answerText('林晓', '1到12条删掉，只记1到4条');
    expect(clash).toContain('上报没有改动');
    expect(clash).toMatch(/这 12 项还没有具体日期/);
    // 只记警示教育 names one record: every talk leaves (keptItemOnly, round 58), the 警示教育 asked whose.
    const only = await answerText('林晓', '只记警示教育');
    const gone = /已去掉(.*)不记录/.exec(only)?.[1] ?? '';
    for (const n of [...LEADERS, ...HEADS]) expect(gone).toContain(n);
    expect(only).toContain('其余 1 条照常');
    expect(only).toMatch(/这条警示教育是谁的/);
    expect(rows()).toEqual([]);
  });
});
