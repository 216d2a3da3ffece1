// Round 67, ggb: t69b Part A in the chat (main 3fdbc41e; the corpus clock, Mon 2026-11-30 10:00 Shanghai).
// A1 孙杰 「何平主任昨天下午在中心会议室召开了党风廉政建设专题会…，我做的记录」 stored 何平's 专题会议 with no department; now at
//    残疾人康复中心, 孙杰 no party. 何平's own 「昨天召开了党风廉政建设专题会议」 asked which leader held it; now his unit's.
// A2 张颖's 11月份 summary (其中…对象张颖…对象均为张颖；组织观看警示教育片1次) asked the 谈心's person and 周涛 again and again; now
//    the three talks on the card with 张颖, the film's day asked once; 「日期记不清了，11月下旬吧」 was read as a completion query,
//    now the question comes back saying a day is needed and how to go on (这条不要 · 取消 · 补录).
// A3 a card's note that today's part is still to come (「今天下午…」说的时段今天还没到) stayed after the day was put right.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's clock). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, confirmIfAsked, say, rows } = chat;

const SUMMARY =
  '11月份组联部廉政工作小结：周涛部长共开展谈话3次，其中廉政谈话1次（11月12日，对象张颖），谈心谈话2次（11月20日、11月26日，对象均为张颖）；组织观看警示教育片1次。';

describe('A1. a head’s 专题会议 is his unit’s', () => {
  it('孙杰: 何平’s meeting in 中心会议室 is at 残疾人康复中心, the note-taker no party', async () => {
    const answer = await answerText('孙杰', '何平主任昨天下午在中心会议室召开了党风廉政建设专题会，徐辉副主任和科室负责人参加，我做的记录');
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/残疾人康复中心/);
    expect(activities()).toEqual([]);
    await say('孙杰', '确认');
    const [meeting] = activities();
    expect([meeting?.type, meeting?.date, meeting?.actorId, meeting?.departmentId, meeting?.counterpartIds]).toEqual(['meeting_special', '2026-11-29', 'heping', 'center', []]);
    expect(activities()).toHaveLength(1);
  });

  it('何平: his own 召开了…专题会议 is recorded at his unit, no leader asked', async () => {
    const answer = await answerText('何平', '昨天召开了党风廉政建设专题会议');
    expect(answer).not.toMatch(/哪位领导/);
    expect(answer).toMatch(/已记录/);
    const [meeting] = activities();
    expect([meeting?.type, meeting?.date, meeting?.departmentId]).toEqual(['meeting_special', '2026-11-29', 'center']);
    expect(meeting?.actorId === undefined || meeting?.actorId === 'heping').toBe(true);
  });

  it('near-miss: a clerk’s bare 召开了…专题会议 is still asked who held it', async () => {
    const answer = await answerText('王芳', '昨天召开了党风廉政建设专题会议');
    expect(answer).toMatch(/哪位领导/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 何平 who only attended is asked whose meeting it was', async () => {
    const answer = await answerText('何平', '昨天参加了党风廉政建设专题会议');
    expect(answer).not.toMatch(/已记录/);
    expect(activities()).toEqual([]);
  });
});

describe('A2. a counted summary naming the sender, and a day not remembered', () => {
  it('张颖: three talks with her on the card, only the film’s day asked', async () => {
    const answer = await answerText('张颖', SUMMARY);
    expect(answer).toMatch(/警示教育是哪一天/);
    expect(answer).not.toMatch(/和谁谈|谁谈的|哪位领导/);
    expect(answer.match(/对象：张颖/g)).toHaveLength(3);
    expect(activities()).toEqual([]);
  });

  it('张颖: 「日期记不清了，11月下旬吧」 is no query — a day is asked for, with the ways on', async () => {
    await say('张颖', SUMMARY);
    const answer = await answerText('张颖', '日期记不清了，11月下旬吧');
    expect(answer).not.toMatch(/完成情况|您是不是想问/);
    expect(answer).toMatch(/您说的是11月下旬，记录需要具体是哪一天/);
    expect(answer).toMatch(/这条不要/);
    expect(answer).toMatch(/取消/);
    expect(answer).toMatch(/补录/);
    expect(activities()).toEqual([]);
    // The day found and given: everything recorded, the film on its day.
    await confirmIfAsked('张颖', await answerText('张颖', '11月24日'));
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-12', 'zhoutao', 'zhangying'],
      ['talk_heart', '2026-11-20', 'zhoutao', 'zhangying'],
      ['talk_heart', '2026-11-26', 'zhoutao', 'zhangying'],
      ['edu_warning', '2026-11-24', 'zhoutao', ''],
    ]);
  });

  it('张颖: 「这条不要」 after it records the three talks without the film', async () => {
    await say('张颖', SUMMARY);
    await say('张颖', '记不清了 月底左右');
    await confirmIfAsked('张颖', await answerText('张颖', '这条不要'));
    const stored = rows();
    expect(stored).toEqual([
      ['talk_integrity', '2026-11-12', 'zhoutao', 'zhangying'],
      ['talk_heart', '2026-11-20', 'zhoutao', 'zhangying'],
      ['talk_heart', '2026-11-26', 'zhoutao', 'zhangying'],
    ]);
  });

  it('胡军: 对象分别为王芳、胡军 pairs the days with each, himself included', async () => {
    const answer = await answerText('胡军', '李明主任共开展谈话3次，其中廉政谈话1次（11月11日，对象胡军），谈心谈话2次（11月19日、11月25日，对象分别为王芳、胡军）。');
    expect(answer).toMatch(/请确认/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-11', 'liming', 'hujun'],
      ['talk_heart', '2026-11-19', 'liming', 'wangfang'],
      ['talk_heart', '2026-11-25', 'liming', 'hujun'],
    ]);
  });
});

describe('A3. a note about today’s part goes once the day is put right', () => {
  it('赵敏: 今天下午 at 10:00, then 是昨天下午 — no 还没到 note on the receipt', async () => {
    const first = await answerText('赵敏', '今天下午给宣文部全体党员讲了廉政党课');
    expect(first).toMatch(/还没到/);
    const answer = await answerText('赵敏', '是昨天下午');
    if (/请确认/.test(answer)) {
      expect(answer).not.toMatch(/还没到/);
      await say('赵敏', '确认');
    }
    const [lecture] = activities();
    expect([lecture?.type, lecture?.date]).toEqual(['edu_lecture', '2026-11-29']);
    expect(chat.t.texts().slice(-2).join('\n')).not.toMatch(/还没到/);
  });
});
