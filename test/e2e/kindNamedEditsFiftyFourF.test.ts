// Round 54 (issue 10), fixer fjf: on a waiting card, an item named by its kind (「会议部门也是财务科」 · 「学习那条部门是财务科」)
// and 第N个 with two verbs (「第2个是办公室组织开展的」) were not understood (r53 left-alones). The kind word now stands for the one
// record of that kind (itemByKindWord), and 是<department>组织开展的 names the organising department (cardEditWords).
// Near-misses: a kind two records share, or one no record has, changes nothing.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 孙丽's card: 1. 廉政教育, 2. 警示教育 — neither with a department. */
const BOTH = '11月25日集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 李娟's card: 1. 廉政教育 财务科 (孙丽's); 2. 专题会议, no department. */
const FIN = '11月24日财务科开展廉政教育学习《条例》，11月27日召开专题会议研究廉政风险防控';
/** 王芳's card: 1. 廉政教育 办公室 (李明's); 2. 警示教育, no department. */
const OFF = '11月25日办公室集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 孙丽's card of two studies, neither with a department. */
const TWO_STUDIES = '11月24日集中学习了《廉洁自律准则》，11月26日又组织学习了《纪律处分条例》';

const departmentsOf = (a: { departmentId?: string; departmentIds?: string[] }) => a.departmentIds ?? (a.departmentId ? [a.departmentId] : []);

describe('an item named by its kind, or 第N个 with two verbs, takes the edit', () => {
  it.each([
    ['李娟', FIN, '会议部门也是财务科', 2, 'finance'],
    ['李娟', FIN, '会议的部门也是财务科', 2, 'finance'],
    ['李娟', FIN, '会议那条部门是财务科', 2, 'finance'],
    ['李娟', FIN, '专题会议部门也是财务科', 2, 'finance'],
    ['李娟', FIN, '会议也是财务科的', 2, 'finance'],
    ['李娟', FIN, '第2个是财务科组织召开的', 2, 'finance'],
    ['孙丽', BOTH, '学习那条部门是财务科', 1, 'finance'],
    ['孙丽', BOTH, '学习的部门是财务科', 1, 'finance'],
    ['孙丽', BOTH, '廉政教育部门是财务科', 1, 'finance'],
    ['孙丽', BOTH, '警示教育部门是财务科', 2, 'finance'],
    ['孙丽', BOTH, '警示片那条部门是财务科', 2, 'finance'],
    ['孙丽', BOTH, '警示教育那个部门应该是财务科', 2, 'finance'],
    ['孙丽', BOTH, '第2个是财务科组织开展的', 2, 'finance'],
    ['孙丽', BOTH, '第1个是财务科组织开展的', 1, 'finance'],
    ['王芳', OFF, '第2个是办公室组织开展的', 2, 'office'],
    ['王芳', OFF, '第二个是办公室组织开展的', 2, 'office'],
    ['王芳', OFF, '第2条是办公室组织开展的', 2, 'office'],
    ['王芳', OFF, '第2项是办公室牵头组织开展的', 2, 'office'],
    ['王芳', OFF, '警示教育部门也是办公室', 2, 'office'],
    ['王芳', OFF, '警示片也是办公室的', 2, 'office'],
    ['王芳', OFF, '警示教育那条部门是办公室', 2, 'office'],
  ])('%s 「%s」 → 「%s」: item %i at %s', async (who, report, said, n, dept) => {
    expect(await answerText(who, report)).toMatch(/请确认/);
    const answer = await answerText(who, said);
    expect(answer).toMatch(new RegExp(`已按您的更正修改（第${n}条部门改为`));
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities()).toHaveLength(2);
    expect(departmentsOf(activities()[n - 1]!)).toEqual([dept]);
  });

  it.each([
    ['孙丽', TWO_STUDIES, '学习那条部门是财务科'],
    ['孙丽', TWO_STUDIES, '学习的部门是财务科'],
    ['孙丽', BOTH, '会议部门也是财务科'],
    ['孙丽', BOTH, '检查的部门是财务科'],
  ])('near-miss: %s 「%s」 → 「%s」 (two of that kind, or none): nothing changed', async (who, report, said) => {
    expect(await answerText(who, report)).toMatch(/请确认/);
    expect(await answerText(who, said)).not.toMatch(/已按您的更正修改（第\d条部门改为/);
    expect(activities()).toEqual([]);
  });
});
