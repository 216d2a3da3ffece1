// 张伟「第2条不是谈心 算廉政谈话吧」 with no card waiting (round 64, gdb; gci's left-alone: read as two NEW talks, one 谈心谈话 and
// one 廉政谈话, each asked its day and whom): 第N条 and a kind denied, then the kind it is, is a change of record N of the
// member's latest report (numberedKindChange), never a report.
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';
import { chineseNumber } from './chineseNumber.js';
import { findKinds } from './parseKind.js';

/** 第2条 · 第二条 · 第2项 (group 1 the number), then 不是 X, then 算/是/应该是/改成 Y, a closing 吧/的/啊. Groups: number, X, Y. */
const WORDS =
  /^(?:不对|错了|更正)?[,，\s]*第(\d{1,2}|[一二两三四五六七八九十])(?:条|项)(?:记录)?[,，\s]*(?:的类型)?[,，\s]*(?:不是|并非|不算)([\u4e00-\u9fa5]{2,8}?)[,，。\s]*(?:应该|其实|实际上?|而)?(?:算|是|改成|改为|换成|记成|记为|属于)(?:是)?([\u4e00-\u9fa5]{2,10}?)(?:吧|的|啊|哈|呀|了)*$/;

/** A kind denied and the kind said of one numbered record. */
export interface NumberedKind {
  /** 1-based, as the member counts. */
  n: number;
  /** The kind denied, when its words name one (谈心 → talk_heart). */
  from?: ActivityTypeCode;
  to: ActivityTypeCode;
}

/**
 * The record number, the kind denied and the kind said when `text` is only 「第N条不是X(，)算/是Y(吧)」 (第2条不是谈心 算廉政谈话吧 ·
 * 第二条不是谈心谈话，是廉政谈话); undefined when the words after 是/算 name no kind, or the two are the same kind.
 */
export function numberedKindWords(text: string): NumberedKind | undefined {
  const t = normalizeText(text).replace(/\s+/g, '').replace(/[。.!！~～]+$/, '');
  if (!t.includes('第') || !/不是|并非|不算/.test(t)) return undefined;
  const m = WORDS.exec(t);
  if (!m) return undefined;
  const n = chineseNumber(m[1]!) ?? Number(m[1]);
  const to = findKinds(m[3]!).map((k) => k.code);
  const from = findKinds(m[2]!).map((k) => k.code);
  if (!Number.isInteger(n) || n < 1 || new Set(to).size !== 1) return undefined;
  if (from.length > 0 && from[0] === to[0]) return undefined;
  return { n, ...(from.length > 0 ? { from: from[0]! } : {}), to: to[0]! };
}
