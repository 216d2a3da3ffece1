// An accepted event's payload as the inbox hands it to the bot: the parsed object, or the JSON text it was delivered as.

/**
 * `json`: the decrypted delivery's JSON text, which the inbox and the journal keep for an event waiting its turn instead
 * of its parsed tree (under a flood thousands wait, and the trees, held past the young generation, were copied by every
 * scavenge of the acknowledging thread); the bot thread parses it. `payload`: the object, for events recovered from the
 * journal at start and for callers that have no text.
 */
export type EventBody = { payload: Record<string, unknown>; json?: undefined } | { json: string; payload?: undefined };

/** The payload object of `body`, parsing its JSON text if that is what it holds. */
export function payloadOf(body: EventBody): Record<string, unknown> {
  return body.json === undefined ? body.payload : (JSON.parse(body.json) as Record<string, unknown>);
}
