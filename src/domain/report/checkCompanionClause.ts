// 上周四到财务科开展作风纪律检查 和林晓同行 · …检查，林晓同行 · …检查 林晓陪同 · …检查，林晓也一起 (round 51, fza; t53a F9:
// asked whose the check was, 林晓 made its doer on a card, or dropped without a word): a clause of directory names saying they
// went along on a check (同行 · 同去 · 一同前往 · 也一起 · 陪同), after a comma or a space, is the companions' clause that
// checkEscorts reads (「，林晓陪同」), the check its sender's. Only for a check: a talk's companions are companionsApart's.

/** The words of a check done (检查 · 督查 · 暗访 · 抽查 · 巡查 · 查看 · 查了). */
const CHECKED = /检查|督查|暗访|明查|抽查|巡查|查看|查了|查阅/;
/** A post or 同志 after a companion's name (林晓同志 · 黄志刚书记). */
const POST = '(?:同志|副理事长|理事长|书记|部长|科长|副主任|主任|干事)?';

const patterns = new WeakMap<readonly string[], RegExp | undefined>();

/**
 * The companions' clause for these names: after a comma or a space, maybe 和/与/跟/同, names (with posts) parted by 、/和/及,
 * then 也/都, 一起/一同, and 同行 · 同去 · 一同前往 · 陪同 · 一起 (closing the clause), 了 or 的 at most.
 * Group 1 the comma or space, group 2 the names.
 */
function clausePattern(names: readonly string[]): RegExp | undefined {
  if (patterns.has(names)) return patterns.get(names);
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const made = name === '' ? undefined : new RegExp(`([,，;；]|\\s+)(?:和|与|跟|同)?((?:${name})${POST}(?:(?:[、和及与]|\\s+)(?:${name})${POST})*)(?:也|都|还)?(?:全程)?(?:(?:一起|一同|一块儿?)?(?:同行|同去|前往|去的|去了|过去的)|(?:一起|一同)?陪同|一起|一同)(?:了|的)?(?=$|[,，;；。!！\\s])`, 'g');
  patterns.set(names, made);
  return made;
}

/**
 * `text` with each companions' clause after a check (clausePattern) written 「，X陪同」, the way checkEscorts and the doer's
 * reader know it; `text` itself when it says no check (CHECKED) or has no such clause.
 */
export function withCheckCompanionClause(text: string, names: readonly string[]): string {
  if (!CHECKED.test(text)) return text;
  const pattern = clausePattern(names);
  if (pattern === undefined) return text;
  return text.replace(pattern, (m, lead: string, who: string, at: number) => (CHECKED.test(text.slice(0, at)) ? `，${who.trim().replace(/\s+/g, '、')}陪同` : m));
}
