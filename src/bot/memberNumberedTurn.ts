// 第3条不用记 on a card numbered by the member's lines, line 3 unread (round 65, gec): the number is the member's line.
import type { CardItemChoice } from '../domain/report/cardItemChoice.js';
import { memberPicked, type MemberNumbering } from '../domain/report/memberNumbering.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import type { BotDeps } from './botDeps.js';
import { cardItemTurn, type CardItemTurn } from './cardItemTurn.js';
import { confirmCardFor } from './settleReport.js';
import { withNotice } from './withNotice.js';

/**
 * A reply picking records by number (`choice`, read against the member's numbers) on a card numbered by the member's lines
 * (`numbering`): the records of those lines taken off, or said wrong, as cardItemTurn does; an unread line named is said
 * as never recorded, a number that is neither said; nothing else changes. `key`: the dialog's key.
 */
export async function memberNumberedTurn(deps: BotDeps, turn: CardItemTurn, key: string, choice: CardItemChoice, numbering: MemberNumbering): Promise<OutgoingMessage> {
  const d = turn.dialog;
  const picked = memberPicked(choice, numbering);
  const shownNumbers = numbering.numbers.join('、');
  if (picked.beyond.length > 0) {
    const card = confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id);
    return withNotice({ kind: 'card', card }, [`卡片上的是第${shownNumbers}条，没有第${picked.beyond.join('、')}条，卡片没有改动，仍在等您确认。`]) ?? { kind: 'card', card };
  }
  const never = picked.unread.length > 0 ? `您消息里的第${picked.unread.join('、')}行本来就没有读出活动，没有记录` : '';
  // The unread note stays: it is what keeps the card numbered by the member's lines for the next reply.
  if (picked.indexes.length === 0) {
    const card = confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id);
    const what = choice.kind === 'wrong' ? '，不用改；如需记录请单独发送' : '';
    return withNotice({ kind: 'card', card }, [`${never}${what}，卡片没有改动，仍在等您确认。`]) ?? { kind: 'card', card };
  }
  const [first, ...rest] = picked.indexes;
  const mapped: CardItemChoice = choice.kind === 'drop' ? { kind: 'drop', index: first!, ...(rest.length > 0 ? { also: rest } : {}) } : { kind: 'wrong', index: first! };
  const out = await cardItemTurn(deps, { ...turn, numberOf: (i) => numbering.numbers[i]! }, key, mapped);
  return never === '' ? out : withNotice(out, [`${never}。`]) ?? out;
}
