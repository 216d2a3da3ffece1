// 与杨帆和另一名同志进行了谈心谈话 · 和杨帆、一名新同志谈了心 (t30f §1.5): an unnamed person beside a named one was dropped
// without a word, the talk stored at once with the named one only. Alone (办公室新来的同志) they were already asked
// (unnamedStaff.ts); beside a name they are now asked too, as a record of their own. Beside the sender written 我
// (冯部长与我和另一名同志, round 34c §3.3) as well.
import type { ParseContext, ParsedReport } from './draft.js';
import { STAFF_NOUN } from './unnamedStaff.js';

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
  for (const r of reports) {
    out.push(r);
    if (r.draft.type === undefined || !WITH_SOMEONE.has(r.draft.type) || r.draft.counterpartIds.length === 0) continue;
    const names = r.draft.counterpartIds.map((id) => ctx.directory.person(id)?.name).filter((n): n is string => n !== undefined);
    // 冯部长与我和另一名同志 (round 34c §3.3): the sender talked to is written 我 · 本人, and the one beside them was dropped.
    if (r.draft.counterpartIds.includes(ctx.senderId)) names.push('我', '本人');
    const m = found.find((f) => !asked.has(f.index) && names.some((n) => text.slice(0, f.index).replace(AFTER_NAME, '').endsWith(n)));
    if (!m) continue;
    asked.add(m.index);
    if (m[2] !== '一') {
      out[out.length - 1] = { ...r, remarks: [...r.remarks, `「${m[1]}」没有写姓名，未记录，请核对是否补报`], reasons: [...(r.reasons ?? []), 'leftover'] };
      continue;
    }
    const problem = { code: 'ambiguous_counterpart' as const, text: m[1]!, candidateIds: [] };
    out.push({ ...r, draft: { ...r.draft, counterpartIds: [] }, problems: [...r.problems.filter((p) => p.code !== 'missing_counterpart'), problem], remarks: [], reasons: [...(r.reasons ?? []), 'items'] });
  }
  return out;
}
