// The parser's named text passes: applied in order, traced only where they change the text; the one day-word list.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { applyTextPasses, type PassEnv, type TextPass } from '../../../src/domain/report/textPass.js';
import { CORRECTED_TEXT_PASSES, TEXT_PASSES } from '../../../src/domain/report/textPasses.js';
import { DAY_IN_CLAUSE, DAY_WORD } from '../../../src/domain/report/dayWord.js';
import { contextFor, fixtureDirectory } from '../../support/fixtureOrg.js';

const env: PassEnv = { directory: fixtureDirectory, names: fixtureDirectory.org.people.map((p) => p.name), senderId: 'hejing', senderName: '何静', today: '2026-11-22' };

describe('applyTextPasses', () => {
  const passes: TextPass[] = [
    { name: 'first', run: (t) => t.replace('a', 'b') },
    { name: 'unchanged', run: (t) => t },
    { name: 'second', run: (t) => t.replace('b', 'c') },
  ];

  it('runs each pass on what the one before it wrote, in order', () => {
    expect(applyTextPasses('a', env, passes)).toBe('c');
    expect(applyTextPasses('a', env, [...passes].reverse())).toBe('b');
  });

  it('tells the trace of the passes that changed the text only', () => {
    const seen: string[] = [];
    applyTextPasses('a', env, passes, (name, before, after) => seen.push(`${name}:${before}>${after}`));
    expect(seen).toEqual(['first:a>b', 'second:b>c']);
  });
});

describe('TEXT_PASSES and CORRECTED_TEXT_PASSES', () => {
  it('name each pass once', () => {
    const names = [...TEXT_PASSES, ...CORRECTED_TEXT_PASSES].map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('trace a message through parseReport without changing its reading', () => {
    const text = '李强副理事长11月9日主持召开分管科室会议。次日分别与李明、王刚进行了廉政谈话';
    const seen: Array<[string, string]> = [];
    const traced = parseReport(text, { ...contextFor('hejing'), tracePasses: (name, _before, after) => seen.push([name, after]) });
    expect(traced).toEqual(parseReport(text, contextFor('hejing')));
    expect(seen[0]).toEqual(['withNextDaySpelled', '李强副理事长11月9日主持召开分管科室会议。11月10日分别与李明、王刚进行了廉政谈话']);
  });
});

describe('DAY_WORD and DAY_IN_CLAUSE', () => {
  it.each(['11月23日', '2026年11月23号', '11.23', '今天', '昨天', '前天', '上周三', '本周一', '这周一', '周五', '星期四', '礼拜二'])('DAY_WORD reads %s', (day) => {
    expect(DAY_WORD.exec(`${day}和王刚谈话`)?.[0]).toBe(day);
  });

  it.each(['近日', '上旬', '23号', '11.235', '周末'])('DAY_WORD reads no day in %s', (words) => {
    expect(DAY_WORD.test(`${words}和王刚谈话`)).toBe(false);
  });

  it.each(['11月16日', '昨天'])('DAY_IN_CLAUSE reads %s', (day) => {
    expect(DAY_IN_CLAUSE.test(`李强${day}到财务科走访`)).toBe(true);
  });

  it.each(['11.16', '上周一', '周一', '报销1.5万元'])('DAY_IN_CLAUSE leaves out %s', (words) => {
    expect(DAY_IN_CLAUSE.test(`李强${words}到财务科走访`)).toBe(false);
  });
});
