// 「赵敏同志11月3日为宣文部党员讲授廉政党课。11月17日，与王磊开展谈心谈话。」 (issue 10, round 28 F2: the talk shown on
// 11-03, the lead's day): in a pasted 工作动态 item a sentence that opens with a day of its own is another deed on that day.
// The lead's day must not win, so the full stop before it is read as the ；that parts two entries of one line (which
// keep one subject), and 次日/翌日/第二天 are written as the day they name.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';
import { outsideInspection } from './outsideInspection.js';
import { opensWithNextDay, withOpeningNextDay } from './nextDaySpelled.js';
import { opensWithCheck } from './deedOpening.js';
import { isHeadline, leadsDatedDeeds, type DatedAfter } from './leadsDatedDeeds.js';
import { sentenceDay } from './sentenceDay.js';

/** The sentences of a line, each with its end mark (。!? only: a ；already parts entries). */
const SENTENCE = /[^。!?\n]+[。!?]*|\n/g;

/** 11月17日 · 2026年11月17日 · 本月18日: a day written with its month (a regexp source, no groups). */
const WRITTEN_DATE = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|本月\\d{1,2}[日号]';

/** 月底 · 11月中旬 · 近日: a part of a month or a recent time, no day (a regexp source, no groups). */
const VAGUE_TIME = '(?:\\d{1,2}月)?(?:月初|月中|月底|月末|上旬|中旬|下旬|近日|日前|近期)';

/** A written day opening a sentence: 11月17日 · 2026年11月17日 · 11.17 · 本月18日 · 18日. */
const OWN_DAY = new RegExp(`^[\\s\\u0000,]*(?:${WRITTEN_DATE}|\\d{1,2}\\.\\d{1,2}(?!\\d)|\\d{1,2}[日号](?![前后]))`);

/**
 * 月底 · 11月中旬 · 近日 opening a sentence: no day, so it is asked; it must not take the lead's day either (the entry
 * it becomes has no day of its own, so the member is asked).
 */
const VAGUE_OPENING = new RegExp(`^[\\s\\u0000,]*${VAGUE_TIME}`);

/** After the opening day (and 上午/下午), words that go on with no subject of their own: the doer is the lead's. */
const NO_SUBJECT = /^[\s\u0000,]*(?:上午|下午|晚上)?[\s\u0000,]*(?:又|还|再|并|专门|随后|与|和|跟|同|找|对|听取|主持|召开|组织|开展|带队|率队|到|赴|深入|前往)/;

/** The day words opening a sentence, a range's end (至18日) and a part of the day (下午) included: where its subject would stand. */
const OPENING = new RegExp(
  `^[\\s\\u0000,]*(?:${WRITTEN_DATE}|\\d{1,2}\\.\\d{1,2}|\\d{1,2}[日号]|${VAGUE_TIME})(?:[至到~-]\\d{1,2}[日号])?(?:上午|下午|晚上)?`,
);

/** A title or a post written before or after a name (党组书记张伟 · 张伟书记 · 王建国副理事长 · 赵敏同志). */
const TITLE = '(?:党组书记|机关纪委书记|书记|副理事长|理事长|副主任|主任|部长|副科长|科长)';

/** The titled doer of a lead sentence (党组书记张伟 · 张伟书记 · 赵敏同志), by the names of the directory. */
function doerOf(sentence: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    // A pattern per directory name compiled only where the name is written (1,000 people: 71 patterns per message built
    // and thrown away before; issue 14's parse cost).
    if (!sentence.includes(name)) continue;
    const m = new RegExp(`(?:${TITLE})?${name}(?:同志)?${TITLE}?(?:同志)?(?=带队|率队|牵头|带领|一行|到|赴|深入|前往|来到|先后|专门|主持|参加|出席|为|给|向|对|与|和|同|跟|找|组织|召开|讲授|主讲|开展|在|\\d)`).exec(sentence);
    if (m && m[0] !== name) return m[0];
  }
  return undefined;
}

/** 康复部召开…会议,刘芳副理事长参加并讲话: `doer` (as doerOf found it) only attends, after 召开 by someone else. */
function attendedOnly(lead: string, doer: string): boolean {
  const at = lead.indexOf(doer);
  if (at > 0 && lead.slice(0, at).includes('召开') && /^(?:参加|出席|列席|到会)/.test(lead.slice(at + doer.length))) return true;
  // 11月23日到康复部参加了部门廉政教育,吴静部长主讲。11月24日与周涛… (round 39, t38b F12: the talk written as 吴静's): who gave or
  // chaired, in a clause of their own, what the sender (no titled subject) only attended is no subject of the sentences after.
  const comma = lead.indexOf(',');
  const first = comma > 0 ? lead.slice(0, comma) : '';
  return comma > 0 && at > comma && /参加|参与|列席|旁听|聆听|听/.test(first) && !new RegExp(TITLE).test(first) && /^(?:主讲|主持|授课|讲授|领学)/.test(lead.slice(at + doer.length));
}

