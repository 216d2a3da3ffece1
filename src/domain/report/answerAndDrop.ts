// 「作风纪律检查。第2条不要，那是上个月已经报过的」 to 「是哪类活动？」 on a two-item report (round 56, fgc; t58a F8): the type
// was taken and 「第2条不要」 silently ignored (sent alone it works). An answer may carry an instruction after it: both
// parts are applied, never one dropped unseen.
import { askedItemDrop, type AskedItemDrop } from './askedItemDrop.js';
import { normalizeText } from './parseNormalize.js';

/** The answer to the waiting question and the item the words after it leave out (第N条, 0-based in `drop.index`). */
export interface AnswerAndDrop {
  answer: string;
  drop: AskedItemDrop & { kind: 'index' };
}

/** 第2条 · 第二条 · 最后一条 opening a clause after the answer. */
const NUMBERED = /^(?:另外|还有|然后|对了|而且|不过)?[,，\s]*(?:第(?:[1-9]\d?|[一二两三四五六七八九十])(?:条|项)|(?:去掉|删掉|删除|不要)第)/;

/**
 * `text` parted into an answer (the words before the first clause that names an item by its number) and a drop of that
 * item (第2条不要 · 第二条删掉，那是上个月报过的 · 去掉第2条); undefined when there is no such clause, no answer before it,
 * or the clause is no drop (第2条是11月20日 is an edit, read elsewhere).
 */
export function answerAndDrop(text: string): AnswerAndDrop | undefined {
  const parted = answerThenNumbered(text);
  if (parted === undefined) return undefined;
  {
    const { answer, rest } = parted;
    // The drop's own words: after a joint (另外 · 还有), up to its reason (，那是上个月报过的), voice spaces closed.
    const own = rest.replace(/^(?:另外|还有|然后|对了|而且|不过)[,，\s]*/, '');
    const clause = own.split(/[。;；,，]/)[0]!;
    const spoken = clause.split(/\s+/);
    const candidates = [own, clause, clause.replace(/\s+/g, ''), spoken.slice(0, 2).join('')];
    const drop = candidates.map((c) => askedItemDrop(c)).find((d) => d !== undefined);
    return drop?.kind === 'index' ? { answer, drop } : undefined;
  }
}

/**
 * `text` (one line) parted before its first clause naming an item by number: the answer (at most 16 characters: an
 * answer is short, a report is not) and the rest (第2条是11月21日 · 第二条 不要了). Undefined when no such clause follows
 * an answer.
 */
export function answerThenNumbered(text: string): { answer: string; rest: string } | undefined {
  const t = normalizeText(text).trim();
  if (/\n/.test(t)) return undefined;
  for (const cut of t.matchAll(/[。;；,，!！\s]+/g)) {
    const rest = t.slice(cut.index! + cut[0].length);
    if (!NUMBERED.test(rest)) continue;
    const answer = t.slice(0, cut.index!).trim();
    if (answer.length === 0 || answer.length > 16 || /第(?:[1-9]\d?|[一二两三四五六七八九十])(?:条|项)/.test(answer)) return undefined;
    return { answer, rest };
  }
  return undefined;
}
