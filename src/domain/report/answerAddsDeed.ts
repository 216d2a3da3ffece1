// 胡军 「王副理事长上周四下午找周涛谈了话」 → 是哪类活动？ → 「廉政谈话 同一天还找吴静也谈了 也是廉政谈话」 (round 60, fbe; t62b
// G1, stored wrong at once: 周涛's talk abandoned and the CLERK's own talk with 吴静 stored). An answer that gives the value
// asked AND adds a deed of the same doer (同一天还… · 另外还… · 还有X也…) fills the waiting record and adds the new one with
// that record's doer, day and kind, wherever the addition does not say its own.
import { parseReport } from './parseReport.js';
import { parseDay } from './parseDay.js';
import { parseCounterparts } from './parseCounterparts.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { saysOwnDeed } from './waitingDoerKept.js';
import { shanghaiDate } from '../shanghai.js';
import type { ParseContext, ReportDraft } from './draft.js';

/**
 * Where the addition starts: after the answer and a space or stop, a word that opens one more deed (另外 · 此外 · 还有 ·
 * 补充 · 同一天 · 当天 · 那天) or 还/也/又 before the person (还找吴静 · 也和冯雪). The answer part is kept lazy: the first
 * such word parts it.
 */
const PARTS =
  /^(.+?)[\s,，。.；;!！]+((?:另外|此外|还有|补充(?:一下|一句)?[:：]?|同一天|同天|当天|当日|同日|那天|那一天|顺便)[\s\S]*|(?:还|也|又)(?:找了?|和|跟|与|同|给)[\s\S]*)$/;
/** The same day pointed at: no day of the addition's own. */
const SAME_DAY = /同一天|同天|当天|当日|同日|那一天|那天/g;
/** The addition tells a deed (or only adds a person with 还有), not a remark about the answer. */
const DEED = /谈|签|查|聊|讲|也是|一起|一块|还有/;

/**
 * 谈心谈话 上周五下午谈的 还签了承诺书 (round 63, gch; t66a B-F1: the 谈心 stored at once, the 承诺书 lost without a word): the
 * answer, then a signing said with no one named (还签了承诺书 · 也签订了廉政承诺书 · 顺便签了责任书) — with the same person.
 */
const SIGNED_TOO = /^(.+?)[\s,，。；;]+((?:另外|同时|顺便|并且?|然后)?(?:还|也|又|同时|顺便|并)(?:一起|顺便|顺带)?(?:签了|签订了|签署了|签了一份|签订|签署)(?:一份)?(?:廉政|党风廉政建设)?(?:承诺书|责任书)(?:了)?)$/;

/** What an answer with an addition says: the answer alone, and the records the addition adds (their doer filled). */
export interface AnswerAddsDeed {
  /** The answer to the question asked, as written (「廉政谈话」). */
  answer: string;
  /** The addition as written (「同一天还找吴静也谈了 也是廉政谈话」), for the card's note. */
  addition: string;
  /** Who, when and what the addition names of its own (undefined: taken from the waiting record once it is filled). */
  added: AddedDeed[];
}

/** One record the addition adds: its counterparts always; type, day and doer only when the addition names them. */
export interface AddedDeed {
  counterpartIds: string[];
  type?: ReportDraft['type'];
  /** YYYY-MM-DD, only when the addition writes a day of its own (11月27日 · 周五); 同一天 · 当天 leave it unset. */
  date?: string;
  /** The addition names no one: it is with the waiting record's people (还签了承诺书, round 63, gch; t66a B-F1). */
  sameCounterparts?: true;
  /** The doer the addition names (陈副理事长当天也和冯雪谈了); 'sender' when it says 我 / 本人. */
  actorId?: string;
}

/**
 * Parts `text` into the answer and an addition that names at least one directory person other than `waitingDoer` and
 * tells a deed; undefined otherwise (a plain answer, or words after it that add no one). `waitingDoer` is the directory id
 * of the waiting record's doer (the sender's id when it is their own). `ctx.now` gives today in Shanghai.
 */
export function answerAddsDeed(text: string, waitingDoer: string, ctx: ParseContext): AnswerAddsDeed | undefined {
  const signed = SIGNED_TOO.exec(arabicizeNumerals(normalizeText(text)).trim());
  if (signed && !/签/.test(signed[1]!)) return { answer: signed[1]!.trim(), addition: signed[2]!.trim(), added: [{ counterpartIds: [], sameCounterparts: true, type: 'pledge_sign' }] };
  const m = PARTS.exec(arabicizeNumerals(normalizeText(text)).trim());
  if (!m) return undefined;
  const answer = m[1]!.trim();
  const addition = m[2]!.trim();
  if (answer === '' || !DEED.test(addition)) return undefined;
  const own = saysOwnDeed(addition);
  const parsed = parseReport(addition, ctx) ?? [];
  const ownDay = parseDay(addition.replace(SAME_DAY, ''), shanghaiDate(ctx.now)).date;
  const added: AddedDeed[] = parsed
    .filter((r) => r.draft.counterpartIds.some((id) => id !== waitingDoer))
    .map((r) => {
      // The parser reads a deed of no named doer as the sender's: here the doer is the waiting record's unless 我 is said.
      const doer = own ? 'sender' : r.draft.actorId;
      return {
        counterpartIds: r.draft.counterpartIds.filter((id) => id !== waitingDoer),
        ...(r.draft.type !== undefined ? { type: r.draft.type } : {}),
        ...(ownDay !== undefined && r.draft.date !== undefined ? { date: r.draft.date } : {}),
        ...(doer !== undefined ? { actorId: doer } : {}),
      };
    });
  if (added.length > 0) return { answer, addition, added };
  // 还有吴静 · 另外吴静也谈了 (no type word): the people it names, everything else the waiting record's.
  const people = parseCounterparts(addition, ctx).counterparts.map((c) => c.id).filter((id) => id !== waitingDoer && id !== ctx.senderId);
  if (people.length === 0) return undefined;
  return { answer, addition, added: people.map((id) => ({ counterpartIds: [id], ...(own ? { actorId: 'sender' } : {}) })) };
}

