// 「@张伟 书记 今天上午您和王建国…的廉政谈话我帮您登记一下」: 您 is the one the message opens by addressing, not the sender.
import { directoryIndex } from './parseDirectoryIndex.js';
import { mentionItems, surfaceItems, surnameTitleItems } from './parseCounterpartItems.js';
import type { ParseContext } from './draft.js';

/** The addressee at the very start: an @-mention or a name (张书记, 王建国副理事长), a title, then a pause. */
// 「@张伟 书记」 pasted as plain text (no mention behind it) names them as well.
const OPENING = /^\s*(@_user_\d+|@?[\u4e00-\u9fa5]{2,8}?)\s*(?:同志|副?(?:书记|理事长|主任|科长|部长|局长|主席))?\s*(?:[,:]\s*|\s+|(?=今天|昨天|前天|上周|这周|本周|\d))/;
/** 我帮您登记一下 · 给您报一下 · 替您记上: the sender only reports it; the words are no deed. */
const FOR_YOU = /[,。;\s]*我?(?:帮|给|替|为)(?:您|你)(?:登记|记录|录入|上报|报|补录|记|录|报备)(?:上|下|一下|了)?[\s。!.~]*/g;

/**
 * `text` with 您/你 replaced by the name of the person the message opens by addressing (an @-mention of someone in the
 * directory, or their name or 姓+title followed by a pause), and 我帮您登记一下 left out; `text` as it is when it opens
 * with no one or says no 您/你 (round 12: 胡军's relay recorded at once as 胡军's talks with 张伟 and 王建国).
 */
export function withAddresseeForYou(text: string, ctx: ParseContext): string {
  const m = OPENING.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (!/[您你]/.test(rest)) return text;
  const index = directoryIndex(ctx.directory);
  const head = m[1]!;
  const items = head.startsWith('@_user_') ? mentionItems(head, ctx.mentions, index) : [...surfaceItems(m[0], index), ...surnameTitleItems(m[0], index)];
  const ids = [...new Set(items.flatMap((i) => i.ids))];
  if (ids.length !== 1 || ids[0] === ctx.senderId) return text;
  const name = ctx.directory.person(ids[0]!)!.name;
  // 您们 / 你们 is a group, never one person.
  if (/[您你]们/.test(rest)) return text;
  return rest.replace(FOR_YOU, '').replace(/[您你]/g, name);
}
