// 11.25 张书记到财务科开展作风纪律检查⏎第二天到办公室检查 (round 61, gaa; fbf's left-alone: the second check made the
// sender's): a line that goes on from the one before it (第二天 · 次日 · 当天 · 随后 …) and names no doer of its own is the
// doer's of that line, as a clause so opened is. Written in, every reader reads the line with its doer. Round 62 (gbe; gaa's
// left-alone): a line opening with a day of its own and straight a talk's 与 (a check's 到) with no subject, under a talk (a
// check) with a named doer, is that doer's too, while no new subject and no heading comes between. A line opening with
// nothing saying it goes on is left (whose it is stays the readers' question).
import type { ParseContext } from './draft.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { namedPeople } from './namedPeople.js';

/** A line going on from the one before, its opener in group 1, then the deed with no subject (到 · 与 · 又对 …). */
const GOES_ON = /^([\s\u0000]*(?:第二天|次日|翌日|当天|同日|当日|同一天|随后|之后|然后|接着)(?:上午|下午|晚上)?[，,\s]*)(?=(?:又|还|也|再)?(?:到|赴|去|深入|前往|与|和|跟|同(?![一天日事志])|找|对)[\u4e00-\u9fa5])/;
/** An item's mark before a line's day: 1、 · 2. (spaced before a dotted day: 1. 11.24) · ① · （1）. */
const ITEM_MARK = '(?:\\d{1,2}[.、．)）]\\s*(?!\\d)|\\d{1,2}[.．]\\s+|[①-⑳]\\s*|[(（]\\d{1,2}[)）]\\s*)?';
/**
 * A line opening with a day of its own (an item mark first, maybe) and then straight a talk's 与/和/对 or a check's 到 with no
 * subject (11月25日与王强进行了提醒谈话 · 2. 11.26 到办公室检查), the opening in group 1 (round 62, gbe; gaa's left-alone: the
 * talk given to the clerk who wrote the lines).
 */
const DAY_ON = new RegExp(
  `^([\\s\\u0000]*${ITEM_MARK}(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?)[，,\\s]*)(?=(?:又|还|也|再)?(?:到|赴|去|深入|前往|与|和|跟|同(?![一天日事志])|找|对)[\\u4e00-\\u9fa5])`,
);
/** A talk's or a check's words: a day-opened line goes on from the line before only within one of the two. */
const TALK_WORD = /谈/;
const CHECK_WORD = /检查|督查|抽查|巡查/;
/** Some line opens with a word of going on: the cheap gate before any line is read. */
const GOES_ON_SOMEWHERE = /\n[\s\u0000]*(?:第二天|次日|翌日|当天|同日|当日|同一天|随后|之后|然后|接着)/;
/** A line's opening: an item mark, a day (11.25 · 11月25日 · 昨天), then its doer (张书记 · 王建国副理事长 · 何平) in group doer. */
const LINE_DOER = new RegExp(
  `^[\\s\\u0000]*${ITEM_MARK}(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?)?[，,\\s]*(?![与和跟同对找向给为在])(?<doer>(?:党组书记|机关纪委书记|纪委书记|机关党委书记|副理事长|理事长)[\\u4e00-\\u9fa5]{2,3}?(?:同志)?(?=[到赴与和跟找对])|[\\u4e00-\\u9fa5]{1,3}?(?:同志)?(?:党组书记|书记|副理事长|理事长|副主任|主任|副科长|科长|副部长|部长)|[\\u4e00-\\u9fa5]{2,3}(?=[到赴与和跟找对]))`,
);

/**
 * `text` with the doer of the line before (a directory person other than the sender, named at its opening) written into each
 * line that goes on from it with no subject (第二天到办公室检查 → 第二天张书记到办公室检查); `text` itself when no line does.
 */
export function withNextLineDoer(text: string, ctx: ParseContext): string {
  if (!text.includes('\n')) return text;
  const byWord = GOES_ON_SOMEWHERE.test(text);
  // The day-opened line needs a doer named on a line before and a talk or a check: gated on the cheap words first.
  if (!byWord && !(text.includes('谈') || CHECK_WORD.test(text))) return text;
  const lines = text.split('\n');
  let doer: string | undefined;
  let changed = false;
  let lastLine = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const goesOn = GOES_ON.exec(line) ?? dayOpenedGoingOn(line, lines[lastLine]!, doer);
    // 张书记…调研。⏎次日与何平进行了廉政谈话 (round 59, fce's near-miss: the sender's): a talk goes on only from a talk.
    const talkOn = goesOn !== null && /^[又还也再]?(?:与|和|跟|同|找|对)/.test(line.slice(goesOn[1]!.length));
    if (goesOn && doer !== undefined && (!talkOn || /谈/.test(lines[lastLine]!))) {
      lines[i] = `${goesOn[1]!.trimEnd()}${doer}${line.slice(goesOn[1]!.length)}`;
      changed = true;
      continue;
    }
    lastLine = i;
    const named = LINE_DOER.exec(line)?.groups?.['doer'];
    const ids = named === undefined ? undefined : namedPeople(named, ctx);
    doer = ids?.length === 1 && ids[0] !== ctx.senderId ? named : undefined;
  }
  return changed ? lines.join('\n') : text;
}

/**
 * `line`'s day-opened opening (group 1 of DAY_ON) when it goes on from `before` — the line with `doer`: both a talk, or both a
 * check (11月24日黄书记与孙丽进行了提醒谈话⏎11月25日与王强进行了提醒谈话: 黄书记's too); null otherwise, and with no doer.
 */
function dayOpenedGoingOn(line: string, before: string, doer: string | undefined): RegExpExecArray | null {
  if (doer === undefined) return null;
  const m = DAY_ON.exec(line);
  if (m === null) return null;
  const rest = line.slice(m[1]!.length);
  const talk = TALK_WORD.test(rest) && TALK_WORD.test(before) && /^[又还也再]?(?:与|和|跟|同|找|对)/.test(rest);
  const check = CHECK_WORD.test(rest) && CHECK_WORD.test(before) && !TALK_WORD.test(rest);
  return talk || check ? m : null;
}
