// 康复中心昨天开展了专项资金检查，对残疾儿童康复救助资金使用情况进行了自查 (round 49, fvd; t51a F8: the subject neither kept
// nor said) · 财务科对今年残疾人就业保障金使用情况开展了专项资金检查: what a check went through, written 对…情况 before its
// verb, is kept in its note as 「检查…情况」.

/** 对X情况 followed by the check's verb (进行了自查 · 开展了专项资金检查 · 进行检查), its type word perhaps masked. */
const SUBJECT = /对([^,，;；。!?！？:\s\u0000]{2,30}?情况)(?:进行|开展|实施|组织)(?:了)?(?:[^,，;；。]{0,10}?)(?:检查|自查|督查|抽查|核查|清查|\u0000)/;

/**
 * 在辅具适配项目中开展专项资金检查 · 围绕残疾人就业帮扶资金管理开展专项检查 · 针对辅具采购进行了抽查 · 对辅具适配项目开展了
 * 专项资金检查 (t52b F9: 「辅具适配项目」 neither kept nor said): the project, fund or work a check was made in or about,
 * written before its verb, is its subject too (group 1).
 */
const SCOPE = /(?:在|围绕|针对|就|对)([^,，;；。!?！？:\s\u0000]{2,24}?(?:项目|资金|经费|补贴|补助|采购|发放|管理|工作|领域|环节))(?:中|之中|方面|上|过程中|当中)?(?:进行|开展|实施|组织)(?:了)?(?:[^,，;；。]{0,10}?)(?:检查|自查|督查|抽查|核查|清查|\u0000)/;

/**
 * 「…专项检查，林晓参加，重点检查了考勤和公车使用」 (round 52, fwa; t54a F2: the focus was lost, its 检查了考勤 a type word once
 * masked, while 「重点检查公车使用」 was kept): the check's focus, a clause of its own opening 重点检查(了) · 重点查(了/看了) · 重点抽查了,
 * to the clause's end (group 2), kept as written (group 1).
 */
const FOCUS = /(?:^|[,，;；。\s])(重点(?:检查|查看|抽查|查)(?:了)?([^,，;；。!?！？:\s\u0000]{2,20}))(?=$|[,，;；。!?！？\s])/;

/**
 * 「到维权部检查了考勤和公车使用情况」 · 「…，主要查看了考勤记录和值班情况」 · 「…，检查内容为考勤和公车使用」 (round 53, fkd; t55a
 * F4, t55b F4: what a check looked at was kept only after 重点): 主要/着重 + a check's verb, a check's verb with 了, or 检查内容为/包括,
 * running to the clause's end (group 2 the verb and its 主要, group 3 what was looked at). Kept as 「检查X」 · 「主要查看X」.
 */
const LOOKED_AT = /(?:^|[,，;；。\s]|[^,，;；。\s]{1,12}?)((?:主要|着重)(?:检查|查看|抽查|查阅|核查)|(?:检查|查看|抽查|核查)(?=了)|检查内容(?=为|包括|是))(?:了|为|包括|是)?[:：]?([^,，;；。!?！？:\s\u0000]{2,24})(?=$|[,，;；。!?！？\s])/;

/**
 * 「围绕公务接待和公车使用到办公室开展作风纪律检查」 · 「就节日期间公车封存情况对办公室开展检查」 (round 53, fkd): 围绕/就/针对 X,
 * then the place (到/对/赴 …), then the check's verb; group 1 what was looked at.
 */
const ABOUT = /(?:围绕|就|针对)([^,，;；。!?！？:\s\u0000]{2,24}?)(?:到|对|赴|深入)[^,，;；。!?！？:\s\u0000]{2,12}?(?:进行|开展|实施|组织)(?:了)?(?:[^,，;；。]{0,10}?)(?:检查|督查|抽查|核查|\u0000)/;

/**
 * A subject that only restates the check's own type (对专项资金使用情况开展检查 · 对作风纪律执行情况…: noteFragments.test, no
 * note): nothing beyond the record's type.
 */
const TYPE_ONLY = /^(?:各项|有关|相关)?(?:专项)?资金(?:的)?(?:管理|使用|管理使用|使用管理|管理和使用)?(?:情况)?$|^(?:作风纪律|工作纪律|纪律作风|作风建设)(?:的)?(?:执行|落实)?情况$/;

/** A note of a check's subject, as checkSubject writes it. */
// 主要查看考勤记录和值班情况 · 检查考勤、请销假和上班纪律 (round 53, fkd: lookedAt's notes, kept whole as a subject is).
export const CHECK_SUBJECT_NOTE = /^检查[^，]{2,30}(?:情况|项目|资金|经费|补贴|补助|采购|发放|管理|工作|领域|环节)$|^(?:主要|着重)?(?:检查|查看|抽查|核查)[^，；]{2,24}$/;

