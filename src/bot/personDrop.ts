// 「去掉胡军」 on a waiting card or question (round 34a F10): personItemDrop with the directory's people.
import type { NamedItem } from '../domain/report/namedItemDrop.js';
import { personItemDrop } from '../domain/report/personItemDrop.js';
import type { ReportDraft } from '../domain/report/draft.js';
import type { BotDeps } from './botDeps.js';

/**
 * The waiting records of someone in the directory named alone to leave out (去掉胡军 · 删掉和胡军的): the one index, or
 * the fitting indexes (none or several, to ask which); undefined when the reply names no person so.
 */
export function personDrop(deps: BotDeps, items: readonly { draft: ReportDraft }[], text: string, today: string): NamedItem | undefined {
  const isPerson = (name: string) => deps.directory.hasName(name);
  return personItemDrop(text, items, (id) => deps.directory.person(id)?.name, isPerson, today);
}
