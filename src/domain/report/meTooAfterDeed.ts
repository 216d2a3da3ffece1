// 孙科长12月3号和王强签订了廉政承诺书，我也签了 · 张书记上周五和孙丽谈了廉政谈话，我也谈了 · 周部长今天跟张颖签了承诺书 我也签了
// (round 66, gfh; t69a F1: from 李娟 the second deed was read as her own, its counterpart asked — 「和谁签订的？」 offering 孙丽 —
// and stored as 李娟's signing with 孙丽, roles turned round): 我也签了 / 我也谈了 after someone else's talk or signing tells that
// deed again with the sender as another of those it was done with — the same doer, kind and day. It is written as a line of
// its own (「12月3号孙科长和我签订了廉政承诺书」) after the first, so each is read alone, as 同一天还找我也谈了 already is
// (ownClauseApart). 我也和王强签了 names the sender's own deed with someone (left to the readers as before); 我也参加了 after a
// film watched is an attendee's word (nothing new, left as before).
import type { ParseContext, ParsedReport } from './draft.js';
import { BACK, readClause } from './ownClauseApart.js';
import { namedPeople } from './namedPeople.js';
import { checkRank } from './ownCompanion.js';
import { CLAUSE_DAY } from './clauseDay.js';

/** A day written after the pair's second name (王强和孙科长11月26号签了): CLAUSE_DAY or a dotted 11.26, at the end of the people. */
const DAY_AFTER_PEOPLE = new RegExp(`\\s*(${CLAUSE_DAY}|\\d{1,2}[.．/]\\d{1,2}(?:日|号)?)$`);

/**
 * 王强和孙科长11月26号签了承诺书 (round 67, ggc; gfh's left-alone: 我也签了 after it asked 和谁签订的): a doer below the one
 * person after 和, whom the readers turn round (孙丽 signs with 王强). The same deed with the sender is that person's with 我:
 * `[day][person]和我[deed]`. Undefined for any other pair: several after 和, someone not above the doer, the sender named.
 */
function turnedPair(first: { day?: string; doerId: string; with: string; deed: string }, people: string, ctx: ParseContext): string | undefined {
  // Only a signing: a talk's pair is not turned round by the readers (刘洋和周部长谈了心 is 刘洋's), so neither is it here.
  if (!/^[和与跟同]$/.test(first.with) || !first.deed.includes('签')) return undefined;
  const day = DAY_AFTER_PEOPLE.exec(people);
  const who = day ? people.slice(0, day.index) : people;
  const ids = namedPeople(who, ctx);
  if (ids?.length !== 1 || ids[0] === ctx.senderId || first.doerId === ctx.senderId) return undefined;
  if (checkRank(ids[0]!, ctx.directory) <= checkRank(first.doerId, ctx.directory)) return undefined;
  if (day && first.day !== undefined) return undefined;
  return `${day?.[1] ?? first.day ?? ''}${who}和我${first.deed}`;
}

/** The tail: a break, then 我/本人 也 (还) and a bare 签了/谈了 — nobody named, no kind of its own. */
const ME_TOO = /[，,\s]+(?:我|本人)也(?:都|还)?(?<verb>签了|签过|签订了|签署了|签了字|谈了|谈过|谈了话|谈过话|谈了谈)[\s。.!！~～]*$/;
/** 签了 · 签过 with no paper named: nothing says what was signed. */
const BARE_SIGNING = /^签(?:了|过|订了|署了)$/;
/** A deed verb left at the end of the first clause's people (和孙丽谈了 before 廉政谈话): no part of who it was with. */
const PEOPLE_TAIL = /\s*(?:分别|逐一|都|也|还|又)?\s*(?:谈了|签了|谈过|签订了|签署了|进行了|开展了)$/;

/**
 * `text` with 我也签了 / 我也谈了 ending it, after a first clause telling someone else's (a doer named, not the sender) talk or
 * signing with people named, written as that clause and, on a line of its own, the same clause with the sender (我) as the
 * one it was done with: `first⏎[day][doer]和我[deed]`. `text` itself for any other shape: no such tail, a first clause with
 * no doer or the sender's own, a doer not above everyone named (the readers may turn such a pair round), a relay, people referred back (他们), a talk told again after a signing or the other way round.
 */
