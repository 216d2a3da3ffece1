// 「元旦前准备组织部门人员签订廉洁过节承诺书，昨天已和赵磊签了。」 (l3 probe, issue 10: the whole message read as no report,
// nothing said): a clause saying a deed done on a day with only its verb (签了 · 谈了 · 看了 · 学了) does the deed named in a
// clause before it — most often the plan it is a first step of — so that deed's noun is written into it here, and the
// readers after it see a signing done and a plan, as they do when the member writes the noun twice.
import type { Directory } from '../organization.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { guardedAlternation } from './guardedAlternation.js';
import { oncePer } from './oncePer.js';

/** Each bare verb, and where a clause before names its deed whole (group 1: the words to write in after the verb). */
const DEEDS: ReadonlyArray<{ verb: string; named: RegExp; written: (noun: string) => string }> = [
  { verb: '签', named: /签(?:订|署)?了?([^,，。;；、]{0,12}?(?:责任书|承诺书))/g, written: (noun) => `签订了${noun}` },
  { verb: '谈', named: /(谈心谈话|廉政谈话|提醒谈话|集体谈话|警示谈话)/g, written: (noun) => `进行了${noun}` },
  { verb: '看', named: /观看了?((?:[^,，。;；、《]{0,12}?(?:警示教育片|警示片|专题片|教育片))?《[^》]+》|[^,，。;；、]{0,12}?(?:警示教育片|警示片|专题片|教育片))/g, written: (noun) => `观看了${noun}` },
  { verb: '学', named: /学习了?([^,，。;；、]{0,16}?《[^》]+》)/g, written: (noun) => `学习了${noun}` },
];

/**
 * 上午跟冯雪签了责任书，下午跟郑华也签了 (round 41, t41a F11: 郑华's signing lost, named only by a generic note): a part of the
 * day alone opens such a clause too, on the day of the clause before.
 */
const PART_OF_DAY = '(?:上午|下午|中午|晚上|当天|同日|随后|后来)';

/**
 * A clause of a day (我们 or 我 before it), after a comma or at the head of a numbered item (2.11月12号…), 已/已经 or
 * not, people or none, and a bare verb with 了 ending it (，昨天已和赵磊签了。); groups: 1 the
 * clause up to the verb, 2 the verb. Built once per directory (its names inside).
 */
const bareDoneClause = oncePer((_directory: Directory, names: readonly string[]): RegExp => {
  const name = `(?:${guardedAlternation(names)})`;
  const people = names.length === 0 ? '' : `(?:(?:和|跟|与|同)${name}(?:[、和]${name}){0,5})?`;
  return new RegExp(
    `(?<=(?:[,，;；。]|\\n|(?:^|\\s)\\d{1,2}[.、．]|[一二三四五六七八九十][、.])\\s*)((?:我们|我|大家)?(?:${CLAUSE_DAY}|${PART_OF_DAY})[\\s,，]?(?:也|又|还)?(?:已经|已)?${people}(?:也|又|还)?)(签|谈|看|学)了(?:一份)?(?=\\s*(?:[,，。;；!！]|$))`,
    'g',
  );
});

/**
 * `text` with each clause that says a deed done on a day with only its verb and 了 (，昨天已和赵磊签了) given the noun of
 * the last deed of that verb named before it in its sentence (，昨天已和赵磊签订了廉洁过节承诺书); `text` itself when no
 * clause before names one. `names`: the directory's people, in `directory` order.
 */
export function withVerbOnlyDoneNamed(text: string, directory: Directory, names: readonly string[]): string {
  return verbOnlyDone(text, directory, names).text;
}

/**
 * The bare verbs of `text`'s done clauses (，昨天已和赵磊签了: 签) and the nouns (廉洁过节承诺书 · 谈心谈话 · 《…》) they took
 * from a clause before them, in order; empty when none did. The deed is then an inference of the bot's: its records go on a 确认 card
 * (l3's doubt, m4), as other inferred types do. Same `names` as withVerbOnlyDoneNamed.
 */
export function verbOnlyBorrowedNouns(text: string, directory: Directory, names: readonly string[]): Array<{ verb: string; noun: string }> {
  return verbOnlyDone(text, directory, names).borrowed;
}

function verbOnlyDone(text: string, directory: Directory, names: readonly string[]): { text: string; borrowed: Array<{ verb: string; noun: string }> } {
  const borrowed: Array<{ verb: string; noun: string }> = [];
  if (!/[签谈看学]了/.test(text)) return { text, borrowed };
  const out = text.replace(bareDoneClause(directory, names), (whole, clause: string, verb: string, offset: number) => {
    const deed = DEEDS.find((d) => d.verb === verb)!;
    // Only the sentence the clause ends: a noun before a full stop may be a section's heading (一、廉政谈话。11月5日与杨帆
    // 谈了。: the heading already types it, and writing the noun in made the heading a talk of its own).
    const before = text.slice(0, offset);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    // 1.11月5号跟郑华廉政谈话⏎2.11月12号跟冯雪也谈了 (round 41, t41b F2: item 2 asked its type): a numbered item opening with
    // the done clause goes on from the item just before it, on the line above.
    const item = /(?:^|\n)\s*\d{1,2}[.、．]\s*$/.test(before) ? before.replace(/\n\s*\d{1,2}[.、．]\s*$/, '') : '';
    const previousItem = item.slice(item.lastIndexOf('\n') + 1);
    const last = [...sentence.matchAll(deed.named)].at(-1) ?? (/^\s*\d{1,2}[.、．]/.test(previousItem) ? [...previousItem.matchAll(deed.named)].at(-1) : undefined);
    if (!last) return whole;
    borrowed.push({ verb, noun: last[1]! });
    return `${clause}${deed.written(last[1]!)}`;
  });
  return { text: out, borrowed };
}
