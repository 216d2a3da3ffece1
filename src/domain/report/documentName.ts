// 传达了刘理事长的要求，并组织大家学习了党纪学习教育读本 (round 36b, F5: stored as 《刘理事长的要求》, the 读本 lost) · 学习了
// 市纪委的通报 (《市纪委的通报》) · 传达了党组会议精神 (《党组会议精神》): a title the member wrote without 《》 is only what names a
// document one could look up — a 读本, 条例, 准则, 规定, a notice saying what it is about. What someone said or asked (a
// person's 要求, 讲话, 指示, a meeting's 精神) and a notice named only by who sent it are the clause's words, no title.

/** Who says things at our sittings: a speech, an instruction or a 要求 of theirs is no document. */
const SAID_BY_SOMEONE = /(?:讲话|要求|指示|批示|部署)(?:精神|要求)?$/;

/** The 精神 of a document (中央八项规定精神 · 条例精神) is read as that document; the 精神 of a sitting or a speech is not. */
const DOCUMENT_SPIRIT = /(?:规定|条例|准则|意见|决定|通知|通报|论述|党章|办法|细则)精神$/;

/**
 * The author whose 重要讲话/重要指示/重要论述 are published and studied by name (学习习近平关于党风廉政建设重要论述, round 33b):
 * they stay titles.
 */
const PUBLISHED_AUTHOR = /^(?:习近平|总书记)/;

/** Who sends a notice, as its name's opening: 市纪委 · 省纪委监委 · 上级 · 机关党委 · 中央纪委办公厅. */
const ISSUER = /^(?:[省市区县]|中央|上级|机关)?(?:纪委监委|纪委|监委|纪工委|纪检组|党委|党组|残联|组织部|办公厅|办公室)|^(?:上级|中央)/;
/** How a notice came, between its sender and its name: 近期下发的 · 印发的 · 的. */
// 市纪委有关通报 (round 37, t36c F7: stored as 《市纪委有关通报》): 有关/相关 says which notices, not what they are about.
const SENT = /^(?:近期|最近|最新|日前)?(?:有关|相关)?(?:下发|印发|转发|发布|发出|通报|发)?的?/;

/** What a notice is about when it says only that it tells of cases: 典型案例 · 典型问题 · 违纪违法案件 · 问题. */
// 警示教育通报 · 廉政警示通报 (round 40, t39b F7: stored as 《警示教育通报》): the teaching it serves says no more than its kind.
const GENERIC_CASES = /^(?:近期|最新|有关|相关)?(?:的)?(?:典型案例|典型问题|违纪违法案件|违纪违法案例|违纪案件|案例|案件|问题|(?:廉政)?警示教育|廉政警示|廉政教育|警示)?的?$/;

/** What a notice is about when, after its sender, it still says only that it tells of cases or serves a teaching: 典型案例 · 典型问题 · 警示教育. */
const DESCRIBED_CASES = /^(?:近期|最新|有关|相关)?(?:的)?(?:典型案例|典型问题|案例|问题|(?:廉政)?警示教育|廉政警示|廉政教育|警示)的?$/;

/**
 * Whether `title` (a bare title read after 学习/传达/观看, no 《》) names no document: a speech, an instruction or a 要求 of
 * someone (刘理事长的要求 · 张书记的讲话精神 · 党组会议精神), a 精神 of anything but a document, or a notice (通报/通知) named
 * only by its sender (市纪委通报 · 市纪委的通报 · 上级下发的通知) or only as telling of cases (典型案例通报 · 市纪委典型案例通报). A notice saying
 * what it is about (市纪委关于违规吃喝问题的通报 · 违反中央八项规定精神典型问题通报 · 市纪委违纪违法案件通报) and anything
 * 习近平/总书记 said (…重要论述 · …重要指示精神) stay titles.
 */
export function namesNoDocument(title: string): boolean {
  const t = title.trim();
  if (PUBLISHED_AUTHOR.test(t)) return false;
  if (SAID_BY_SOMEONE.test(t)) return true;
  if (/精神$/.test(t) && !DOCUMENT_SPIRIT.test(t)) return true;
  const notice = /^(.*?)(?:通报|通知)$/.exec(t);
  if (notice === null || /关于/.test(t)) return false;
  const before = notice[1]!;
  const issuer = ISSUER.exec(before)?.[0] ?? '';
  const about = before.slice(issuer.length).replace(SENT, '');
  // 市纪委违纪违法案件通报 names its sender and its cases: a notice one can find. 典型案例通报 alone, or 市纪委的通报, cannot be;
  // nor can 市纪委典型案例通报 (t48a F7: shown in the 台账 as 《市纪委典型案例通报》, a named document): its sender and a word
  // that only says it tells of cases describe it.
  return about === '' || (issuer === '' ? GENERIC_CASES : DESCRIBED_CASES).test(about);
}
