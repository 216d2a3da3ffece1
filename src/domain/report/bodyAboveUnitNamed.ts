// 何平「上周五中心召开专题会议，传达市残联通知要求」 (round 69, gie: its type asked): 市残联 named as where a notice came from is
// no body holding the meeting; the unit's own 专题会议 stays the unit's.

/** 市残联 · 省残联 as the issuer of what a meeting passed on (市残联通知要求 · 市残联的文件精神), not as who met. */
const ISSUER_ONLY = /(?:[市省区县]|中国|中)?残联(?:的)?(?=[\s\u0000]*(?:有关|相关|最新|近期)?(?:通知|文件|要求|精神|部署|讲话|指示|会议精神))/g;

/**
 * Whether `text` (one segment, as read) names a body over the departments — 党组 · 机关 · 市残联 — whose meeting a unit's
 * 专题会议 might be instead (then the unit's reading is not taken): 市残联 as the issuer of a notice passed on does not count.
 */
export function bodyAboveUnitNamed(text: string): boolean {
  return /党组|机关|市残联/.test(text.replace(ISSUER_ONLY, ''));
}
