// A draft organization.yaml (written by `npm run org -- import-feishu`) marks what Feishu cannot know with 待填写; the bot refuses to start on it.
import { readFileSync } from 'node:fs';
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { formatPath } from './configError.js';
import { shownPath } from './shownPath.js';

/** The marker the draft writes in each blank; any value starting with it is unfilled. */
export const BLANK = '待填写';

export interface Blank {
  /** 1-based line in the file. */
  line: number;
  /** e.g. departments[2].supervisor */
  path: string;
  /** The Chinese hint after the marker in the draft (待填写：分管领导的 id), or the path. */
  hint: string;
}

/** Every blank left in the file, in file order; [] for a finished config or an unreadable file (the loader reports those). */
export function findBlanks(file: string): Blank[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  // A finished file (nearly always) has no marker anywhere: skip a second parse of it (~0.5 s for 1,000 people).
  // A marker written as a YAML escape (\u5F85…) still goes through the parse.
  if (!text.includes(BLANK) && !/\\[uU]/.test(text)) return [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) return [];
  const blanks: Blank[] = [];
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string' || !node.value.startsWith(BLANK)) return;
      const keys: PropertyKey[] = [];
      const chain = [...path, node];
      for (let i = 1; i < chain.length; i++) {
        const parent = chain[i - 1];
        const child = chain[i];
        if (isSeq(parent)) keys.push(parent.items.indexOf(child as never));
        else if (isPair(child) && isScalar(child.key)) keys.push(String(child.key.value));
      }
      const hint = node.value.slice(BLANK.length).replace(/^[：:\s]+/, '');
      blanks.push({ line: node.range ? lines.linePos(node.range[0]).line : 0, path: formatPath(keys), hint });
    },
  });
  return blanks;
}

/** The refusal an operator reads: the file, then one line per blank with its line and what to put there. */
export function describeBlanks(file: string, blanks: readonly Blank[]): string {
  const shown = shownPath(file);
  const list = blanks.map((b) => `  第 ${b.line} 行 line ${b.line}  ${b.path}${b.hint ? `：${b.hint}` : ''}`);
  return [
    `${shown} 是导入生成的草稿，还有 ${blanks.length} 处「${BLANK}」没有填写 / is a draft with ${blanks.length} blank(s) to fill:`,
    ...list,
    '填好后再启动（npm run org -- check 可以先检查）/ fill them in, then start again (npm run org -- check validates first).',
  ].join('\n');
}
