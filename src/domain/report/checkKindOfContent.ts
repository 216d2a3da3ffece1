// 日期|检查部门|检查内容 ⏎ 11月3日|财务科|专项资金使用 (round 43, t42c F2: each row asked its type while 「到财务科检查了专项资金使用」
// in a sentence is a 专项资金检查): a check table's 内容 cell names what was looked at, and that decides the check's kind
// the same way the object of 检查 does in prose — through the sentence's own kind reader, no word list of its own.
import { activityTypeName, CHECK_TYPE_CODES } from '../activityTypes.js';
import { booksChecked } from './booksChecked.js';
import { findKinds } from './parseKind.js';

/**
 * The name of the one check type (作风纪律检查 · 专项资金检查 · 责任书落实情况检查) that `content`, a check row's 内容 cell
 * (考勤 · 专项资金使用情况 · 公车使用), decides when read as the thing a check looked at (「考勤检查」); undefined when it
 * names none, or more than one (考勤、专项资金: the row's type is asked, never guessed).
 */
export function checkKindOfContent(content: string): string | undefined {
  // Each thing listed is read on its own: 「考勤、专项资金检查」 read whole gives the nearer kind only.
  const parts = content.split(/[、，,;；/／和及与]/).map((p) => p.trim()).filter((p) => p !== '');
  const codes = [...new Set(parts.flatMap((p) => findKinds(`${p}检查`).map((k) => k.code)))];
  // 查阅报销凭证 · 会计凭证 in the cell: the books of money, a 专项资金检查 as in a sentence (booksChecked, round 43).
  if (codes.length === 0 && booksChecked(`检查${content}`)) return activityTypeName('inspect_funds');
  return codes.length === 1 && CHECK_TYPE_CODES.includes(codes[0]!) ? activityTypeName(codes[0]!) : undefined;
}
