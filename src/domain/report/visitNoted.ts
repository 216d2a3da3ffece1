// 王芳: 「12月2日下午，张伟一行到财务科督导党风廉政建设工作，王建国副理事长陪同。…随后，张伟与孙丽进行了廉政谈话。」 ·
// 孙杰: 「12月3日，机关党委书记赵敏到康复中心检查指导工作，并与何平主任进行了廉政谈话。」 (round 41, t40a F7/F10: the card had
// the talk only; the 督导/检查指导 visit was neither recorded nor named, while alone the same sentence is told to be no duty
// activity). A visit to supervise or guide that gave no check of its own is named on the card beside the deeds it held.
import { isCheckType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** 到财务科督导党风廉政建设工作 · 深入康复中心检查指导工作: going to a place to supervise or guide (not a 调研). */
const SUPERVISING_VISIT = /(?:到|来到|深入|赴|前往|莅临|走进|来)[^,;。!?\n，；！？\u0000]{1,12}?(?:督导|检查指导|督查指导|指导检查|督导检查)(?:[^,;。!?\n，；！？\u0000]{0,16}?工作)?/;


/** 到康复部调研 · 来我科调研指导: a 调研 visit, named only when its line says what it looked into (examiningSurvey). */
const SURVEY_VISIT = /(?:到|来到|深入|赴|前往|莅临|走进|来)[^,;。!?\n，；！？\u0000]{1,12}?调研(?:指导)?(?:[^,;。!?\n，；！？\u0000]{0,16}?工作)?/g;
/** 详细了解了康复服务项目资金管理情况 · 查看了…台账: what a 调研 looked into. */
const LOOKED_INTO = /了解了?[^,;。!?\n，；！？]{1,24}?(?:资金|财务|经费|台账|廉政|风险|制度|落实|执行)[^,;。!?\n，；！？]{0,12}?情况/;

/**
 * 12月2日，刘芳副理事长…到康复部调研，详细了解了康复服务项目资金管理情况 (round 42, t42b F1's addendum: neither asked nor named
 * beside the talks after it): a 调研 that says what it looked into, on its line (a headline line above it is passed over), is named as a 督导 is; one that does not
 * stays unnamed, as before (a visit is no duty activity).
 */
function examiningSurvey(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(SURVEY_VISIT)) if (LOOKED_INTO.test(lineAt(text, m.index))) return m as RegExpExecArray;
  return null;
}

/** The line of `text` around `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Check words (检查 · 抽查 · 查看/查阅…) outside the visit's own words. */
const CHECK_WORD = /检查|抽查|督查|巡查|暗访|查看|查阅|翻阅|调阅/;

/**
 * Whether a check the message records may be the visit's own: in a one-line message any check may be; in a list (孙丽's
 * 小结, round 42 t42b F1: item 3's check hid item 4's 来我科督导) only a check told on the visit's own line.
 */
function checkNear(text: string, visit: RegExpExecArray): boolean {
  if (!text.trim().includes('\n')) return true;
  const line = lineAt(text, visit.index);
  return CHECK_WORD.test(line.replace(visit[0], ''));
}

/** A record that is (or may be, its type asked among the checks) a check: the visit's own record, so nothing to name. */
const isCheck = (r: ParsedReport) => isCheckType(r.draft.type) || (r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type'));

/**
 * `reports` with the first one noting a 督导/检查指导 visit `text` tells (「…」是督导/检查指导，…未单独记录), when no record is a
 * check the visit could be (then it is that check) and some record was read; shown for a tap (leftover) when nothing else
 * asked for one. Unchanged otherwise.
 */
export function withVisitNoted(reports: ParsedReport[], text: string): ParsedReport[] {
  const visit = SUPERVISING_VISIT.exec(text) ?? examiningSurvey(text);
  if (!visit || reports.length === 0 || (reports.some(isCheck) && checkNear(text, visit))) return reports;
  const [first, ...rest] = reports;
  const said = visit[0];
  const what = /调研/.test(said) ? '调研' : '督导/检查指导';
  const remark = `「${said}」是${what}，不是单独的职责活动，未单独记录；如其间做了检查，请另发一条写明检查的内容`;
  const reasons = (first!.reasons ?? []).length > 0 ? first!.reasons : ['leftover' as const];
  return [{ ...first!, remarks: [...first!.remarks, remark], reasons }, ...rest];
}
