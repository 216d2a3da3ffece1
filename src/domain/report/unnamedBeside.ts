// 与杨帆和另一名同志进行了谈心谈话 · 和杨帆、一名新同志谈了心 (t30f §1.5): an unnamed person beside a named one was dropped
// without a word, the talk stored at once with the named one only. Alone (办公室新来的同志) they were already asked
// (unnamedStaff.ts); beside a name they are now asked too, as a record of their own. Beside the sender written 我
// (冯部长与我和另一名同志, round 34c §3.3) as well.
import type { ParseContext, ParsedReport } from './draft.js';
import { STAFF_NOUN } from './unnamedStaff.js';
import { periodOf } from '../period.js';
import { shanghaiDate } from '../shanghai.js';

/** The deeds done with a person, where an unnamed second person is a second record. */
const WITH_SOMEONE = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

/**
 * A joiner, then people named only by what they are, with their number: 和另一名同志 · 、另外一位同事 · 及两名新来的科员.
 */
const UNNAMED_BESIDE = new RegExp(`(?:和|与|跟|同|、|及|以及|还有)((?:另外|另)?([一两二三几])(?:名|位|个)(?:新来的?|新调来的?|刚来的?|新|年轻的?)?(?:的)?${STAFF_NOUN})`, 'g');

/** What may follow a name before the joiner: 杨帆同志和… · 郑华部长与… (a constant pattern: no name is compiled per message). */
const AFTER_NAME = /(?:同志|部长|副部长|主任|副主任|科长|副科长|书记|副理事长|理事长)$/;

/**
 * Talks and signings with a named person beside whom the message names one more, unnamed (`与杨帆和另一名同志`): each
 * such record is kept and followed by one of its own, with no counterpart, asking 「另一名同志」是哪一位？ (the member may
 * answer a name or 不在名单里). Several (`和两名新同志`) cannot be asked one by one: the record is shown for 确认 with a
 * remark that they were not recorded. Unchanged when no unnamed person follows a counterpart's name.
 */
export function withUnnamedBesideAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const found = [...text.matchAll(UNNAMED_BESIDE)];
  if (found.length === 0) return reports;
  const asked = new Set<number>();
  const out: ParsedReport[] = [];
  // 11.24、11.26 分别与孙杰、另一位医生 (round 36 F12): first the days paired with the people, the unnamed one among them.
  const paired = new Set<ParsedReport>();
  for (const m of found) reports = pairedOverDays(reports, text, m, ctx, asked, paired);
  for (const r of reports) {
    if (paired.has(r)) {
      out.push(r);
      continue;
    }
    out.push(r);
    if (r.draft.type === undefined || !WITH_SOMEONE.has(r.draft.type) || r.draft.counterpartIds.length === 0) continue;
    const names = r.draft.counterpartIds.map((id) => ctx.directory.person(id)?.name).filter((n): n is string => n !== undefined);
    // 冯部长与我和另一名同志 (round 34c §3.3): the sender talked to is written 我 · 本人, and the one beside them was dropped.
    if (r.draft.counterpartIds.includes(ctx.senderId)) names.push('我', '本人');
    // 与一位医生、孙杰 (round 36 F12's kind): the unnamed one written before the name is beside it too.
    const before = (f: RegExpMatchArray, n: string) => {
      const after = text.slice(f.index! + f[0].length);
      return JOINER_AFTER.test(after) && after.replace(JOINER_AFTER, '').startsWith(n);
    };
    const m = found.find((f) => !asked.has(f.index!) && names.some((n) => text.slice(0, f.index).replace(AFTER_NAME, '').endsWith(n) || before(f, n)));
    if (!m) continue;
    asked.add(m.index!);
    if (m[2] !== '一') {
      out[out.length - 1] = { ...r, remarks: [...r.remarks, `「${m[1]}」没有写姓名，未记录，请核对是否补报`], reasons: [...(r.reasons ?? []), 'leftover'] };
      continue;
    }
    const problem = { code: 'ambiguous_counterpart' as const, text: m[1]!, candidateIds: [] };
    out.push({ ...r, draft: { ...r.draft, counterpartIds: [] }, problems: [...r.problems.filter((p) => p.code !== 'missing_counterpart'), problem], remarks: [], reasons: [...(r.reasons ?? []), 'items'] });
  }
  return out;
}

/** A joiner, then a name: the unnamed person written before the named one (与一位医生、孙杰). */
const JOINER_AFTER = /^(?:、|和|与|及|以及|跟)/;

