// The emulator's mutable world: app credentials, directory, issued tokens, messages, and the records tests read.
import type {
  EmulatorOptions,
  EmulatedChat,
  EmulatedUser,
  PatchedCard,
  RecordedCall,
  SentMessage,
  UploadedFile,
} from './emulatorTypes.js';
import { newOpenId } from './feishuIds.js';

export interface StoredMessage {
  messageId: string;
  chatId?: string;
  msgType: string;
  /** The JSON string, exactly as Feishu keeps it. */
  content: string;
  sender: { type: 'app' } | { type: 'user'; openId: string };
  rootId?: string;
  parentId?: string;
  /** The topic it belongs to (topic groups: every message; elsewhere replies made in a thread). */
  threadId?: string;
  /** Recalled (撤回) by its sender. */
  deleted?: boolean;
  createTime: number;
  updateTime: number;
  updated: boolean;
}

export interface EmulatorState {
  appId: string;
  appSecret: string;
  tenantKey: string;
  bot: { openId: string; name: string };
  now: () => Date;
  log?: (line: string) => void;
  users: Map<string, EmulatedUser>;
  chats: Map<string, EmulatedChat>;
  /** token → expiry (ms since epoch). Old tokens stay valid until they expire, as on Feishu. */
  tokens: Map<string, number>;
  messages: Map<string, StoredMessage>;
  /** `send:`/`reply:` + uuid → message id and when it was first used; Feishu de-duplicates for one hour, per API. */
  uuids: Map<string, { messageId: string; at: number }>;
  calls: RecordedCall[];
  sent: SentMessage[];
  patched: PatchedCard[];
  files: UploadedFile[];
}

/**
 * Everything the emulator's world holds except its clock and log: what a test harness keeps to start later emulators
 * where this one stood (EmulatorOptions.from). A deep copy, so that neither side sees the other's later changes.
 */
export type EmulatorSnapshot = Omit<EmulatorState, 'now' | 'log'>;

export type StateOptions = Pick<EmulatorOptions, 'appId' | 'appSecret' | 'users' | 'chats' | 'now' | 'log' | 'botName' | 'from'>;

/**
 * A deep copy of every field but the two functions, taken by a rest spread rather than by name: a field added to the
 * state later is copied too, and one that structuredClone cannot copy (a function) fails loudly here.
 */
export function snapshotState(state: EmulatorState): EmulatorSnapshot {
  const { now: _now, log: _log, ...world } = state;
  return copyWorld(world);
}

// structuredClone turns a Buffer into a plain Uint8Array: uploaded files get their Buffers back.
function copyWorld(world: EmulatorSnapshot): EmulatorSnapshot {
  const copy = structuredClone(world);
  copy.files = copy.files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes) }));
  return copy;
}

export function createEmulatorState(opts: StateOptions): EmulatorState {
  const fresh: EmulatorState = {
    appId: opts.appId,
    appSecret: opts.appSecret,
    tenantKey: '736588c9260f175e',
    bot: { openId: newOpenId(), name: opts.botName ?? '清风' },
    now: opts.now ?? (() => new Date()),
    log: opts.log,
    users: new Map((opts.users ?? []).map((u) => [u.openId, u])),
    chats: new Map((opts.chats ?? []).map((c) => [c.chatId, c])),
    tokens: new Map(),
    messages: new Map(),
    uuids: new Map(),
    calls: [],
    sent: [],
    patched: [],
    files: [],
  };
  return opts.from ? { ...fresh, ...copyWorld(opts.from) } : fresh;
}

const withoutCountryCode = (mobile: string): string => mobile.replace(/^\+86/, '');

/** Finds a user the way a `receive_id_type` / `user_id_type` names them. */
export function findUser(state: EmulatorState, idType: string, id: string): EmulatedUser | undefined {
  if (idType === 'open_id') return state.users.get(id);
  for (const user of state.users.values()) {
    if (idType === 'user_id' && user.userId === id) return user;
    if (idType === 'union_id' && user.unionId === id) return user;
    if (idType === 'email' && user.email?.toLowerCase() === id.toLowerCase()) return user;
    if (idType === 'mobile' && user.mobile && withoutCountryCode(user.mobile) === withoutCountryCode(id)) return user;
  }
  return undefined;
}
