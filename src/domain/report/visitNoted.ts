// 王芳: 「12月2日下午，张伟一行到财务科督导党风廉政建设工作，王建国副理事长陪同。…随后，张伟与孙丽进行了廉政谈话。」 ·
// 孙杰: 「12月3日，机关党委书记赵敏到康复中心检查指导工作，并与何平主任进行了廉政谈话。」 (round 41, t40a F7/F10: the card had
// the talk only; the 督导/检查指导 visit was neither recorded nor named, while alone the same sentence is told to be no duty
// activity). A visit to supervise or guide that gave no check of its own is named on the card beside the deeds it held.
import { isCheckType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** 到财务科督导党风廉政建设工作 · 深入康复中心检查指导工作: going to a place to supervise or guide (not a 调研). */
const SUPERVISING_VISIT = /(?:到|来到|深入|赴|前往|莅临|走进|来)[^,;。!?\n，；！？\u0000]{1,12}?(?:督导|检查指导|督查指导|指导检查|督导检查)(?:[^,;。!?\n，；！？\u0000]{0,16}?工作)?/;


/** A record that is (or may be, its type asked among the checks) a check: the visit's own record, so nothing to name. */
const isCheck = (r: ParsedReport) => isCheckType(r.draft.type) || (r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type'));

/**
 * `reports` with the first one noting a 督导/检查指导 visit `text` tells (「…」是督导/检查指导，…未单独记录), when no record is a
 * check the visit could be (then it is that check) and some record was read; shown for a tap (leftover) when nothing else
 * asked for one. Unchanged otherwise.
 */
export function withVisitNoted(reports: ParsedReport[], text: string): ParsedReport[] {
  const visit = SUPERVISING_VISIT.exec(text);
  if (!visit || reports.length === 0 || reports.some(isCheck)) return reports;
  const [first, ...rest] = reports;
  const said = visit[0];
  const remark = `「${said}」是督导/检查指导，不是单独的职责活动，未单独记录；如其间做了检查，请另发一条写明检查的内容`;
  const reasons = (first!.reasons ?? []).length > 0 ? first!.reasons : ['leftover' as const];
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons }, ...rest];
}
