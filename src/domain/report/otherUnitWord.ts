// 「我们科今天组织学习了…」 sent by 杨帆 of 宣文部 (a 部, not a 科): the unit word is not the sender's kind of unit, so the
// deed may be a sub-unit's, the department's (its head's) or the sender's own (m25: stored at once as the sender's).
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { sameKindOfUnit } from './sameKindOfUnit.js';

/** 我们科 · 科里 · 本科 · 我科 · 我们部 · 部里 · 本部 · 我们中心 …: the sender's own unit named by its kind only. */
// 科里/部里 only opening a clause: 会议室里 · 干部里 · 办公室里 name no unit of the sender's.
const OWN_UNIT_WORD = /我们(科|部|室|中心)(?![长任])|(?:^|[,;。!?:\s])(科|部|室|中心)里(?!面)|本(科|部|室|中心)(?![长任门室生学])|我(科|部|室|中心)(?![长任分])/;

/**
 * `reports` with each record the sender is taken to have done (no other doer read) shown for a tap, with a remark naming
 * the word, when `text` names the sender's unit by a kind it is not (我们科 from a 部). Unchanged otherwise.
 */
export function withOtherUnitWordNoted(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const m = OWN_UNIT_WORD.exec(normalizeText(text));
  if (!m) return reports;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  const unit = m[1] ?? m[2] ?? m[3] ?? m[4]!;
  // 我科 from 办公室 (round 57, fef, t59b F7): 科 and 室 are one kind of unit.
  if (!own || [own.name, ...(own.aliases ?? [])].some((n) => sameKindOfUnit(n, unit))) return reports;
  const remark = `消息说「${m[0]}」，您所在的是${own.name}，按您本人记录；如是别人组织的，请点「修改」`;
  return reports.map((r) =>
    r.draft.actorId === undefined || r.draft.actorId === ctx.senderId ? { ...r, remarks: [...r.remarks, remark], reasons: [...new Set([...(r.reasons ?? []), 'unit_word' as const])] } : r,
  );
}
