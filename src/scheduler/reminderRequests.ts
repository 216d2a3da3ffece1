// Reminders the domain decided on, as outbox requests: the key goes through unchanged, the card is built here.
import type { Reminder } from '../domain/reminders/types.js';
import { reminderCard } from '../feishu/cards/reminderCard.js';
import type { OutboxRequest } from '../outbox/outboxTypes.js';

export function reminderRequest(r: Reminder): OutboxRequest {
  return { key: r.key, to: r.to, message: { kind: 'card', card: reminderCard(r) } };
}
