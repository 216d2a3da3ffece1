// The parser of each checkout loaded in one bench child process (bench/parsePairProcess.ts, bench/parseLongProcess.ts):
// each side its own config and directory object, as each checkout's bot would load them.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** One checkout's parser: `read(i)` parses message i as the bot does (parseReport, then confirmReasons on a clean result). */
export interface ParserSide {
  root: string;
  read: (i: number) => void;
  /** What read(i) computes: the parsed reports (null when none) and, on a clean result, the confirmation reasons. */
  result: (i: number) => { reports: unknown; reasons?: unknown };
}

type Parse = (text: string, ctx: object) => { problems: unknown[] }[] | null;

/**
 * Loads src/ of every root (absolute checkout paths) and returns one side per root, reading `messages` (sender by name;
 * an unknown name is the directory's first person) on Mon 2026-11-30 10:00 +08:00, the corpus's day.
 */
export async function parserSides(configDir: string, roots: string[], messages: { senderName: string; text: string }[]): Promise<ParserSide[]> {
  const now = new Date('2026-11-30T10:00:00+08:00');
  const sides: ParserSide[] = [];
  for (const root of roots) {
    const imp = (p: string) => import(pathToFileURL(`${root}/${p}`).href);
    const { loadConfig } = await imp('src/config/loadConfig.ts');
    const { parseReport } = (await imp('src/domain/report/parseReport.ts')) as { parseReport: Parse };
    const { confirmReasons } = await imp('src/domain/report/confirmReasons.ts');
    const directory = loadConfig(configDir).directory;
    const fallback = directory.org.people[0].id as string;
    const ids = messages.map((m) => (directory.org.people.find((p: { name: string }) => p.name === m.senderName)?.id as string) ?? fallback);
    const result = (i: number) => {
      const text = messages[i]!.text;
      const got = parseReport(text, { now, directory, senderId: ids[i], mentions: [] });
      return { reports: got, reasons: got && got.every((r) => r.problems.length === 0) ? confirmReasons(got, text) : undefined };
    };
    sides.push({ root, read: (i) => void result(i), result });
  }
  return sides;
}

/** CPU ms this thread has used so far (/proc/thread-self/schedstat; Linux). */
export function threadMs(): number {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
}
