// 还有，18号她跟王强谈了心 · 另外，他25号跟赵磊谈了心 (round 24, A: a clerk's follow-up about the head who asked her to
// report, stored at once as the clerk's own talk): 他/她 as the subject of a talk, with no one named before it in the
// message, is someone the sender did not name (the sender says 我), so who held it is asked; never the sender.
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** A clause opening (after a connective and a day) with 他/她 and then a talk or signing with someone. */
const PRONOUN_SUBJECT = /(?:^|[,;。!?\n])\s*(?:还有|另外|对了|补充一下|补充|同时|然后|此外)?[,\s]*(?:[\d一二三四五六七八九十]{1,3}[月号日]|今天|昨天|前天|上周[一二三四五六日天]|周[一二三四五六日天])?[,\s]*(他|她)(?![们])[^,;。!?\n]{0,12}?(?:跟|和|与|同|找|约|对)[^,;。!?\n]{1,12}?(?:谈|签|聊)/;

/**
 * `reports` with who held each talk or signing asked (`ambiguous_actor`, any person may answer) when `text` has 他/她 as
 * the subject of one and names nobody before that pronoun; `reports` unchanged otherwise, or when a doer was read.
 */
export function withPronounDoerAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const flat = normalizeText(text);
  const m = PRONOUN_SUBJECT.exec(flat);
  if (!m) return reports;
  const before = flat.slice(0, m.index);
  const named = ctx.directory.org.people.some((p) => before.includes(p.name) || before.includes(`${p.name[0]}书记`) || new RegExp(`${p.name[0]}(?:副?(?:理事长|主任|部长|科长|处长))`).test(before));
  if (named || /[\u4e00-\u9fa5]{1,3}(?:书记|理事长|主任|部长|科长|处长)/.test(before)) return withUnclearPronounAsked(reports, flat, m, ctx);
  // 还有，前天她跟我谈了心 (round 28, n28: asked 和谁): the sender is the one talked to, and 她 is who is asked (in a dialog
  // the people of the member's last report are offered for it, recentPeopleOffered).
  const withMe = /^(?:跟|和|与|同|找|约|对)我(?![们])/.test(flat.slice(m.index + m[0].indexOf(m[1]!) + 1).replace(/^[^跟和与同找约对]{0,12}?(?=[跟和与同找约对])/, ''));
  const toMe = (r: ParsedReport): ParsedReport =>
    withMe && r.draft.actorId === undefined && r.draft.counterpartIds.length === 0 && r.problems.some((p) => p.code === 'missing_counterpart')
      ? { ...r, draft: { ...r.draft, counterpartIds: [ctx.senderId] }, problems: r.problems.filter((p) => p.code !== 'missing_counterpart') }
      : r;
  return reports.map(toMe).map((r) =>
    r.draft.actorId === undefined && r.draft.counterpartIds.length > 0 && !r.problems.some((p) => p.code === 'ambiguous_actor' || p.code === 'missing_actor')
      ? { ...r, problems: [{ code: 'ambiguous_actor' as const, text: m[1]!, candidateIds: [] }, ...r.problems], reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] }
      : r,
  );
}

/**
 * 张书记和王副理事长周四到康复中心调研。⏎他与何平进行了廉政谈话。 (round 56, fga; t58a F5's kin: the talk given to the clerk on a
 * card): people are named before the pronoun, yet none was written in its place (withSentenceSubjectPronoun: two of them,
 * or none opening the sentence before), so a talk of it read as the sender's is asked who held it, the people named
 * before offered. Only the reports whose counterparts are all named after the pronoun: a talk the sender told before it
 * stays theirs.
 */
function withUnclearPronounAsked(reports: ParsedReport[], flat: string, m: RegExpExecArray, ctx: ParseContext): ParsedReport[] {
  const at = m.index + m[0].lastIndexOf(m[1]!);
  const before = flat.slice(0, at);
  const after = flat.slice(at);
  const offered = ctx.directory.org.people.filter((p) => p.id !== ctx.senderId && before.includes(p.name)).map((p) => p.id);
  const told = (id: string) => {
    const name = ctx.directory.person(id)?.name;
    return name !== undefined && after.includes(name) && !before.includes(name);
  };
  return reports.map((r) =>
    r.draft.actorId === undefined && r.draft.counterpartIds.length > 0 && r.draft.counterpartIds.every(told) && !r.problems.some((p) => p.code === 'ambiguous_actor' || p.code === 'missing_actor')
      ? { ...r, problems: [{ code: 'ambiguous_actor' as const, text: m[1]!, candidateIds: offered }, ...r.problems], reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])] }
      : r,
  );
}
