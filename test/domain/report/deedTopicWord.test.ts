// t49a O4 (round 47, fsa): a type word that is the topic of a recorded deed — a conference whose spirit a meeting passed on,
// a purpose whose deed a record took, the topic in a recorded gathering's own name, what a meeting studied the work of —
// is no missed deed on the card; a type word telling a deed of its own is still recorded or named.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { findKinds } from '../../../src/domain/report/parseKind.js';
import { namesDeedTopic } from '../../../src/domain/report/deedTopicWord.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) =>
  parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const remarks = (from: string, text: string) => read(from, text).flatMap((r) => r.remarks).join('\n');

describe('a topic of a recorded deed is no missed deed', () => {
  it.each([
    ['刘芳', '上周工作：\n1、周一到组联部参加分管科室会议，传达了全市警示教育大会精神\n2、周三和康复部吴静部长廉政谈话\n3、周四组联部报送廉政信息1篇'],
    ['刘芳', '11月23日到组联部参加分管科室会议，传达了全市警示教育大会精神'],
    ['王建国', '11月24日到办公室参加分管科室会议，传达了市纪委全会精神和全市警示教育大会精神'],
    ['陈志强', '上周三主持召开分管科室会议，学习了全市警示教育大会精神，郑华、冯雪参加'],
    ['王建国', '11月24日主持召开分管科室党风廉政建设工作会议，传达学习全市警示教育工作会议精神，李明、孙丽参加'],
    ['何平', '上个月底（11月28日）中心开了以案促改专题会，中心班子和科室负责人9人参加'],
    ['周涛', '11月20日我部召开以案促改专题会议，7人参加'],
    ['李明', '11月23日办公室召开专题会议，围绕警示教育工作进行研究，6人参加'],
    ['孙丽', '为深入推进以案促改，上周三财务科开展了自查'],
  ])('%s：%s', (from, text) => {
    expect(remarks(from, text)).not.toContain('没有对应到任何记录');
  });

  it('a 警示教育 told as a deed beside the meeting is still recorded', () => {
    const got = read('刘芳', '11月23日到组联部参加分管科室会议，传达了全市警示教育大会精神，还组织观看了警示片《迷途》');
    expect(got.map((r) => r.draft.type)).toEqual(['meeting_dept', 'edu_warning']);
  });

  it.each([
    ['传达了全市警示教育大会精神', true],
    ['学习贯彻全省警示教育工作会议精神', true],
    ['传达了全市警示教育大会精神,还组织观看了警示教育片', false],
    ['组织开展警示教育,学习了会议精神', false],
    ['会后开展了警示教育', false],
  ] as const)('namesDeedTopic: the last 警示教育 of %s → %s', (text, topic) => {
    const kinds = findKinds(text);
    const k = kinds.filter((m) => m.code === 'edu_warning').at(-1)!;
    expect(namesDeedTopic(text, k, kinds, () => true)).toBe(topic);
  });
});
