// The year's account against the records: every number in the draft is a figure, every figure its records, in seed 002's order.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import { periodOf } from '../../../src/domain/period.js';
import { buildYearEndAccount, YearEndError, type YearEndAccount, type YearEndSubject } from '../../../src/domain/ledger/yearEndAccount.js';
import type { Viewer } from '../../../src/domain/ledger/visibility.js';
import { demo, demoActivities, demoConfig, YEAR_END_NOW } from '../../ledger/demoLedger.js';
import { figureHeading } from '../../../src/domain/ledger/yearEndText.js';

const { directory } = demoConfig;
const year = periodOf('year', '2026-01-01');
const OPERATOR: Viewer = { kind: 'operator' };
const UNIT: YearEndSubject = { kind: 'organization' };

function account(activities: Activity[], subject: YearEndSubject = UNIT, viewer: Viewer = OPERATOR): YearEndAccount {
  return buildYearEndAccount({ directory, activities, period: year, now: YEAR_END_NOW, viewer, subject });
}

const activities = demoActivities();
const live = activities.filter((a) => !a.deletedAt && a.date.startsWith('2026'));
const unit = account(activities);
const text = unit.paragraphs.join('\n');
const figure = (key: string) => unit.figures.find((f) => f.key === key)!;

describe('the unit’s account (seed 002)', () => {
  it('states the counts from the records, each behind a numbered marker', () => {
    expect(text).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次〔1〕（2月26日、7月15日、11月20日）');
    expect(text).toContain('签订《党风廉政建设责任书》12份');
    expect(text).toContain('开展廉政谈话12人次');
    expect(text).toContain('其中党组书记与班子成员7人次、班子成员与科室负责人5人次');
    expect(text).toContain('全年共组织各类学习教育6次');
    expect(text).toContain('组织警示教育2次');
    expect(text).toContain('《驰而不息正风肃纪 合力打造清廉残联》');
  });

  it('follows seed 002’s order: 专题研究, 谈心谈话, 责任书, 检查, 廉政谈话, 学习教育, 警示教育, 党课', () => {
    const order = ['专题研究部署', '分析研判', '谈心谈话', '签订《党风廉政建设责任书》', '对责任书落实情况', '分管科室党风廉政建设工作会议', '作风纪律检查', '开展廉政谈话', '各类学习教育', '组织警示教育', '廉政党课'];
    const at = order.map((w) => text.indexOf(w));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('every marker is a figure whose number is the count stated before it, numbered in reading order', () => {
    const marks = [...text.matchAll(/(\d+)(次|人次|份|篇)〔(\d+)〕/g)];
    expect(marks.length).toBeGreaterThanOrEqual(unit.figures.length);
    const firstSeen = [...new Set(marks.map((m) => Number(m[3])))];
    expect(firstSeen).toEqual(unit.figures.map((f) => f.no));
    for (const m of marks) {
      const f = unit.figures[Number(m[3]) - 1]!;
      expect(`${f.count}${f.unit}`).toBe(`${m[1]}${m[2]}`);
    }
  });

  it('every figure lists the live records of the period it counts, and only those', () => {
    const liveIds = new Set(live.map((a) => a.id));
    for (const f of unit.figures) {
      expect(f.rows.length).toBeGreaterThan(0);
      for (const r of f.rows) expect(liveIds.has(r.id)).toBe(true);
      const people = f.rows.reduce((n, r) => n + Math.max(1, r.counterpartIds.length), 0);
      expect(f.count).toBe(f.unit === '人次' ? people : f.rows.length);
    }
    expect(figure('special_meeting').rows.map((r) => r.date)).toEqual(['2026-02-26', '2026-07-15', '2026-11-20']);
    expect(figure('warning').rows.map((r) => r.title)).toEqual(['贪毁人生', '省纪委典型案例通报']);
    expect(figure('heart_talk').rows.filter((r) => r.late)).toHaveLength(1);
    expect(unit.recordCount).toBe(live.length);
  });

  it('leaves the seed’s X blank where the records hold nothing, and says so', () => {
    const noLectures = account(activities.filter((a) => a.type !== 'edu_lecture'));
    const draft = noLectures.paragraphs.join('');
    expect(draft).toContain('讲授廉政党课X次〔待补充：台账中暂无廉政党课记录〕');
    expect(noLectures.figures.some((f) => f.key === 'lecture')).toBe(false);
    expect(noLectures.notes.join('')).toContain('X次〔待补充〕');
    expect(unit.notes.join('')).not.toContain('待补充');
  });

  it('an empty ledger gives a draft of blanks, not of zeros', () => {
    const empty = account([]);
    expect(empty.figures).toEqual([]);
    expect(empty.paragraphs.join('')).not.toMatch(/0(次|人次|份)/);
  });

  it('a kept second record of the same talk counts, as on the count card and the 台账, and the figure says why', () => {
    // The bot asks before it records a talk the other side already reported; one kept was kept on purpose.
    const talk = figure('integrity_talk').rows.find((r) => r.counterpartIds.length === 1)!;
    const mirrored = demo({ type: 'talk_integrity', date: talk.date, actor: talk.counterpartIds[0]!, with: [talk.actorId] });
    const both = account([...activities, mirrored]);
    expect(both.paragraphs.join('')).toContain('开展廉政谈话13人次');
    const traced = both.figures.find((f) => f.key === 'integrity_talk')!;
    expect(traced.rows).toHaveLength(13);
    expect(figureHeading(traced)).toContain('依据13条记录（其中1条与同日同一对象的另一条记录相同，上报时已确认仍要记录，均计入）');
    const otherDay = account([...activities, { ...mirrored, date: '2026-12-01' }]);
    expect(otherDay.paragraphs.join('')).toContain('开展廉政谈话13人次');
  });

  it('says 年初 of the 责任书 only when every signature is in the first quarter', () => {
    expect(text).toContain('年初，党组主要负责人');
    const late = account([...activities, demo({ type: 'pledge_sign', date: '2026-05-06', actor: 'liufang', with: ['wujing'] })]);
    expect(late.paragraphs.join('')).not.toContain('年初，党组主要负责人');
  });
});

describe('one person’s 述责述廉 material (seed 003)', () => {
  it('a leader’s: what they held, including a talk their head reported, and the talks held with them', () => {
    const mine = account(activities, { kind: 'person', personId: 'wangjianguo' }, { kind: 'person', personId: 'wangjianguo' });
    const draft = mine.paragraphs.join('');
    expect(mine.title).toBe('王建国2026年述责述廉材料（草稿）');
    expect(draft).toContain('本人严格履行“一岗双责”');
    expect(draft).toContain('开展廉政谈话3人次〔3〕（谈话对象：李明、孙丽）');
    expect(draft).toContain('接受廉政谈话2次〔5〕（谈话人：张伟）');
    expect(draft).not.toContain('X次');
    const received = mine.figures.find((f) => f.key === 'talk_received')!;
    expect(received.rows.every((r) => r.actorName === '张伟' && r.counterpartIds.includes('wangjianguo'))).toBe(true);
  });

  it('the secretary’s lists the 党课 someone else reported for them', () => {
    const mine = account(activities, { kind: 'person', personId: 'zhangwei' });
    expect(mine.paragraphs.join('')).toContain('作题为《驰而不息正风肃纪 合力打造清廉残联》的廉政党课1次');
  });

  it('someone with no records gets an honest sentence, not invented work', () => {
    const mine = account(activities, { kind: 'person', personId: 'hujun' }, { kind: 'person', personId: 'hujun' });
    expect(mine.paragraphs.join('')).toContain('台账中暂无本人2026年的党风廉政建设记录');
    expect(mine.figures).toEqual([]);
  });

  it('nobody may draft another person’s material in chat', () => {
    expect(() => account(activities, { kind: 'person', personId: 'zhangwei' }, { kind: 'person', personId: 'wangjianguo' })).toThrow(YearEndError);
  });
});

describe('补录 in the draft follows the one rule of the cards and the 台账 (issue 12, point 2)', () => {
  // A 廉政谈话 (half-year duty) on 8 September reported on 20 October: the half-year was still open, so it is
  // not 补录, although the stored flag (set by the quarter rule when it was reported) says it is.
  const inOpenHalf = demo({ type: 'talk_integrity', date: '2026-09-08', actor: 'zhangwei', with: ['liufang'], reportedOn: '2026-10-20', late: true });
  // A 作风纪律检查 (monthly duty) on 3 March reported on 15 April: its month had closed, so it is 补录.
  const afterMonth = demo({ type: 'inspect_style', date: '2026-03-03', actor: 'liming', reportedOn: '2026-04-15', late: false });
  const draft = buildYearEndAccount({ directory, duties: demoConfig.duties, activities: [inOpenHalf, afterMonth], period: year, now: YEAR_END_NOW, viewer: OPERATOR, subject: UNIT });

  const lateOf = (a: YearEndAccount, id: string) => a.figures.flatMap((f) => f.rows).find((r) => r.id === id)?.late;

  it('marks a row 补录 only when reported after the duty period it counts toward had closed', () => {
    expect(lateOf(draft, inOpenHalf.id)).toBe(false);
    expect(lateOf(draft, afterMonth.id)).toBe(true);
  });

  it('without the catalogue the stored flag is kept (older callers)', () => {
    const old = buildYearEndAccount({ directory, activities: [inOpenHalf, afterMonth], period: year, now: YEAR_END_NOW, viewer: OPERATOR, subject: UNIT });
    expect(lateOf(old, inOpenHalf.id)).toBe(true);
  });
});

describe('谈心谈话 in the unit’s draft: whose they were (a newcomer found a head’s talks given to the leaders)', () => {
  it('says 每位班子成员就分管领域与分管科室 when every one was a leader’s with a department head', () => {
    expect(text).toContain('每位班子成员就分管领域与分管科室开展党风廉政谈心谈话，共');
  });

  it('tells a department head’s talks with her staff apart, and never gives them to the leaders', () => {
    const withHeads = [
      demo({ type: 'talk_heart', date: '2026-03-30', actor: 'wangjianguo', with: ['liming'], dept: 'office' }),
      demo({ type: 'talk_heart', date: '2026-05-12', actor: 'wujing', with: ['zhangying', 'liuyang'], dept: 'rehab' }),
    ];
    const draft = account(withHeads).paragraphs.join('\n');
    expect(draft).not.toContain('每位班子成员就分管领域与分管科室开展党风廉政谈心谈话');
    expect(draft).toMatch(/开展党风廉政谈心谈话共3人次〔\d+〕，其中班子成员与科室负责人1人次、其他2人次/);
  });

  it('only a head’s talks: none is the leaders’', () => {
    const draft = account([demo({ type: 'talk_heart', date: '2026-05-12', actor: 'wujing', with: ['liuyang'], dept: 'rehab' })]).paragraphs.join('\n');
    expect(draft).not.toContain('每位班子成员');
    expect(draft).toMatch(/开展党风廉政谈心谈话共1人次〔\d+〕[，。]/);
    expect(draft).not.toContain('其中其他');
  });
});
