// 「1. 11月3日与王强进行了廉政谈话⏎2. …⏎3. 帮我看看本月完成情况」 · 「帮我看下本季度完成情况。11月3日…」 ·
// 「…谈话。顺便问下本季度完成情况」 (r2, issue 10): a question asked before or after the deeds, as a list item, a line
// or a clause, with no ？. Before, the question was dropped without a word, or the whole message was taken as the
// question and the deeds were lost. Here only the words are cut apart; whether each part reads is the caller's test.

import { findKinds } from '../report/parseKind.js';

/** What asks, opening the part: 顺便问下 · 另外想问一下 · 请问 · 帮我看看 · 麻烦查一下 · 查一下 · 看下. */
const ASKING_LEAD =
  /^(?:另外|还有|同时|顺便|再)?[，,、]?\s*(?:(?:我)?想问(?:一下|下)?|问(?:一下|下|问)|请问|(?:请|麻烦)?(?:帮我|帮忙|麻烦)?(?:看看|看一下|看下|查查|查一下|查下|查询一下|查询|统计一下))[，,：:\s]*/;
/** What a check looks at (考勤 · 账目 · 在岗): 查一下考勤 beside a check may tell of the check itself, no question. */
const CHECKED = /考勤|纪律|账目|账务|资金|票据|报销|凭证|出勤|在岗|上班|值班|午休|公车|用车|食堂|物资|库房/;
/** 不对，是… · 哦不， · 说错了: the part after a ？ taking back what the ？ doubted. */
const TAKEN_BACK = /^[\s，,]*(?:哦|噢|呃)?(?:不对|不是|错了|说错了|写错了|记错了)/;
/**
 * Where a clause ends: after 。；，！？, or at a space before words that ask (上周四和刘洋谈心了 顺便问一下谈心谈话一年要几次,
 * round 48, fte: voice input's space for the comma, the whole message taken as a question and the talk dropped).
 */
const CLAUSE_BREAK = /(?<=[。；;，,！!？?])|(?<=[\u4e00-\u9fa5》”])[ ]+(?=(?:另外|还有|同时|顺便|再)?(?:我)?(?:想问|问(?:一下|下|问)|请问))/;
/** A list number opening a line: 3. · 3、 · (3) · 3）. */
const LIST_NUMBER = /^\s*(?:[(（]?\d{1,2}[)）]|\d{1,2}\s*[.．、])\s*/;

/**
 * Whether `text` opens with words asking the bot to look something up (帮我看看 · 查一下 · 麻烦查查 · 顺便问下), a list
 * number before them allowed.
 */
export function opensWithAsking(text: string): boolean {
  const lead = ASKING_LEAD.exec(text.replace(LIST_NUMBER, '').trim());
  return lead !== null && lead[0].trim() !== '';
}

/** One way to cut a message into its deeds and the question asked with them. */
export interface QuestionCut {
  /** The message without the question part, as written. */
  deed: string;
  /** The question, its asking words (顺便问下, 帮我) and list number taken off: what the query reader is given. */
  question: string;
  /** The question part as written, for a reply that cannot answer it. */
  said: string;
  /** It says it asks (顺便问下 · 想问一下 · 请问 · a ？): a question even when the query reader cannot read it. */
  asks: boolean;
}

/**
 * `part` read as a question: its words after the list number and asking lead, and whether it says it asks (a 问 word or
 * a ？); undefined when it opens with no asking word nor ends with ？.
 */
function asked(part: string): { words: string; asks: boolean } | undefined {
  const unnumbered = part.replace(LIST_NUMBER, '').trim();
  const lead = ASKING_LEAD.exec(unnumbered);
  const ends = /[?？]\s*$/.test(unnumbered);
  if (!ends && (!lead || lead[0].trim() === '')) return undefined;
  const words = unnumbered.slice(lead?.[0].length ?? 0).replace(/[。.!！?？\s]+$/, '').trim();
  // 帮我查一下台账 · 查一下组联部的 · 麻烦看看那个表 (r2: beside deeds and unread by the query reader, dropped without a word):
  // a request to the bot — addressed (帮我 · 麻烦 · 请) or a bare 查一下 — says it asks too, unless it looks at an activity
  // (查一下考勤 in a check, 看看警示教育片 in a study may be the deed itself). A bare 看看 may open a deed's clause.
  const leadWords = lead?.[0] ?? '';
  const addressed = /帮|麻烦|请/.test(leadWords);
  const requests = (addressed || (/查|统计/.test(leadWords) && !CHECKED.test(words))) && findKinds(words).length === 0;
  return words.length >= 2 ? { words, asks: ends || /问/.test(lead?.[0] ?? '') || requests } : undefined;
}

/**
 * The ways `text` may be cut into deeds and one question: its first or last line, else its first or last sentence or
 * clause (cut at 。；，), when that part opens with asking words (顺便问下 · 帮我看看 · 查一下…) or ends with ？ and
 * something is left beside it. Candidates in order (lines first, the last part before the first); empty when none.
 */
export function questionInReport(text: string): QuestionCut[] {
  const cuts: QuestionCut[] = [];
  const tryParts = (parts: string[], join: (kept: string[]) => string) => {
    if (parts.length < 2) return;
    for (const i of [parts.length - 1, 0]) {
      // 冯部长昨天下午找我和王强？不对，是找我谈了话 (round 36, t36b F3: cut as a question, the talk after it lost): a ？ the
      // member takes back at once (不对 · 不是 · 说错了) is a doubt about the deed, no question to the bot.
      if (TAKEN_BACK.test(parts[i + 1] ?? '')) continue;
      const q = asked(parts[i]!.replace(/^[\s，,；;。]+|[，,；;。\s]+$/g, ''));
      if (q === undefined) continue;
      const deed = join(parts.filter((_, j) => j !== i)).trim();
      if (deed !== '') cuts.push({ deed, question: q.words, asks: q.asks, said: parts[i]!.replace(/^[\s，,；;。]+|[，,；;。\s]+$/g, '').replace(LIST_NUMBER, '') });
    }
  };
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  tryParts(lines, (kept) => kept.join('\n'));
  if (lines.length <= 1) {
    const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
    tryParts(clauses, (kept) => kept.join('').replace(/[，,；;]\s*$/, ''));
  }
  return cuts;
}
