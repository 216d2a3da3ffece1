// A year of records for the demo organisation (config/), asked on Monday 2026-11-30 by the secretary, a leader,
// a department head and a member: quarter, half-year and year views with per-period gaps, 我的任务 with past
// overdue items, and the reminder preview. Each of issue 12's seven points has its own named test below.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import { countWithLate } from '../../../src/domain/completion/late.js';
import { openItems, openItemTitle } from '../../../src/domain/completion/openItems.js';
import { scopeTitle } from '../../../src/domain/completion/scopeTitle.js';
import { gapText, paceText } from '../../../src/domain/completion/status.js';
import type { CompletionLine, CompletionReport, Scope } from '../../../src/domain/completion/types.js';
import { restrictReport } from '../../../src/domain/completion/visibility.js';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { currentPeriod, periodOf, type Period } from '../../../src/domain/period.js';
import { decideReminders } from '../../../src/domain/reminders/decide.js';
import { previewReminders } from '../../../src/domain/reminders/preview.js';
import { completionCard } from '../../../src/feishu/cards/completionCard.js';
import { myTasksCard } from '../../../src/feishu/cards/myTasksCard.js';
import { demo, demoActivities, demoConfig } from '../../ledger/demoLedger.js';
import { buildLedgerExport } from '../../../src/domain/ledger/export.js';
import { cardText } from '../../support/testBot.js';

const { directory, duties } = demoConfig;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const labels = { directory, duties };
const calendar = createHolidayCalendar();

/** The demo year, plus 刘芳's second-half talks with both her heads: her gap is in the first half only. */
function year(): Activity[] {
  return [
    ...demoActivities(),
    demo({ type: 'talk_integrity', date: '2026-09-10', actor: 'liufang', with: ['zhoutao'] }),
    demo({ type: 'talk_integrity', date: '2026-10-20', actor: 'liufang', with: ['wujing'] }),
  ];
}

function view(viewer: string, period: Period, scope?: Scope, activities = year()): CompletionReport {
  const report = computeCompletion({ directory, duties, activities, view: period, now: NOW, ...(scope ? { scope } : {}) });
  return restrictReport(directory, viewer, report);
}

function line(report: CompletionReport, dutyId: string, responsibleId: string): CompletionLine {
  const found = report.lines.find((l) => l.dutyId === dutyId && l.responsibleId === responsibleId);
  if (!found) throw new Error(`no line ${dutyId} ${responsibleId}`);
  return found;
}

const Y = currentPeriod('year', NOW);
const H2 = currentPeriod('halfyear', NOW);
const Q4 = currentPeriod('quarter', NOW);

describe('the secretary (张伟): quarter, half-year and year views of the whole unit', () => {
  it('the year view names per half-year what each leader still owes in 廉政谈话', () => {
    const r = view('zhangwei', Y);
    expect(gapText(line(r, 'talk-leader-heads', 'liufang'))).toBe('上半年尚缺 吴静；下半年已完成');
    expect(gapText(line(r, 'talk-leader-heads', 'chenzhiqiang'))).toBe('上半年尚缺 郑华、冯雪；下半年尚缺 郑华、冯雪');
    expect(gapText(line(r, 'talk-leader-heads', 'wangjianguo'))).toBe('上半年已完成；下半年尚缺 孙丽');
    // 书记与班子: 赵敏 had her talk in March only; the second half still lacks her.
    expect(gapText(line(r, 'talk-secretary-leaders', 'zhangwei'))).toBe('上半年已完成；下半年尚缺 赵敏');
    // A monthly duty over a year: the missed months by name, the running one apart.
    expect(gapText(line(r, 'style-inspection', 'linxiao'))).toBe('1月、2月、4月、5月、7月、8月、9月、10月未完成');
  });

  it('the half-year and quarter views of a half-year duty give that half-year’s gap only', () => {
    expect(gapText(line(view('zhangwei', H2), 'talk-leader-heads', 'liufang'))).toBe('');
    expect(line(view('zhangwei', H2), 'talk-leader-heads', 'liufang').status).toBe('done');
    expect(gapText(line(view('zhangwei', Q4), 'talk-leader-heads', 'zhaomin'))).toBe('王磊、何平');
    expect(line(view('zhangwei', Q4), 'talk-leader-heads', 'zhaomin').period.label).toBe('2026年下半年');
  });

  it('the year card shows the per-period gaps and names people on every line', () => {
    const text = cardText(completionCard(view('zhangwei', Y), { title: '全单位的完成情况', labels }));
    expect(text).toContain('刘芳 | 4 | 3 | 逾期 | 上半年尚缺 吴静；下半年已完成');
    expect(text).toMatch(/谈心谈话：班子成员与分管科室 \| 王建国、刘芳、陈志强 等4人 \| 16 \| 4（其中补录1）/);
  });
});

