// The member's answer to a pending question (typed or tapped): fill it in, then ask the next question or record and confirm.
import { isTalkType } from '../domain/activityTypes.js';
import { parseCounterparts } from '../domain/report/parseCounterparts.js';
import { parseDay } from '../domain/report/parseDay.js';
import { answerFollowUp, problemsOf, type PendingItem } from '../domain/report/followUp.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { periodOf } from '../domain/period.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { followUpCard } from './askFollowUp.js';
import type { BotDeps } from './botDeps.js';
import { clearDialog, saveDialog, type DialogData } from './dialogStore.js';
import { recordReport, type Reporter } from './recordReport.js';

export const CANCEL_WORDS = /^(取消|算了|不用了|不要了|放弃|cancel)[。.!！]*$/i;
/** "已完成", "做了，昨天", "谈过了": a reply to a prompt about one duty. */
const DONE_WORDS = /(已完成|完成了|做了|搞了|办了|开了|谈过|谈了|已开展|开展了|已召开|召开了|签了|已签)/;

export interface DialogTurn {
  who: Reporter;
  chatId: string;
  dialog: DialogData;
  text: string;
  /** The event that carries the answer: what gets recorded is tied to it. */
  sourceEventId: string;
  /** The message that carries the answer: recalling it withdraws what it recorded. */
  sourceMessageId?: string;
  now: Date;
}

/** Items completed from a short answer to a duty prompt, or null when the answer is not about having done it. */
function dutyItems(deps: BotDeps, turn: DialogTurn & { dialog: { kind: 'duty' } }): PendingItem[] | null {
  const duty = deps.duties.find((d) => d.id === turn.dialog.dutyId);
  if (!duty) return null;
  const today = shanghaiDate(turn.now);
  const day = parseDay(turn.text, today);
  const ctx = { now: turn.now, directory: deps.directory, senderId: turn.who.person.id, mentions: [] };
  const found = parseCounterparts(day.rest, ctx);
  if (!day.date && !DONE_WORDS.test(turn.text) && found.counterparts.length === 0) return null;
  const type = duty.types.find((t) => isTalkType(t)) ?? duty.types[0]!;
  const date = day.date ?? today;
  const base: ReportDraft = { type, date, counterpartIds: [], late: date < periodOf('quarter', today).start };
  const drafts = found.counterparts.length > 0 ? found.counterparts.map((c) => ({ ...base, counterpartIds: [c.id] })) : [base];
  return drafts.map((draft) => ({ draft, problems: problemsOf(draft, today) }));
}

export async function continueDialog(deps: BotDeps, turn: DialogTurn): Promise<OutgoingMessage> {
  const key = `${turn.chatId}:${turn.who.openId}`;
  if (CANCEL_WORDS.test(turn.text.trim())) {
    await clearDialog(deps.store, key);
    return { kind: 'text', text: '好的，已取消这条上报，没有记录任何内容。' };
  }
  const today = shanghaiDate(turn.now);
  let items: PendingItem[];
  let remarks: string[] = [];
  if (turn.dialog.kind === 'duty') {
    const fromDuty = dutyItems(deps, { ...turn, dialog: turn.dialog });
    if (!fromDuty) return { kind: 'text', text: '没看懂。完成了请回复「已完成」或「做了，昨天」，也可以直接写一句完整的上报；回复「取消」结束。' };
    items = fromDuty;
    if (!parseDay(turn.text, today).date) remarks = ['未写日期，按今天记录；如有误请点「修改」。'];
  } else {
    const ctx = { now: turn.now, directory: deps.directory, senderId: turn.who.person.id, mentions: [] };
    const next = answerFollowUp(turn.dialog.items, turn.text, ctx);
    if (!next.ok) return { kind: 'card', card: followUpCard(deps, turn.dialog.items, today) };
    items = next.items;
    remarks = turn.dialog.remarks;
  }
  if (items.some((i) => i.problems.length > 0)) {
    await saveDialog(deps.store, key, { kind: 'report', items, remarks }, turn.now);
    return { kind: 'card', card: followUpCard(deps, items, today) };
  }
  const card = await recordReport(deps, items.map((i) => i.draft), turn.who, turn.sourceEventId, turn.now, remarks, undefined, turn.sourceMessageId);
  await clearDialog(deps.store, key);
  return { kind: 'card', card };
}
