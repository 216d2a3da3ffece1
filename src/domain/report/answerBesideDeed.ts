// 「谈心谈话，另外周四上午还和王强签了责任书」 to 「是哪类活动？」 (round 52, fwf; t54a F7: the waiting talk abandoned, a new
// 谈心谈话 given 周四's day): an answer to the question, then a new deed after 另外 · 还有 · 顺便说一下 · 此外 · 对了. The
// answer answers; the deed is a report of its own, with its own day.

/**
 * The words that open a second, new deed after an answer: 另外 · 还有 · 顺便(说/提)一下 · 此外 · 对了 · 再就是 · 另， ; and
 * (round 54, fjf: 「谈心谈话，同时昨天还和孙杰谈心谈话了」 was not parted) 同时 · 与此同时 · 并且 · 而且. The deed after is taken only
 * when it is a whole report by itself (dialogAnswer's besideDeed), so an answer that merely goes on (王强，同时…) is not cut.
 */
const BESIDE =
  /^([\s\S]+?)[\s，,。.；;！!]*(?:另外|还有|顺便(?:说|提|讲|报)?(?:一下|下)?|此外|对了|再就是|另[，,]|与此同时|同时|并且|而且)[，,：:\s]*([\s\S]+)$/;

/** An answer and the deed told after it; the deed as written (a 还 opening it left in place: 还和王强签了…). */
export interface AnswerBesideDeed {
  answer: string;
  deed: string;
}

/**
 * `text` parted into the answer before 另外/还有/顺便… and the deed after it, or undefined when no such word parts it
 * (or either side is empty). Whether the answer answers and the deed is a report is for the caller to read.
 */
export function answerBesideDeed(text: string): AnswerBesideDeed | undefined {
  const m = BESIDE.exec(text.trim());
  if (!m) return undefined;
  const answer = m[1]!.trim();
  const deed = m[2]!.trim();
  return answer === '' || deed === '' ? undefined : { answer, deed };
}
