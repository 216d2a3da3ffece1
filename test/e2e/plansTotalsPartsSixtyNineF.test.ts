// Round 69, gif (issue 10): a plan with its 其中 parts was asked a day as a deed done, a running total's 其中本月3次 the same,
// a 小结's 其中我和刘洋谈话2次（11.9、11.23） gave untyped talks and a remainder, and 任前 / an exhibition's name were lost without
// a word. Over the real bot: the plan reply and the totals reply store nothing, a deed beside them is recorded alone, the
// talks are two 谈心谈话 (and undone), the receipt says what a talk record does not keep, the exhibition is the note.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's clock). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, confirmIfAsked, rows } = chat;

describe('a plan with its parts is no report', () => {
  it.each([
    ['郑华', '本月计划开展作风纪律检查3次，其中上班纪律检查2次'],
    ['林晓', '下月拟开展作风纪律检查3次，其中上班纪律检查2次、公车使用检查1次'],
    ['周涛', '下月拟组织警示教育2场，其中观看警示教育片1场'],
    ['林晓', '本月計劃開展作風紀律檢查3次，其中上班紀律檢查2次'],
    ['林晓', '下月 拟 开展 作风纪律检查 3次，其中 上班纪律检查 2次'],
  ])('%s 「%s」: the plan reply, no day asked, nothing stored', async (who, text) => {
    const reply = await answerText(who, text);
    expect(reply).toContain('看起来这是计划安排');
    expect(reply).toContain('完成后再发给我');
    expect(reply).not.toMatch(/哪一天/);
    expect(activities()).toEqual([]);
  });

  it('林晓 「11月20日开展了上班纪律检查，下月计划开展作风纪律检查3次」: the check recorded alone, the plan named as not recorded', async () => {
    const receipt = await confirmIfAsked('林晓', await answerText('林晓', '11月20日开展了上班纪律检查，下月计划开展作风纪律检查3次'));
    expect(receipt).toContain('已记录 1 项');
    expect(receipt).toContain('计划安排，未记录');
    expect(receipt).not.toMatch(/哪一天/);
    expect(rows()).toEqual([['inspect_style', '2026-11-20', 'linxiao', '']]);
  });
});

describe('a running total with this month part is no report', () => {
  it('王芳 「截至目前，今年共开展警示教育5次，其中本月3次」: the totals reply offers 完成情况, nothing stored', async () => {
    const reply = await answerText('王芳', '截至目前，今年共开展警示教育5次，其中本月3次');
    expect(reply).toContain('是累计数');
    expect(reply).toContain('也没有记录');
    expect(reply).toContain('本季度完成情况');
    expect(reply).not.toMatch(/哪一天/);
    expect(activities()).toEqual([]);
  });

  it('李明 「截至目前，…其中本月3次，11月20日组织观看警示教育片，参加20人」: the dated film alone is recorded', async () => {
    await confirmIfAsked('李明', await answerText('李明', '截至目前，今年共开展警示教育5次，其中本月3次，11月20日组织观看警示教育片，参加20人'));
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_warning', '2026-11-20', 'liming', 20]]);
  });
});

describe('a talk breakdown under a 小结 heading, its days dotted', () => {
  it('吴静 「11月份谈心谈话小结：其中我和刘洋谈话2次（11.9、11.23）」: two 谈心谈话 with 刘洋, then 撤销第2条 takes the second back', async () => {
    const receipt = await confirmIfAsked('吴静', await answerText('吴静', '11月份谈心谈话小结：其中我和刘洋谈话2次（11.9、11.23）'));
    expect(receipt).toContain('已记录 2 项');
    expect(receipt).not.toMatch(/什么类型|是哪一天|和谁/);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-09', 'wujing', 'liuyang'],
      ['talk_heart', '2026-11-23', 'wujing', 'liuyang'],
    ]);
    expect(await answerText('吴静', '撤销第2条')).toMatch(/已撤销/);
    expect(rows()).toEqual([['talk_heart', '2026-11-09', 'wujing', 'liuyang']]);
  });
});

describe('what a record does not keep is said', () => {
  it('张伟 「11月20日与郑华进行了任前廉政谈话」: the 廉政谈话 stored with no words, the receipt says 「任前」 was not kept', async () => {
    const receipt = await confirmIfAsked('张伟', await answerText('张伟', '11月20日与郑华进行了任前廉政谈话'));
    expect(receipt).toContain('「任前廉政谈话」按廉政谈话记录，「任前」未单独记录');
    expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'zhangwei', 'zhenghua']]);
    expect(activities()[0]!.note).toBeUndefined();
  });

  it('赵敏 「11月20日组织参观廉政文化展览，参加15人」: a 廉政教育 of 15, the exhibition kept as the note and shown', async () => {
    const receipt = await confirmIfAsked('赵敏', await answerText('赵敏', '11月20日组织参观廉政文化展览，参加15人'));
    expect(receipt).toContain('备注：廉政文化展览');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees, a.note])).toEqual([['edu_integrity', '2026-11-20', 'zhaomin', 15, '廉政文化展览']]);
  });
});
