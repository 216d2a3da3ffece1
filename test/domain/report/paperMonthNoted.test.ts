// Round 44, fqa (t45a F3/F4): what the card and receipt say of a paper named for an earlier month (counted for the day sent)
// and of the copies a signing names beyond the people it is recorded with — never dropped without a word.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const remarks = (name: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === name)!;
  return [...new Set(parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!.flatMap((r) => r.remarks))];
};

describe('a paper for an earlier month counts for the day sent, and says so', () => {
  it.each([
    ['林晓', '11月28日向驻局纪检组报送了10月份廉政信息1篇', '「10月份」的信息按报送日11月28日计入11月的信息报送'],
    ['孙丽', '11月18日报送了十月的廉政信息', '「十月」的信息按报送日11月18日计入11月的信息报送'],
    ['李明', '11月2日报送10月工作信息2篇', '「10月」的信息按报送日11月2日计入11月的信息报送'],
  ])('%s: 「%s」', (name, text, note) => {
    expect(remarks(name, text)).toContain(note);
  });

  it.each([
    ['林晓', '今天上午已按要求向市纪委监委驻市民政局纪检监察组报送11月份廉政信息2篇'],
    ['孙杰', '11月24日上报了中心11月份的廉政信息'],
    ['李明', '11月20日报送廉政信息3篇'],
    ['林晓', '报送了10月的廉政信息'],
  ])('no such note for its own month, a day-month or no day yet — %s: 「%s」', (name, text) => {
    expect(remarks(name, text).filter((m) => m.includes('计入'))).toEqual([]);
  });
});

describe('copies a signing names beyond those it is recorded with are named on the card', () => {
  // Round 47 (t49b F5): a head's signing with the unit's staff, more than the roster lists, is the unit's one record with
  // its count, and the note names the roster's people (was: pairs with them, the 36 named as not recorded).
  it('中心组织全体医护人员签订…，共签了36份 (t45a F4)', () => {
    expect(remarks('何平', '11.27 中心组织全体医护人员签订廉洁行医承诺书，共签了36份')).toContain('签订承诺书「36份」按残疾人康复中心统一签订记录，共36人（组织架构里残疾人康复中心登记了何平、徐辉、孙杰共3人，何平是记录的活动人，未逐一对应到人）');
  });
  it('a leader’s signings stay one per person, the count named (t49b F5 near-miss)', () => {
    expect(remarks('刘芳', '11月27日与分管科室全体人员签订责任书12份')).toContain('签订责任书写的「12份」未记为参加人数：责任书按与每一位签订人分别签订记录，共4人');
  });
  it('a count no greater than those signed with and the signer says nothing more', () => {
    expect(remarks('孙丽', '11月24日我们科组织全科同志签订了廉政承诺书，共3份').filter((m) => m.includes('未记为'))).toEqual([]);
  });
});
