// Sentences about work no duty counts (信访, 招商引资, 防汛, 安全生产…): taken out before reading, their day and doer handed on.
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/**
 * Work that 通讯稿 items tell of beside the 党风廉政 duties: receiving petitioners, investment, flood and safety work,
 * project meetings, joint meetings. A check of it (安全生产检查) is no 作风纪律检查 (round 16, K12).
 */
export const OTHER_DUTY_WORK =
  /接待来访|来访群众|信访|招商引资|防汛|抗旱|安全生产|消防安全|消防检查|食品安全|项目对接|对接[^,;。!?]{0,12}?项目|联席会议/;

/** 党风廉政建设联席会议 · 安全生产和廉政风险排查: a sentence that names the duties' own matter is never other work. */
const DUTY_MATTER = /廉政|廉洁|党风|纪律|作风|警示|谈话|谈心|责任书|承诺书|八项规定|四风/;

/** The sentences of a line, each with its end mark. */
const SENTENCE = /[^。;!?\n]+[。;!?]*|\n/g;

/** 同日 · 当天 · 同一天: the day of the sentence before. */
const SAME_DAY_OPENING = /^([\s\u0000,]*)(?:同日|当日|当天|同一天|同天)/;

/** 刘芳副理事长 · 张伟书记 · 王磊同志 opening what is left of a sentence: its doer, named with a title. */
const TITLED_DOER = /^[\u4e00-\u9fa5]{2,3}?(?:同志)?(?:副?理事长|党组书记|书记|主任|科长|部长|同志)/;

/** A sentence (after its day and time of day) going on without a subject: 与周涛进行了…, 并与…, 又到…. */
const NO_SUBJECT = /^(?:与|和|跟|同|找|对|并|又|还|再|随后|之后)/;

/** 一、招商引资： · 3. 防汛工作： : a section's number and label. */
const SECTION_LABEL = /^\s*(?:[一二三四五六七八九十]+、|\d+[.、)]|\(\d+\)|[(（][一二三四五六七八九十]+[)）])?\s*[^,;。!?:]{0,12}:\s*/;

export interface WithoutOtherWork {
  text: string;
  /** The words of the work taken out (招商引资, 信访), in order, once each. */
  dropped: string[];
}

/** The day phrase opening a sentence (11月16日， / 周二， / 本周一，), when its first comma part is only a day. */
function openingDay(sentence: string, today: string): string | undefined {
  const first = sentence.replace(SECTION_LABEL, '').split(',')[0]!;
  const day = parseDay(arabicizeNumerals(first), today);
  return day.date !== undefined && !day.byTimeOfDay && /^[\s\u0000。]*$/.test(day.rest) ? first.trim() : undefined;
}

/** The titled doer after a sentence's opening day (刘芳副理事长 in 11月16日，刘芳副理事长接待…). */
function openingDoer(sentence: string, dayWords: string | undefined): string | undefined {
  let rest = sentence.replace(SECTION_LABEL, '').trimStart();
  if (dayWords !== undefined) rest = rest.slice(rest.indexOf(dayWords) + dayWords.length).replace(/^[\s,]+/, '');
  return TITLED_DOER.exec(rest)?.[0];
}

/** `sentence` with the day (for 同日 or no day) and the doer (for no subject) of the sentence taken out before it. */
function handedOn(sentence: string, day: string | undefined, doer: string | undefined, today: string): string {
  let out = sentence;
  if (day !== undefined && SAME_DAY_OPENING.test(out)) out = out.replace(SAME_DAY_OPENING, `$1${day}`);
  else if (day !== undefined && parseDay(arabicizeNumerals(out), today).date === undefined) out = `${day}${/^[\s,]/.test(out) ? '' : ','}${out}`;
  if (doer === undefined) return out;
  // After the opening day and time of day (11月16日下午，), the first words say whether the sentence has a subject.
  const parts = out.split(',');
  const k = parts.length > 1 && /^[\s\u0000]*$/.test(parseDay(arabicizeNumerals(parts[0]!), today).rest) ? 1 : 0;
  if (!NO_SUBJECT.test(parts[k]!.trimStart())) return out;
  parts[k] = `${doer}${parts[k]!.trimStart()}`;
  return parts.join(',');
}

/**
 * `text` (normalised) without its sentences of other work that name no activity of the catalogue. The sentence after
 * one taken out keeps its day (同日 = that sentence's day) and, when it has no subject of its own, its doer: in
 * 「11月16日，刘芳副理事长接待来访群众…；当日下午，与周涛进行了廉政谈话」 the talk is 刘芳's on 11月16日 (round 16, K3).
 */
export function withoutOtherWork(text: string, today: string): WithoutOtherWork {
  const dropped: string[] = [];
  let week: string | undefined;
  let carried: { day?: string; doer?: string } | undefined;
  const kept = (text.match(SENTENCE) ?? []).map((sentence) => {
    if (sentence === '\n') {
      carried = undefined;
      week = undefined;
      return sentence;
    }
    week = /(本|上|这)个?(?:周|星期|礼拜)/.exec(sentence)?.[1] ?? week;
    const work = OTHER_DUTY_WORK.exec(sentence)?.[0];
    const { titles, rest } = extractTitles(sentence);
    // 招商引资调研 names a 调研 that is no 调研报告 (round 16, K3b): only a written 报告 would be one.
    const kinds = findKinds(rest).filter((k) => k.code !== 'report_research' || /报告/.test(rest));
    if (work !== undefined && titles.length === 0 && kinds.length === 0 && !DUTY_MATTER.test(rest)) {
      if (!dropped.includes(work)) dropped.push(work);
      const day = openingDay(sentence, today);
      // 本周一…；周二…；同日…: a bare weekday after 本周 is in that week.
      const dated = day !== undefined && week !== undefined && /^(?:周|星期|礼拜)[一二三四五六日天]$/.test(day) ? `${week}${day}` : day;
      carried = { ...(dated !== undefined ? { day: dated } : carried?.day !== undefined ? { day: carried.day } : {}), ...(openingDoer(sentence, day) !== undefined ? { doer: openingDoer(sentence, day)! } : {}) };
      return '';
    }
    const out = carried ? handedOn(sentence, carried.day, carried.doer, today) : sentence;
    carried = undefined;
    return out;
  });
  if (dropped.length === 0) return { text, dropped };
  // A line left with nothing but its number or label is gone with its sentences.
  const lines = kept.join('').split('\n').filter((line) => line.trim() !== '');
  return { text: lines.join('\n'), dropped };
}
