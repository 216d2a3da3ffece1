// 「三条都改成廉政谈话」「都改为11月20日」「这几条都是谈心谈话」 after a report made several records at once (round 32a F7:
// 「抱歉，没看懂」): one day or kind for every record of the member's latest report.
import { normalizeText } from './parseNormalize.js';
import { correctionInWords, type CorrectionInWords } from './terseCorrection.js';

/** A day or kind for every record of the latest report; `count` is how many the member said (三条都), when they did. */
export type EveryRecordChange = Extract<CorrectionInWords, { kind: 'day' | 'type' }> & { every: { count?: number } };

/** 不对， · 错了， · 刚才那几条 before the words that say every record. */
const LEAD = /^(?:(?:不对|错了|说错了|搞错了|记错了|写错了)[,;:\s]*)?(?:刚才|刚刚|上面)?(?:的|报的|那)?/;
/** 都 · 全部 · 全都 · 三条都 · 这几条都 · 这3条都 · 每条都 · 所有的都: every record, the number said when it is. */
const EVERY = /^(?:(?:这|那)?(?:([两二三四五六七八九十]|[2-9])|几)(?:条|项|次)(?:记录)?(?:全|全部)?都|全部都?|全都|都|统统|每(?:一)?条都?|所有的?(?:记录)?都?)/;
/** 改成 · 改为 · 应该是 · 是: the words before the value. */
const TO = /^(?:应该?改成|应该?改为|改成|改为|改到|换成|应该?是|应为|是)/;
const CN: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The day or kind `text` asks of every record of the latest report (三条都改成廉政谈话 · 都改为11月20日 · 不对，这几条都是谈心
 * 谈话), read as correctionInWords reads 应该是<value>; `today` (YYYY-MM-DD, Shanghai) for the day. Undefined when the
 * text says no such thing (a person, a count or a title for all is not read here: those differ record by record).
 */
export function everyRecordChange(text: string, today: string): EveryRecordChange | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '').replace(LEAD, '');
  const every = EVERY.exec(t);
  if (!every) return undefined;
  const rest = t.slice(every[0].length).replace(/^[,:;\s]+/, '');
  if (!TO.test(rest)) return undefined;
  const c = correctionInWords(`应该是${rest.replace(TO, '')}`, today);
  if (!c || (c.kind !== 'day' && c.kind !== 'type')) return undefined;
  const n = every[1] === undefined ? undefined : (CN[every[1]] ?? Number(every[1]));
  return { ...c, terse: true, every: n === undefined ? {} : { count: n } };
}
