// 【转发】11月20日康复部组织观看警示教育片《围猎》 (round 34c §1.4: stored at once as the clerk's own) · 转发：11月20日，王磊部长与
// 杨帆进行了廉政谈话。 (§3.1: the whole message answered as a plan): a forward marker before a pasted item says only that the item
// is passed on. The item is read as it is written, and never stored at once as the sender's: it is shown on a card.
import type { ParsedReport } from './draft.js';

/**
 * The day the item was passed on, before the marker: 12月2日转发： · 12月4日 转发： · 12月2日，转发： · 【12月1日转发】
 * (round 45, frg: the 转发 day had become the deed's, 「12月2日转发：11月25日赵敏书记…谈话」 a talk on 12-02 on the card).
 * It dates the forwarding only, so it goes with the marker.
 */
const SENT_DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[./-]\\d{1,2}|今天|昨天|前天)?[\\s,，]*';
/** 【转发】 · [转发] · 转发： · 转： at the start, a day it was sent before it (转自公众号： is a source, read by parseNote, and kept). */
const MARKER = new RegExp(`^\\s*(?:【\\s*${SENT_DAY}转发\\s*】|\\[\\s*${SENT_DAY}转发\\s*\\]|${SENT_DAY}(?:转发|转)\\s*[:：])\\s*`);
/** 关于…的通知 · 【通知】 after the marker: a notice passed on, which the gate reads with its marker (round 15). */
const NOTICE_AFTER = /^(?:关于|【[^】]{0,8}通知)|通知\s*$/;

/** The item after a forward marker, or undefined when `text` opens with none, or the item is a notice passed on. */
export function withoutForwardMarker(text: string): string | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  const item = text.slice(m[0].length);
  return item.trim() === '' || NOTICE_AFTER.test(item.trim()) ? undefined : item;
}

/** `reports` of a forwarded item, each shown on a card (reason `forwarded`) before anything is stored. */
export function withForwardedCard(reports: ParsedReport[] | null): ParsedReport[] | null {
  if (reports === null) return null;
  return reports.map((r) => ({ ...r, reasons: [...new Set([...(r.reasons ?? []), 'forwarded' as const])] }));
}