export function withMeTooAfterDeed(text: string, ctx: ParseContext): string {
  if (text.includes('\n') || text.length > 90) return text;
  const tail = ME_TOO.exec(text);
  if (!tail) return text;
  const firstWords = text.slice(0, tail.index).trim();
  const first = readClause(firstWords, ctx);
  if (first === undefined || first.doer === undefined || first.doer === '我' || first.doerId === ctx.senderId || first.relay) return text;
  // 孙科长和王强签了，我也签了: no paper named — left to withBareSigningMeToo, which asks the kind.
  if (BARE_SIGNING.test(first.deed)) return text;
  const people = first.people.replace(PEOPLE_TAIL, '');
  if (people === '' || BACK.test(people)) return text;
  // 签了 after a talk (谈了廉政谈话，我也签了) is another deed, not this one told again.
  if (first.deed.includes('签') !== tail.groups!['verb']!.includes('签')) return text;
  // 孙科长11.25和我、李娟签了承诺书，我也签了: the sender named already as 我 — nothing new (round 67, ggc).
  if (/(?:^|[、,，和与及])(?:我|本人)(?:$|[、,，和与及])/.test(people)) return firstWords;
  if (/我|本人/.test(people)) return text;
  const turned = turnedPair(first, people, ctx);
  if (turned !== undefined) return `${firstWords}\n${turned}`;
  // 王强和孙科长签了承诺书 with more than one after 和 (the readers turn a pair round: 孙丽 signs with her staff): only a doer
  // above everyone named is the one who would sign or talk with the sender too; any other list is left as before.
  const ids = namedPeople(people, ctx);
  if (ids === undefined || ids.some((id) => checkRank(id, ctx.directory) >= checkRank(first.doerId, ctx.directory))) return text;
  // 孙科长…和王强、李娟签了承诺书，我也签了 from 李娟 (round 67, ggc; gfh's left-alone: a third signing asked): she is named
  // already, so 我也签了 tells nothing new — the first clause alone, two signings and no question.
  if (ids.includes(ctx.senderId)) return firstWords;
  const at = firstWords.indexOf(`${first.with}${people}`);
  if (at < 0) return text;
  const again = `${firstWords.slice(0, at)}${first.with}我${firstWords.slice(at + first.with.length + people.length)}`;
  return `${firstWords}\n${again}`;
}

/**
 * 孙科长和王强签了，我也签了 (round 67, ggc; gfh's left-alone: no report at all): a signing named by 签了 alone, and 我也签了.
 * Among 承诺书 and 责任书 a signing of a leader with staff is this bot's 签订责任书, but nothing said so: the text is given back
 * with 责任书 after the first 签了 (so the readers find doer, day and people as for 签了承诺书), for the caller to read and then
 * ask the kind (askedSigningKind). Undefined for any other text (a paper named, no 我也签了, a talk).
 */
export function withBareSigningMeToo(text: string, ctx: ParseContext): string | undefined {
  if (text.includes('\n') || text.length > 90) return undefined;
  const tail = ME_TOO.exec(text);
  if (!tail || !tail.groups!['verb']!.includes('签')) return undefined;
  const firstWords = text.slice(0, tail.index).trim();
  const first = readClause(firstWords, ctx);
  if (first === undefined || !BARE_SIGNING.test(first.deed) || !firstWords.endsWith(first.deed)) return undefined;
  const named = `${firstWords.slice(0, -first.deed.length)}签了责任书${text.slice(tail.index)}`;
  const read = withMeTooAfterDeed(named, ctx);
  return read === named ? undefined : read;
}

/**
 * `reports` with every 签订责任书 made a record of no kind whose kind is asked among the signings (the member said only 签了);
 * null stays null. Doer, day, people and other problems are kept.
 */
export function askedSigningKind(reports: ParsedReport[] | null): ParsedReport[] | null {
  if (reports === null) return null;
  return reports.map((r) => {
    if (r.draft.type !== 'pledge_sign') return r;
    const { type: _type, ...draft } = r.draft;
    return { ...r, draft, problems: [{ code: 'missing_type', among: ['pledge_sign'] }, ...r.problems.filter((p) => p.code !== 'missing_type')] };
  });
}
