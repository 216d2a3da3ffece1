// One Feishu delivery (an event or a card callback), from its raw body and headers to the status and JSON to answer: shared by the Hono app and the direct route in front of it.
import type { CardActionResponse, CardActionUpdate } from '../bot/botUpdate.js';
import { answerCardInTime } from './answerCardInTime.js';
import type { Inbox } from './createInbox.js';
import { checkEvent, parseEvent } from './parseEvent.js';
import { verifyDelivery, type DeliverySecrets } from './verifyDelivery.js';

export interface DeliveryDeps {
  secrets: DeliverySecrets;
  inbox: Inbox;
  now: () => Date;
  log: (line: string) => void;
  /** Card callbacks are answered in the HTTP response, so they run here rather than in the inbox. */
  onCardAction: (update: CardActionUpdate) => Promise<CardActionResponse>;
}

export interface DeliveryAnswer {
  status: 200 | 400 | 401 | 500;
  /** Undefined for the plain acknowledgement `{}`, which the direct route answers from a buffer made once. */
  body?: unknown;
}

export type DeliveryHandler = (rawBody: string, header: (name: string) => string | undefined) => Promise<DeliveryAnswer>;

const ACK: DeliveryAnswer = { status: 200 };

/** Verifies, parses and accepts (journals) one delivery, or answers a card callback; resolves with what to answer. */
export function createDeliveryHandler(deps: DeliveryDeps): DeliveryHandler {
  return async (rawBody, header) => {
    const verified = verifyDelivery({ rawBody, header, secrets: deps.secrets, now: deps.now() });
    if (!verified.ok) {
      deps.log(`rejected delivery (${verified.status}): ${verified.reason}`);
      return { status: verified.status, body: { error: verified.reason } };
    }
    if (verified.kind === 'challenge') return { status: 200, body: { challenge: verified.challenge } };

    const checked = checkEvent(verified.payload);
    if (!checked.ok) return { status: 400, body: { error: checked.reason } };
    if ('ignored' in checked) return ACK;
    try {
      if (checked.kind === 'card_action') {
        const parsed = parseEvent(verified.payload);
        if (!parsed.ok || !('update' in parsed) || parsed.update.kind !== 'card_action') throw new Error('checkEvent and parseEvent disagree about a card action');
        const { update } = parsed;
        if (!(await deps.inbox.claim(update.eventId, 'card.action.trigger'))) return ACK;
        return { status: 200, body: await answerCardInTime(deps.onCardAction(update)) };
      }
      const type = String((verified.payload.header as { event_type: string }).event_type);
      await deps.inbox.accept(checked.eventId, type, verified.payload, verified.json);
      return ACK;
    } catch (error) {
      // Not persisted: a 500 makes Feishu deliver again later.
      deps.log(`could not accept event ${checked.eventId}: ${String((error as Error)?.stack ?? error)}`);
      return { status: 500, body: { error: 'temporarily unavailable' } };
    }
  };
}
