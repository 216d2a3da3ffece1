// 林晓「党组书记张伟带领机关纪委书记黄志刚，到教育就业部开展作风纪律检查」 (round 65, geb; issue 10): 张伟's check, and 黄志刚 —
// whose title stood between 带领 and his name, a comma after it — dropped without a word (parseActor's ledAlong takes one
// bare name right before the place). Those the doer 带领/带着/率/率领 to the place went along on the check: named on the card
// (同行), a unit taken along (带领办公室同志) said there too, as it is no person to record.
import { isCheckType } from '../activityTypes.js';
import { checkCompanionsRemark } from './checkCompanionsRemark.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { namedPeople } from './namedPeople.js';

/**
 * 「带领 <those along> (等同志)[，] 到/对/赴/深入/前往/去」: group 1 the words of those taken along (titles, names, 、和及), at most
 * one clause long. 率 alone only where no 效率/比率 can be (a name or 机关/党组 right before it is checked by the caller).
 */
const LED_TO_PLACE = /(?:带领|带着|率领|率)([^，,。；;！!？?\n]{2,30}?)(?:等(?:同志|人|一行)?|一行)?[，,\s]*(?=到|对(?!照)|赴|深入|前往|去(?!年|世))/g;
/** A unit's people taken along: 办公室同志 · 财务科全体人员 · 纪检干部 — group 1 the unit words. */
const UNIT_ALONG = /^([\u4e00-\u9fa5]{0,8}?(?:办公室|科|部|中心|纪委|党委))(?:的)?(?:全体|部分|相关)?(?:同志|人员|干部|工作人员|党员)$/;

/**
 * `reports` with the message's checks that have a doer named (actorId) given, as companions, those the doer took along to
 * the place (「X带领Y(、Z)到…」, Y written with or without a title, a comma before 到 allowed): their ids added to companionIds
 * (the doer left out) and the card's 「同行：…」 note rewritten; a unit taken along (办公室同志) named in a 「同行：…（单位，未记为
 * 同行人）」 note. Unchanged when no such words follow the doer's name, a word is no one for sure, or no record is a check.
 * `text` is the message (normalized); `ctx.now` is not read.
 */
export function withLedCompanions(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!/带领|带着|率/.test(text) || !reports.some((r) => isCheckType(r.draft.type) && r.draft.actorId !== undefined)) return reports;
  return reports.map((r) => {
    const doer = r.draft.actorId;
    if (!isCheckType(r.draft.type) || doer === undefined) return r;
    const name = ctx.directory.person(doer)?.name;
    if (name === undefined) return r;
    const along = alongOf(text, name, doer, ctx);
    if (along === undefined) return r;
    const before = r.draft.companionIds ?? [];
    const ids = [...new Set([...before, ...along.ids])].filter((id) => id !== doer);
    if (ids.length === before.length && along.unit === undefined) return r;
    const notes = [...(ids.length > 0 ? [checkCompanionsRemark(ids, ctx)] : []), ...(along.unit !== undefined ? [`同行：${along.unit}（单位，未记为同行人）`] : [])];
    return {
      ...r,
      draft: { ...r.draft, ...(ids.length > 0 ? { companionIds: ids } : {}) },
      remarks: [...r.remarks.filter((m) => !m.startsWith('同行：')), ...notes],
    };
  });
}

/** Those the doer named `name` took along, as ids (the sender included when named), or a unit's words; undefined when none. */
function alongOf(text: string, name: string, doer: string, ctx: ParseContext): { ids: string[]; unit?: string } | undefined {
  for (const m of text.matchAll(LED_TO_PLACE)) {
    // The doer's name must stand in the same clause before 带领, with at most their title between (张伟书记带领 · 张伟同志率).
    const head = text.slice(0, m.index);
    const clause = head.slice(Math.max(...['，', ',', '。', '；', ';', '\n'].map((c) => head.lastIndexOf(c))) + 1);
    const at = clause.lastIndexOf(name);
    if (at < 0 || !/^(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长)|干事)?(?:同志)?(?:亲自)?\s*$/.test(clause.slice(at + name.length))) continue;
    const words = m[1]!;
    const unit = UNIT_ALONG.exec(words);
    if (unit) return { ids: [], unit: words };
    const ids = namedPeople(words, ctx);
    if (ids === undefined || ids.includes(doer)) continue;
    return { ids };
  }
  return undefined;
}
