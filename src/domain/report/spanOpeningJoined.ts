// 「本周一至周三，我分别与王建国、刘芳、陈志强、赵敏四位班子成员逐一进行了廉政谈话。」 (t52b F2: four talks all on 本周一,
// no note): a span of days opening the sentence, parted from its deed by a comma only, was read as a day of its own that
// the deed inherited as its first day, the span lost. Written on the deed (本周一至周三我分别与…), the span is read where
// the deed is (parseSegment: several people's days asked, one lasting deed on its first day with a note).
import { daySpan, weekdaySpan } from './daySpan.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A sentence's opening words up to its first comma (the span, if it is one). */
const OPENING = /(^|[。；;!！?？\n])([ \t]*)([^，,。；;!！?？\n]{3,24}?)[ \t]*[，,][ \t]*/g;

/** 黄书记 · 王副理事长 · 李主任: a surname with a title, someone named as well as by their name. */
const TITLE_AFTER_SURNAME = /^(?:副)?(?:书记|理事长|主任|部长|科长)/;

/** A day of its own: 11月25日 · 25号 · 周三 · 昨天. */
const OWN_DAY = /\d{1,2}[月日号]|(?:周|星期|礼拜)[一二三四五六日天]|今天|昨天|前天/;

/**
 * `text` with the comma after a sentence-opening span of days (11月3日至5日， · 上周一到周五， · 本周一至周三，) taken out,
 * so the span stands on the deed after it, when that sentence names two
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
    // 11月1日至11月30日，11月25日与王强谈心: a day of the deed's own after the span is its day; the span only frames it.
    if (OWN_DAY.test(arabicizeNumerals(sentence))) return all;
    // 11月10日至11日，刘芳副理事长分别与组联部、康复部主要负责同志… (b28): one name with 分别 is read as written.
    // 11月23日至24日，黄志刚书记带领林晓对康复中心开展专项资金检查 (round 50, fxf: glued to the span, the doer was lost and
    // asked about; 王建国分别与李明、孙丽… became talks of the sender's): a sentence opening with someone named (黄书记 too) is their deed; the span stays its opening, read as before.
    const opening = sentence.trimStart();
    if (names.some((n) => opening.startsWith(n) || (opening.startsWith(n[0]!) && TITLE_AFTER_SURNAME.test(opening.slice(1))))) return all;
    return named >= 2 ? `${stop}${space}${head}` : all;
  });
}
