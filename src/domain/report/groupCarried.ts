// …，宣文部全体干部观看警示教育片，并逐人签订了廉洁承诺书: a signing that only goes on (并/同时/还) with no one of its own was
// signed by the group the clause before named, never by nobody.
import { directoryIndex } from './parseDirectoryIndex.js';
import { SIGNING_OPENER } from './signingGoesOn.js';
import type { ParseContext } from './draft.js';

/** Someone of its own (和/与 X), or one's own paper: not the group's signing. */
const OWN_PARTY = /和|与|跟|同(?![时日天])|个人|本人|自己/;

/** Everyone of a unit as a clause names them: 全体干部 · 全体人员 · 所有职工 · 部门同志 · 科室人员; the unit word before it apart. */
const GROUP = /(本部门|部门|本科室|科室|全科|全部门|部里|科里|中心)?(?:的)?(全体(?:党员干部|干部职工|工作人员|党员|同志|人员|干部|职工)?|(?:所有|全部)(?:党员干部|干部职工|工作人员|党员|同志|人员|干部|职工)|(?<=本部门|部门|本科室|科室|全科|全部门|部里|科里|中心)(?:同志|人员|干部|职工|干部职工|工作人员))/;

/**
 * The text to read for `piece` when it is a signing that only goes on (并逐人签订了廉洁承诺书) after `before`, the clause
 * before it in the same sentence, names a group of a unit (宣文部…全体干部观看…): that unit and group as its subject
 * (宣文部全体干部逐人签订了廉洁承诺书), read as a unit's signing is (its head with each member, on a card, or asked 和谁签订的).
 * The unit is the one department `before` names, else the sender's own for a unit word (部门同志 · 中心全体职工) that fits
 * it, else none (the group alone, which is asked). Undefined when the piece names a party of its own or `before` names
 * no group. Found in round 32a (F3): the signing was put on the card with nobody.
 */
export function groupCarried(piece: string, before: string | undefined, ctx: ParseContext): string | undefined {
  const opener = SIGNING_OPENER.exec(piece);
  if (!opener || before === undefined) return undefined;
  const index = directoryIndex(ctx.directory);
  if (OWN_PARTY.test(piece) || piece.search(index.surfaces) >= 0) return undefined;
  const group = GROUP.exec(before);
  if (!group) return undefined;
  const named = new Set([...before.matchAll(index.surfaces)].map((m) => index.departmentBySurface.get(m[0])).filter((d) => d !== undefined));
  const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
  // A 中心 is the sender's own only when their unit is one (a 财务科 clerk's 中心 is someone else's).
  const ownFits = own !== undefined && group[1] !== undefined && (group[1] !== '中心' || [own.name, ...own.aliases].some((n) => n.includes('中心')));
  const unit = named.size === 1 ? [...named][0]! : named.size === 0 && ownFits ? own : undefined;
  const everyone = /^(?:全|所有)/.test(group[2]!) ? group[2]! : `全体${group[2]!}`;
  const who = unit ? `${unit.name}${everyone}` : group[0];
  // 逐人/逐一 say what a unit's signing already is, one per member; the unit's readers take the group right before 签.
  return `${who}${piece.slice(opener[1]!.length).replace(/^(?:逐人|逐一|一一|分别|人人)+/, '')}`;
}
