// What a member reads about the other 确认 cards that still wait (several can: a clerk pastes items, then taps through).
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { describePending } from './describeActivity.js';
import type { BotDeps } from './botDeps.js';
import type { DialogData } from './dialogStore.js';
import { shanghaiDate } from '../domain/shanghai.js';

/** 「另有 N 张卡片待确认」, said after a typed answer acted on the newest card while older ones wait. */
export function otherCardsLine(count: number): string {
  return `另有 ${count} 张卡片待确认：可在各自的卡片上点「确认」或「取消」；直接回复「确认」「取消」则作用于其中最新的一张。`;
}

/** Said with a new report while earlier cards wait: they stay, nothing of them is dropped. */
export function earlierCardsLine(count: number): string {
  return `您之前的 ${count} 张卡片仍在等您确认，没有被这条新上报代替：请在各自的卡片上点「确认」或「取消」。`;
}

/** Said when more cards waited than the cap: the oldest were dropped, and which. */
export function droppedCardsLine(deps: BotDeps, dropped: readonly DialogData[], now: Date): string | undefined {
  const today = shanghaiDate(now);
  const what = dropped.flatMap((d) => (d.kind === 'confirm' ? d.items.map((i) => describePending(deps.directory, deps.duties, i.draft, today)) : []));
  if (what.length === 0) return undefined;
  return `待确认的卡片太多，最早的 ${dropped.length} 张（${what.slice(0, 5).join('；')}${what.length > 5 ? '等' : ''}）没有记录，已放弃；如仍需记录，请重新发送。`;
}

/** `msg` with `line` added at its end (a card gets a markdown element before nothing else; a text a new paragraph). */
export function withFootnote(msg: OutgoingMessage, line: string): OutgoingMessage {
  if (msg.kind === 'text') return { kind: 'text', text: `${msg.text}\n\n${line}` };
  if (msg.kind !== 'card') return msg;
  const card = msg.card as { body?: { elements?: unknown } };
  if (!card.body || !Array.isArray(card.body.elements)) return msg;
  return { kind: 'card', card: { ...card, body: { ...card.body, elements: [...card.body.elements, { tag: 'markdown', content: line }] } } };
}
