// 上周四到财务科开展作风纪律检查 和林晓同行 · …检查，林晓同行 · …检查 林晓陪同 · …检查，林晓也一起 (round 51, fza; t53a F9:
// asked whose the check was, 林晓 made its doer on a card, or dropped without a word): a clause of directory names saying they
// went along on a check (同行 · 同去 · 一同前往 · 也一起 · 陪同), after a comma or a space, is the companions' clause that
// checkEscorts reads (「，林晓陪同」), the check its sender's. Only for a check: a talk's companions are companionsApart's.

import type { Directory } from '../organization.js';

/** The words of a check done (检查 · 督查 · 暗访 · 抽查 · 巡查 · 查看 · 查了). */
const CHECKED = /检查|督查|暗访|明查|抽查|巡查|查看|查了|查阅/;
/** A post or 同志 after a companion's name (林晓同志 · 黄志刚书记). */
const POST_WORDS = '同志|副理事长|理事长|书记|部长|科长|副主任|主任|干事';
const POST = `(?:${POST_WORDS})?`;
/**
 * A post or unit written before a companion's name (机关纪委书记黄志刚 · 纪检干事林晓 · 办公室主任李明 · 办公室李明主任; round 53,
 * fkd, t55a F4: 「…检查…，机关纪委书记黄志刚参加」 kept 黄志刚 nowhere): up to 7 characters closing on a post word or a unit's
 * last character (室 · 科 · 部 · 中心).
 */
const PRE = `(?:[\u4e00-\u9fa5]{0,7}?(?:书记|干事|主任|部长|科长|科员|理事长|委员|组长|纪委|纪检|纪检组|党委|室|科|部|中心)[ \u3000]*)?`;

const patterns = new WeakMap<readonly string[], RegExp | undefined>();

/**
 * The companions' clause for these names: after a comma or a space, maybe 和/与/跟/同, names (with posts) parted by 、/和/及,
 * then 也/都, 一起/一同, and 同行 · 同去 · 一同前往 · 陪同 · 一起 (closing the clause), 了 or 的 at most.
 * Group 1 the comma or space, group 2 the names.
 */
function clausePattern(names: readonly string[]): RegExp | undefined {
  if (patterns.has(names)) return patterns.get(names);
  const name = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  // 随同 · 一同参加 · 参加 (round 52, fwa; t54a F2, t54b F5: 「…检查，林晓参加」 lost 林晓) close the clause as 陪同 does.
  const made = name === '' ? undefined : new RegExp(`([,，;；]|\\s+)(?:和|与|跟|同)?(${PRE}(?:${name})${POST}(?:(?:[、和及与]|\\s+)${PRE}(?:${name})${POST})*)[ \u3000]?(?:也|都|还)?(?:全程)?(?:(?:一起|一同|一块儿?)?(?:同行|同去|前往|去的|去了|过去的)|(?:一起|一同)?(?:陪同|随同|参加|参与)|一起|一同)(?:了|的)?(?=$|[,，;；。!！\\s])`, 'g');
  patterns.set(names, made);
  return made;
}

/**
 * 「…均由黄志刚书记带队，本人参加」 · 「…检查，我也参加了」 (round 52, fwa; t54a F2: the sender who went along was lost): the
 * sender's own clause of going along, written 「，我陪同」 for checkEscorts' 我. Group 1 the comma or space (never a table's tab or a line's end).
 */
const ME_ALONG = /([,，;；]|[ \u3000]+)(?:本人|我)(?:也|都|还)?(?:全程)?(?:一起|一同)?(?:参加|参与|随同|陪同)(?:了)?(?:检查)?(?=$|[,，;；。!！\s])/g;

/** 参加 · 参与 closing a clause: said of the checked unit's own people too (康复部全体人员参加), unlike 同行 · 陪同. */
const TOOK_PART = /(?:参加|参与)(?:了|的)?$/;