/**
 * The subject of a check in `text` (one segment) as its note part 「检查…情况」, a place of `names` before it left off (对财务科
 * 考勤情况: 检查考勤情况), or undefined: none written, or one naming a person or department of `names` inside it.
 */
export function checkSubject(text: string, names: readonly string[]): string | undefined {
  const m = SUBJECT.exec(text) ?? SCOPE.exec(text) ?? ABOUT.exec(text);
  if (!m) return checkFocus(text, names) ?? lookedAt(text, names) ?? spacedLookedAt(text, names);
  const dated = m[1]!.replace(/^(?:今年|本年度|全年|近期|本月|上半年|下半年)(?:的)?/, '');
  // 对教育就业部就业补贴发放情况: the place before the subject is recorded as the place; the rest is what was checked.
  const place = names.filter((n) => dated.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  const subject = place !== undefined ? dated.slice(place.length).replace(/^的/, '') : dated;
  if (subject.length < 4 || TYPE_ONLY.test(subject) || names.some((n) => subject.includes(n))) return undefined;
  return `检查${subject}`;
}

/**
 * The focus of a check in `text` (FOCUS) as written (重点检查了考勤和公车使用), or undefined: none written, or one naming a
 * person or department of `names`. A result note that already holds it (重点查看了… read by checkResultNote) keeps it once.
 */
function checkFocus(text: string, names: readonly string[]): string | undefined {
  const m = FOCUS.exec(text);
  if (m === null || names.some((n) => m[2]!.includes(n))) return undefined;
  return m[1]!;
}

/**
 * What a check looked at in `text` (LOOKED_AT) as 「检查X」 (检查了X · 检查内容为X) or 「主要查看X」, or undefined: none written,
 * one that only restates the check's type (检查了作风纪律), or one naming a person or department of `names`.
 */
function lookedAt(text: string, names: readonly string[]): string | undefined {
  const m = LOOKED_AT.exec(text);
  if (m === null) return undefined;
  const what = m[2]!.replace(/^(?:一下|下)/, '');
  if (what.length < 2 || TYPE_ONLY.test(what) || /^(?:作风纪律|工作纪律|纪律作风|专项资金|资金使用)/.test(what) && what.length <= 6 || names.some((n) => what.includes(n))) return undefined;
  const verb = m[1]!.startsWith('检查内容') ? '检查' : m[1]!;
  return `${verb}${what}`;
}

/**
 * 「到维权部 检查了 考勤 和 公车使用情况」 (round 53, fkdd; voice input: the unspaced text kept its scope, the spaced one none):
 * a check's verb with 了, then what it looked at in spaced pieces to the clause's end (group 2). Joined without the spaces.
 */
const SPACED_LOOKED_AT = /((?:主要|着重)?(?:检查|查看|抽查|核查))了\s+([^,，;；。!?！？:：\u0000]{2,40})(?=$|[,，;；。!?！？])/;

/** A spaced piece that starts a check's result or another deed, not what was looked at: the scope ends before it. */
const RESULT_PIECE = /^(?:发现|未发现|没发现|没有|存在|均|都|总体|整体|情况良好|良好|正常|问题|无|已|并|同时|然后|还|又|也|再|对|向|要求|提出|督促|责令|现场|当场|共|其中|结果)/;

/** Pieces that only join (和 · 及 · 以及 · 与 · 、): kept between two looked-at pieces. */
const JOINER = /^(?:和|及|以及|与|、|还有)$/;

/**
 * What a check looked at in `text` when written in voice-input pieces (SPACED_LOOKED_AT), as 「检查X」 with the spaces dropped,
 * up to the first piece opening a result (RESULT_PIECE); undefined when none is left, the scope is over 24 characters, only
 * restates the check's type, or names a person or department of `names`.
 */
function spacedLookedAt(text: string, names: readonly string[]): string | undefined {
  const m = SPACED_LOOKED_AT.exec(text);
  if (m === null) return undefined;
  const pieces: string[] = [];
  for (const piece of m[2]!.trim().split(/\s+/)) {
    if (RESULT_PIECE.test(piece)) break;
    pieces.push(piece);
  }
  while (pieces.length > 0 && JOINER.test(pieces[pieces.length - 1]!)) pieces.pop();
  const what = pieces.join('').replace(/^(?:一下|下)/, '');
  if (what.length < 2 || what.length > 24 || /^[\u4e00-\u9fff]{0,1}$/.test(what) || TYPE_ONLY.test(what) || /^(?:作风纪律|工作纪律|纪律作风|专项资金|资金使用)/.test(what) && what.length <= 6 || names.some((n) => what.includes(n))) return undefined;
  if (!/^[\u4e00-\u9fff、和及与]+$/.test(what)) return undefined;
  return `${m[1]!}${what}`;
}
