// | 序号 | 时间 | 被检查单位 | ⏎ |---|---|---| ⏎ | 1 | 11.2 | 办公室 | (round 43, t44b F5's kin: a Markdown table copied from a
// document or a chat; its rule line under the header was written as one more check 「到---开展…」 asked its day).

/** A Markdown table's rule line: cells of dashes only, colons allowed for alignment, parted by | or ｜ (|---|:---:|). */
const RULE_LINE = /^[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?[-—－]{2,}:?[ \t\u3000]*[|｜])+(?:[ \t\u3000]*:?[-—－]{2,}:?[ \t\u3000]*)?[ \t\u3000]*$/;

/**
 * `text` without the rule lines of a Markdown table (|---|---| · ｜:--｜--:｜), which draw the table and hold no cell;
 * a line of dashes with no border (——) is left, and `text` itself when it has no such line.
 */
export function withoutTableRules(text: string): string {
  if (!/[|｜]/.test(text)) return text;
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((l) => !RULE_LINE.test(l));
  return kept.length === lines.length ? text : kept.join('\n');
}
