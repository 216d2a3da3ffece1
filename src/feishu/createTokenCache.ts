// A per-client token cache: the SDK's default is one module-wide cache keyed by app id, shared by every Client in the process.

// `Symbol` (the wrapper type) because that is how the SDK's Cache interface spells its keys.
type CacheKey = string | Symbol;

export interface TokenCache {
  get(key: CacheKey, options?: { namespace?: string }): Promise<unknown>;
  set(key: CacheKey, value: unknown, expire?: number, options?: { namespace?: string }): Promise<boolean>;
  /** Drops every cached token so the next call fetches a fresh one (after Feishu rejected the cached one). */
  clear(): void;
}

export function createTokenCache(now: () => number = Date.now): TokenCache {
  const values = new Map<string, { value: unknown; expiresAt?: number }>();
  // The SDK keys tenant tokens by a Symbol; its description plus the namespace is unique enough per client.
  const keyOf = (key: CacheKey, namespace?: string): string => `${namespace ?? ''}/${String(key)}`;
  return {
    async get(key, options) {
      const entry = values.get(keyOf(key, options?.namespace));
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= now()) return undefined;
      return entry.value;
    },
    async set(key, value, expire, options) {
      values.set(keyOf(key, options?.namespace), { value, expiresAt: expire });
      return true;
    },
    clear() {
      values.clear();
    },
  };
}
