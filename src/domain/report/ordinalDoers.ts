// 11月18日、11月25日，机关纪委分两次…进行了明查暗访，第一次由黄志刚带队，第二次由我带队 (round 33c, A13): each ordinal
// clause names the doer of one occasion, in the order of the days, but the reader took the first doer for every day. The
// run of ordinal clauses is the same statement as 「分别由黄志刚、林晓带队」, which the reader already pairs with the days in
// order (and asks about when the counts differ), so it is written that way; 我/本人 is the sender, spelled by name because
// 「分别由X、我」 is not read per item.
const ORDINALS = ['一', '二', '三', '四', '五', '六'];
// Not 主持: 张伟书记分两次讲授廉政党课，第一次由王建国主持 names the chair beside a doer already written.
const VERB = '带队|主讲|组织|牵头';
/** A day written in full or as a bare day of a list (11月18日、25日). */
const DAY = /\d{1,2}月\d{1,2}[日号]|(?<=[、和及])\d{1,2}[日号]/g;
/** One ordinal clause: 第N次(是)由X(verb), X any short run without punctuation (resolved later as any doer is). */
const CLAUSE = new RegExp(`第([一二三四五六])次(?:是)?由([^，,；;。！!？?\\s、]{1,12}?)(${VERB})`, 'g');
const RUN = new RegExp(`([，,])\\s*((?:第[一二三四五六]次(?:是)?由[^，,；;。！!？?\\s、]{1,12}?(?:${VERB})[，,；;]\\s*)+第[一二三四五六]次(?:是)?由[^，,；;。！!？?\\s、]{1,12}?(?:${VERB}))(?=\\s*(?:[。；;！!\\n]|$))`, 'g');

/**
 * `text` with each closing run of ordinal doer clauses (，第一次由X带队，第二次由Y带队) written as 「，分别由X、Y带队」; the
 * clauses must count 第一次, 第二次, … in order, share one verb and be as many as the days written in the sentence before them, else the run is left as written. 我/本人 becomes
 * `senderName`; without it (a sender outside the directory) a run naming 我 is left as written.
 */
export function withOrdinalDoers(text: string, senderName: string | undefined): string {
  if (!text.includes('第一次')) return text;
  return text.replace(RUN, (whole, sep: string, run: string, offset: number) => {
    const clauses = [...run.matchAll(CLAUSE)];
    const inOrder = clauses.every((m, i) => m[1] === ORDINALS[i]);
    const verbs = new Set(clauses.map((m) => m[3]));
    // One doer per day written in the sentence before, or the pairing is a guess: left as written.
    const start = Math.max(...['。', '；', ';', '！', '!', '\n'].map((c) => text.lastIndexOf(c, offset - 1) + 1));
    const days = text.slice(start, offset).match(DAY)?.length ?? 0;
    if (clauses.length < 2 || !inOrder || verbs.size !== 1 || days !== clauses.length) return whole;
    const doers = clauses.map((m) => (/^(?:我|本人|我本人)$/.test(m[2]!) ? senderName : m[2]));
    if (doers.some((d) => d === undefined)) return whole;
    return `${sep}分别由${doers.join('、')}${clauses[0]![3]}`;
  });
}
