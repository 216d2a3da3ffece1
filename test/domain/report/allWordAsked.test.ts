// Round 60, fbe (fcd's left-alone): 全体 where a talk's people go is named in the question; as a study's cell it is no title.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });

describe('allWordAsked', () => {
  it.each([
    ['11月18日\t廉政谈话\t全体', '全体', true],
    ['11月18日|廉政谈话|全体人员', '全体人员', true],
    ['11月20日 谈心谈话 所有人', '所有人', false],
    ['11月20日，廉政谈话，全体', '全体', false],
  ])('「%s」 → 和谁 asked naming 「%s」 (table %s)', (text, word, inTable) => {
    const got = read('林晓', text)!;
    expect(got[0]!.problems).toEqual([{ code: 'missing_counterpart', allWord: { text: word, inTable } }]);
  });
  it('a name in the cell is read as before, no word of 全体', () => {
    expect(read('王磊', '11月20日\t廉政谈话\t杨帆')![0]!.problems).toEqual([]);
  });
  it('11月18日⇥警示教育⇥全体: no 《全体》 title, of everyone', () => {
    const got = read('林晓', '11月18日\t警示教育\t全体')![0]!.draft;
    expect(got.title).toBeUndefined();
    expect(got.allMembers).toBe(true);
  });
});
