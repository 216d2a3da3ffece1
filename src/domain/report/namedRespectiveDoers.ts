// 黄志刚｜11月20日黄志刚和林晓分别到财务科、宣文部检查作风纪律 (round 45, fre kind 1, from r44's left-alone list: both checks
// were the sender's, 林晓 only 「同行」 on each) · 王芳｜…机关纪委书记黄志刚、纪检干事林晓分别到财务科、宣文部开展… (both checks the
// clerk's own) · 王建国｜和陈志强分别与周涛、郑华进行了廉政谈话 (陈志强 a third person talked to): two doers named before
// 分别 each did their own deed, paired in order with what follows. withRespectiveDoers reads 「我和X分别…」; this pass writes
// the other shapes as that one (the sender named by name, or left out before 和X), or, two doers neither the sender and two
// departments after 分别, as the two doers' own sentences.
import type { Directory } from '../organization.js';
import type { ParseContext } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { alternation } from './parseDirectoryIndex.js';
import { oncePer } from './oncePer.js';
import { RESPECTIVE_HEAD_DAY } from './respectiveDoers.js';
import { directoryNames } from './directoryNames.js';

/** A title after a name (黄志刚书记, 陈志强副理事长). */
const TITLE_AFTER = '(?:副?(?:书记|理事长|主任|部长|科长)|同志)?';

interface Patterns {
  /** stop, day (its words captured again inside), [titles X], joiner, titles Y, the words after 分别 up to the sentence's end. */
  pair: RegExp;
  /** After 分别: the lead (带队到 · 对), the first department, the second, the rest; exactly two departments. */
  twoPlaces: RegExp;
  /** After 分别: the list of departments it opens with (group 1). */
  places: RegExp;
  /** One department of that list (global). */
  unit: RegExp;
  /** After 分别: a deed with people or departments of its own (与周涛、郑华 · 到财务科、宣文部 · 组织本部门…). */
  ownObjects: RegExp;
}

const patternsOf = oncePer((directory: Directory): Patterns => {
  const names = alternation(directoryNames(directory));
  // 机关纪委书记黄志刚、纪检干事林晓 · 党组成员、副理事长王建国: the parts of the directory's own titles before a name.
  const titleParts = alternation(directory.org.people.flatMap((p) => (p.title ?? '').split('、')).filter((t) => t.length > 1));
  const before = titleParts ? `(?:(?:${titleParts})[、，,]?)*` : '';
  const units = alternation(directory.org.departments.flatMap((d) => [d.name, ...d.aliases]));
  return {
    // X: a name, or a surname and title (黄书记, resolved by namedPeople); Y: the same, or 我; joined by 和/与/同/跟/、, or by
    // a comma before Y's own titles (王建国，党组成员、副理事长陈志强).
    pair: new RegExp(`(^|[。；;！!？?\\n，,])(\\s*${RESPECTIVE_HEAD_DAY}[，,]?\\s*)(?:${before}(${names}|[\\u4e00-\\u9fa5]副?(?:书记|理事长|主任|部长|科长))${TITLE_AFTER})?(和|与|同|跟|、|[，,](?=${titleParts || '$^'}))${before}(${names}|我|本人|[\\u4e00-\\u9fa5]副?(?:书记|理事长|主任|部长|科长))${TITLE_AFTER}(?:两人|二人|俩)?分别([^。；;！!？?\\n]+)`, 'g'),
    twoPlaces: new RegExp(`^((?:带队|牵头|带领检查组)?(?:到|对|赴|去|深入)?)(${units})(?:、|和|及|与)(${units})(?![、和及与]|${units})(.*)$`),
    places: new RegExp(`^(?:带队|牵头|带领检查组)?(?:到|对|赴|去|深入)?((?:${units})(?:[、和及与](?:${units}))+)`),
    unit: new RegExp(units, 'g'),
    ownObjects: new RegExp(`^(?:带队|牵头)?(?:(?:与|和|跟|同|对)(?:${names})|(?:到|对|赴|去|深入)?(?:${units})[、和及与](?:${units})|组织)`),
  };
});