/**
 * The names of `who` (a companions' clause, names parted by 、/和/及/spaces, posts after them) who are of a department
 * `before` names (the place checked: 对康复部…检查，吴静部长参加 is the host, no one who went along); all of them without a directory.
 */
function outsiders(who: string, before: string, directory: Directory | undefined, all: readonly string[]): string[] {
  const names = namesIn(who, all);
  if (directory === undefined) return names;
  return names.filter((n) => {
    const unit = directory.org.departments.find((d) => d.id === directory.org.people.find((p) => p.name === n)?.departmentId);
    return unit === undefined || ![unit.name, ...unit.aliases].some((u) => before.includes(u));
  });
}

/** The names of `all` written in `who` (a companions' clause, posts and units around them), in their order. */
function namesIn(who: string, all: readonly string[]): string[] {
  const longest = [...all].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (let at = 0; at < who.length; ) {
    const n = longest.find((x) => who.startsWith(x, at));
    if (n !== undefined) found.push(n);
    at += n?.length ?? 1;
  }
  return found;
}

/**
 * `text` with each companions' clause after a check (clausePattern) written 「，X陪同」, the way checkEscorts and the doer's
 * reader know it; `text` itself when it says no check (CHECKED) or has no such clause.
 */
export function withCheckCompanionClause(text: string, names: readonly string[], directory?: Directory): string {
  if (!CHECKED.test(text)) return text;
  const named = directory === undefined ? text : withTitledCompanions(text, directory);
  const mine = named.replace(ME_ALONG, (m, lead: string, at: number) => (CHECKED.test(named.slice(0, at)) ? '，我陪同' : m));
  const pattern = clausePattern(names);
  if (pattern === undefined) return mine;
  return mine.replace(pattern, (m, lead: string, who: string, at: number) => {
    if (!CHECKED.test(mine.slice(0, at))) return m;
    // 林晓参加 went along; 吴静部长参加 at a check of 康复部 is the host, read as before (no companion).
    // A table's cell (…\t林晓参加\n) is the table reader's: its 参加 is left to it.
    if (TOOK_PART.test(m) && /[\t\n]/.test(lead)) return m;
    const along = TOOK_PART.test(m) ? outsiders(who, mine.slice(0, at), directory, names) : namesIn(who, names);
    return along.length === 0 ? m : `，${along.join('、')}陪同`;
  });
}

/** A post said after a surname: 林干事 · 黄书记 · 王部长 · 王副理事长. */
const TITLED = '([\\u4e00-\\u9fa5])(干事|书记|副理事长|理事长|部长|科长|副主任|主任)';
/**
 * 「昨天王副理事长到财务科检查了专项资金，林干事参加」 · 「…，黄书记和林干事参加」 (round 54, fjd; t56 kind 2: 林晓 kept nowhere):
 * companions written by surname and post in the companions' clause. Group 1 the comma or space, 2 the list of them.
 */
const TITLED_ALONG = new RegExp(`([,，;；]|[ \\u3000]+)((?:和|与|跟|同)?(?:${TITLED.replace(/\(/g, '(?:')}(?:同志)?(?:[、和及与]|[ \\u3000]+)?)+)(?=[ \\u3000]?(?:也|都|还)?(?:全程)?(?:一起|一同)?(?:同行|同去|前往|陪同|随同|参加|参与))`, 'g');

/**
 * `text` with each companion named by surname and post in a companions' clause written with their full name, when exactly
 * one person of the directory has that surname and a title holding that post; left as written when none or two fit.
 */
function withTitledCompanions(text: string, directory: Directory): string {
  return text.replace(TITLED_ALONG, (_m, lead: string, list: string) =>
    lead +
    list.replace(new RegExp(TITLED, 'g'), (one: string, surname: string, post: string) => {
      const fit = directory.org.people.filter((p) => p.name[0] === surname && p.title.split('、').some((t) => t.endsWith(post) && (post !== '理事长' || !t.endsWith('副理事长'))));
      return fit.length === 1 ? `${fit[0]!.name}${post}` : one;
    }),
  );
}
