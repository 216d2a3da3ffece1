// 「11月9日查了组联部，11月16日查了康复部，11月30日查了宣文部，都是查考勤和在岗情况」 (round 20, fault 4: only the first
// kept, the other days named as unmatched; without the closing clause 「…未记录」): day + place clauses of one check
// verb, the type said once — in a closing 都是/均为 clause, or in the first clause only — are each a check of that type.
import { activityTypeName } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** The check verb right after the day, and the place right after it: 查了组联部 · 又去了康复部 · 对宣文部进行了抽查. */
const CHECK = /^(?:又|再|还|先后|分别)?(?:到|去|赴|对)?(?:查|检查|督查|抽查|暗访|巡查|查看)了?(?:一下|一次|一趟)?/;
/** 去了财务科 · 到了宣文部: a visit, a check only when a closing clause types them all (…，均为明察暗访). */
const VISIT = /^(?:又|再|还|先后|分别)?(?:去|到|赴)了?/;
/** A closing clause that gives every clause before it its type: 都是… · 均为… · 以上都是… · 几次都是…. */
const ALL_WERE = /^(?:以上|这[几两三四五]次|[几两三四五]次|这些)?(?:都是|均为|均是|均系|都系|全是|全都是|都为|都属于|均属于|内容都是|内容均为)(.+)$/;

/**
 * What may follow a closing 均为X and still leave it closing: who led every item (均由本人带队 · 都由黄志刚书记负责) and who went
 * along (林晓参加 · 本人参加 · 林晓陪同), nothing else.
 */
const LED_TAIL = /^\s*(?:均|都|全部|全都|皆)由[^,;。]{0,12}?(?:带队|负责|牵头|组织)(?:\s*[,]\s*[^,;。]{0,16}?(?:参加|陪同|随同|参与|同行|随行))?\s*[。;]?\s*$/;

/** The department names and aliases of `directory`, longest first (康复中心 before 康复部's 康复). */
function placeNames(directory: Directory): string[] {
  return directory.org.departments.flatMap((d) => [d.name, ...d.aliases]).filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

/** The clause's day + check verb + place, or undefined: 11月9日查了组联部 → its parts. */
function checkClause(clause: string, today: string, places: string[], visits = false): { head: string; rest: string } | undefined {
  const text = arabicizeNumerals(clause.trim());
  const day = parseDay(text, today);
  if (day.date === undefined || !day.text || !text.startsWith(day.text)) return undefined;
  const after = text.slice(day.text.length).replace(/^[\s,]+/, '');
  const verb = CHECK.exec(after)?.[0] ? CHECK.exec(after) : visits ? VISIT.exec(after) : null;
  if (!verb || verb[0] === '') return undefined;
  const rest = after.slice(verb[0].length);
  const place = places.find((p) => rest.startsWith(p));
  return place === undefined ? undefined : { head: `${day.text}${after.slice(0, verb[0].length)}${place}`, rest: rest.slice(place.length) };
}

/**
 * `text` (normalised) with each day + place check clause given the type said once for them all, as 「…查了组联部，查考勤
 * 和在岗情况；…查了康复部，查考勤和在岗情况」; with no type word at all, a bare 查了 is written 检查了, so the type is asked
 * (never 「…未记录」). Lines where each clause names its own type, or of no such clauses, are returned as they are.
 */
export function withKindSaidOnce(text: string, today: string, directory: Directory): string {
  const places = placeNames(directory);
  return text
    .split('\n')
    .map((line) => lineWithKind(line, today, places))
    .join('\n');
}

function lineWithKind(line: string, today: string, places: string[]): string {
  const clauses = line.split(/(?<=[,;。])/);
  const bare = clauses.map((c) => c.replace(/[,;。\s]+$/, ''));
  const last = bare.length - 1;
  // 11月4日查了组联部，11月6日查了康复部，都是查考勤；11月20日和陈静谈心谈话 (round 33b, F7 A25's kind: the 组联部 check
  // lost): a closing 都是X that ends its sentence (；/。) closes the clauses before it; what follows is read on its own.
  const cut = bare.findIndex((c, i) => i >= 2 && i < last && /[;。]\s*$/.test(clauses[i]!) && findKinds(ALL_WERE.exec(c.trim())?.[1] ?? '').length > 0);
  if (cut >= 0) return lineWithKind(clauses.slice(0, cut + 1).join(''), today, places) + lineWithKind(clauses.slice(cut + 1).join(''), today, places);
  // 11月3日检查财务科，…，均为作风纪律检查，均由本人带队，林晓参加 (round 52, fwbb: only the last item typed and given 林晓):
  // a closing 均为X followed, after a comma, only by who led them all and who went along closes the list all the same; that
  // tail is set apart as a sentence of its own, which ledInTrailer reads for every item.
  const led = bare.findIndex((c, i) => i >= 2 && i < last && findKinds(ALL_WERE.exec(c.trim())?.[1] ?? '').length > 0 && LED_TAIL.test(clauses.slice(i + 1).join('')));
  if (led >= 0) return `${lineWithKind(bare.slice(0, led + 1).join(','), today, places).replace(/[,;。\s]*$/, '')}。${clauses.slice(led + 1).join('').trim()}`;
  const closing = last >= 2 ? ALL_WERE.exec(bare[last]!.trim()) : null;
  const closingKinds = closing ? findKinds(closing[1]!) : [];
  const checks = bare.map((c, i) => (i === last && closing ? undefined : checkClause(c, today, places, closingKinds.length > 0)));
  const at = checks.flatMap((c, i) => (c ? [i] : []));
  if (at.length === 0 || (closingKinds.length > 0 && at.length < 2)) return line;
  const typed = at.map((i) => findKinds(checks[i]!.rest).length > 0 || findKinds(bare[i]!).length > 0);
  let phrase: string | undefined;
  if (closingKinds.length > 0) phrase = closing![1]!;
  else if (at.length >= 2 && typed[0] && typed.slice(1).every((t) => !t)) phrase = activityTypeName(findKinds(bare[at[0]!]!)[0]!.code);
  else if (typed.some((t) => t)) return line;
  // 11月9日查了组联部，主要查考勤: a type word in a clause of its own is the existing reading's to place.
  if (phrase === undefined && bare.some((c, i) => !checks[i] && findKinds(c).length > 0)) return line;
  const out = bare.map((c, i) => {
    if (closingKinds.length > 0 && i === last) return '';
    const check = checks[i];
    if (!check) return `${c}${clauses[i]!.slice(c.length)}`;
    if (phrase === undefined) return `${c.replace(/(^|[^检督抽巡])查(了?)/, '$1检查$2')};`;
    return i === at[0] && closingKinds.length === 0 ? `${c};` : `${c},${phrase};`;
  });
  return out.join('').replace(/;+$/, '。');
}
