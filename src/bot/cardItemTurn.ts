// One record of a waiting 确认 card of several fixed or left out, the others kept (round 26: 修改 discarded all four).
import type { CardItemChoice } from '../domain/report/cardItemChoice.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import type { BotDeps } from './botDeps.js';
import type { DialogData } from './dialogStore.js';
import { describePending } from './describeActivity.js';
import type { Reporter } from './recordReport.js';
import { reshownCard } from './reshownCard.js';
import { confirmCardFor } from './settleReport.js';
import { withNotice } from './withNotice.js';
import { remarksAfterDrop } from '../domain/report/remarksAfterDrop.js';

type Confirm = Extract<DialogData, { kind: 'confirm' }>;

/** What cardItemTurn needs of the turn: who answered, the event and message carrying it, and when. */
export interface CardItemTurn {
  who: Reporter;
  dialog: Confirm;
  sourceEventId: string;
  sourceMessageId?: string;
  now: Date;
  /** The number the card shows for a record (0-based index), when not its place: the member's line (memberNumberedTurn). */
  numberOf?: (index: number) => number;
}

/** How to fix one record in words; the same examples the correction reader (cardCorrection) understands. */
const HOW = (n: number) => `要改第${n}条，请直接回复改后的内容，如「第${n}条日期是11月21日」「第${n}条不是周三，是周四」「第${n}条不是王强，是李娟」「第${n}条是谈心谈话」`;

/**
 * The card shown after 修改 on a card of several records (typed or tapped): the same records, nothing changed or
 * stored, with one 「去掉第N条」 button per record (`only`: just that one, after 「第2条不对」) and 「全部重新发送」 in
 * place of 修改, and a line saying how to change a record in words.
 */
export function editingCard(deps: BotDeps, turn: CardItemTurn, only?: number): OutgoingMessage {
  const d = turn.dialog;
  const offered = only !== undefined ? [only] : d.items.map((_, i) => i);
  const shown = only !== undefined ? (turn.numberOf?.(only) ?? only + 1) : 0;
  const card = confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id, offered);
  const lead =
    only !== undefined
      ? `第${shown}条哪里不对？${HOW(shown)}；不要这一条，请点「去掉第${shown}条」或回复「去掉第${shown}条」。其余各条不变，仍未记录。`
      : `要改哪一条？不要某一条，请点下面的「去掉第N条」或回复「去掉第2条」；${HOW(2).replace(/^要改第2条，/, '')}。其余各条不变，仍未记录；整条重发请点「全部重新发送」。`;
  return withNotice({ kind: 'card', card }, [lead]) ?? { kind: 'card', card };
}

/**
 * A reply that picks one record of the waiting card (cardItemChoice): `drop` leaves it out (and any in `also`) and shows the card again with
 * the rest, still waiting for 确认 (never stored here, even when what is left would be recorded at once: the member
 * sees exactly what 确认 will store); `wrong` asks what is wrong with it. A number beyond the card, or dropping the
 * card's last record (that is 取消), is said, the card unchanged. `key`: the dialog's key (dialogKey).
 */
export async function cardItemTurn(deps: BotDeps, turn: CardItemTurn, key: string, choice: CardItemChoice): Promise<OutgoingMessage> {
  const d = turn.dialog;
  const again = (notice: string): OutgoingMessage => {
    const card = confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id);
    return withNotice({ kind: 'card', card }, [notice]) ?? { kind: 'card', card };
  };
  const picked = choice.kind === 'drop' ? [choice.index, ...(choice.also ?? [])] : [choice.index];
  const beyond = picked.filter((i) => i >= d.items.length).map((i) => i + 1);
  if (beyond.length > 0) return again(`卡片上只有 ${d.items.length} 条记录，没有第${beyond.join('、')}条，卡片没有改动，仍在等您确认。`);
  if (choice.kind === 'wrong') return editingCard(deps, turn, choice.index);
  if (d.items.length === 1) return again('卡片上只有这一条记录；不要它请回复「取消」，要改请直接说改成什么（如「日期是11月21日」）。');
  // 第1、2、3条都删掉 on a card of three: nothing would be left, which is 取消, said rather than done.
  if (picked.length >= d.items.length) return again('这样卡片上就没有要记的了，卡片没有改动：都不要请回复「取消」。');
  const today = shanghaiDate(turn.now);
  const ordered = [...picked].sort((a, b) => a - b);
  const said = ordered.map((i) => `第${turn.numberOf?.(i) ?? i + 1}条（${describePending(deps.directory, deps.duties, d.items[i]!.draft, today, turn.who.person.id)}）`).join('、');
  const items = d.items.filter((_, i) => !picked.includes(i));
  // Shown again for 确认 whatever is left: a change made on the card is never stored without a look (issue 10).
  // What was said only of the records left out goes with them (round 30a, C3).
  const remarks = ordered.reduce<string[]>((left, i) => remarksAfterDrop(left, d.items[i]!.draft, items.map((x) => x.draft)), [...d.remarks]);
  const card = await reshownCard(deps, turn, key, { ...d, remarks }, items, 'card_edited');
  return withNotice({ kind: 'card', card }, [`已去掉${said}，其余 ${items.length} 条见下，仍未记录，请核对后确认。`]) ?? { kind: 'card', card };
}