/**
 * 11.24、11.26 分别与孙杰、另一位医生谈心谈话 · 11月24日、26日分别与一位医生、孙杰谈心 (round 36 F12: 孙杰 on both days, the
 * unnamed one asked on the first): with 分别, when the records alike the one with the person beside the unnamed `m` are
 * spread over as many days as the people (named and unnamed) of that clause, each person takes the day of their place in
 * the list, the unnamed one a record of its own asking who. `reports` unchanged otherwise; the records made are added
 * to `paired` and the match to `asked`.
 */
function pairedOverDays(reports: ParsedReport[], text: string, m: RegExpExecArray | RegExpMatchArray, ctx: ParseContext, asked: Set<number>, paired: Set<ParsedReport>): ParsedReport[] {
  const at = m.index ?? 0;
  if (m[2] !== '一') return reports;
  const start = Math.max(...['，', ',', '。', '；', ';', '\n'].map((c) => text.lastIndexOf(c, at))) + 1;
  const ends = ['，', ',', '。', '；', ';', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  const clause = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
  if (!/分别/.test(clause)) return reports;
  const nameOf = (id: string) => ctx.directory.person(id)?.name;
  const own = at - start;
  const after = clause.slice(own + m[0].length);
  const first = reports.find((r) => {
    if (r.draft.type === undefined || !WITH_SOMEONE.has(r.draft.type) || r.draft.counterpartIds.length === 0) return false;
    const names = r.draft.counterpartIds.map(nameOf).filter((n): n is string => n !== undefined);
    return names.every((n) => clause.includes(n)) && names.some((n) => clause.slice(0, own).replace(AFTER_NAME, '').endsWith(n) || (JOINER_AFTER.test(after) && after.replace(JOINER_AFTER, '').startsWith(n)));
  });
  if (!first) return reports;
  const alike = (r: ParsedReport) =>
    r.draft.type === first.draft.type && r.draft.actorId === first.draft.actorId && r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every((id) => first.draft.counterpartIds.includes(id) || clause.includes(nameOf(id) ?? '\u0000'));
  const run = reports.filter(alike);
  // 11月24日、26日、27日分别与徐辉、孙杰、另一位医生: three days for the two named were each asked (daysPeopleUnpaired);
  // with the unnamed one they pair, so the days written are the days.
  const dayAsked = run[0]!.problems.find((p) => p.code === 'missing_date');
  const written = run.every((r) => r.draft.date === undefined) && dayAsked?.code === 'missing_date' ? dayAsked.written : undefined;
  const days = written ?? [...new Set(run.map((r) => r.draft.date))];
  const people = [...new Set(run.flatMap((r) => r.draft.counterpartIds))];
  if (days.some((d) => d === undefined) || days.length !== people.length + 1) return reports;
  const today = shanghaiDate(ctx.now);
  const quarterStart = periodOf('quarter', today).start;
  const onDay = (r: ParsedReport, date: string): ParsedReport =>
    written === undefined
      ? r
      : {
          ...r,
          draft: { ...r.draft, date, late: date <= today && date < quarterStart },
          problems: [...(date > today ? [{ code: 'future_date' as const, date }] : []), ...r.problems.filter((p) => p.code !== 'missing_date')],
          remarks: r.remarks.filter((m) => !m.startsWith('写了')),
        };
  // The people in the order the clause names them, the unnamed one at its own place.
  const order = [...people.map((id) => ({ id, pos: clause.indexOf(nameOf(id)!) })), { id: undefined, pos: own }].sort((a, b) => a.pos - b.pos);
  const made = order.map(({ id }, i): ParsedReport => {
    const date = days[i]!;
    const template = onDay(run.find((r) => r.draft.date === date) ?? first, date);
    if (id !== undefined) {
      const departmentId = ctx.directory.person(id)?.departmentId;
      return { ...template, draft: { ...template.draft, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) }, reasons: [...new Set([...(template.reasons ?? []), 'items' as const])] };
    }
    const problem = { code: 'ambiguous_counterpart' as const, text: m[1]!, candidateIds: [] };
    return {
      ...template,
      draft: { ...template.draft, counterpartIds: [] },
      problems: [...template.problems.filter((p) => p.code !== 'missing_counterpart'), problem],
      remarks: [],
      reasons: [...new Set([...(template.reasons ?? []), 'items' as const])],
    };
  });
  made.forEach((r) => paired.add(r));
  asked.add(at);
  const firstAt = reports.indexOf(run[0]!);
  return [...reports.slice(0, firstAt).filter((r) => !run.includes(r)), ...made, ...reports.slice(firstAt).filter((r) => !run.includes(r))];
}
