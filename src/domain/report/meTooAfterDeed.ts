// 孙科长12月3号和王强签订了廉政承诺书，我也签了 · 张书记上周五和孙丽谈了廉政谈话，我也谈了 · 周部长今天跟张颖签了承诺书 我也签了
// (round 66, gfh; t69a F1: from 李娟 the second deed was read as her own, its counterpart asked — 「和谁签订的？」 offering 孙丽 —
// and stored as 李娟's signing with 孙丽, roles turned round): 我也签了 / 我也谈了 after someone else's talk or signing tells that
// deed again with the sender as another of those it was done with — the same doer, kind and day. It is written as a line of
// its own (「12月3号孙科长和我签订了廉政承诺书」) after the first, so each is read alone, as 同一天还找我也谈了 already is
// (ownClauseApart). 我也和王强签了 names the sender's own deed with someone (left to the readers as before); 我也参加了 after a
// film watched is an attendee's word (nothing new, left as before).
import type { ParseContext } from './draft.js';
import { BACK, readClause } from './ownClauseApart.js';
import { namedPeople } from './namedPeople.js';
import { checkRank } from './ownCompanion.js';

/** The tail: a break, then 我/本人 也 (还) and a bare 签了/谈了 — nobody named, no kind of its own. */
const ME_TOO = /[，,\s]+(?:我|本人)也(?:都|还)?(?<verb>签了|签过|签订了|签署了|签了字|谈了|谈过|谈了话|谈过话|谈了谈)[\s。.!！~～]*$/;
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
  const people = first.people.replace(PEOPLE_TAIL, '');
  if (people === '' || BACK.test(people) || /我|本人/.test(people)) return text;
  // 王强和孙科长签了承诺书 (the readers turn it round: 孙丽 signs with her staff): only a doer above everyone named is the one
  // who would sign or talk with the sender too; any other pair is left as before.
  const ids = namedPeople(people, ctx);
  if (ids === undefined || ids.some((id) => checkRank(id, ctx.directory) >= checkRank(first.doerId, ctx.directory))) return text;
  // 孙科长…和王强、李娟签了承诺书，我也签了 from 李娟: she is named already; nothing new is told (left as before).
  if (ids.includes(ctx.senderId)) return text;
  // 签了 after a talk (谈了廉政谈话，我也签了) is another deed, not this one told again.
  if (first.deed.includes('签') !== tail.groups!['verb']!.includes('签')) return text;
  const at = firstWords.indexOf(`${first.with}${people}`);
  if (at < 0) return text;
  const again = `${firstWords.slice(0, at)}${first.with}我${firstWords.slice(at + first.with.length + people.length)}`;
  return `${firstWords}\n${again}`;
}
