// 「…检查人：林晓、黄志刚」: the people a 检查人 field names did the one check together; it is the highest-ranking one's.
import type { ParseContext, ParsedReport } from './draft.js';
import { surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import { rank } from './parseActor.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** The field and what it holds, up to the end of its clause or line. */
const FIELD = /(?:检查人员?|督查人员?|检查组成员|带队检查人?)[\s\u0000]*[:：][\s\u0000]*([^,;。\n]+)/;
/** Between two names of the field: 、 和 及 or white space. */
const JOIN = /^[\s\u0000]*(?:、|和|及|与)?[\s\u0000]*$/;

/** The people the field names, in order, each one person; undefined when there is no field or a name is unsure. */
export function namedCheckers(text: string, ctx: ParseContext): string[] | undefined {
  const field = FIELD.exec(text)?.[1];
  if (field === undefined) return undefined;
  const index = directoryIndex(ctx.directory);
  const items = [...surfaceItems(field, index), ...surnameTitleItems(field, index)].filter((i) => !i.departmentOnly).sort((a, b) => a.start - b.start || b.end - a.end);
  const ids: string[] = [];
  let end = 0;
  for (const item of items) {
    if (item.start < end) continue;
    if (item.ids.length !== 1 || !JOIN.test(field.slice(end, item.start))) return undefined;
    ids.push(item.ids[0]!);
    end = item.end;
  }
  return ids.length > 0 && field.slice(end).trim() === '' ? ids : undefined;
}

/**
 * Round 20u L17 / e24 (issue 10): a check whose 检查人 field names its checkers (「检查人：黄志刚 林晓」) was asked
 * 「是谁带队检查的？」. Those named did one check together, as 黄书记和林晓去…查了 reads: it is the highest-ranking one's
 * (the one named first when equal), the others went along, said on the card. True when `lone` was settled so.
 */
export function byNamedCheckers(lone: ParsedReport, text: string, ctx: ParseContext): boolean {
  if (lone.draft.type === undefined || !/^inspect_|^pledge_check$/.test(lone.draft.type)) return false;
  const ids = namedCheckers(text, ctx);
  if (!ids) return false;
  const top = Math.max(...ids.map((id) => rank(id, ctx)));
  const lead = ids.find((id) => rank(id, ctx) === top)!;
  const name = (id: string) => (id === ctx.senderId ? '您' : ctx.directory.person(id)?.name ?? id);
  if (lead !== ctx.senderId) lone.draft.actorId = lead;
  const others = ids.filter((id) => id !== lead);
  lone.remarks.push(others.length > 0 ? `检查人${ids.map(name).join('、')}：按${name(lead)}带队的检查记录，${others.map(name).join('、')}同去` : `检查人：${name(lead)}`);
  // Another's check is shown for a tap; the sender's own, leading, is theirs as any check they report.
  if (lead !== ctx.senderId) lone.reasons = [...(lone.reasons ?? []), 'third_person'];
  return true;
}
