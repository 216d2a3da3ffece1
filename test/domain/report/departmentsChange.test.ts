// Round 48 (fta; t50a F6): 「刚才那条部门只有宣文部」「部门改成宣文部」「不对，刚才那条只有宣文部，康复中心没参加」「刚才那条人数改成
// 23人 部门只有宣文部」 after a record was stored were 「抱歉，没看懂」. departmentsCorrection reads a stored record's
// departments put right, alone or beside another change; a new report that names a department is none.
// Also t50a F7: a title taken off or set without 《》 (titleCorrection) of a stored record.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { departmentsCorrection } from '../../../src/domain/report/departmentsChange.js';
import { directoryIndex } from '../../../src/domain/report/parseDirectoryIndex.js';
import { titleCorrection } from '../../../src/domain/report/titleCorrection.js';
import { cardTitleWords } from '../../../src/domain/report/cardTitle.js';

const directory = loadConfig('config').directory;
const departmentId = (w: string) => directoryIndex(directory).departmentBySurface.get(w.trim().replace(/的$/, ''))?.id;
const TODAY = '2026-11-30';
/** The parts read, each in a few words: `only publicity` · `drop center` · `drop center add publicity` · `count 23`. */
const read = (text: string) => {
  const c = departmentsCorrection(text, TODAY, departmentId);
  if (!c) return undefined;
  const parts = c.parts.map((p) => {
    if (p.kind !== 'departments') return `${p.kind} ${'to' in p ? p.to : 'date' in p ? p.date : ''}`;
    if ('unknown' in p) return `unknown ${p.unknown}`;
    if ('only' in p) return `only ${p.only.join(',')}`;
    return `drop ${p.drop.join(',')}${p.add ? ` add ${p.add.join(',')}` : ''}`;
  });
  return { parts, terse: c.terse, ...(c.nth !== undefined ? { nth: c.nth } : {}), ...(c.about !== undefined ? { about: c.about } : {}) };
};

describe('a stored record’s departments put right in words (t50a F6)', () => {
  it.each([
    ['刚才那条部门只有宣文部', ['only publicity'], false],
    ['部门只有宣文部', ['only publicity'], true],
    ['部门改成宣文部', ['only publicity'], true],
    ['不对，刚才那条只有宣文部，康复中心没参加', ['only publicity'], false],
    ['刚才那条不对 只有宣文部 康复中心的没去', ['only publicity'], false],
    ['上一条部门改为宣文部和维权部', ['only publicity,rights'], false],
    ['刚才那条应该是宣文部', ['only publicity'], false],
    ['应该是宣文部', ['only publicity'], true],
    ['部门错了，应该是宣文部', ['only publicity'], true],
    ['科室写错了 应该是财务科', ['only finance'], true],
    ['去掉康复中心', ['drop center'], true],
    ['部门不包括康复中心', ['drop center'], true],
    ['没有康复中心', ['drop center'], true],
    ['康复中心没参加', ['drop center'], true],
    ['刚才那条维权部没有参加', ['drop rights'], false],
    ['是宣文部不是康复中心', ['drop center add publicity'], true],
    ['不是康复中心，是宣文部', ['drop center add publicity'], true],
    ['把康复中心改成宣文部', ['drop center add publicity'], true],
    ['部门只有宣传部', ['unknown 宣传部'], true],
    ['刚才那条部门改成后勤部', ['unknown 后勤部'], false],
  ])('「%s」 → %j (terse %s)', (text, parts, terse) => {
    expect(read(text)).toEqual({ parts, terse });
  });

  it.each([
    ['刚才那条人数改成23人 部门只有宣文部', ['count 23', 'only publicity']],
    ['刚才那条日期改成11月19日，部门只有宣文部', ['day 2026-11-19', 'only publicity']],
    ['部门只有宣文部，人数是15人', ['only publicity', 'count 15']],
    ['刚才那条康复中心没参加 人数是15人', ['drop center', 'count 15']],
  ])('「%s」 → two changes %j', (text, parts) => {
    expect(read(text)?.parts).toEqual(parts);
  });

  it('第2条 and a record named by its kind say which record', () => {
    expect(read('第2条部门改为财务科')).toEqual({ parts: ['only finance'], terse: false, nth: 2 });
    expect(read('警示教育那条的部门只有宣文部')).toEqual({ parts: ['only publicity'], terse: false, about: '警示教育' });
  });

  it.each([
    ['今天组织宣文部学习了廉政准则'],
    ['宣文部今天开展了警示教育'],
    ['11月20日组织宣文部和康复中心的同志一起观看了警示教育片《迷途》'],
    ['是宣文部'],
    ['宣文部'],
    ['人数改成23人'],
    ['刚才那条日期错了，应该是11月19日'],
    ['维权部没参加吗'],
    ['部门有几个'],
    ['今天和宣文部杨帆进行了谈心谈话'],
  ])('near-miss 「%s」 is no department change', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('a stored record’s title taken off or set without 《》 (t50a F7)', () => {
  it.each([
    ['刚才那条题目改成无', ''],
    ['去掉题目', ''],
    ['刚才那条没有片名', ''],
    ['题目不对，删掉', ''],
    ['没有片名 不是迷途', ''],
    ['刚才那条题目改成警钟长鸣', '警钟长鸣'],
    ['片名改为《围猎》', '围猎'],
    ['标题应该是廉洁从政', '廉洁从政'],
  ])('「%s」 → title 「%s」', (text, to) => {
    expect(titleCorrection(text)).toEqual({ kind: 'title', to });
  });

  it.each([['题目是《廉洁从政》的党课今天讲了'], ['今天组织学习，题目是《廉洁从政》'], ['题目没有问题'], ['题目无误'], ['名称没有变']])('near-miss 「%s」 is no title change', (text) => {
    expect(titleCorrection(text)).toBeNull();
    expect(cardTitleWords(text)).toBeUndefined();
  });
});
