// 我们中心 · 我们部 · 我们科 · 本部门: the sender's own department named without its name.
import type { ParseContext } from './draft.js';

/** The unit words a sender uses for their own department; 部门/科室 fit any, 中心/部/科/室 only a unit of that kind. */
const OWN_UNIT = /我们(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心|部|科|室)(?![长任])|我(?:部|科|室|中心)(?![长任分])|(?:部|科|室)里(?!面)/;

/**
 * The id of the sender's department when `text` names it as theirs (我们中心报送信息, 本部门自查), else undefined: a
 * 财务科 clerk's 我们中心 is no unit of theirs, so nothing. Only the department is read here, never who did the deed.
 */
export function ownUnitNamed(text: string, ctx: ParseContext): string | undefined {
  const m = OWN_UNIT.exec(text);
  if (!m) return undefined;
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  if (!own) return undefined;
  const unit = /中心|部|科|室/.exec(m[0].replace(/部门|科室/, ''))?.[0];
  if (unit && ![own.name, ...own.aliases].some((n) => n.includes(unit))) return undefined;
  return own.id;
}
