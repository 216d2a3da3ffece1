// 「通报典型问题那项也要记，算张书记的警示教育」 typed on a waiting 确认 card whose 注 named 「通报了近期查处的2起…典型问题」 as
// matching no record (round 58, fdc; t60b F5: 「这条消息没有记录」, the deed recoverable only by sending it again after 确认): the
// member names a clause the card left out and asks for it to be kept. This reads which of the card's left-over phrases is
// meant and how the member wants it kept; the bot (waitingCardLeftOut) puts it on the same card, or asks what it is.
import { parseKind } from './parseKind.js';
import type { ActivityTypeCode } from '../activityTypes.js';

/** What a 「…那项也要记」 asks: the left-over phrase it names (as the card's note quoted it) and the words after, if any. */
export interface LeftOutClauseNamed {
  /** The phrase of the card's note (unaccounted's leftover, without 「」). */
  phrase: string;
  /** The type the member says it is (算…警示教育 · 记成廉政教育), when said. */
  type?: ActivityTypeCode;
  /** Who did it, in the member's words (张书记 in 算张书记的警示教育), when said. */
  doerWords?: string;
}

/**
 * 通报典型问题那项也要记 · 把通报典型问题也记上 · 通报问题那条也算上，算警示教育 · 典型问题通报那个也要记录: the words naming a
 * clause (group `named`), then what to do with it, then (after a comma) how (`how`).
 */
const KEEP_TOO = new RegExp(
  '^(?:还有|另外|那个|对了)?[,，\\s]*(?:把|将)?(?<named>[^,，;；。\\s]{2,24}?)(?:那项|那条|那个|这项|这条|那一项|这一项|那一条|那段|的内容)?\\s*(?:也要|也得|也需要|也应该|还要|还得|也|要)(?:单独)?' +
    '(?:记上|记录上?|记下来|记进去|记|算上|算进去|加上|补上|登记)(?:一条)?(?:上|吧|啊|哈|的)*' +
    '(?:[,，;；。\\s]+(?<how>[^,，;；。]{1,30}))?$',
);
/**
 * 会上通报案例那个也算一次警示教育吧 · 通报案例那项也算警示教育 (round 60, fbd; t62b G9: 没看懂): the clause named and its kind
 * said in one breath, 也算 (一次) X, with no 记 between.
 */
const ALSO_COUNTS = new RegExp(
  '^(?:还有|另外|那个|对了)?[,，\\s]*(?:把|将)?(?<named>[^,，;；。\\s]{2,24}?)(?:那项|那条|那个|这项|这条|那一项|这一项|那一条|那段|的内容)?\\s*' +
    '(?:也|也应该|也可以|也要|还)(?:算|算是|算作|记成|记为|记作|按)(?:一次|一条|一项|成)?(?<how>[^,，;；。\\s]{2,16}?)(?:吧|啊|哈|呢|了)*$',
);
/** 会上 · 会议上 · 那天 · 会后: where the clause was said, before the words that name it (会上通报案例 → 通报案例). */
const WHERE_SAID = /^(?:会上|会议上|在会上|会中|会后|当天|那天|当时)/;
/** 对 · 确认 · 好的 before the ask (对 另外会上通报案例那个也算一次警示教育吧): the card's records confirmed first. */
const CONFIRMED_FIRST = /^(?:对|对的|是的|确认|确定|没错|好的|可以|行)[,，。.!！\s]+/;

/** The ask without a confirming word before it, and whether there was one (对 另外… → confirmed first, then the ask). */
export function confirmedBeforeAsk(text: string): { rest: string; confirmed: boolean } {
  const m = CONFIRMED_FIRST.exec(text.trim());
  return m ? { rest: text.trim().slice(m[0].length), confirmed: true } : { rest: text.trim(), confirmed: false };
}

/** unaccounted's note: 「消息里的「A」、「B」没有对应到任何记录，请核对是否漏记」. */
const LEFT_OVER = /^消息里的(.+?)没有对应到任何记录/;
/** 算张书记的警示教育 · 记成警示教育 · 按廉政教育记 · 是张伟书记讲的警示教育: group `who` the doer's words. */
const HOW = /^(?:算|算是|记成|记为|记作|按|就是|是)?(?:(?<who>[^的,，]{2,8}?)(?:同志)?的)?(?<kind>[\u4e00-\u9fa5]{2,8}?)(?:记录?|来记)?$/;

/** Whether every character of `named` (fillers 了 · 的 left out) appears in `phrase` in order, and most of it in runs. */
function names(named: string, phrase: string): boolean {
  const want = named.replace(/[了的]/g, '');
  if (want.length < 2) return false;
  let at = 0;
  for (const ch of want) {
    const found = phrase.indexOf(ch, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/** The phrases the card's notes say matched no record (the 「…」 of each leftover note), in order. */
export function leftOverPhrases(remarks: readonly string[]): string[] {
  return remarks.flatMap((r) => {
    const m = LEFT_OVER.exec(r);
    return m ? [...m[1]!.matchAll(/「([^」]+)」/g)].map((q) => q[1]!) : [];
  });
}

/**
 * The left-over phrase `text` names and how to keep it, or undefined when `text` is no such ask or names no one phrase of
 * `remarks` (the waiting card's notes): two phrases fitting is no reading (the card's own readers answer).
 */
export function leftOutClauseNamed(text: string, remarks: readonly string[]): LeftOutClauseNamed | undefined {
  const t = text.trim().replace(/[。.!！~～]+$/, '');
  const m = KEEP_TOO.exec(t) ?? ALSO_COUNTS.exec(t);
  if (!m) return undefined;
  const named = m.groups!.named!;
  const fits = leftOverPhrases(remarks).filter((p) => names(named, p) || names(named.replace(WHERE_SAID, ''), p));
  if (fits.length !== 1) return undefined;
  const how = m.groups!.how !== undefined ? HOW.exec(m.groups!.how.trim()) : null;
  const type = how ? parseKind(how.groups!.kind!).kind?.code : undefined;
  return {
    phrase: fits[0]!,
    ...(type !== undefined ? { type } : {}),
    ...(how?.groups?.who !== undefined && type !== undefined ? { doerWords: how.groups.who } : {}),
  };
}
