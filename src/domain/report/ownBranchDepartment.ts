// 中心党支部开展主题党日活动… from 何平, who heads the 中心 (round 44 fqe, the coordinator's probe: asked whose, while the same
// words from 孙杰 of the 中心 were 何平's): a 党支部/党小组 named after the department the sender heads, or by a word only its
// head uses for it (我们支部 · 本支部 · 部门党支部 · 科室党小组 · 中心党支部), is the sender's own, at that department. A branch
// named after another department, a numbered one (第二党支部), or one of the 机关 stays asked (round 11: a branch may span
// departments and its 书记 need not be a head; a 科员's branch is never theirs by default).
import type { ParseContext } from './draft.js';

/** A branch: 党支部 · 党总支 · 支部 · 党小组. */
const BRANCH = /党支部|党总支|支部|党小组/g;
/** The words a head uses for their own unit before the branch: 我们 · 本 · 我部 · 部门 · 科室 · 中心 (or none). */
const OWN_WORD = /^(?:我们|我|本)?(?:部门|科室|中心|部|科|室)?$/;
/** What may stand right before the branch's words: a clause's start, a masked day, a day or weekday just written. */
const BOUNDARY = /(?:^|[^\u4e00-\u9fa5]|[日号天午一二三四五六末底]|周日)$/;
/** 第二党支部 · 第3党小组: a numbered branch names no department. */
const NUMBERED = /第?[一二三四五六七八九十\d]+$/;

/**
 * The id of the department the sender heads whose branch `text` names (中心党支部 · 康复中心党支部 · 我们支部 from its head);
 * undefined when the sender heads none, or the branch is another department's, numbered, the 机关's, or not named at all.
 */
export function ownBranchDepartment(text: string, ctx: Pick<ParseContext, 'directory' | 'senderId'>): string | undefined {
  const headed = ctx.directory.headedBy(ctx.senderId);
  if (headed.length === 0) return undefined;
  const surfaces = ctx.directory.org.departments.map((d) => ({ id: d.id, names: [d.name, ...d.aliases] }));
  for (const m of text.matchAll(BRANCH)) {
    const before = text.slice(Math.max(0, m.index - 7), m.index);
    if (NUMBERED.test(before)) continue;
    // Longest first: 组联部党支部 is 组联部's before its 部 could read as the sender's own 部.
    for (let k = before.length; k >= 0; k--) {
      const unit = before.slice(before.length - k);
      const named = surfaces.find((s) => s.names.includes(unit));
      if (named) {
        if (headed.some((d) => d.id === named.id)) return named.id;
        break;
      }
      if (!OWN_WORD.test(unit) || !BOUNDARY.test(before.slice(0, before.length - k))) continue;
      // 中心党支部 from a 部's head names the 中心, not theirs.
      const kind = /中心|部|科|室/.exec(unit.replace(/部门|科室/, ''))?.[0];
      const own = kind ? headed.find((d) => [d.name, ...d.aliases].some((n) => n.includes(kind))) : headed[0];
      if (own) return own.id;
      break;
    }
  }
  return undefined;
}
