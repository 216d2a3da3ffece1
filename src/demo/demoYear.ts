// A realistic year of records for a demo organisation (talks, trainings, meetings, checks, one 补录, one withdrawn), so the 体验台's first question shows a living picture.
import type { NewActivity } from '../store/activityLog.js';
import type { Directory, Person } from '../domain/organization.js';
import type { ActivityTypeCode } from '../domain/activityTypes.js';
import { compareText } from '../domain/compareText.js';

/** One record to seed: what happened, when it was reported, and (for the withdrawn one) when it was withdrawn. */
export interface DemoRecord {
  activity: NewActivity;
  /** ISO instant the member reported it (becomes createdAt). */
  reportedAt: string;
  withdrawnAt?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The records of `today`'s year up to the day before `today` (YYYY-MM-DD, Asia/Shanghai), built from the
 * directory's roles so any organisation gets a plausible mix: the first half-year mostly done, with one
 * leader's talk missing (overdue) and one talk reported late (补录); the second half-year partly done; monthly
 * checks with gaps; one dept head's record withdrawn. People without an open_id are left out (they cannot report).
 */
export function demoYear(directory: Directory, today: string): DemoRecord[] {
  const year = Number(today.slice(0, 4));
  const day = (m: number, d: number): string => `${year}-${pad(m)}-${pad(d)}`;
  const out: DemoRecord[] = [];
  const add = (
    actor: Person | undefined,
    type: ActivityTypeCode,
    date: string,
    extra: Partial<NewActivity> = {},
    reportedAt = `${date}T09:30:00.000Z`,
  ): void => {
    if (!actor?.openId || date >= today || reportedAt.slice(0, 10) >= today) return;
    out.push({
      activity: { type, date, reporter: actor.openId, actorId: actor.id, counterpartIds: [], late: false, ...extra },
      reportedAt,
    });
  };
  const talk = (actor: Person | undefined, with_: Person, type: ActivityTypeCode, date: string, extra: Partial<NewActivity> = {}, reportedAt?: string) =>
    add(actor, type, date, { counterpartIds: [with_.id], ...(with_.departmentId ? { departmentId: with_.departmentId } : {}), ...extra }, reportedAt);

  const secretary = directory.secretary();
  const leaders = directory.withRole('leader');
  const inspector = directory.withRole('inspector')[0];
  const heads = directory.org.departments.flatMap((d) => directory.person(d.headId) ?? []);
  const staff = directory.org.people.length;

  // Party group: pledges, meetings, education, analysis, checks.
  leaders.forEach((l) => talk(secretary, l, 'pledge_sign', day(2, 26), { title: '党风廉政建设责任书' }));
  add(secretary, 'meeting_special', day(3, 12), { title: '全面从严治党专题会议', attendees: leaders.length + 1 });
  add(secretary, 'edu_integrity', day(4, 18), { title: '学习《中国共产党纪律处分条例》', attendees: Math.max(1, staff - 2) });
  add(secretary, 'inspect_funds', day(6, 12), { title: '残疾人就业保障金使用检查' });
  add(secretary, 'pledge_check', day(6, 18), { title: '上半年责任书落实检查' });
  add(secretary, 'edu_warning', day(6, 20), { title: '贪毁人生', attendees: Math.max(1, staff - 5) });
  add(secretary, 'review_analysis', day(6, 27), { title: '上半年政治生态分析研判' });
  add(secretary, 'meeting_special', day(7, 16), { title: '专题研究下半年党风廉政建设工作', attendees: leaders.length + 1 });
  add(secretary, 'edu_integrity', day(9, 25), { title: '国庆中秋节前廉政教育', attendees: Math.max(1, staff - 3) });

  // Talks: the secretary with every leader in H1, with the first two in H2.
  leaders.forEach((l, i) => talk(secretary, l, 'talk_integrity', day(4, 8 + i)));
  leaders.slice(0, 2).forEach((l, i) => talk(secretary, l, 'talk_integrity', day(10, 20 + i)));

  leaders.forEach((leader, li) => {
    const supervised = directory.supervisedBy(leader.id);
    supervised.forEach((dept, di) => {
      const head = directory.person(dept.headId);
      if (!head) return;
      talk(leader, head, 'pledge_sign', day(3, 5 + li), { title: '党风廉政建设责任书' });
      const last = li === leaders.length - 1 && di === supervised.length - 1;
      if (li === 1 && di === 0) {
        // The 补录: held in June, reported in July after the quarter closed.
        talk(leader, head, 'talk_integrity', day(6, 24), { late: true }, `${day(7, 9)}T02:10:00.000Z`);
      } else if (!last) {
        // The last leader's last department stays without an H1 talk: an overdue line.
        talk(leader, head, 'talk_integrity', day(5, 10 + li * 2 + di));
      }
      if (li === 0) talk(leader, head, 'talk_integrity', day(11, 5 + di));
      if (li < Math.ceil(leaders.length / 2)) talk(leader, head, 'talk_heart', day(3, 20 + li), { departmentId: dept.id });
    });
    if (li < 3) add(leader, 'meeting_dept', day(8, 20 + li), { title: '分管科室党风廉政建设工作会议' });
  });

  // Monthly style checks by an inspector, with two months missed.
  for (let m = 1; m <= 12; m++) if (m !== 8 && m !== 10) add(inspector, 'inspect_style', day(m, 17), { title: `${m}月作风纪律检查` });

  // Department heads: half-year reports, monthly information, a self-review from some.
  heads.forEach((head, hi) => {
    add(head, 'report_to_party', day(6, 26), { title: '上半年党风廉政建设情况报告' });
    for (let m = 1; m <= 12; m++) if (!(hi % 3 === 2 && m >= 9)) add(head, 'report_info', day(m, 24), { title: `${m}月廉政信息` });
    if (hi % 2 === 0) add(head, 'report_self', day(11, 14), { title: '年度党风廉政建设自查' });
  });

  // One withdrawn record: reported by mistake, withdrawn the same afternoon.
  const first = heads[0];
  const withdrawn = out.length;
  add(first, 'edu_integrity', day(10, 15), { title: '科室廉政学习（误报）', attendees: 6 });
  if (out.length > withdrawn) out[withdrawn]!.withdrawnAt = `${day(10, 15)}T10:05:00.000Z`;

  return out.sort((a, b) => compareText(a.reportedAt, b.reportedAt));
}
