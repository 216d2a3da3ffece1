// The waiting room: one FIFO per receiver (sends to one person or chat keep their order), served round-robin.
import type { OutgoingMessage, Recipient } from '../feishu/feishuTypes.js';
import { createMinHeap } from './minHeap.js';

export interface PendingItem {
  key: string;
  uuid: string;
  to: Recipient;
  /** The open_id or chat_id: what Feishu's per-receiver limit counts against. */
  receiver: string;
  message: OutgoingMessage;
  attempts: number;
  inDoubtSince?: string;
}

export interface ReceiverQueues {
  /** Appends to its receiver's queue. */
  add(item: PendingItem): void;
  /** Holds an item until the business clock reaches `at` (ms since epoch). */
  schedule(item: PendingItem, at: number): void;
  /** Moves scheduled items that are due into their queues; returns the next scheduled time, if any. */
  releaseDue(now: number): number | undefined;
  /** Ends the backoff of receivers whose pause is over (monotonic ms); returns the next pause end, if any. */
  wake(now: number): number | undefined;
  /** The head item of the next receiver that is neither busy nor paused; the receiver is busy until done(). */
  take(): PendingItem | undefined;
  /** The head item left the queue (sent or failed). */
  done(item: PendingItem): void;
  /** The head item stays first; its receiver waits until `until` (monotonic ms), or not at all. */
  retry(item: PendingItem, until?: number): void;
  /** Items in queues (busy and paused receivers included), scheduled ones not counted. */
  readonly queued: number;
  readonly scheduled: number;
}

interface Receiver {
  items: PendingItem[];
  head: number;
  busy: boolean;
  pausedUntil: number | undefined;
}

export function createReceiverQueues(): ReceiverQueues {
  const receivers = new Map<string, Receiver>();
  // Receivers with items that are neither busy nor paused, in the order they will be served.
  const ready = new Set<string>();
  const paused = createMinHeap<string>();
  const later = createMinHeap<PendingItem>();
  let queued = 0;

  function add(item: PendingItem): void {
    let r = receivers.get(item.receiver);
    if (!r) {
      r = { items: [], head: 0, busy: false, pausedUntil: undefined };
      receivers.set(item.receiver, r);
    }
    r.items.push(item);
    queued += 1;
    if (!r.busy && r.pausedUntil === undefined) ready.add(item.receiver);
  }

  function release(receiver: string, r: Receiver, until: number | undefined): void {
    r.busy = false;
    if (r.head >= r.items.length) {
      receivers.delete(receiver);
      return;
    }
    // Drop the sent prefix now and then, so a long queue for one chat does not keep every item alive.
    if (r.head > 1024 && r.head * 2 > r.items.length) {
      r.items = r.items.slice(r.head);
      r.head = 0;
    }
    if (until === undefined) ready.add(receiver);
    else {
      r.pausedUntil = until;
      paused.push(receiver, until);
    }
  }

  return {
    add,
    schedule: (item, at) => later.push(item, at),
    releaseDue(now) {
      while ((later.peekAt() ?? Infinity) <= now) add(later.pop()!.value);
      return later.peekAt();
    },
    wake(now) {
      while ((paused.peekAt() ?? Infinity) <= now) {
        const { value: receiver, at } = paused.pop()!;
        const r = receivers.get(receiver);
        if (!r || r.pausedUntil !== at) continue;
        r.pausedUntil = undefined;
        if (!r.busy) ready.add(receiver);
      }
      return paused.peekAt();
    },
    take() {
      const receiver = ready.values().next().value;
      if (receiver === undefined) return undefined;
      ready.delete(receiver);
      const r = receivers.get(receiver)!;
      r.busy = true;
      return r.items[r.head];
    },
    done(item) {
      const r = receivers.get(item.receiver)!;
      r.head += 1;
      queued -= 1;
      release(item.receiver, r, undefined);
    },
    retry(item, until) {
      release(item.receiver, receivers.get(item.receiver)!, until);
    },
    get queued() {
      return queued;
    },
    get scheduled() {
      return later.size;
    },
  };
}
