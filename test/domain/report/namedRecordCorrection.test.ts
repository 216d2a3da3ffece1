// Round 46 fixer B (t48a F3): a stored record named by its person, type, title or day, then the change it takes —
// 「和张颖谈心是周三不是周四」 (周三/周四 had been looked up as names), 「和张颖的谈心日期改成12月2日」 and 「党课人数改成23人」
// (没看懂), 「更正一下，前天党课实际到场23人」 (only shown). The naming words are split from the change; the bot finds the
// record. Today is Saturday 2026-12-05 (the testers' day).
import { describe, expect, it } from 'vitest';
import { namedRecordCorrection } from '../../../src/domain/report/namedRecordCorrection.js';
import type { CorrectionInWords } from '../../../src/domain/report/terseCorrection.js';

const TODAY = '2026-12-05';

/** A change as a short string: day 2026-12-02 · count 23 · title … · type … · person … · word from>to. */
function shown(p: CorrectionInWords): string {
  switch (p.kind) {
    case 'day':
      return `day ${p.date}`;
    case 'count':
      return `count ${p.to}`;
    case 'title':
      return `title ${p.to}`;
    case 'type':
      return `type ${p.to}`;
    case 'person':
      return `person ${p.to}`;
    case 'word':
      return `word ${p.from}>${p.to}`;
    default:
      return p.kind;
  }
}

describe('namedRecordCorrection: the naming words and the change', () => {
  it.each([
    ['不好意思刚才报错了，和张颖谈心是周三不是周四', '和张颖谈心', ["day 2026-12-02"]],
    ['和张颖的谈心日期改成12月2日', '和张颖的谈心', ["day 2026-12-02"]],
    ['更正一下，和张颖的谈心应该是12月2日', '和张颖的谈心', ["day 2026-12-02"]],
    ['纠正一下：跟张颖那次谈心是周三，不是周四', '跟张颖那次谈心', ["day 2026-12-02"]],
    ['补充更正，和张颖谈心的时间是12月2日不是12月3日', '和张颖谈心', ["day 2026-12-02"]],
    ['刚才报错了，与李娟的廉政谈话日期应为11月30日', '与李娟的廉政谈话', ["day 2026-11-30"]],
    ['和孙杰的谈心谈话时间改为12月1日', '和孙杰的谈心谈话', ["day 2026-12-01"]],
    ['不好意思，周四和王强那次谈话应该是周二', '周四和王强那次谈话', ["day 2026-12-01"]],
    ['更正：和陈静的谈心日期写错了，应该是12月1日', '和陈静的谈心', ["day 2026-12-01"]],
    ['跟赵磊的谈心是前天不是昨天', '跟赵磊的谈心', ["day 2026-12-03"]],
    ['前天的警示教育日期改成12月1日', '前天的警示教育', ["day 2026-12-01"]],
    ['更正一下，前天党课实际到场23人', '前天党课', ["count 23"]],
    ['党课人数改成23人', '党课', ["count 23"]],
    ['不好意思，前天的党课参加的是23人', '前天的党课', ["count 23"]],
    ['纠正一下，党课人数应该是23人，不是20人', '党课', ["count 23"]],
    ['警示教育片那次人数改为18人', '警示教育片', ["count 18"]],
    ['更正：周三的专题会议参会人数应为12人', '周三的专题会议', ["count 12"]],
    ['前天廉政教育的人数写错了，应该是30人', '前天廉政教育', ["count 30"]],
    ['纠正一下，分管科室会议人数是9人不是8人', '分管科室会议', ["count 9"]],
    ['更正，周二那次警示教育实到人数是15人', '周二那次警示教育', ["count 15"]],
    ['和王强的谈话其实是和李娟', '和王强的谈话', ["person 李娟"]],
    ['纠正一下，和王强那次谈话对象是李娟不是王强', '和王强那次谈话', ["word 王强>李娟"]],
    ['昨天和王强的廉政谈话，对象应该是李娟', '昨天和王强的廉政谈话', ["person 李娟"]],
    ['更正：周四的谈心对象是张颖不是王芳', '周四的谈心', ["word 王芳>张颖"]],
    ['和李娟那次谈话应该是和王强谈的', '和李娟那次谈话', ["person 王强"]],
    ['不好意思，和赵磊的谈心对象改成王磊', '和赵磊的谈心', ["person 王磊"]],
    ['和孙丽的廉政谈话对象写错了，应该是王强', '和孙丽的廉政谈话', ["person 王强"]],
    ['更正一下，昨天那次谈话对象是孙杰，不是徐辉', '昨天那次谈话', ["word 徐辉>孙杰"]],
    ['前天党课题目改成《守住底线》', '前天党课', ["title 守住底线"]],
    ['更正一下，周三的警示教育片名应该是《围猎》', '周三的警示教育', ["title 围猎"]],
    ['纠正一下，党课的题目是《守初心 担使命》，不是《守初心》', '党课', ["title 守初心 担使命"]],
    ['警示教育片名改为《蜕变》', '警示教育', ["title 蜕变"]],
    ['不好意思，前天廉政教育的学习内容是《廉洁自律准则》', '前天廉政教育的学习', ["title 廉洁自律准则"]],
    ['周一那次党课标题改成《以案为鉴》', '周一那次党课', ["title 以案为鉴"]],
    ['和张颖的谈心应该是廉政谈话', '和张颖的谈心', ["type talk_integrity"]],
    ['和张颖的谈心类型改成廉政谈话', '和张颖的谈心', ["type talk_integrity"]],
    ['更正：和王强的廉政谈话应该是谈心谈话', '和王强的廉政谈话', ["type talk_heart"]],
    ['纠正一下，周三那次警示教育其实是廉政教育', '周三那次警示教育', ["type edu_integrity"]],
    ['和李娟那次谈话不是谈心，是廉政谈话', '和李娟那次谈话', ["word 谈心>廉政谈话"]],
    ['刚才报错了，周四的廉政教育应该是警示教育', '周四的廉政教育', ["type edu_warning"]],
    ['不好意思，和孙杰的谈话类型应为谈心谈话', '和孙杰的谈话', ["type talk_heart"]],
    ['和张颖谈心那条人数改成3人，日期改成12月2日', '和张颖谈心', ["count 3","day 2026-12-02"]],
  ])('「%s」 → about 「%s」, %j', (text, about, parts) => {
    const got = namedRecordCorrection(text, TODAY);
    expect(got?.about).toBe(about);
    expect(got?.parts.map(shown)).toEqual(parts);
    // The record is named: the change is never the terse kind only a record just made may take.
    expect(got?.parts.every((p) => !p.terse)).toBe(true);
  });
});

