// 机关党委本周工作：⏎11月24日到财务科检查了报销凭证 · 抽查了办公室的账目 · 对本科室报销凭证进行了检查 (round 43, round-42 fixers'
// kind: the check's type asked among every kind of check): the books of a unit's money looked through (凭证 · 账目 · 票据 ·
// 经费支出) make the check one of funds. Read only for a check that names no kind of its own (开展作风纪律检查，查阅了报销凭证
// stays the 作风 check it says it was), and guessed, so the card shows it for a tap.

import { BOOKS } from './parseKindPatterns.js';

/** A look through the books: 检查/查阅/抽查/翻阅/翻看/核对…了 (the place between allowed) the books, or the books then 进行了检查/抽查. */
const BOOKS_CHECKED = new RegExp(`(?:检查|查看|查阅|抽查|核查|翻阅|翻看|调阅|复核|核对|查)了?(?:一下|一遍|下)?[^,;。!?，；！？\\n]{0,12}?(?:${BOOKS})|(?:${BOOKS})[^,;。!?，；！？\\n]{0,8}?(?:检查|抽查|核查|复核|核对)`);

/** Whether a check's clause (`text`) says it looked through the books of a unit's money. */
export function booksChecked(text: string): boolean {
  return BOOKS_CHECKED.test(text);
}

/**
 * The look itself, said done (了/过 or 进行了…), not asked for or planned (查看一下票据 · 要核对账目). 审核 is left out: 请孙科长审核了
 * 报销单据 is a claim approved, no check.
 */
const BOOKS_LOOKED = new RegExp(`(?:检查|查看|查阅|抽查|核查|翻阅|翻看|调阅|复核|核对)(?:了|过)(?:一下|一遍|下)?[^,;。!?，；！？\\n]{0,12}?(?:${BOOKS})|(?:对|把)[^,;。!?，；！？\\n]{0,12}?(?:${BOOKS})[^,;。!?，；！？\\n]{0,6}?(?:进行了|作了|做了)(?:一次)?(?:检查|抽查|核查|复核|核对)`);

/**
 * 孙丽「11月20日查看了经费支出票据」 · 「翻阅了账本」 (round 44 fqc: no report, 查看/翻阅 being no check verb): looking through
 * the books of money on a day gone by is a check told done, whatever the verb; its kind is then guessed (booksChecked).
 */
export function booksLookedThrough(text: string): boolean {
  return BOOKS_LOOKED.test(text);
}

/**
 * 孙丽's pasted list line 「12月4日 检查本科室报销票据」 (round 64, gdi; t67a P5: the line left off the card, 「还有 2 条」 and
 * then gone): a dated list line that is nothing but a check verb and the books (本科室 · 本部门 between), no 了 — on a day
 * gone by, the look itself told done, as 检查了 is. The whole line must be this; anything more is left to the other readers.
 */
// 孙丽「…⏎11月27日 检查本科室报销票据和账目⏎…」 (round 65, gec; the line not read, the card numbering off by it): the books
// may be several, joined (和 · 、 · 及 · 以及), and of money spent (公务卡 · 三公经费 · 经费使用), a 使用情况 after them.
const BOOK = `(?:报销|财务|经费)?(?:${BOOKS}|公务卡|三公经费|专项经费|经费使用|经费)`;
const BOOKS_TERSE = new RegExp(`^[\\s\\u0000]*(?:检查|抽查|核查|查阅|核对|自查|清查)了?(?:本科室|本部门|本单位|本中心|本科|本部|科室|部门)?的?${BOOK}(?:(?:和|、|及|以及|与|,|，)${BOOK})*(?:的)?(?:使用情况|支出情况|情况)?[\\s。.]*$`);

/** Whether `text` (a dated line's words after its day) is BOOKS_TERSE; the caller asks it only of a day before today. */
export function booksTerseLine(text: string): boolean {
  return BOOKS_TERSE.test(text);
}
