// Round 32a F3: a signing that only goes on (并逐人签订了…) is read with the unit's group of the clause before it as its subject.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { groupCarried } from '../../../src/domain/report/groupCarried.js';
import { extractTitles } from '../../../src/domain/report/parseTraining.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: NOW, directory, senderId: id(sender), mentions: [] });

describe('groupCarried', () => {
  it('gives the signing the one department and the group the clause before named', () => {
    expect(groupCarried('并逐人签订了廉洁承诺书。', '11月30日,宣文部开展警示教育,全体干部观看警示教育片,参加8人,', ctx('王磊'))).toBe('宣文部全体干部签订了廉洁承诺书。');
    expect(groupCarried('同时签订了廉洁承诺书。', '11月26日,维权部全体人员观看了警示教育片《迷途》,', ctx('赵磊'))).toBe('维权部全体人员签订了廉洁承诺书。');
  });

  it("names the sender's own unit for a unit word that fits it, and leaves a bare group to be asked", () => {
    expect(groupCarried('并一一签订了廉洁承诺书。', '11月26日,部门同志观看了警示教育片,', ctx('吴静'))).toBe('康复部全体同志签订了廉洁承诺书。');
    expect(groupCarried('还逐人签订了廉洁从业承诺书。', '11月23日,中心全体职工观看警示教育片,', ctx('何平'))).toBe('残疾人康复中心全体职工签订了廉洁从业承诺书。');
    // A 财务科 clerk's 中心 is no unit of hers: the group alone.
    expect(groupCarried('并签订了承诺书。', '11月23日,中心全体职工观看警示教育片,', ctx('李娟'))).toBe('中心全体职工签订了承诺书。');
    expect(groupCarried('并逐人签订了廉洁承诺书。', '11月25日,全体干部观看警示教育片,', ctx('王磊'))).toBe('全体干部签订了廉洁承诺书。');
  });

  it('keeps a signing with a party or a paper of its own, one that does not go on, and one after no group', () => {
    expect(groupCarried('随后与张颖签订了廉洁承诺书。', '11月27日,组织全体干部学习了《廉洁自律准则》,', ctx('周涛'))).toBeUndefined();
    expect(groupCarried('并签订了个人廉洁承诺书。', '11月27日,组联部全体干部集中学习了《廉洁自律准则》,', ctx('周涛'))).toBeUndefined();
    expect(groupCarried('大家还签订了廉洁承诺书。', '11月25日,宣文部全体干部观看警示教育片,', ctx('王磊'))).toBeUndefined();
    expect(groupCarried('并签订了廉洁承诺书。', '11月27日与张颖进行了廉政谈话,', ctx('周涛'))).toBeUndefined();
    expect(groupCarried('并签订了廉洁承诺书。', undefined, ctx('周涛'))).toBeUndefined();
  });
});

describe('extractTitles and the paper signed', () => {
  it('leaves a 《》 naming the 责任书/承诺书 itself in the sentence after a signing verb only', () => {
    expect(extractTitles('会后,陈副理事长与郑华部长签订了《党风廉政建设责任书》。').titles).toEqual([]);
    expect(extractTitles('11月16日与张颖签订了《廉洁从业承诺书》').titles).toEqual([]);
    expect(extractTitles('与李明签署2027年度《党风廉政建设责任书》').titles).toEqual([]);
    expect(extractTitles('组织科室人员学习了《党风廉政建设责任书》').titles).toEqual(['党风廉政建设责任书']);
    // Drafted or sent out, the paper is signed by no one yet: a title, as before (never a signing stored at once).
    expect(extractTitles('11月5日起草了《2027年度党风廉政建设责任书》').titles).toEqual(['2027年度党风廉政建设责任书']);
    expect(extractTitles('11月5日印发了《党风廉政建设责任书》').titles).toEqual(['党风廉政建设责任书']);
    expect(extractTitles('学习《关于签订党风廉政建设责任书的通知》').titles).toEqual(['关于签订党风廉政建设责任书的通知']);
  });
});