describe('a leader (王建国), a department head (李明) and a member (王芳)', () => {
  it('the leader sees his own lines and his two departments’ heads, by name, per half-year', () => {
    const r = view('wangjianguo', Y);
    const people = new Set(r.lines.map((l) => l.responsibleName));
    expect([...people].sort()).toEqual(['孙丽', '张伟', '李明', '王建国'].sort());
    expect(gapText(line(r, 'talk-leader-heads', 'wangjianguo'))).toBe('上半年已完成；下半年尚缺 孙丽');
    // 张伟's talks narrowed to the pair with 王建国: both halves held.
    expect(gapText(line(r, 'talk-secretary-leaders', 'zhangwei'))).toBe('');
  });

  it('the head sees 办公室: his own open months and 王建国’s pairs with him only', () => {
    const r = view('liming', H2);
    expect(gapText(line(r, 'info-report', 'liming'))).toBe('7月、8月、9月、10月未完成；11月进行中');
    const pair = line(r, 'talk-leader-heads', 'wangjianguo');
    expect(pair.required).toBe(1);
    expect(pair.status).toBe('done');
  });

  it('the member has no duties of her own, and sees no one else’s', () => {
    expect(view('wangfang', Y).lines).toEqual([]);
    expect(scopeTitle(directory, ['wangfang'], { kind: 'all' })).toBe('王芳本人');
  });

  it('我的任务 for each: past overdue periods included, oldest due first', () => {
    const mine = (id: string) => openItems(view(id, Y, { kind: 'person', personId: id }).lines);
    const liming = mine('liming').map((i) => `${openItemTitle(i)} ${i.status}`);
    expect(liming.slice(0, 3)).toEqual(['信息报送 · 2026年1月 overdue', '信息报送 · 2026年2月 overdue', '信息报送 · 2026年3月 overdue']);
    expect(liming).toContain('信息报送 · 2026年10月 overdue');
    expect(liming).toContain('向党组报告全面从严治党情况 · 2026年上半年 overdue');
    expect(liming).toContain('信息报送 · 2026年11月 in_progress');
    expect(liming).not.toContain('信息报送 · 2026年12月 in_progress');
    expect(liming.some((t) => t.startsWith('述责述廉年度报告'))).toBe(false); // reported 11-15
    const liufang = mine('liufang').map((i) => `${openItemTitle(i)} ${i.missing.join('、')}`);
    expect(liufang).toContain('廉政谈话：班子成员与分管科室负责人 · 2026年上半年 吴静');
    expect(liufang.some((t) => t.startsWith('廉政谈话：班子成员与分管科室负责人 · 2026年下半年'))).toBe(false);
    expect(mine('zhangwei').map((i) => openItemTitle(i))).toContain('党风廉政建设分析研判 · 2026年上半年');
    expect(mine('wangfang')).toEqual([]);
  });

  it('the reminder preview for the demo year never plans a due-soon send after its due day', () => {
    for (const at of ['2026-11-30T10:00:00+08:00', '2026-11-30T18:00:00+08:00', '2026-10-31T10:00:00+08:00', '2026-06-30T20:00:00+08:00']) {
      const p = previewReminders({ settings: demoConfig.reminders, calendar, directory, duties, activities: year(), now: new Date(at) }, { limit: 50 });
      for (const s of p.planned.filter((x) => x.kind === 'due_soon')) {
        const [, month, day] = s.title.match(/（(\d+)月(\d+)日到期）/)!;
        const due = `${s.day.slice(0, 4)}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
        expect(s.day <= due, `${at}: ${s.title} planned on ${s.day}`).toBe(true);
      }
    }
  });
});

describe('提醒预览 agrees with what is sent', () => {
  it('each planned due-soon line names the day its people are warned, counted as the decisions send them (n4)', () => {
    const input = (at: string) => ({ settings: demoConfig.reminders, calendar, directory, duties, activities: year(), now: new Date(at) });
    // Wednesday 12-02 before the window opens: the preview's plan for the month.
    const planned = previewReminders(input('2026-12-02T08:00:00+08:00'), { limit: 50 })
      .planned.filter((x) => x.kind === 'due_soon')
      .map((x) => `${x.day} ${x.title} ${x.audience}`);
    // The decisions at send_time of every day of December; the outbox sends a key once, on the first day it comes.
    const seen = new Set<string>();
    const sent = new Map<string, Set<string>>();
    for (let d = 2; d <= 31; d++) {
      const day = `2026-12-${String(d).padStart(2, '0')}`;
      for (const r of decideReminders(input(`${day}T${demoConfig.reminders.sendTime}:00+08:00`)).reminders) {
        if (r.kind !== 'due_soon' || seen.has(r.key)) continue;
        seen.add(r.key);
        const [, month, date] = r.due.split('-');
        const line = `${day} 到期提醒（${Number(month)}月${Number(date)}日到期）`;
        for (const item of r.items) (sent.get(line) ?? sent.set(line, new Set()).get(line)!).add(item.responsibleId);
      }
    }
    const decided = [...sent].map(([line, people]) => `${line} ${people.size}位尚有未完成事项的责任人`);
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.sort()).toEqual(decided.sort());
  });
});

describe('issue 12, the seven points', () => {
  it('point 1 — a view longer than the cadence says per period what is missing (「上半年尚缺…；下半年已完成」)', () => {
    const r = view('zhangwei', Y);
    const liufang = line(r, 'talk-leader-heads', 'liufang');
    expect(liufang.parts.map((p) => p.period.label)).toEqual(['2026年上半年', '2026年下半年']);
    expect(gapText(liufang)).toBe('上半年尚缺 吴静；下半年已完成');
    // The old single list named both heads for the whole year although the second half is complete.
    expect(gapText(liufang)).not.toMatch(/^周涛/);
  });

  it('point 2 — 补录 means reported after the duty period closed, counted the same in every card', () => {
    const base = year();
    // Held 9-20, reported 10-10: the record says 补录 for its quarter, but the half-year was still open.
    const talk = demo({ type: 'talk_integrity', date: '2026-09-20', actor: 'zhaomin', with: ['wanglei'], reportedOn: '2026-10-10', late: true });
    const withTalk = [...base, talk];
    const h2 = line(view('zhangwei', Q4, undefined, withTalk), 'talk-leader-heads', 'zhaomin');
    expect(h2.lateCount).toBe(0);
    expect(h2.doneInView).toBe(0);
    // 陈志强's 谈心 of 6-25 reported 7-3 after the first half closed: 补录 in the year view, once.
    const heart = line(view('zhangwei', Y), 'heart-talks', 'chenzhiqiang');
    expect(heart.lateCount).toBe(1);
    expect(countWithLate(heart.done, heart.lateCount)).toBe('1（其中补录1）');
    // A count's 补录 can never exceed what was done in periods that have ended.
    for (const l of view('zhangwei', Y, undefined, withTalk).lines) {
      const ended = l.parts.filter((p) => p.ended).reduce((n, p) => n + p.activityIds.length, 0);
      expect(l.lateCount).toBeLessThanOrEqual(ended);
    }
    const text = cardText(myTasksCard({ asOf: NOW, lines: view('chenzhiqiang', Y, { kind: 'person', personId: 'chenzhiqiang' }).lines, subtitle: '2026年' }));
    expect(text).toContain('补录＝上报时活动所属周期（或规定期限）已结束的记录');
    // The 台账 rows say 补录 by the same rule: the September talk is not, the June 谈心 is; 汇总 agrees.
    const exp = buildLedgerExport({ directory, duties, activities: withTalk, period: Y, now: NOW, viewer: { kind: 'operator' } });
    expect(exp.rows.find((r) => r.id === talk.id)!.late).toBe(false);
    expect(exp.rows.filter((r) => r.late).map((r) => `${r.date} ${r.typeName} ${r.actorName}`)).toEqual(['2026-06-25 谈心谈话 陈志强']);
    expect(exp.summary.reduce((n, r) => n + r.lateCount, 0)).toBe(1);
  });

  it('point 3 — 我的任务 keeps October’s overdue 信息报送 beside November’s, each with its 填报', () => {
    const lines = view('liming', Y, { kind: 'person', personId: 'liming' }).lines;
    const card = myTasksCard({ asOf: NOW, lines, subtitle: '2026年以来' });
    const text = cardText(card);
    expect(text.indexOf('信息报送 · 2026年10月** · 逾期')).toBeGreaterThan(-1);
    expect(text.indexOf('信息报送 · 2026年10月')).toBeLessThan(text.indexOf('信息报送 · 2026年11月'));
    const json = JSON.stringify(card);
    expect(json).toContain('"dutyId":"info-report","period":"2026-10-01"');
    expect(json).toContain('"dutyId":"info-report","period":"2026-11-01"');
  });

  it('point 4 — the 责任人 column names the person (王建国), never a role', () => {
    const r = view('zhangwei', Q4, { kind: 'department', departmentId: 'office' });
    const text = cardText(completionCard(r, { title: '办公室的完成情况', labels }));
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人.*\| 王建国 \|/);
    expect(text).not.toMatch(/\| (?:班子成员|科室负责人|党组书记|纪检人员)(?: ×\d+)? \|/);
  });

  it('point 5 — the header names exactly the scope shown', () => {
    expect(scopeTitle(directory, ['wangjianguo'], { kind: 'all' })).toBe('王建国分管范围');
    expect(scopeTitle(directory, ['liming'], { kind: 'all' })).toBe('李明负责的办公室范围');
    expect(scopeTitle(directory, ['zhangwei'], { kind: 'all' })).toBe('全单位');
    expect(scopeTitle(directory, ['huangzhigang'], { kind: 'duty', dutyId: 'education' })).toBe('全单位');
    expect(scopeTitle(directory, ['wangjianguo'], { kind: 'group', personIds: [], departmentIds: ['office', 'finance'], label: '王建国分管的科室' })).toBe('王建国分管的科室');
    expect(scopeTitle(directory, ['wangjianguo'], { kind: 'person', personId: 'wangjianguo' })).toBe('王建国本人');
    expect(scopeTitle(directory, ['zhangwei', 'wangjianguo'], { kind: 'all' })).toBe('王建国分管范围');
  });

  it('point 6 — a due-soon reminder is sent on or before its due day, or not at all', () => {
    const input = (at: string) => ({ settings: demoConfig.reminders, calendar, directory, duties, activities: year(), now: new Date(at) });
    // Monday 11-30 after hours: the November warning can no longer go out before the month ends.
    const evening = previewReminders(input('2026-11-30T18:00:00+08:00'), { limit: 50 });
    expect(evening.planned.filter((s) => s.kind === 'due_soon' && s.title.includes('11月30日'))).toEqual([]);
    // 10-31 was a Saturday: the first opening after it (Monday 11-02) sends nothing for October.
    const monday = decideReminders(input('2026-11-02T09:30:00+08:00')).reminders.filter((r) => r.kind === 'due_soon');
    expect(monday.filter((r) => r.kind === 'due_soon' && r.due === '2026-10-31')).toEqual([]);
    // On the due day itself, inside the window, it still goes out.
    const morning = previewReminders(input('2026-11-30T10:00:00+08:00'), { limit: 50 });
    expect(morning.planned.some((s) => s.kind === 'due_soon' && s.title.includes('11月30日') && s.day === '2026-11-30')).toBe(true);
  });

  it('point 7 — even pace is explained: 「按进度应完成3次（全周期4次）」', () => {
    const one = [demo({ type: 'edu_integrity', date: '2026-03-10', actor: 'zhangwei', title: '廉政教育' })];
    const edu = line(view('zhangwei', Q4, { kind: 'duty', dutyId: 'education' }, one), 'education', 'zhangwei');
    expect(edu.status).toBe('behind');
    expect(paceText(edu)).toBe('按进度应完成3次（全周期4次）');
    const text = cardText(completionCard(view('zhangwei', Q4, { kind: 'duty', dutyId: 'education' }, one), { title: 't', labels }));
    expect(text).toContain('滞后·按进度应完成3次（全周期4次）');
    expect(text).toContain('进行中＝未完成但不落后于按时间均匀推进的进度');
    // A done or overdue line has no pace to explain.
    expect(paceText(line(view('zhangwei', Y), 'analysis', 'zhangwei'))).toBeUndefined();
    expect(periodOf('year', '2026-11-30').label).toBe('2026年');
  });
});