/**
 * 11月份，黄志刚书记牵头开展作风纪律专项检查，11月4日对办公室…，11月18日对财务科… (round 28, g28: the lead's check a third
 * record on the first day): a line's first clauses with no day of their own, telling a deed and its doer, before two or more
 * clauses that open with their own days, head those clauses as a heading with a colon does (leadsDatedDeeds, joined: the
 * same rule as a lead sentence's). Unchanged otherwise.
 */
function withSummaryLead(sentence: string, today: string, names: readonly string[]): string {
  const clauses = sentence.split(/(?<=,)/);
  const firstDated = clauses.findIndex((c, i) => i > 0 && OWN_DAY.test(c));
  if (firstDated < 1) return sentence;
  const lead = clauses.slice(0, firstDated).join('');
  const dated = clauses.slice(firstDated).filter((c) => OWN_DAY.test(c)).length;
  if (!leadsDatedDeeds(lead, today, { dated, sentences: clauses.slice(firstDated), doer: doerOf(lead, names), joined: true })) return sentence;
  return `${lead.replace(/,\s*$/, ':')}${clauses.slice(firstDated).join('')}`;
}

/**
 * 王建国副理事长到财务科检查专项资金使用情况，11月20日与孙丽签订…，11月25日与王强… (f2, issue 10: the check put on 11-20 and
 * the signing lost): a line's first clause with no day, telling a deed of the catalogue by a titled doer, before a clause
 * opening with its own day is a deed of its own, whose day is asked; parted by ; as a sentence of it is (undatedLead
 * below). `sentence` unchanged otherwise (a lead that sums up the dated clauses was made a heading by withSummaryLead).
 */
function withUndatedLeadClause(sentence: string, today: string, names: readonly string[]): string {
  const clauses = sentence.split(/(?<=,)/);
  const [first, second] = clauses;
  if (first === undefined || second === undefined || !first.endsWith(',') || !OWN_DAY.test(second)) return sentence;
  if (OWN_DAY.test(first) || VAGUE_OPENING.test(first) || sentenceDay(first, today) !== undefined) return sentence;
  if (findKinds(extractTitles(first).rest).length === 0 || doerOf(first, names) === undefined || isHeadline(first)) return sentence;
  return `${first.replace(/,$/, ';')}${clauses.slice(1).join('')}`;
}

/**
 * What follows a lead sentence on its line (`after`: the sentences from the next one on, `\n` a line's end), for
 * leadsDatedDeeds: how many clauses open with their own day (after a ; or , too), and the sentences themselves.
 * 黄志刚带队开展年底作风纪律专项检查。11月23日…明查暗访；11月27日，又…检查 (round 28's A5, asked the day of a third check).
 */
function lineAfter(after: readonly string[], lead: string, names: readonly string[]): DatedAfter {
  const end = after.indexOf('\n');
  const line = end < 0 ? after : after.slice(0, end);
  const dated = line.flatMap((s) => s.split(/(?<=[,;])/)).filter((c) => OWN_DAY.test(c)).length;
  return { dated, sentences: line, doer: doerOf(lead, names), joined: false };
}

/** `sentence` with `doer` written after the opening day of each clause that opens with a day and then a check's verb (检查了…). */
function withDoerOnDatedClauses(sentence: string, doer: string): string {
  return sentence
    .split(/(?<=[,;])/)
    .map((clause) => {
      const opening = OWN_DAY.test(clause) ? OPENING.exec(clause)?.[0] : undefined;
      if (opening === undefined) return clause;
      const after = clause.slice(opening.length).replace(/^[\s\u0000,]+/, '');
      // 对/与/到… clauses go on with the subject before them already (whoDidIt's continuesSubject); a bare verb does not.
      return opensWithCheck(after) ? `${opening},${doer}${after}` : clause;
    })
    .join('');
}

/** `sentence` with each `,次日` (翌日, 第二天) written as the day after the last day named before it (or `lineDay`). */
function withNextDayClauses(sentence: string, lineDay: string | undefined, today: string): string {
  const clauses = sentence.split(/(?<=,)/);
  let day = lineDay;
  return clauses
    .map((clause, i) => {
      let out = clause;
      if (i > 0 && day !== undefined) out = withOpeningNextDay(out, day, today);
      day = sentenceDay(out, today) ?? day;
      return out;
    })
    .join('');
}

