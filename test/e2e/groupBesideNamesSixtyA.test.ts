// Round 60, fba (issue 10; t62b F1/F2). A group word beside a named person (和分管科室负责人、王强 · …都进行了廉政谈话 还有
// 王强副科长) was read as the name alone, the group silently dropped; and the day answers that give each person (or all but
// some) their own day put everyone on the first day said. Now the group and the name are both on the question, and each
// talk takes the day said for its person: X是D1 Y和Z是D2 · X D1，其余D2 · 都是D 只有X是D2 · 除了X都是D，X是D2.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, confirmIfAsked } = chat;
/** Stored talks as 'person@date', sorted. */
const talks = () => activities().map((a) => `${a.counterpartIds.join()}@${a.date}`).sort();

describe('a group word beside a named person: both asked their day, each on their own day', () => {
  it('the sample: 「上个月…还有王强副科长」 then 「李明是11月18号 孙丽和王强是25号」 → 李明 11-18, 孙丽 and 王强 11-25', async () => {
    const asked = await answerText('王建国', '上个月跟分管科室负责人都进行了廉政谈话 还有王强副科长');
    expect(asked).toMatch(/与李明、孙丽、王强的廉政谈话是哪一天/);
    expect(activities()).toEqual([]);
    const card = await answerText('王建国', '李明是11月18号 孙丽和王强是25号');
    expect(card).toMatch(/2026-11-18｜对象：李明/);
    expect(card).toMatch(/2026-11-25｜对象：王强/);
    await confirmIfAsked('王建国', card);
    expect(talks()).toEqual(['liming@2026-11-18', 'sunli@2026-11-25', 'wangqiang@2026-11-25']);
  });

  it.each([
    ['李明是11.18 孙丽 王强是11.25'],
    ['李明18号 孙丽王强25号'],
    ['李明18号，其余25号'],
    ['李明18号 剩下的都是25号'],
    ['李明是18号，其他人都是25号'],
  ])('这个月… then 「%s」 → 李明 11-18, 孙丽 and 王强 11-25', async (said) => {
    expect(await answerText('王建国', '这个月跟分管科室负责人都进行了廉政谈话 还有王强副科长')).toMatch(/与李明、孙丽、王强的廉政谈话是哪一天/);
    await confirmIfAsked('王建国', await answerText('王建国', said));
    expect(talks()).toEqual(['liming@2026-11-18', 'sunli@2026-11-25', 'wangqiang@2026-11-25']);
  });

  it('「和分管科室负责人、王强」 dated: a card of three, stored on 确认', async () => {
    const answer = await answerText('王建国', '11月20日和分管科室负责人、王强都进行了廉政谈话');
    expect(answer).toMatch(/请确认以下 3 条记录/);
    expect(activities()).toEqual([]);
    await answerText('王建国', '确认');
    expect(talks()).toEqual(['liming@2026-11-20', 'sunli@2026-11-20', 'wangqiang@2026-11-20']);
  });

  it('「孙丽是11.21」: 孙丽 on 11-21, the others asked again', async () => {
    await answerText('王建国', '这个月跟分管科室负责人都进行了廉政谈话 还有王强副科长');
    const answer = await answerText('王建国', '孙丽是11.21');
    expect(answer).toMatch(/李明、王强的廉政谈话是哪一天/);
    const last = await confirmIfAsked('王建国', await answerText('王建国', '都是11月25日'));
    expect(last).toMatch(/已记录/);
    expect(talks()).toEqual(['liming@2026-11-25', 'sunli@2026-11-21', 'wangqiang@2026-11-25']);
  });
});

describe('张伟 「11月份 和班子成员逐一进行了廉政谈话」: one day for all but some', () => {
  const others = (d: string, apart: string, d2: string) =>
    ['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin'].map((p) => `${p}@${p === apart ? d2 : d}`).sort();
  it.each([
    ['都是11月20号 赵敏那天出差 是23号谈的'],
    ['除了赵敏都是20号，赵敏是23号'],
    ['基本都是20号 只有赵敏是23号'],
    ['都是20日，赵敏23日'],
    ['除了赵敏 都是20号 她是23号'],
  ])('「%s」 → 赵敏 on 11-23, the others on 11-20', async (said) => {
    expect(await answerText('张伟', '11月份 和班子成员逐一进行了廉政谈话')).toMatch(/是哪一天/);
    const answer = await answerText('张伟', said);
    expect(answer).toMatch(/请确认以下 4 条记录/);
    expect(answer).toMatch(/2026-11-23｜对象：赵敏/);
    expect(activities()).toEqual([]);
    await answerText('张伟', '确认');
    expect(talks()).toEqual(others('2026-11-20', 'zhaomin', '2026-11-23'));
  });

  it('near-miss: 「都是11月20号」 → all four on 11-20, as before', async () => {
    await answerText('张伟', '11月份 和班子成员逐一进行了廉政谈话');
    await confirmIfAsked('张伟', await answerText('张伟', '都是11月20号'));
    expect(talks()).toEqual(others('2026-11-20', '', ''));
  });

  it('near-miss: a person none of the talks is with (「都是20号，黄志刚是23号」) → asked again, nothing stored', async () => {
    await answerText('张伟', '11月份 和班子成员逐一进行了廉政谈话');
    const answer = await answerText('张伟', '都是20号，黄志刚是23号');
    expect(answer).toMatch(/黄志刚不在要补日期的记录里/);
    expect(answer).toMatch(/是哪一天/);
    expect(activities()).toEqual([]);
  });
});
