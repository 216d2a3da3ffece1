// ADVERB_BEFORE_TALK and OBJECT_LABEL (round 63, gce): 和张英单独谈了 · 对象：周滔 — the unknown name is read, and offered.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { ADVERB_BEFORE_TALK, OBJECT_LABEL } from '../../../src/domain/report/adverbBeforeTalk.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
/** Each record's unknown names with whom they offer, `name→offered`, or its counterparts' names. */
const read = (sender: string, text: string) =>
  parseReport(text, { now, directory, senderId: idOf(sender), mentions: [] })!.map((r) => {
    const unknown = r.problems.flatMap((p) => (p.code === 'unknown_counterpart' ? [`${p.text}→${(p.nearIds ?? []).map((id) => directory.person(id)?.name).join('/')}`] : []));
    const missing = r.problems.some((p) => p.code === 'missing_counterpart') ? ['和谁？'] : [];
    return [...r.draft.counterpartIds.map((id) => directory.person(id)?.name), ...unknown, ...missing].join(',');
  });

describe('ADVERB_BEFORE_TALK', () => {
  const adverb = new RegExp(`^${ADVERB_BEFORE_TALK}`);
  it.each(['单独谈了', '个别谈话', '一对一进行', '也谈了', '专门进行', '面对面谈', '单独\u0000', '一起 谈'])('「%s」 stands between a name and its talk', (text) => {
    expect(adverb.test(text)).toBe(true);
  });
  it.each(['也在', '一起学习', '单独的', '都是'])('「%s」 does not', (text) => {
    expect(adverb.test(text)).toBe(false);
  });
});

describe('OBJECT_LABEL', () => {
  const label = new RegExp(`^${OBJECT_LABEL}`);
  it.each(['对象：', '对象:', '谈话对象为', '对象是', '签订对象：'])('「%s」 is a label before the one talked to', (text) => {
    expect(label.test(text)).toBe(true);
  });
  it.each(['对象', '对照'])('「%s」 is not', (text) => {
    expect(label.test(text)).toBe(false);
  });
});

describe('a misheard name before 单独/个别/也… or after 对象：, offered (t65a)', () => {
  it.each([
    ['周涛', '和张英单独谈了廉政谈话', ['张英→张颖']],
    ['周涛', '今天和張英單獨進行了談心談話', ['张英→张颖']],
    ['周涛', '今天和张英单独谈了心', ['张英→张颖']],
    ['周涛', '今天和张英单独签订了责任书', ['张英→张颖']],
    ['何平', '今天和孙洁单独谈了心', ['孙洁→孙杰']],
    ['周涛', '今天和张英、刘阳单独谈了廉政谈话', ['张英→张颖', '刘阳→刘洋']],
    ['刘芳', '11月24日，廉政谈话，对象：周滔', ['周滔→周涛']],
    ['刘芳', '11月24日，廉政谈话，谈话对象为吴晶', ['吴晶→吴静']],
    ['刘芳', '11月24日，廉政谈话，对象：张三', ['张三→']],
  ])('%s「%s」 → %j', (sender, text, want) => {
    expect(read(sender, text)).toEqual(want);
  });

  it.each([
    // The directory's own names win, adverb or not.
    ['周涛', '今天和张颖单独谈了廉政谈话', ['张颖']],
    ['王建国', '今天和孙科长单独谈了廉政谈话', ['孙丽']],
    ['王建国', '11月24日，廉政谈话，对象：孙丽', ['孙丽']],
  ])('near-miss %s「%s」 → %j', (sender, text, want) => {
    expect(read(sender, text)).toEqual(want);
  });

  it.each([
    ['周涛', '今天去张家港参观了廉政教育基地'],
    ['王磊', '今天带队到王府井参观了廉政教育基地'],
  ])('a place that looks like a name is no one: %s「%s」', (sender, text) => {
    const got = parseReport(text, { now, directory, senderId: idOf(sender), mentions: [] })!;
    expect(got.flatMap((r) => r.problems)).toEqual([]);
    expect(got.map((r) => r.draft.type)).toEqual(['edu_integrity']);
  });
});
