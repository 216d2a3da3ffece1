// Events pushed over the long connection, into the same inbox as the webhook: journaled before the answer, processed after.
import type { CardActionResponse, CardActionUpdate } from '../bot/botUpdate.js';
import { answerCardInTime } from './answerCardInTime.js';
import { decryptEvent } from './eventCrypto.js';
import type { Inbox } from './createInbox.js';
import { parseEvent } from './parseEvent.js';

export interface ConnectionReceiverDeps {
  inbox: Inbox;
  /** Card callbacks are answered in the frame that acknowledges them, so they run here rather than in the inbox. */
  onCardAction: (update: CardActionUpdate) => Promise<CardActionResponse>;
  log: (line: string) => void;
  /** FEISHU_ENCRYPT_KEY, if set: an app with an Encrypt Key in 加密策略 may get `{"encrypt": …}` on the connection too. */
  encryptKey?: string;
}

/** The envelope inside `{"encrypt": base64}` (same AES-256-CBC as the webhook), or the envelope itself. Throws when it cannot be read. */
function openEnvelope(body: Record<string, unknown>, encryptKey: string | undefined): Record<string, unknown> {
  if (typeof body.encrypt !== 'string') return body;
  if (!encryptKey) {
    throw new Error('an encrypted event arrived over the long connection but FEISHU_ENCRYPT_KEY is not set: set it to the Encrypt Key of 事件与回调 › 加密策略');
  }
  const inner: unknown = JSON.parse(decryptEvent(body.encrypt, encryptKey));
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) throw new Error('the decrypted event is not a JSON object');
  return inner as Record<string, unknown>;
}

/**
 * Returns the handler for one pushed envelope (schema 2.0, plain JSON — or encrypted, see encryptKey; the connection
 * itself is authenticated, so there is no signature or token to check). It resolves once the event is on disk (fdatasync'ed, see openJournal),
 * with `undefined` for events and the callback answer (toast, card) for `card.action.trigger`; a duplicate event id
 * resolves at once without scheduling anything. It throws when the journal cannot take the event, so the SDK answers
 * code 500 and Feishu pushes it again, as a webhook 500 would make it redeliver.
 */
export function createConnectionReceiver(deps: ConnectionReceiverDeps): (envelope: Record<string, unknown>) => Promise<unknown> {
  return async (body) => {
    let envelope: Record<string, unknown>;
    try {
      envelope = openEnvelope(body, deps.encryptKey);
    } catch (error) {
      // Not acknowledged (code 500): Feishu pushes it again, so nothing is lost while the operator fixes the key.
      deps.log(`long connection: cannot read an event: ${(error as Error).message}`);
      throw error;
    }
    // header.token is the webhook's proof of origin; on the connection it may be absent, and it is not needed.
    const header: Record<string, unknown> = { token: '', ...(envelope.header as Record<string, unknown> | undefined) };
    const payload = { ...envelope, header };
    const parsed = parseEvent(payload);
    if (!parsed.ok) {
      deps.log(`long connection: ignored an event that is not a schema 2.0 envelope: ${parsed.reason}`);
      return undefined;
    }
    if ('ignored' in parsed) return undefined;
    const { update } = parsed;
    if (update.kind === 'card_action') {
      if (!(await deps.inbox.claim(update.eventId, 'card.action.trigger'))) return {};
      return answerCardInTime(deps.onCardAction(update));
    }
    await deps.inbox.accept(update.eventId, String(header.event_type), payload);
    return undefined;
  };
}
