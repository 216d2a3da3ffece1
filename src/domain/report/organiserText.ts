// Where a record's own department may be named: not in a later sentence telling another deed, not in a whole-unit audience.
import { findKindMatches } from './parseKind.js';

/**
 * A sentence that opens a deed of its own: a day (masked or written), a time, or a word moving on to what came next.
 * 同日，办公室组织召开年终工作部署会 · 会后，… · 另外，… · 12月4日，…
 */
const NEW_DEED_START = /^[\s\u0000]*(?:\u0000|同日|当日|当天|同一天|次日|第二天|随后|之后|此后|会后|另外|此外|另|[0-9０-９]{1,2}月|[0-9０-９]{1,2}[日号]|[昨今前]天|上午|下午|晚上|周[一二三四五六日天]|星期[一二三四五六日天])/;

/** 机关各部室、康复中心共45名党员参加 · 全机关干部、财务科…出席: the whole unit (and maybe a part named too) sat in. */
const WHOLE_UNIT = /(?:机关)?各(?:部室|科室|部门|处室|单位|部|科)|全机关|机关全体|机关各/;
/** The clause of whoever held it (财务科组织机关各部室开展…): its department is the organiser, kept. */
const HELD = /组织|开展|召开|举办|带领|主办|承办/;

/**
 * `text` (a segment's words, days masked) less what cannot name the department of its record:
 * - sentences after the first that open a deed of their own (a day, 同日, 会后, 另外…) and name no activity type — that
 *   deed is no record, so its department is not this record's (round 34b A21: the lecture filed under the 办公室 of
 *   「同日，办公室组织召开年终工作部署会」);
 * - a clause naming the whole unit that says no one held anything (机关各部室、康复中心共45名党员参加, its count
 *   already masked; round 34b A17: the unit's lesson filed under the centre listed among its audience); 财务科组织机关各部室
 *   开展… names who held it and is kept.
 * The rest is returned as it was, so a department named anywhere else still is the record's.
 */
export function organiserText(text: string): string {
  const sentences = text.split(/(?<=[。！？!?；;])/);
  const kept = sentences.filter((s, i) => i === 0 || !NEW_DEED_START.test(s) || findKindMatches(s).length > 0);
  return kept
    .join('')
    .split(/(?<=[,，。！？!?；;\n])/)
    .filter((clause) => !(WHOLE_UNIT.test(clause) && !HELD.test(clause)))
    .join('');
}
