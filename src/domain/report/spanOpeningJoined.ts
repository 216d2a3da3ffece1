// 「本周一至周三，我分别与王建国、刘芳、陈志强、赵敏四位班子成员逐一进行了廉政谈话。」 (t52b F2: four talks all on 本周一,
// no note): a span of days opening the sentence, parted from its deed by a comma only, was read as a day of its own that
// the deed inherited as its first day, the span lost. Written on the deed (本周一至周三我分别与…), the span is read where
// the deed is (parseSegment: several people's days asked, one lasting deed on its first day with a note).
import { daySpan, weekdaySpan } from './daySpan.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A sentence's opening words up to its first comma (the span, if it is one). */
const OPENING = /(^|[。；;!！?？\n])([ \t]*)([^，,。；;!！?？\n]{3,24}?)[ \t]*[，,][ \t]*/g;

/** 分别 · 逐一 · 先后 · 依次 · 轮流: deeds done one by one. */
const ONE_BY_ONE = /分别|逐一|先后|依次|轮流/;

/**
 * `text` with the comma after a sentence-opening span of days (11月3日至5日， · 上周一到周五， · 本周一至周三，) taken out,
 * so the span stands on the deed after it, when that sentence tells deeds done one by one (分别/逐一/先后…) or names one
 * or more of `names` (the directory's people); anything else as written (11月26日至27日，市残联举办… keeps its opening,
 * which the readers of a unit's own event look for, r49 fvc).
 */
export function withSpanOpeningJoined(text: string, names: readonly string[]): string {
  return text.replace(OPENING, (all, stop: string, space: string, head: string, at: number) => {
    const arabic = arabicizeNumerals(head).trim();
    const span = daySpan(arabic) ?? weekdaySpan(head.trim());
    if (span === undefined || (span !== arabic && span !== head.trim())) return all;
    const sentence = text.slice(at + all.length).split(/[。；;!！?？\n]/)[0] ?? '';
    const named = names.filter((n) => sentence.includes(n)).length;
    return ONE_BY_ONE.test(sentence) || named >= 1 ? `${stop}${space}${head}` : all;
  });
}