/**
 * `text` (normalised: ，→ `,`, ；→ `;`) with each sentence that opens with a day of its own (or 次日/翌日/第二天, or a vague
 * 月底/中旬 that is asked) parted from the dated sentence before it by `;`, so the day binds to the deed after it; `names`
 * are the directory's people. 次日 and its kin, opening a sentence or a clause, become the day after the one before.
 * A sentence so parted that goes on with no subject (11月17日，与王磊… · 月底，与王磊…) is given the lead's titled doer,
 * which the entry would otherwise lose beside a lead of no record (到康复中心调研…) or a day asked (月底). A lead with no
 * day is parted only when it tells a deed of the catalogue by a titled doer (then it is asked its day, never given the
 * next one's; a headline …活动 over a dated deed stays that deed). Unchanged when no sentence but the first has a day,
 * or when the sentence after opens with a day but tells an outside body's check.
 */
export function withDayPerSentence(text: string, today: string, names: readonly string[]): string {
  const out: string[] = [];
  let lineDay: string | undefined;
  let lead: string | undefined;
  // 讲授廉政党课.11月17日,与… typed on a phone: a half-width stop between words and a day ends a sentence too.
  const stopped = text.replace(/(?<=[\u4e00-\u9fa5》])\.(?=\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号])/g, '。');
  if (stopped !== text) return withDayPerSentence(stopped, today, names);
  const sentences = text.match(SENTENCE) ?? [];
  let headDoer: string | undefined;
  for (const [index, sentence] of sentences.entries()) {
    if (sentence === '\n') {
      headDoer = undefined;
      out.push(sentence);
      lineDay = undefined;
      lead = undefined;
      continue;
    }
    const before = out.at(-1);
    const summed = before === undefined || before === '\n' ? withSummaryLead(sentence, today, names) : sentence;
    let own = (before === undefined || before === '\n') && summed === sentence ? withUndatedLeadClause(sentence, today, names) : summed;
    if (headDoer !== undefined) own = withDoerOnDatedClauses(own, headDoer);
    const opensDay = OWN_DAY.test(own) || opensWithNextDay(own) || VAGUE_OPENING.test(own);
    // 11月18日市纪委检查组到财务科检查… is no deed of ours (outsideInspection says so on the card): left as written.
    // 王建国副理事长到财务科检查专项资金…。11月20日，与孙丽签订… : a lead of its own deed and doer but no day is not on
    // the day of the sentence after it; it is asked (a headline or purpose sentence of no doer is read as before).
    const undatedLead = lineDay === undefined && lead !== undefined && out.length === 1 && OWN_DAY.test(own) && findKinds(extractTitles(lead).rest).length > 0 && doerOf(lead, names) !== undefined && !isHeadline(lead);
    // 黄志刚带队，分两次开展明查暗访。11月12日…，11月24日… (round 27 F1, the merge of g28 and h28): a lead with no day of
    // its own that counts or sums up the dated sentences after it heads them, as a heading with a colon does; no third deed.
    if (lineDay === undefined && lead !== undefined && out.length === 1 && before !== undefined && OWN_DAY.test(own) && /[。!?]\s*$/.test(before) && leadsDatedDeeds(lead, today, lineAfter(sentences.slice(index), lead, names))) {
      out[0] = before.replace(/[。!?](\s*)$/, ':$1');
      // …先后三次开展作风纪律检查。11月5日检查了办公室，11月12日检查了财务科: the lead's doer is the doer of each dated
      // deed after it, on its line, that names none (the heading alone passed it to the first only; the others were the sender's).
      headDoer = doerOf(before, names);
      if (headDoer !== undefined) own = withDoerOnDatedClauses(own, headDoer);
      lead = own;
      out.push(own);
      const d = sentenceDay(own, today);
      if (d !== undefined) lineDay = d;
      continue;
    }
    if ((lineDay !== undefined || undatedLead) && before !== undefined && /[。!?]\s*$/.test(before) && opensDay && outsideInspection(own, today) === undefined) {
      if (lineDay !== undefined) own = withOpeningNextDay(own, lineDay, today);
      out[out.length - 1] = before.replace(/[。!?](\s*)$/, ';$1');
      const named = lead !== undefined ? doerOf(lead, names) : undefined;
      // 康复部召开…会议,刘芳副理事长参加并讲话。11月25日组织… (round 31g, F2: the film given to 刘芳): one who only attended
      // what another held is no subject to write in; the entries keep their one subject as parseReport reads it.
      const doer = named !== undefined && !attendedOnly(lead!, named) ? named : undefined;
      const opening = OPENING.exec(own)?.[0];
      if (doer !== undefined && opening !== undefined && NO_SUBJECT.test(own.slice(opening.length))) {
        own = `${opening},${doer}${own.slice(opening.length).replace(/^[\s\u0000,]+/, '')}`;
      }
    }
    // …讲授廉政党课，次日与周涛… : a clause opening with 次日 is the day after the clause before, too.
    own = withNextDayClauses(own, lineDay, today);
    const day = sentenceDay(own, today);
    if (day !== undefined) lineDay = day;
    lead = own;
    out.push(own);
  }
  return out.join('');
}
