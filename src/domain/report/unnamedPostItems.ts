// 「何主任分别与孙杰及护士长进行廉政谈话」 (round 40, t40a F6: the 护士长 dropped without a word, one talk with 孙杰 stored): a
// post with no name, joined to a name by 及/和/、, is someone talked to whom the directory cannot say.
import type { CounterpartItem } from './parseCounterpartItems.js';

/**
 * A post no directory title is (护士长 · 康复治疗组长 · 队长 · 站长 · 班长), right after 及/和/、/与 and before the deed or the
 * clause's end. Group 1 the post as written (a qualifier of up to six characters before it included).
 */
const POST_AFTER_JOIN = /(?<=[及和、与跟同][\s\u0000]*)([\u4e00-\u9fa5]{0,6}?(?:护士长|组长|队长|站长|班长|所长|院长|校长|馆长))(?=[\s\u0000]*(?:同志)?[\s\u0000]*(?:分别|逐一|进行|开展|谈|签|[,，;；。!?]|$))/g;

/** Items for each unnamed post in `text` (masked where other readers took words): asked who, never dropped. */
export function unnamedPostItems(text: string): CounterpartItem[] {
  return [...text.matchAll(POST_AFTER_JOIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1]!, ids: [], problem: { code: 'unknown_counterpart' as const, text: m[1]! } }));
}
