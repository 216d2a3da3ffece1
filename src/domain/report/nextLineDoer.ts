// 11.25 张书记到财务科开展作风纪律检查⏎第二天到办公室检查 (round 61, gaa; fbf's left-alone: the second check made the
// sender's): a line that goes on from the one before it (第二天 · 次日 · 当天 · 随后 …) and names no doer of its own is the
// doer's of that line, as a clause so opened is. Written in, every reader reads the line with its doer; a line opening with
// a day of its own, or with nothing saying it goes on, is left (whose it is stays the readers' question).
import type { ParseContext } from './draft.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { namedPeople } from './namedPeople.js';

/** A line going on from the one before, its opener in group 1, then the deed with no subject (到 · 与 · 又对 …). */
const GOES_ON = /^([\s\u0000]*(?:第二天|次日|翌日|当天|同日|当日|同一天|随后|之后|然后|接着)(?:上午|下午|晚上)?[，,\s]*)(?=(?:又|还|也|再)?(?:到|赴|去|深入|前往|与|和|跟|同(?![一天日事志])|找|对)[\u4e00-\u9fa5])/;
/** Some line opens with a word of going on: the cheap gate before any line is read. */
const GOES_ON_SOMEWHERE = /\n[\s\u0000]*(?:第二天|次日|翌日|当天|同日|当日|同一天|随后|之后|然后|接着)/;
/** A line's opening: an item mark, a day (11.25 · 11月25日 · 昨天), then its doer (张书记 · 王建国副理事长 · 何平) in group doer. */
const LINE_DOER = new RegExp(
  `^[\\s\\u0000]*(?:\\d{1,2}[.、．)）]\\s*(?!\\d))?(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?)?[，,\\s]*(?<doer>[\\u4e00-\\u9fa5]{1,3}?(?:同志)?(?:党组书记|书记|副理事长|理事长|副主任|主任|副科长|科长|副部长|部长)|[\\u4e00-\\u9fa5]{2,3}(?=[到赴与和跟找对]))`,
);

/**
 * `text` with the doer of the line before (a directory person other than the sender, named at its opening) written into each
 * line that goes on from it with no subject (第二天到办公室检查 → 第二天张书记到办公室检查); `text` itself when no line does.
 */
export function withNextLineDoer(text: string, ctx: ParseContext): string {
  if (!text.includes('\n') || !GOES_ON_SOMEWHERE.test(text)) return text;
  const lines = text.split('\n');
  let doer: string | undefined;
  let changed = false;
  let lastLine = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const goesOn = GOES_ON.exec(line);
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
