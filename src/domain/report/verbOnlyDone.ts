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
  // 上午和李明谈心，下午又找王强谈了一次 (t49a F4's kin): 谈心 alone names the deed as 谈心谈话 does.
  { verb: '谈', named: /(谈心谈话|廉政谈话|提醒谈话|集体谈话|警示谈话|谈心)/g, written: (noun) => `进行了${noun}` },
  { verb: '看', named: /观看了?((?:[^,，。;；、《]{0,12}?(?:警示教育片|警示片|专题片|教育片))?《[^》]+》|[^,，。;；、]{0,12}?(?:警示教育片|警示片|专题片|教育片))/g, written: (noun) => `观看了${noun}` },
  { verb: '学', named: /学习了?([^,，。;；、]{0,16}?《[^》]+》)/g, written: (noun) => `学习了${noun}` },
];

/**
 * 上午跟冯雪签了责任书，下午跟郑华也签了 (round 41, t41a F11: 郑华's signing lost, named only by a generic note): a part of the
 * day alone opens such a clause too, on the day of the clause before.
 */
const PART_OF_DAY = '(?:上午|下午|中午|晚上|当天|同日|随后|后来)';

/**
 * 下午同样和王强也谈了 · ，接着又与孙丽谈了 (t49a F4: the second talk's type asked though 又/同样 says it is one more of the
 * same): a word going on from the deed before, after a day or alone.
 */
const GOING_ON = '(?:同样|接着|紧接着|然后|之后|随后)';

/** 王强副科长 · 孙丽同志: a title after a name talked to (又找王强副科长谈了谈). */
const TITLE_AFTER = '(?:副?(?:主任|科长|部长|理事长|书记)|同志)?';

/** 又 · 也 · 同样 · 接着…: the clause says one more of the deed before. */
const GOING_ON_AGAIN = /又|也|还|同样|接着|然后|随后/;

/** 谈了一次 · 谈了一下 · 谈了谈 · 谈了一次话 · 签了一份: what may follow the bare verb and its 了, dropped with it. */
const AFTER_VERB = '(?:一份|一次|一下|一回|谈)?话?';

/**
 * A clause of a day (我们 or 我 before it), after a comma or at the head of a numbered item (2.11月12号…), 已/已经 or
 * not, people or none, and a bare verb with 了 ending it (，昨天已和赵磊签了。); groups: 1 the
 * clause up to the verb, 2 the verb. Built once per directory (its names inside).
 */
const bareDoneClause = oncePer((directory: Directory, names: readonly string[]): RegExp => {
  const name = `(?:${guardedAlternation(names)})`;
  // 又找财务科王强谈了一次 (t49a F4): 找 (找了) turns to the person as 和 does, and a department may stand before the name.
  const units = directory.org.departments.flatMap((d) => [d.name, ...(d.aliases ?? [])]).filter((n) => n.length > 1);
  const unit = units.length === 0 ? '' : `(?:${guardedAlternation(units)})?`;
  const people = names.length === 0 ? '' : `(?:(?:和|跟|与|同|找了?)${unit}${name}${TITLE_AFTER}(?:[、和]${unit}${name}${TITLE_AFTER}){0,5})?`;
  // 2.11月12号维权部冯雪也谈了 (round 42, t41b F2): a department and its person, no 跟 — group 3, read only at an item's head.
  const bare = names.length === 0 || units.length === 0 ? '' : `|((?:${guardedAlternation(units)})${name})(?=也|又|还)`;
  return new RegExp(
    `(?<=(?:[,，;；。]|\\n|(?:^|\\s|[;；])\\d{1,2}[.、．]|[一二三四五六七八九十][、.])\\s*)((?:我们|我|大家)?(?:(?:${CLAUSE_DAY}|${PART_OF_DAY})[\\s,，]?${GOING_ON}?|${GOING_ON})(?:也|又|还)?(?:已经|已)?(?:${people}${bare})(?:也|又|还)?)(签|谈|看|学)了(${AFTER_VERB})(?=\\s*(?:[,，。;；!！]|$|\\d{1,2}[.、．]))`,
    'g',
  );
});

