// One named rewrite of a report's text, what it may read besides the text, and the loop that applies a list of them.
import type { Directory } from '../organization.js';

/** What a text pass may read besides the text: the same for every pass over one message. */
export interface PassEnv {
  directory: Directory;
  /** Every person's name in the directory, in directory order; passes read it and never change it. */
  names: readonly string[];
  /** Directory id of the sender. */
  senderId: string;
  /** The sender's name, or undefined when the sender is not in the directory. */
  senderName: string | undefined;
  /** The day the message is read, YYYY-MM-DD in Asia/Shanghai. */
  today: string;
}

/**
 * A rewrite of the whole text into a shape the passes after it (and the entry reader) already read: pure, text in and
 * text out; `name` is the name of the function it runs, so a trace says which one changed the text.
 */
export interface TextPass {
  readonly name: string;
  readonly run: (text: string, env: PassEnv) => string;
}

/** Told of each pass that changed the text: its name, the text before it and after it. */
export type PassTrace = (pass: string, before: string, after: string) => void;

/**
 * `text` after each of `passes` in turn, each reading what the one before it wrote. `trace`, when given, is called for
 * each pass whose output differs from its input; without it the loop allocates nothing of its own.
 */
export function applyTextPasses(text: string, env: PassEnv, passes: readonly TextPass[], trace?: PassTrace): string {
  let out = text;
  for (let i = 0; i < passes.length; i++) {
    const pass = passes[i]!;
    const next = pass.run(out, env);
    if (trace !== undefined && next !== out) trace(pass.name, out, next);
    out = next;
  }
  return out;
}
