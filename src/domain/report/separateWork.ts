// 王强「…分别组织科室人员学习了廉政知识和观看了警示教育片，另外完成了三季度财务报表。」 (round 31f F6, A18: stored as the
// note of both education records): a clause opening with 另外/此外 tells another piece of work, never a remark on the
// record before it; when no duty is in it, it is named on the card as not recorded.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 另外 · 此外 · 除此之外 · 另 opening a clause: what follows is set apart from the deed before it. */
const OPENS_APART = /^[\s\u0000]*(?:另外|此外|除此之外|除此以外|另(?=[还也外完做办处编撰整写报参负])|其他|其它)/;

/** The duties' own matter, and the deeds of the catalogue said without a type (谈 · 学习 · 观看 · 检查 · 签…). */
const DUTY_WORDS = /廉政|廉洁|党风|纪律|作风|警示|谈|聊|交流|学习|学了|观看|看了|传达|检查|督查|抽查|暗访|巡查|签|责任书|承诺书|八项规定|四风|党课|信息|自查|述责|述廉|调研|会议|提醒/;

/** A deed done (完成了… · 做了… · 办理… · 参加了…): 另外补充一点 · 另外说明一下 only open what follows. */
const DONE = /完成|做了|做好|办理|办了|处理|编制|编写|撰写|写了|整理|参加了|负责|开展了|召开了|举办了|接待|落实了|推进|筹备|配合|审核|核对|统计|上交|提交|报送了|整改/;

/** Whether a clause (no sentence marks) opens with 另外/此外 and so tells a piece of work of its own. */
export function opensApart(clause: string): boolean {
  return OPENS_APART.test(clause);
}

/** Whether a clause is only 另外/此外, the clause after it being the one set apart. */
export function onlyOpener(clause: string): boolean {
  return opensApart(clause) && clause.replace(OPENS_APART, '').trim() === '';
}

/**
 * The clauses of `text` (as written or normalised) that open with 另外/此外, tell a deed done and name no duty, no activity of the catalogue and no
 * 《title》 (另外完成了三季度财务报表 · 此外还做了年终决算), as written, once each, in order. 另外，今天已与王磊…谈话 · 另外还
 * 组织观看了《围猎》 are reports and are not among them.
 */
export function separateWorkClauses(text: string): string[] {
  const found: string[] = [];
  let opener = '';
  for (const part of text.split(/[,;。!?\n，；！？]/)) {
    // 另外，完成了…: the opener alone before a comma sets apart the clause after it.
    const clause = `${opener}${part.trim()}`;
    opener = onlyOpener(part) ? `${part.trim()}，` : '';
    if (opener !== '' || !opensApart(clause)) continue;
    const { titles, rest } = extractTitles(clause);
    if (!DONE.test(rest) || titles.length > 0 || findKinds(rest).length > 0 || DUTY_WORDS.test(rest)) continue;
    if (!found.includes(clause)) found.push(clause);
  }
  return found;
}
