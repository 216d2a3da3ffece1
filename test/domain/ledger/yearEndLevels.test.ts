// t48b O1 in the year's account: a 科室/中心's own 专题会议 is no 领导班子专题研究 (counted on its own line), and the
// unit's 学习教育 total says how many the 党组 organised and how many the 科室 held themselves.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import { periodOf } from '../../../src/domain/period.js';
import { buildYearEndAccount } from '../../../src/domain/ledger/yearEndAccount.js';
import { demoActivities, demoConfig, YEAR_END_NOW } from '../../ledger/demoLedger.js';

const { directory } = demoConfig;
const year = periodOf('year', '2026-01-01');
const own = (id: string, type: Activity['type'], date: string, actorId: string, departmentId: string): Activity => ({
  id,
  type,
  date,
  reporter: directory.person(actorId)!.openId!,
  actorId,
  counterpartIds: [],
  departmentId,
  late: false,
  createdAt: `${date}T10:00:00+08:00`,
});

describe('the unit’s account tells the 党组’s own from the 科室’s own', () => {
  const extra = [own('x1', 'meeting_special', '2026-10-15', 'heping', 'center'), own('x2', 'edu_integrity', '2026-11-05', 'wujing', 'rehab')];
  const account = buildYearEndAccount({ directory, activities: [...demoActivities(), ...extra], period: year, now: YEAR_END_NOW, viewer: { kind: 'operator' }, subject: { kind: 'organization' } });
  const text = account.paragraphs.join('\n');

  it('keeps the 领导班子专题研究 at the 党组’s three and names the 中心’s meeting apart', () => {
    expect(text).toContain('领导班子专题研究部署党风廉政建设和反腐败工作3次');
    expect(text).toMatch(/各科室、中心另自行召开党风廉政建设专题会议1次〔\d+〕（10月15日）。/);
    expect(account.figures.find((f) => f.key === 'unit_special_meeting')?.rows.map((r) => r.id)).toEqual(['x1']);
  });

  it('counts every 学习教育 for the unit and says whose they were', () => {
    expect(text).toMatch(/全年共组织各类学习教育7次〔\d+〕，其中党组组织6次、科室和中心自行组织1次/);
  });

  it('says nothing apart when every one is the 党组’s (the demo as it was)', () => {
    const plain = buildYearEndAccount({ directory, activities: demoActivities(), period: year, now: YEAR_END_NOW, viewer: { kind: 'operator' }, subject: { kind: 'organization' } });
    const words = plain.paragraphs.join('\n');
    expect(words).not.toContain('自行召开');
    expect(words).not.toContain('自行组织');
  });
});
