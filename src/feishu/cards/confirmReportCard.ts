// The records the bot read from a message, shown for 确认 / 修改 / 取消 before anything is stored.
import { button, buttonRow, card, markdown } from './cardParts.js';

export interface ConfirmLine {
  /** describeDraft-style text: type · day · counterparts · title · count. */
  text: string;
  /** Who did it, when not the sender. */
  actor?: string;
  /** The same record exists already; a sentence when it is the other side's record of the same deed (whose it is). */
  duplicate: boolean | string;
  /** The number shown before it, when not its place on the card: the member's line (memberNumbering). */
  number?: number;
}

const answer = (text: string) => ({ action: 'answer', text });

/**
 * `reasons` are short phrases saying why the bot asks (CONFIRM_REASON_TEXT);
 * the buttons answer the pending dialog exactly like typing 确认 / 修改 / 取消.
 * `editing` (0-based record numbers) is the card shown after 修改 on a card of several records: instead of 修改, one
 * 「去掉第N条」 button per record named, and 「全部重新发送」 (the whole card dropped, as 修改 did before), so one wrong
 * record of four does not cost the member the other three.
 */
export function confirmReportCard(lines: ConfirmLine[], reasons: string[], remarks: string[], editing?: number[]): object {
  const onlyDuplicates = reasons.length === 0 && lines.some((l) => l.duplicate);
  const elements: object[] = [];
  const mirrored = lines.length === 1 && typeof lines[0]!.duplicate === 'string' ? lines[0]!.duplicate : undefined;
  const question = mirrored ?? '已有一条相同记录，仍要再记一条吗？';
  elements.push(markdown(onlyDuplicates ? `**${question}**` : `**请确认以下 ${lines.length} 条记录**（确认后才记录）`));
  lines.forEach((l, i) => {
    const n = lines.length > 1 ? `${l.number ?? i + 1}. ` : '';
    const actor = l.actor ? `｜活动人：${l.actor}` : '';
    const said = typeof l.duplicate === 'string' ? l.duplicate.replace(/，仍要再记一条吗？$/, '') : '已有一条相同记录';
    const dup = l.duplicate ? ` <font color='orange'>${said}</font>` : '';
    elements.push(markdown(`${n}${l.text}${actor}${dup}`));
  });
  // The other side's record of the same deed (a sentence naming whose it is) is kept out by a plain 确认 (continueDialog).
  // So is the sender's own repeat in a list of several (continueDialog): only 「仍要记录」 records it again.
  const othersRecord = lines.some((l) => typeof l.duplicate === 'string' && !l.duplicate.startsWith('已有一条相同记录'));
  // A card asking 请确认 for other reasons holds a repeat back on 确认 whatever its number of records (round 30g §14: a card
  // of one said 「确认则照样记录」), and says so; only 「仍要记录」 records it again.
  if (!onlyDuplicates && lines.some((l) => l.duplicate)) {
    const own = lines.some((l) => l.duplicate === true || (typeof l.duplicate === 'string' && l.duplicate.startsWith('已有一条相同记录')));
    const marked = othersRecord && own ? '已记录或已有相同记录' : othersRecord ? '对方已记录' : '已有相同记录';
    elements.push(
      markdown(
        lines.length > 1
          ? `标注${marked}的，「确认」不会再记（同一次只记一次）；确是另一次，请回复「仍要记录」全部记录。`
          : `这条${othersRecord ? '对方已记录' : '已有相同记录'}，「确认」不会再记（同一次只记一次）；确是另一次，请回复「仍要记录」。`,
      ),
    );
  }
  const notes = [...(reasons.length > 0 ? [`需要确认：${reasons.join('；')}`] : []), ...remarks];
  if (notes.length > 0) elements.push(markdown(`<font color='grey'>${notes.map((r) => `注：${r}`).join('\n')}</font>`));
  if (editing !== undefined && editing.length > 0) {
    const shown = (i: number) => lines[i]?.number ?? i + 1;
    elements.push(buttonRow(editing.map((i) => button(`去掉第${shown(i)}条`, answer(`去掉第${shown(i)}条`)))));
  }
  elements.push(
    buttonRow([
      button(onlyDuplicates ? '仍要记录' : '确认', answer(onlyDuplicates ? '仍要记录' : '确认'), 'primary'),
      editing !== undefined ? button('全部重新发送', answer('全部重新发送')) : button('修改', answer('修改')),
      button('取消', answer('取消'), 'danger'),
    ]),
  );
  // The card asking 仍要再记一条吗？ says what each typed word does (t36b F1: it offered 确认, which then stored the repeat).
  // Round 66, gfi (t69a FB2: 「回复「确认」「对」不会重复记录」 left 冯雪 unsure whether 确认 records): which reply records a
  // second one and which does not, said plainly, the record-again reply first.
  elements.push(
    markdown(
      onlyDuplicates
        ? "<font color='grey'>确是另一次、要再记一条：请点「仍要记录」或回复「再记一条」。不用再记：请点「取消」或回复「不用再记」，已有的记录不变（回复「确认」「对」也不会再记）。30分钟内有效。</font>"
        : "<font color='grey'>也可以直接回复「确认」「对」或「取消」；30分钟内有效。</font>",
    ),
  );
  return card(onlyDuplicates ? '可能重复' : '请确认', 'orange', elements);
}
