// Who a broadcast goes to: the configured group chats, and every person in the directory who can be reached.
import type { Directory, Person } from '../organization.js';
import type { ReminderTargets } from './settings.js';
import type { ReminderTo } from './types.js';

export interface Addressee {
  to: ReminderTo;
  /** Undefined for a group chat. */
  person?: Person;
}

/** Chats first, then people in directory order; a person without an open_id cannot be messaged and is left out. */
export function audienceOf(directory: Directory, targets: ReminderTargets): Addressee[] {
  const out: Addressee[] = [...new Set(targets.chats)].map((chatId) => ({ to: { chatId } }));
  if (targets.members) {
    const seen = new Set<string>();
    for (const person of directory.org.people) {
      if (!person.openId || seen.has(person.openId)) continue;
      seen.add(person.openId);
      out.push({ to: { openId: person.openId }, person });
    }
  }
  return out;
}

/** People as addressees (escalations, notices), skipping the unreachable and repeats. */
export function addresseesOf(people: readonly (Person | undefined)[]): Addressee[] {
  const seen = new Set<string>();
  const out: Addressee[] = [];
  for (const person of people) {
    if (!person?.openId || seen.has(person.openId)) continue;
    seen.add(person.openId);
    out.push({ to: { openId: person.openId }, person });
  }
  return out;
}
