// Whom the 填报/修改 form's 谈话对象 picker offers.
import type { BotDeps } from './botDeps.js';

/** At most this many (about 50 bytes each of Feishu's 30 KB card). */
const MOST = 200;

/**
 * The open ids the form's person picker offers: `first` (the record's own people, so what is prefilled is among them),
 * then the directory's people in order, at most MOST. Feishu's person picker given no options offers the chat's members
 * only — in a private chat the member and the bot — so the directory is given.
 */
export function formPeople(deps: BotDeps, first: readonly string[] = []): string[] {
  const everyone = deps.directory.org.people.flatMap((p) => (p.openId ? [p.openId] : []));
  return [...new Set([...first, ...everyone])].slice(0, Math.max(MOST, first.length));
}
