// Puts what the member must read first (a pending report dropped, a question expired) at the top of the reply itself.
import type { OutgoingMessage } from '../feishu/feishuTypes.js';

/**
 * `msg` with `notice` (lines, non-empty) at its top, so one incoming message still gets one message back: Feishu
 * counts every send against 50/s per app and 5/s per chat (open.feishu.cn 发送消息 › 频率限制), and a notice sent as
 * a message of its own made the bot send more than that at 50 events/s (issue 14). A text gets the lines before it,
 * a card (JSON 2.0, `body.elements`) a markdown element and a rule before its own elements (its header, buttons and
 * callbacks unchanged). Returns null when the message cannot carry it (a file, or a card of another shape): the caller
 * then sends the notice on its own, so nothing is dropped. Does not change `msg`.
 */
export function withNotice(msg: OutgoingMessage, notice: readonly string[]): OutgoingMessage | null {
  const said = notice.join('\n');
  if (msg.kind === 'text') return { kind: 'text', text: `${said}\n\n${msg.text}` };
  if (msg.kind !== 'card') return null;
  const card = msg.card as { body?: { elements?: unknown } };
  if (!card.body || !Array.isArray(card.body.elements)) return null;
  const elements = [{ tag: 'markdown', content: said }, { tag: 'hr' }, ...card.body.elements];
  return { kind: 'card', card: { ...card, body: { ...card.body, elements } } };
}