describe('namedRecordCorrection: said beyond doubt, or only when a record fits', () => {
  it.each([
    ['更正一下，前天党课实际到场23人', true],
    ['党课人数改成23人', true],
    ['和王强的谈话其实是和李娟', true],
    ['跟赵磊的谈心是前天不是昨天', true],
    ['和张颖的谈心应该是廉政谈话', true],
    ['不好意思，前天的党课参加的是23人', false],
    ['不好意思，和张颖谈心是周三', false],
  ])('「%s」 → firm %s', (text, firm) => {
    expect(namedRecordCorrection(text, TODAY)?.firm).toBe(firm);
  });
});

describe('namedRecordCorrection: near-misses that are no correction of a named record', () => {
  it.each([
    // A day moved, a plan changed: news of the deed (or none), never a correction.
    '原定周四的谈话改到周五了',
    '原定周四和张颖的谈心改到周五了',
    '周四的党课推迟到下周了',
    // Questions about a record.
    '党课人数是多少',
    '党课人数改成23人了吗',
    '和张颖的谈心是周三吗',
    '和张颖谈心的日期是哪天',
    // No number: nothing to change to.
    '人数改成了线上',
    // A report that tells who came (no opening, no 改成/不是): the report reader's.
    '前天党课实际到场23人',
    '昨天组织观看警示教育片，应到25人，实际到场23人',
    '不好意思，昨天组织观看了警示片，实际到场23人',
    '昨天和王强进行的廉政谈话是第一次',
    // A deed restated without an opening is the report of it (followUpsTwentyFiveM); 是 never falls in the naming words.
    '昨天和王强进行的是谈心谈话，不是廉政谈话',
    '搞错了，昨天是和胡军谈的，不是王芳',
    // A report that puts its own part right (companionsAndDenied).
    '今天和胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话',
    '今天和李娟进行了谈心谈话',
    // The latest record pointed at, or no record named: the other correction readers'.
    '刚才那条人数改成23人',
    '不对，是谈心不是廉政谈话',
    '日期不对，是本周三不是周二',
    '对象是李娟，不是王强',
  ])('「%s」 → null', (text) => {
    expect(namedRecordCorrection(text, TODAY)).toBeNull();
  });
});

// Round 59, fcc (t61a F7: the kind taken into the naming words, the day alone changed).
describe('namedRecordCorrection: 把<record>改成<kind> is its 类型', () => {
  it.each([
    ['把11月20日那条改成廉政谈话，日期改成21日', '11月20日那条', ['type talk_integrity', 'day 2026-11-21']],
    ['把11月20日那条改成谈心谈话，对象改成李娟', '11月20日那条', ['type talk_heart', 'person 李娟']],
    ['把昨天那条改成廉政谈话', '昨天那条', ['type talk_integrity']],
  ])('「%s」', (text, about, parts) => {
    const got = namedRecordCorrection(text, TODAY)!;
    expect(got.about).toBe(about);
    expect(got.parts.map(shown)).toEqual(parts);
  });
});

describe('round 63 (gca): 换成…吧 as 改成', () => {
  it.each([
    ['和王强那条换成李娟吧', '和王强'],
    ['王强那条换成李娟吧', '王强那条'],
    ['和王强那次换成李娟', '和王强'],
    ['和王强那条换成李娟就行', '和王强'],
    ['和张颖那次换为李娟吧', '和张颖'],
  ])('%s → the person 李娟 of the record named by 「%s」', (text, about) => {
    const read = namedRecordCorrection(text, '2026-12-07');
    expect(read?.about).toBe(about);
    expect(read?.parts).toEqual([{ kind: 'person', to: '李娟', terse: false }]);
  });

  it('王强那条换成12月3日吧 → the day', () => {
    expect(namedRecordCorrection('王强那条换成12月3日吧', '2026-12-07')?.parts[0]).toMatchObject({ kind: 'day', date: '2026-12-03' });
  });
});
