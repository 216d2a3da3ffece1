// 11月4日会同林晓与孙丽进行了廉政谈话 from 黄志刚 (round 57, fee; fge's left-alone, kind 协同/会同/联合 X): stored at once as two
// talks, one with 林晓 — who went along (会同 X 与 Y 谈话: X beside the sender, Y the one talked with). The one joined with
// 会同/协同/联合 before a 与/和/对 someone of a talk is no one talked with: that record goes, the others are shown on a card
// saying so (nothing the member wrote dropped silently).
import type { ParsedReport, ParseContext } from './draft.js';

/** Talk types: a companion is never their 对象. */
const TALKS = new Set(['talk_integrity', 'talk_heart']);
/** Posts a surname may carry (林干事 · 黄书记 · 周部长). */
const POSTS = '(?:副?(?:书记|理事长|部长|主任|科长)|干事|同志)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `reports` without the talk whose only 对象 the text joins with 会同/协同/联合 right before 与/和/同/跟/对/找 another (the
 * joined person's name, or surname + post, perhaps 一起/一同 between), when another talk of the message remains; each
 * remaining talk gets the remark 「X同去，未记为谈话对象」 and the `companion` reason. `reports` itself otherwise.
 */
export function withTalkCompanionApart(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || !/会同|协同|联合/.test(text)) return reports;
  const joined = (id: string): boolean => {
    const p = ctx.directory.person(id);
    if (!p) return false;
    const who = `(?:${escape(p.name)}|${escape(p.name.slice(0, 1))}${POSTS})${POSTS}?`;
    return new RegExp(`(?:会同|协同|联合)\\s*${who}\\s*(?:一起|一同|共同)?\\s*(?:与|和|同|跟|对|找)`).test(text);
  };
  const apart = reports.filter((r) => r.draft.type !== undefined && TALKS.has(r.draft.type) && r.draft.counterpartIds.length === 1 && joined(r.draft.counterpartIds[0]!));
  const kept = reports.filter((r) => !apart.includes(r));
  if (apart.length === 0 || !kept.some((r) => r.draft.type !== undefined && TALKS.has(r.draft.type))) return reports;
  const names = [...new Set(apart.map((r) => ctx.directory.person(r.draft.counterpartIds[0]!)?.name))].join('、');
  return kept.map((r) =>
    r.draft.type !== undefined && TALKS.has(r.draft.type)
      ? { ...r, remarks: [...r.remarks, `${names}同去，未记为谈话对象`], reasons: [...new Set([...(r.reasons ?? []), 'companion' as const])] }
      : r,
  );
}
