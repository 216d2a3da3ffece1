// 「今天组织科室学习了《中国共产党纪律处分条例》，参加5人，会后顺便提醒了王强注意节前纪律」 (t24 H: the study recorded, and a
// 廉政谈话 with 王强 asked 和谁 / proposed beside it): a reminder mentioned in passing after another deed (顺便/顺带/会后/会上
// 还/散会时 …提醒/叮嘱/说了一下) is part of telling that deed, no talk of its own. It is taken out before reading and the
// card or receipt says so. A clause that names its talk's type (顺便找王强进行了廉政谈话) is a deed and stays.
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

export interface PassingReminder {
  /** The message without the clauses said in passing. */
  text: string;
  /** Those clauses as written, for the remark. */
  clauses: string[];
}

/** When it was said: after or at the meeting, on the way out, or by the way. */
const WHEN = '(?:会后|会上|会中|会前|散会(?:时|后|前)?|结束(?:时|后|前)|学习(?:后|时|结束后)|观看(?:后|结束后)|临走(?:时|前)|走的时候|离开(?:时|前)|期间)';
/** 顺便 · 顺带 · 顺手 · 还 · 也 · 又: said in passing. */
const BY_THE_WAY = '(?:顺便|顺带|顺手|捎带|附带)';
/** 提醒 · 叮嘱 · 嘱咐 · 说了一下 · 打了个招呼 · 提了个醒: a word to someone, no talk of a named kind. */
const WORD = '(?:提醒|叮嘱|嘱咐|嘱托|告诫|交代|交待|提了?(?:个|一个|一下)?醒|(?:说|讲|强调)了(?:一下|几句|两句|一声)|打了?(?:个|声)?招呼|敲了?敲?(?:一?下)?警钟)';

/** A clause (between , ; 。) said in passing: [when] [还/也/又] [顺便] [跟/给/和 X] word. */
// 「检查了作风纪律 顺便提醒了一下孙丽」 (round 50, fxa: asked who led the check, the reminder left in): a space written for
// the comma before it parts the clause too.
const PASSING = new RegExp(
  `(?<=^|[,，;；。]|[\\u4e00-\\u9fa5》”][ ](?=(?:${BY_THE_WAY}|会后|散会)))(([^,，;；。\\n]{0,8}?)(?:${WHEN}[^,，;；。\\n]{0,4}?(?:还|也|又)?(?:${BY_THE_WAY})?|${BY_THE_WAY})(?:还|也|又)?[^,，;；。\\n]{0,10}?${WORD}[^,，;；。\\n]*)([,，;；。]|$)`,
  'g',
);

/** The clause names its own type or another deed (进行了廉政谈话 · 谈心 · 签了责任书): a deed, never dropped. */
// 会后对李明、孙丽进行了廉洁提醒 (round 44 fqc: noted as said in passing): a 廉政提醒 carried out (进行/开展了) with people
// named is the catalogue's 廉政谈话 with them, a deed.
const OWN_DEED = /谈话|谈心|谈了|约谈|签|党课|检查|督查|(?:对|与|和|跟|同|找)[^,，;；。]{1,16}?(?:进行|开展)了?(?:一次)?廉[政洁]提醒/;

/** 组织 · 学习 · 观看 · 开展 before the clause's 会后/顺便: the clause tells a deed first. */
const DEED_BEFORE = /组织|学习|观看|开展|召开|举办|参观|传达/;

/**
 * `text` without the reminders it mentions in passing after a deed of another kind, or undefined when it has none or
 * nothing else: a message that is only a reminder (今天提醒了王强注意节前纪律) is read as before.
 */
export function withoutPassingReminder(text: string): PassingReminder | undefined {
  const clauses: string[] = [];
  const rest = text.replace(PASSING, (whole, clause: string, before: string, stop: string) => {
    // 组织学习后顺便提醒…: the words before 后/顺便 tell a deed, which stays with its clause.
    if (OWN_DEED.test(clause) || DEED_BEFORE.test(before)) return whole;
    clauses.push(clause.trim());
    return stop === '' ? '' : stop;
  });
  if (clauses.length === 0) return undefined;
  const left = rest.replace(/[,，;；]+(?=[。]|$)/g, '').replace(/[,，;；]\s*$/, '');
  // Only beside a deed of its own: the rest must still name an activity.
  const { titles, rest: words } = extractTitles(left);
  if (titles.length === 0 && findKinds(words).length === 0) return undefined;
  return { text: left, clauses };
}

/** `reports` read without the clauses said in passing, the first saying they were not recorded. */
export function withPassingNoted(reports: ParsedReport[] | null, p: PassingReminder): ParsedReport[] | null {
  if (reports === null || reports.length === 0) return reports;
  const [first, ...others] = reports;
  const remark = `「${p.clauses.join('」「')}」是顺带提及，未单独记为谈话；如是一次谈话请单独发送`;
  return [{ ...first!, remarks: [...first!.remarks, remark] }, ...others];
}
