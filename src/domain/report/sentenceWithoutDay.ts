// 「11月20日与孙丽进行了廉政谈话。与王强进行了廉政谈话。」 (u1: both talks stored at once on 11-20): a new sentence after a full
// stop that names a deed and no day only may be of the day before. It takes that day when the text says so (同日 · 当天 · 随后 ·
// 又 · 还…); otherwise the day is shown carried, on the card, never stored at once.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';
import { namesVagueDayOnly } from './vagueDayClause.js';
import type { ParsedReport } from './draft.js';
import type { Directory } from '../organization.js';

/** Words saying the sentence goes on in the same time: 同日 · 当天 · 随后 · 会后 · 又 · 还 · 也 · 并 · 同时 · 其间 · 期间. */
const SAME_TIME = /^[\s\u0000,]*(?:同日|当日|当天|同一天|同天|随后|随即|之后|此后|然后|接着|紧接着|会后|会上|会前|散会后|结束后|其间|期间|同时|并|又|还|也|再|另|其中)/;
/** 又/还/也 after a subject (张伟书记又与…): the same words said after who did it. */
const SAME_TIME_AFTER_SUBJECT = /^[\s\u0000,]*[^,;。与和同跟对]{1,12}?(?:又|还|也|随后|当天|同日)(?:与|和|同|跟|对|到|赴|组织|召开|开展|进行|签)/;
/** 会议 · 他强调 · 谈话中 · 通过…: a sentence about the deed just told, which is no deed of its own. */
const ABOUT_BEFORE = /^[\s\u0000,]*(?:会议|会上|本次|此次|这次|谈话中|谈话时|通过|他|她|大家|参会|与会|全体参会|活动中|学习中|期间)/;
/** 与/和 + someone · 组织 · 召开 · 签订 · 观看 · 讲授 · 对…检查: a deed said in the sentence. */
const DEED = /与|和|同|跟|组织|召开|开展|举办|签订|签署|观看|收看|参观|讲授|检查|督查|抽查|报送|上报|提交/;

/**
 * The sentences of `line` (split at 。！？) that follow a sentence naming a day, name a deed of a known kind, and have no day
 * or time of their own and no word carrying the day before (同日, 随后, 又…). `today` is YYYY-MM-DD in Shanghai. Empty when
 * none, or when no sentence before names a day.
 */
export function sentencesWithoutDay(line: string, today: string): string[] {
  // Most lines are one sentence: nothing to read past a last full stop.
  if (!/[。！？!?]\s*\S/.test(line)) return [];
  const sentences = line.split(/(?<=[。！？!?])/).map((s) => s.trim()).filter((s) => s.replace(/[。！？!?\s\u0000]/g, '') !== '');
  const out: string[] = [];
  let dated = false;
  for (const sentence of sentences) {
    const rest = arabicizeNumerals(extractTitles(sentence).rest);
    if (parseDay(rest, today).date !== undefined) {
      dated = true;
      continue;
    }
    if (!dated || namesVagueDayOnly(sentence, today)) continue;
    if (SAME_TIME.test(sentence) || SAME_TIME_AFTER_SUBJECT.test(sentence) || ABOUT_BEFORE.test(sentence)) continue;
    const { titles, rest: words } = extractTitles(sentence);
    if ((findKinds(words).length > 0 || titles.length > 0) && DEED.test(sentence)) out.push(sentence);
  }
  return out;
}

/**
 * Marks, among `reports` (those read from one line), each one dated `day` (YYYY-MM-DD) whose counterpart, place or title is
 * named in one of `sentences` (sentencesWithoutDay's): the day is said carried (「日期沿用上一句」) and the card shown. Only
 * when another report of that day is named in none of them (the deed of the dated sentence); a report already so marked,
 * or named in no such sentence, is left alone.
 */
export function markSentencesWithoutDay(reports: readonly ParsedReport[], sentences: readonly string[], day: string, directory: Directory): void {
  if (sentences.length === 0) return;
  const named = (r: ParsedReport, s: string) =>
    r.draft.counterpartIds.some((id) => {
      const name = directory.person(id)?.name;
      return name !== undefined && s.includes(name);
    }) ||
    (r.draft.title !== undefined && s.includes(r.draft.title)) ||
    [...(r.draft.departmentIds ?? []), ...(r.draft.departmentId !== undefined ? [r.draft.departmentId] : [])].some((id) => {
      const dept = directory.department(id);
      return dept !== undefined && [dept.name, ...dept.aliases].some((n) => s.includes(n));
    });
  // 11月20日，党支部开展主题党日活动。支部书记王磊…讲授廉政党课 (w29): the later sentence tells the one deed of the day
  // named before; only a deed beside one of the dated sentence is carried.
  if (!reports.some((r) => r.draft.date === day && !sentences.some((s) => named(r, s)))) return;
  const remark = `日期沿用上一句：${day.slice(5)}`;
  for (const r of reports) {
    if (r.draft.date !== day || r.remarks.includes(remark) || !sentences.some((s) => named(r, s))) continue;
    r.remarks.push(remark);
    r.reasons = [...(r.reasons ?? []), 'items'];
  }
}