/**
 * `text` with each 「[day] X和Y分别 …」 whose two doers are both directory names written so the readers after it give
 * each doer their own deed: the sender among them (by name, or left out before 和Y) becomes 「我和Y分别…」 for
 * withRespectiveDoers; two others doing their deeds at two departments become 「X到A…；[day]Y到B…」. Left as it is:
 * a list after 分别 of another length, people after 分别 with neither doer the sender (the reader pairs those), and
 * 和X分别 with nothing of its own after 分别 (和李明分别谈了话: X is the one talked to). Pure.
 */
export function withNamedRespectiveDoers(text: string, ctx: ParseContext): string {
  const directory = ctx.directory;
  if (!/分别/.test(text) || directory.org.people.length === 0) return text;
  const senderName = directory.person(ctx.senderId)?.name;
  const { pair, twoPlaces, ownObjects, places, unit } = patternsOf(directory);
  return text.replace(pair, (whole, stop: string, day: string, _dayWords: string, xWords: string | undefined, joiner: string, yWords: string, deed: string) => {
    // 黄书记 · 王建国: one person for sure, or the sentence is left as it is.
    const x = xWords === undefined ? undefined : directory.hasName(xWords) ? xWords : nameOfOne(xWords, ctx);
    const y = yWords === '我' || yWords === '本人' ? senderName : directory.hasName(yWords) ? yWords : nameOfOne(yWords, ctx);
    if (x === null || y === null || y === undefined || x === y || !ownObjects.test(deed)) return whole;
    // 和林晓分别到…, with no one before 和: the sender's and 林晓's; a list joined by 、 needs its first name. After a comma
    // the subject may be someone else's (王建国主持会议，和陈志强分别…): only a sentence's start is the sender's.
    if (x === undefined && (!/^(?:和|与|同|跟)$/.test(joiner) || /[，,]/.test(stop))) return whole;
    // Three places for two doers (分别到财务科、宣文部、维权部) pair in no order: left as it is.
    const listed = places.exec(deed);
    if (listed && [...listed[1]!.matchAll(unit)].length !== 2) return whole;
    const mine = x === undefined || x === senderName;
    if (mine && y !== senderName) return `${stop}${day}我和${y}分别${deed}`;
    // 周涛、吴静2位部长分别组织本部门人员观看警示教育片 (round 49, fvf kind 4: both films put on the clerk's own 办公室): two
    // others each organising their own unit's people say which unit by who they are; each doer gets a sentence of their own
    // with 本部门/本科室 (doersOwnUnit reads it as theirs; a signing with 本部门人员 is still signed with each of them).
    const own = OWN_UNIT_DEED.exec(deed);
    if (own && x !== undefined && x !== senderName && y !== senderName && ownUnitsOf([x, y], directory) !== undefined) {
      const dayAgain = day.replace(/[，,]\s*$/, '');
      const mine = deed.replace(OWN_UNIT_DEED, /科室/.test(own[0]) ? '组织本科室' : '组织本部门');
      return `${stop}${day}${x}${mine}；${dayAgain}${y}${mine}`;
    }
    const two = twoPlaces.exec(deed);
    if (!two || x === undefined) return whole;
    const [, lead, first, second, rest] = two;
    const doer = (n: string) => (n === senderName ? '我' : n);
    const dayAgain = day.replace(/[，,]\s*$/, '');
    return `${stop}${day}${doer(x)}${lead}${first}${rest}；${dayAgain}${doer(y)}${lead}${second}${rest}`;
  });
}

/** 组织本部门… · 组织部门人员… · 组织各自科室…: a deed each doer holds in their own unit (the unit words captured to be named). */
const OWN_UNIT_DEED = /^组织(?:本部门|本科室|本部室|本单位|各自部门|各自科室|所在部门|部门|科室)/;

/** The names of the departments of the people named `names`, in order; undefined when one has none (a leader) or two share one. */
function ownUnitsOf(names: readonly string[], directory: Directory): string[] | undefined {
  const units = names.map((n) => {
    const id = directory.org.people.find((p) => p.name === n)?.departmentId;
    return id === undefined ? undefined : directory.org.departments.find((d) => d.id === id)?.name;
  });
  return units.every((u) => u !== undefined) && new Set(units).size === units.length ? (units as string[]) : undefined;
}

/** The name of the one person `words` (黄书记) name for sure; null otherwise. */
function nameOfOne(words: string, ctx: ParseContext): string | null {
  const ids = namedPeople(words, ctx);
  return ids?.length === 1 ? (ctx.directory.person(ids[0]!)?.name ?? null) : null;
}
