// The type words found in a text, kept while one message is read: its passes ask about the same clauses many times.

/**
 * A memo of text → result, alive only inside withKindMemo. Reading one message asks for the type words of the same few
 * clauses again and again (each pass at parseReport's top re-reads the rewritten text: ~9 asks per message for ~3
 * texts, a quarter of the parser's time before issue 14). Kept per message, never across messages: nothing grows with
 * the bot's uptime, and a message is read exactly as it would be alone.
 */
let memo: Map<string, unknown> | undefined;

/**
 * Runs `read` with the memo on, and clears it after (also when `read` throws). Nested calls (parseReport re-entering
 * itself) share the outer memo. Synchronous only: `read` must not return a promise.
 */
export function withKindMemo<T>(read: () => T): T {
  if (memo) return read();
  memo = new Map();
  try {
    return read();
  } finally {
    memo = undefined;
  }
}

/**
 * `find(text)`, remembered for the current withKindMemo (outside one, found each time). Each caller gets its own copies
 * of the records, so a caller that changes one cannot change another's reading.
 */
export function rememberedKinds<M extends object>(text: string, find: (text: string) => M[]): M[] {
  if (!memo) return find(text);
  let found = memo.get(text) as M[] | undefined;
  if (found === undefined) memo.set(text, (found = find(text)));
  return found.map((m) => ({ ...m }));
}
