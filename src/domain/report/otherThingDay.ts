// 近日组织观看了警示教育片，报送时间为11月26日 · …一次（11月25日通知） · 上个月和王强谈心谈话了，11月25日那周 (bb1, issue 10):
// a day labelled as another thing — when the paper was sent, the notice issued, the week it fell in — was stored at once as
// the deed's own day. It is no day of the deed: it goes, so the day is asked (and the member sees what was not used).
import { DAY_IN_CLAUSE } from './dayWord.js';

/** 11月25日 · 昨天: a written day inside a clause. */
const MONTH_DAY_WORD = DAY_IN_CLAUSE.source;

/** A label of another thing before 时间/日期: 报送时间为… is when the paper went, not when the film was watched. */
const OTHER_LABEL = '报送|上报|提交|报名|通知|下发|印发|发文|截止|截至';
/** What the deed before must say for the label to be its own: 报送时间 after 报送了一篇信息 is the deed's day. */
const OWN_DEED: Record<string, RegExp> = {
  报送: /报|交/, 上报: /报|交/, 提交: /报|交/, 报名: /报名/, 通知: /通知/, 下发: /下发|通知/, 印发: /印发/, 发文: /发文|印发/, 截止: /$^/, 截至: /$^/,
};
/** ，报送时间为11月26日 closing a sentence. */
const LABELLED = new RegExp(`[,，]\\s*(${OTHER_LABEL})(?:时间|日期)(?:为|是|:|：)?\\s*(${MONTH_DAY_WORD})\\s*(?=[。.!！]?\\s*$)`);
/** （11月25日通知） · (11月25日下发): a bracketed day of a notice. */
const BRACKETED = new RegExp(`[(（]\\s*(?:${MONTH_DAY_WORD})\\s*(?:${OTHER_LABEL}|下发通知|发通知|印发通知)[^)）]{0,6}[)）]`);
/** ，11月25日那周 · 11月25日那一周: a week named by one of its days — no day of the deed. */
const WEEK_OF = new RegExp(`[,，]?\\s*(?:${MONTH_DAY_WORD})\\s*(?:那周|那一周|那个星期|那星期|那个礼拜|所在的?周|当周)`);

/**
 * `text` (after normalizeText) without a day that is labelled as another thing (报送时间为… · （…通知） · …那周), one sentence at
 * a time; a label that is the deed's own (报送了一篇信息，报送时间为…) keeps its day.
 */
export function withoutOtherThingDays(text: string): string {
  return text
    .split(/(?<=[。\n])/)
    .map((sentence) => {
      let s = sentence.replace(BRACKETED, '');
      const m = LABELLED.exec(s);
      if (m !== null && !OWN_DEED[m[1]!]!.test(s.slice(0, m.index))) s = s.slice(0, m.index) + s.slice(m.index + m[0].length);
      return s.replace(WEEK_OF, '');
    })
    .join('');
}
