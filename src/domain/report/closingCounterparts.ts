// 「全年共开展廉政谈话4次，分别是3月5日、6月10日、9月8日、11月9日，对象均为赵磊。」 (t39a F13: 和谁 asked three times, and
// 「都是赵磊」 filled one): a closing 对象均为X / 对象都是X names the one talked with on every day listed, not the last only.
import { isTalkType } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** 对象均为赵磊 · 谈话对象都是赵磊、陈静 · 对象全部是X: group 1 the people. */
const CLOSING = /对象(?:均|都|全部|全|皆)(?:为|是)([^，,。；;！!？?\n]{1,24})/;

/**
 * `reports` with each talk or signing still asking 和谁 given the people a closing 对象均为… of `text` names (directory
 * names only), that problem gone. Unchanged when `text` has no such clause or it names no one in the directory.
 */
export function withClosingCounterparts(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const said = CLOSING.exec(text);
  if (!said) return reports;
  const ids = ctx.directory.org.people.filter((p) => said[1]!.includes(p.name) && p.id !== ctx.senderId).map((p) => p.id);
  if (ids.length === 0) return reports;
  return reports.map((r) => {
    const asks = r.problems.some((p) => p.code === 'missing_counterpart');
    const kind = r.draft.type;
    if (!asks || kind === undefined || !(isTalkType(kind) || kind === 'pledge_sign') || r.draft.counterpartIds.length > 0) return r;
    const others = ids.filter((id) => id !== r.draft.actorId);
    if (others.length === 0) return r;
    return { ...r, draft: { ...r.draft, counterpartIds: others }, problems: r.problems.filter((p) => p.code !== 'missing_counterpart') };
  });
}
