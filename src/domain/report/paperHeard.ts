// 王建国副理事长听取了财务科自查情况汇报 (round 37, ffg's leftover: a 自查总结 of the leader who listened): the 自查 of those
// whose report was heard is their paper, never the listener's (README z2: a report heard is context).
import type { KindMatch } from './parseKind.js';
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

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
  return insideHeardReport(text, m);
}

/**
 * Whether kind match `m` of `text` lies inside a report someone heard, within one clause (听取了黄志刚关于…监督检查工作的
 * 汇报: the 监督检查 is what was reported on).
 */
export function insideHeardReport(text: string, m: KindMatch): boolean {
  for (const h of text.matchAll(HEARD)) if (h.index <= m.start && m.end <= h.index + h[0].length) return true;
  return false;
}

/** 听取了财务科自查情况汇报 · 听取财务科关于廉政风险点排查情况的汇报: whose 自查 report was heard, and what it was. */
const HEARD_SELF_CHECK = /(?:听取|听了|聆听|听)了?([\u4e00-\u9fa5、]{0,20}?)(?:关于|的|就)?((?:廉政|廉洁)?(?:风险点?)?(?:自查自纠|自查|排查)(?:工作)?(?:情况)?)(?:的)?(?:工作)?(?:汇报|报告|介绍)/;

/**
 * 王建国副理事长11月27日听取了财务科自查情况汇报 → { who: '财务科', what: '自查情况' }: the ones whose 自查 report was
 * heard (undefined when not named) and what they reported; undefined when `line` tells of no 自查 report heard.
 */
export function selfCheckHeardWords(line: string): { who?: string; what: string } | undefined {
  const m = HEARD_SELF_CHECK.exec(line);
  if (!m) return undefined;
  const who = m[1]!.replace(/(?:的|关于)$/, '');
  return { ...(who.length >= 2 ? { who } : {}), what: m[2]! };
}

/**
 * 「…集体廉政谈话，随后听取了组联部自查情况汇报。」 (round 39, t38b F12: the heard clause vanished without a word): each clause of
 * `text` that tells of a 自查 report heard, as a remark naming whose paper it is (the department's head) and that hearing it
 * is no record; empty when there is none.
 */
export function selfCheckHeardRemarks(text: string, directory: Directory): string[] {
  const index = directoryIndex(directory);
  return text
    .split(/[，,；;。！!\n]/)
    .map((c) => c.trim())
    .flatMap((clause) => {
      const heard = selfCheckHeardWords(clause);
      if (heard === undefined) return [];
      const dept = heard.who !== undefined ? [...heard.who.matchAll(index.surfaces)].map((m) => index.departmentBySurface.get(m[0])).find((d) => d !== undefined) : undefined;
      const head = dept ? directory.person(dept.headId)?.name : undefined;
      const whose = dept ? `${dept.name}${head ? `（${head}）` : ''}` : heard.who ?? '汇报的科室';
      return [`「${clause}」：自查记在${whose}名下，请由其自己上报；听取汇报不单独记录，未记录`];
    });
}