/** An item's number at the end of the words before a clause: 1.… ⏎2. · …谈话 2. · …谈话；2. (items on one line). */
const ITEM_HEAD = /(?:^|\n|\s|[;；])\s*\d{1,2}[.、．]\s*$/;

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
  // 2.…维权部冯雪也谈了⏎3.…组联部周涛也谈了: an item takes its noun from the one before once that one has it, so again.
  let out = text;
  for (let pass = 0; pass < 4; pass++) {
    const next = onePass(out, directory, names, borrowed);
    if (next === out) break;
    out = next;
  }
  return { text: out, borrowed };
}

/** One rewrite of `text`'s bare done clauses, each from the words before it (see verbOnlyDone); pushes onto `borrowed`. */
function onePass(text: string, directory: Directory, names: readonly string[], borrowed: Array<{ verb: string; noun: string }>): string {
  return text.replace(bareDoneClause(directory, names), (whole, clause: string, bare: string | undefined, verb: string, tail: string, offset: number) => {
    const deed = DEEDS.find((d) => d.verb === verb)!;
    // 谈了一次 · 谈了谈 (t49a F4) only as one more with someone named after 又/也/同样/接着: 今天又谈了一次 (the same person again)
    // and 上周三与吴静谈了一次 (a list's own item) are read by the readers after, as before.
    if (tail !== '' && tail !== '一份' && (!GOING_ON_AGAIN.test(clause) || !names.some((n) => clause.includes(n)))) return whole;
    // Only the sentence the clause ends: a noun before a full stop may be a section's heading (一、廉政谈话。11月5日与杨帆
    // 谈了。: the heading already types it, and writing the noun in made the heading a talk of its own).
    const before = text.slice(0, offset);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    // 1.11月5号跟郑华廉政谈话⏎2.11月12号跟冯雪也谈了 (round 41, t41b F2: item 2 asked its type): a numbered item opening with
    // the done clause goes on from the item just before it, on the line above.
    const atItem = ITEM_HEAD.test(before);
    const item = atItem ? before.replace(ITEM_HEAD, '') : '';
    const heads = [...item.matchAll(/(?:^|\n|\s|[:：;；])\s*\d{1,2}[.、．]/g)];
    const previousItem = heads.length > 0 ? item.slice(heads.at(-1)!.index) : '';
    // Items on one line (1.…谈话 2.…也谈了): the sentence is the item itself, the one before is read as on the line above.
    const own = atItem ? '' : sentence;
    const lastBefore = [...own.matchAll(deed.named)].at(-1);
    const last = lastBefore ?? (heads.length > 0 ? [...previousItem.matchAll(deed.named)].at(-1) : undefined);
    if (!last) return whole;
    if (bare !== undefined) {
      // 维权部冯雪也谈了 is one more talked to only in the sender's own list: the item before turned to its person (跟郑华…)
      // with no one named ahead of them; after 办公室李明跟王芳谈心 it is 冯雪 who talked too, left to be asked.
      if (!atItem || lastBefore !== undefined || !turnedToWithNoDoer(previousItem, names)) return whole;
      borrowed.push({ verb, noun: last[1]! });
      return `${clause.replace(bare, `跟${bare}`)}${deed.written(last[1]!)}`;
    }
    borrowed.push({ verb, noun: last[1]! });
    return `${clause}${deed.written(last[1]!)}`;
  });
}

/** 1.11月5号到教就部跟郑华廉政谈话: the item turns to a person (跟/和/与/同 NAME) and names no one before that. */
function turnedToWithNoDoer(item: string, names: readonly string[]): boolean {
  const turn = new RegExp(`(?:跟|和|与|同|找)[\\u4e00-\\u9fa5]{0,6}?(?:${guardedAlternation(names)})`).exec(item);
  if (!turn) return false;
  const ahead = item.slice(0, turn.index);
  return !names.some((n) => ahead.includes(n)) && !/(?:书记|理事长|主任|部长|科长)/.test(ahead.replace(/^[\s\d.、．]+/, '').replace(/到[^跟和与同找]{1,8}$/, ''));
}
