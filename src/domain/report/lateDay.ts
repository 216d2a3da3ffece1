// 「11月下旬，…开展了作风纪律专项检查，重点检查…等情况，检查时间为11月25日。」: the day of a deed told at the end of its sentence.
import { DAY_WORD } from './dayWord.js';

/** A written day (11月25日 · 11.25 · 昨天 · 上周三), as DAY_WORD reads it. */
const DAY = `(?:${DAY_WORD.source})`;
/**
 * What the deed before must say for a label word before 时间 to be its own: 观看时间为… after 观看了…, never after 报送了….
 * A label of another deed (报送时间 after a study) leaves the sentence as it is.
 */
const LABEL_DEED: Record<string, RegExp> = {
  检查: /查/, 督查: /查/, 抽查: /查/, 复查: /复查/, 学习: /学/, 教育: /教育/, 观看: /看|观/, 观影: /看|观/, 参观: /参观/, 旁听: /旁听/,
  谈话: /谈/, 谈心: /谈/, 授课: /课|讲/, 讲课: /课|讲/, 党课: /党课/, 讲座: /讲座/, 会议: /会/, 活动: /./, 签订: /签/, 报送: /报|交/, 培训: /培训/,
};
/**
 * The sentence's last clause giving nothing but its day: 检查时间为11月25日 · 时间是11月25日 · 日期：11月25日 · 时间定于11月25日
 * · 于11月25日进行 · 定于11月25日开展. The words before 时间 name the deed (检查/学习/谈话…), never another.
 */
const LATE_DAY = new RegExp(
  `,\\s*(?:(${Object.keys(LABEL_DEED).join('|')})?(?:时间|日期)(?:为|是|定为|定于|:)?|(?:并|均|已)?(?:定于|于))\\s*(${DAY})\\s*(?:进行|开展|召开|举行|举办|完成|组织)?(?:了)?\\s*(?=[。.!]?\\s*$)`,
);
/** A time said without its day: 11月下旬 · 近日 · 上周 · 本月 · 11月份 · 月初 · 前段时间, which the late day makes precise. */
const VAGUE = /\d{1,2}月(?:上旬|中旬|下旬|初|底|中|份)?(?!\d)|上旬|中旬|下旬|月初|月中|月底|近日|近期|日前|前段时间|前几天|(?:上|本|这)个?(?:周|星期|月)(?![一二三四五六日天])/;
/**
 * `text` (after normalizeText: ASCII punctuation) with a day told only in a sentence's last clause (…，检查时间为11月25日)
 * written in place of the vague time the sentence said (11月下旬 · 近日), so the deed is read on it whatever lies between (round 34a, F9: asked 「是哪一天进行的？」, the day named as 「没有对应到任何记录」). A sentence that
 * already names a day elsewhere (11月24日…，会议时间为…) is left as it is: which day is meant is not for this pass to say.
 */
export function withLateDay(text: string): string {
  return text
    .split(/(?<=[。\n])/)
    .map((sentence) => {
      const m = LATE_DAY.exec(sentence);
      if (m === null) return sentence;
      const before = sentence.slice(0, m.index);
      if (DAY_WORD.test(before) || !/[\u4e00-\u9fa5]{4}/.test(before)) return sentence;
      if (m[1] !== undefined && !LABEL_DEED[m[1]]!.test(before)) return sentence;
      const day = m[2]!;
      // Only in place of a vague time (11月下旬 · 近日): with none, the day told last is read already (时间是11月24日 after
      // a relay 张书记让我报一下…, whose lead must stay first).
      // Looked for outside 《》: 《中国共产党…》 holds no time.
      const vague = VAGUE.exec(before.replace(/《[^》]*》/g, (t) => '\u0001'.repeat(t.length)));
      if (vague === null) return sentence;
      const after = sentence.slice(m.index + m[0].length);
      return `${before.slice(0, vague.index)}${day}${before.slice(vague.index + vague[0].length)}${after}`;
    })
    .join('');
}
