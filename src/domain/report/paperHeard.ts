// 王建国副理事长听取了财务科自查情况汇报 (round 37, ffg's leftover: a 自查总结 of the leader who listened): the 自查 of those
// whose report was heard is their paper, never the listener's (README z2: a report heard is context).
import type { KindMatch } from './parseKind.js';

/**
 * 听取了财务科自查情况汇报 · 听了各科室关于廉政风险点排查情况的汇报 · 听取财务科自查报告: a report heard, within one clause. No
 * deed of the listener's stands between (听取意见后形成自查报告 is the listener's own paper).
 */
const HEARD = /(?:听取|听了|聆听|听)了?(?:(?!形成|撰写|完成|开展|进行|组织|起草|报送|提交|上报)[^,;。!?\n\u0000]){0,30}?(?:汇报|报告|介绍)/g;

/**
 * Whether kind match `m` of `text` is a 自查 named inside a report someone heard (听取…自查情况汇报): the reporter's paper, no
 * type of the clause. Other kinds are left to their readers (a 专题会议 that 听取 reports names itself in those words).
 */
export function paperHeard(text: string, m: KindMatch): boolean {
  if (m.code !== 'report_self') return false;
  for (const h of text.matchAll(HEARD)) if (h.index <= m.start && m.end <= h.index + h[0].length) return true;
  return false;
}
