// 李明「昨天谈话了」「昨天谈了一次话」「前天找人谈了话」 (round 28 o, issue 10): a talk with no kind and no one named, alone in
// the message. Answered 「没有读出…活动」, the member had to write it all again; it is a talk, so its kind is asked (廉政谈话 ·
// 谈心谈话), then whom, each answer read as the whole message would be (superiorAfterAnswer).
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';
import { periodOf } from '../period.js';
import { shanghaiDate } from '../shanghai.js';
import type { ParseContext, ParsedReport, ReportDraft, ReportProblem } from './draft.js';

/** Nothing but the talk: 我又 · 找人/和人 · 进行了/开展了 · 谈(了)(一次/一下/个)话(了), with an end mark. */
const BARE = /^(?:我)?(?:又|也|还)?(?:找人|和人|跟人|与人|找同志)?(?:进行了|开展了|搞了)?(?:谈话|谈了(?:一次|一下|个|次)?话|谈过话)(?:了)?[。.!！\s]*$/;

/**
 * The one untyped talk of a message that says nothing but a day (or none) and 谈话了, asked its kind among the talks (and its
 * day when none was said), or undefined for anything else (a person, a type or any other word makes it the parser's).
 */
export function bareTalk(text: string, ctx: ParseContext): ParsedReport[] | undefined {
  const plain = arabicizeNumerals(normalizeText(text)).trim();
  const today = shanghaiDate(ctx.now);
  const day = parseDay(plain, today);
  const rest = day.text ? plain.replace(day.text, '').replace(/^[\s,，]+/, '') : plain;
  if (!BARE.test(rest)) return undefined;
  // 明天谈话 is a plan (the parser's plan reply); a bare 谈话 with no day and no 了/过 is no report of a deed done.
  if (day.date !== undefined && day.date > today) return undefined;
  if (day.date === undefined && !/[了过]/.test(rest)) return undefined;
  const draft: ReportDraft = { counterpartIds: [], late: false, ...(day.date ? { date: day.date, late: day.date <= today && day.date < periodOf('quarter', today).start } : {}) };
  const problems: ReportProblem[] = [{ code: 'missing_type', among: ['talk_integrity', 'talk_heart'] }];
  if (!day.date) problems.push({ code: 'missing_date' });
  return [{ draft, problems, remarks: [] }];
}
