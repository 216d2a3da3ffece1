// 「11月督查：5号教就部，18号维权部」 (round 21 K2, P4: one check stored at once, the 18号 one dropped without a word;
// 「本月（11月）作风督查三次：3号财务科、12号组联部、24号康复中心」: every check at 财务科, the later days asked): a list of
// 「N号 + department」 after a month and a check word is one check per pair, each at its own department.

import { ALL_LED_CLAUSE } from './ledInTrailer.js';

/** A check word the heading must name: only checks go to departments one day each. */
const CHECK_WORD = /检查|督查|暗访|抽查|巡查/;
/** One pair: a day of the month and the department gone to (到/对 optional). */
// 11月6日检查办公室 (round 22u E1: the second day of 「11月份检查2次：11月6日检查办公室，11月24日检查组联部」 was lost): a
// pair may carry its month and the check verb before or after the department.
// 11月3日（办公室）、11月10日（财务科、组联部） (round 37, t37b F9: 「本月检查2次：…」 was 没看懂): the department may stand
// in brackets, several of them one check's.
const PAIR = /^(?:(\d{1,2})月)?(\d{1,2})[号日]\s*(?:到|对|在|赴)?\s*(?:检查了?|督查了?|抽查了?|巡查了?)?\s*(?:([\u4e00-\u9fa5]{2,10}?(?:部|科|室|中心|站|所|办))|[（(]((?:[\u4e00-\u9fa5]{2,10}?(?:部|科|室|中心|站|所|办)[、，,和及]?)+)[）)])\s*(?:检查|督查|抽查|巡查)?\s*$/;
/** Words of the heading that are not the check itself: the month, a count, 共/开展. */
const NOT_THE_CHECK = /本月|这个?月|上个?月|[（(]\s*\d{1,2}\s*月份?\s*[）)]|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?|总共|一共|共|开展了?|进行了?|组织了?|[一二三四五六七八九十两\d]+次|[，,\s]/g;

/** The month (1–12) a heading names: 11月, 本月, 上个月; undefined when it names none. */
export function monthOf(head: string, today: string): number | undefined {
  const named = [...head.matchAll(/(\d{1,2})\s*月/g)].pop();
  if (named) return Number(named[1]);
  const written = /(?<![本上这个])(十[一二]?|[一二三四五六七八九])月/.exec(head)?.[1];
  if (written) return written.startsWith('十') ? 10 + ' 一二'.indexOf(written[1] ?? ' ') : ' 一二三四五六七八九'.indexOf(written);
  const month = Number(today.slice(5, 7));
  if (/本月|这个?月/.test(head)) return month;
  if (/上个?月/.test(head)) return month === 1 ? 12 : month - 1;
  return undefined;
}

/**
 * `text` (normalised) with each line of the shape 「<month> <check>：N号<department>、M号<department>」 written out as one
 * clause per pair (11月5日到教就部督查；11月18日到维权部督查), and whether any line was; other lines as they are.
 */
export function withDayDepartmentPairs(text: string, today: string): { text: string; split: boolean } {
  let split = false;
  const lines = text.split('\n').map((line) => {
    const colon = line.search(/[：:]/);
    if (colon < 0) return line;
    const head = line.slice(0, colon);
    // …，均由黄志刚书记带队。 closes the list: kept as a sentence of its own after the pairs (ledInTrailer reads it).
    const body = line.slice(colon + 1).replace(/[。.!！\s]+$/, '');
    const led = [...body.matchAll(ALL_LED_CLAUSE)].pop();
    const closing = led && led.index! + led[0].length === body.length ? led[0].replace(/^[，,。；;\s]+/, '') : '';
    const parts = splitOutsideBrackets(closing ? body.slice(0, led!.index) : body).map((p) => p.trim());
    const pairs = parts.map((p) => PAIR.exec(p));
    if (pairs.length < 2 || pairs.some((m) => m === null)) return line;
    const month = monthOf(head, today);
    const check = head.replace(NOT_THE_CHECK, '');
    if (month === undefined || !CHECK_WORD.test(check)) return line;
    split = true;
    return pairs.map((m) => `${m![1] ? Number(m![1]) : month}月${Number(m![2])}日到${m![3] ?? m![4]!.replace(/[，,和及]/g, '、')}${check}`).join(';') + '。' + (closing ? `${closing}。` : '');
  });
  return { text: lines.join('\n'), split };
}

/** `list` cut at 、，； outside brackets: 「11月10日（财务科、组联部）」 stays one part. */
function splitOutsideBrackets(list: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const ch of list) {
    if (/[（(]/.test(ch)) depth += 1;
    if (/[）)]/.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;]/.test(ch)) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
}
