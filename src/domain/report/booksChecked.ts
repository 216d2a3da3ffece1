// 机关党委本周工作：⏎11月24日到财务科检查了报销凭证 · 抽查了办公室的账目 · 对本科室报销凭证进行了检查 (round 43, round-42 fixers'
// kind: the check's type asked among every kind of check): the books of a unit's money looked through (凭证 · 账目 · 票据 ·
// 经费支出) make the check one of funds. Read only for a check that names no kind of its own (开展作风纪律检查，查阅了报销凭证
// stays the 作风 check it says it was), and guessed, so the card shows it for a tap.

/** The books of a unit's money: 报销凭证 · 会计凭证 · 账目 · 账本 · 票据 · 发票 · 经费支出 … */
const BOOKS = '报销凭证|会计凭证|原始凭证|记账凭证|财务凭证|凭证|账目|帐目|账本|账簿|帐簿|账册|报销单据|财务票据|票据|发票|经费支出|财务支出|财务收支|财务账';

/** A look through the books: 检查/查阅/抽查/翻阅…了 (the place between allowed) the books, or the books then 进行了检查/抽查. */
const BOOKS_CHECKED = new RegExp(`(?:检查|查看|查阅|抽查|核查|翻阅|调阅|复核|查)了?(?:一下|一遍|下)?[^,;。!?，；！？\\n]{0,12}?(?:${BOOKS})|(?:${BOOKS})[^,;。!?，；！？\\n]{0,8}?(?:检查|抽查|核查|复核)`);

/** Whether a check's clause (`text`) says it looked through the books of a unit's money. */
export function booksChecked(text: string): boolean {
  return BOOKS_CHECKED.test(text);
}
