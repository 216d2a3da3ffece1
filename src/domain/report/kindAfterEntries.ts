// 王芳「近期班子成员谈话情况：王建国副理事长11月9日与李明、孙丽；陈志强副理事长11月16日与郑华，11月23日与冯雪；赵敏书记11月18日
// 与王磊、何平。均为廉政谈话。」 (round 39, t38a F12: four talks all on 11-09 by 陈志强, 王建国's lost, 赵敏 made one talked to): a
// clerk's list of leaders' talks, each entry 「doer + day + 与 people」 with the verb left out, and the kind said once — after
// the entries (均为/都是/以上均为…) or in the heading over them (…廉政谈话情况：). Each entry is written with the deed after it
// (…与李明、孙丽进行了廉政谈话；…), the shape the entry reader already reads one doer, day and person at a time.
// dayEntriesTypeOnce reads the kin written day first with spaces or commas and the deed in the same sentence.
import { namesKey } from './directoryNames.js';
import { findKinds } from './parseKind.js';
import { guardedAlternation } from './guardedAlternation.js';
import { activityTypeName, isTalkType } from '../activityTypes.js';

/** A day of an entry: 2026年11月9日 · 11月9日 · 9日 · 9号 · 11.9 (a regexp source, no groups). */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|\\d{1,2}[.．]\\d{1,2}(?![\\d.．]))';

/** A post written after a name or alone (副理事长 · 书记 · 部长 · 同志) (a regexp source, no groups). */
const POST = '(?:党组书记|副?书记|副?理事长|副?主任|副?部长|副?科长|同志)';

/**
 * The kind said after the entries: 以上/上述 perhaps, 均/都/全部… + 为/是/系/属于, the kind's words, then the end. Group 1: the
 * kind's words.
 */
const CLOSING = /^(?:以上|上述)?(?:谈话|活动)?(?:均|都|全部|全都|皆|一律)(?:为|是|系|属于?)\s*([\u4e00-\u9fa5]{1,14}?)(?:活动)?\s*[。！!]?\s*$/;

/** A heading naming the kind over the entries: …廉政谈话情况： · 班子成员谈心谈话汇总如下：. Group 1: the heading's words. */
const HEADING = /^([^：:\n。；;]{2,40}?)(?:情况|汇总|统计|明细|台账|台帐)?(?:如下)?[：:]\s*/;

/** A word that tells of a deed (with its verb) in an entry: such an entry is read as it is. */
const VERB = /进行|开展|组织|召开|谈了|谈过|签了|签订|签署|讲|学习|观看|检查/;

const cache = new Map<string, { entry: RegExp }>();

/** The entry pattern for the directory's `names`: [doer] day [doer] 与/和/同/跟 people, nothing else. */
function patterns(names: readonly string[]): { entry: RegExp } {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})`;
  const person = `(?:${name}${POST}?|我)`;
  const doer = `(?:${name}${POST}{0,2}|${POST})`;
  const people = `${person}(?:[、和及]${person}){0,9}`;
  const entry = new RegExp(`^(${doer})?\\s*(${DAY})\\s*(${doer})?\\s*(?:与|和|同|跟)\\s*(${people})\\s*$`);
  const made = { entry };
  cache.set(key, made);
  return made;
}

/**
 * `text` with each list of verbless 「doer + day + 与 people」 entries (parted by ；, a line break or ，) whose kind is said once
 * — in a closing clause 均为/都是/以上均为 X (what follows it kept), or in the heading over them — written with the deed after
 * each entry (进行了廉政谈话 · 签订了责任书), the closing words gone. An entry with a verb or a kind of its own, or any piece that is no such
 * entry, leaves the text as it was. Only a talk's or a signing's kind is written; `names`: the directory's names.
 */
export function withKindAfterEntries(text: string, names: readonly string[]): string {
  if (!/与|和|同|跟/.test(text) || !/\d/.test(text)) return text;
  const { entry } = patterns(names);
  const body = text.replace(/\s+$/, '');
  // The closing: the first clause after the entries that says the kind of them all (…。均为廉政谈话，谈话情况良好。).
  const bounds = [...body.matchAll(/[。；;，,\n]/g)].map((m) => m.index + 1);
  const closingAt = bounds.find((at) => {
    const clause = /^[^。；;，,\n]*[。！!]?/.exec(body.slice(at))![0].trim();
    return clause !== '' && CLOSING.test(clause);
  });
  const closingText = closingAt !== undefined ? /^[^。；;，,\n]*[。！!]?/.exec(body.slice(closingAt))![0] : '';
  const closing = closingAt !== undefined ? CLOSING.exec(closingText.trim()) : null;
  const head = HEADING.exec(body);
  const kindWords = closing?.[1] ?? (head ? head[1] : undefined);
  if (kindWords === undefined) return text;
  const kinds = [...new Set(findKinds(kindWords).map((k) => k.code))];
  if (kinds.length !== 1 || !(isTalkType(kinds[0]!) || kinds[0] === 'pledge_sign')) return text;
  // The kind's own name after 进行了 (进行了廉政谈话), or 签订了责任书/承诺书: the words around it (近期班子成员…) are the heading's.
  const deed = kinds[0] === 'pledge_sign' ? `签订了${/承诺书/.test(kindWords) ? '承诺书' : '责任书'}` : `进行了${activityTypeName(kinds[0]!)}`;
  const start = head && head.index === 0 ? head[0].length : 0;
  const end = closing ? closingAt! : body.length;
  const tail = closing ? body.slice(closingAt! + closingText.length) : '';
  if (end <= start) return text;
  const list = body.slice(start, end);
  const pieces = list.split(/([；;\n。，,])/);
  let entries = 0;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    const sep = pieces[i + 1] ?? '';
    const bare = piece.trim();
    if (bare === '') {
      out.push(piece, sep);
      continue;
    }
    if (VERB.test(bare) || findKinds(bare).length > 0 || !entry.test(bare)) return text;
    entries++;
    out.push(`${piece.replace(/\s+$/, '')}${deed}`, sep === '。' ? '；' : sep);
  }
  // A heading's kind over one bare 「day 与 X」 is no list; the closing's makes even one entry a deed of that kind.
  if (entries === 0 || (!closing && entries < 2)) return text;
  const written = out.join('').replace(/[；;，,\s]+$/, '');
  return `${body.slice(0, start)}${written}。${closing ? tail.replace(/^[\s，,；;。]+/, '') : body.slice(end)}`.replace(/。。$/, '。');
}
