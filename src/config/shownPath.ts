// How a config file is named in a refusal: a path the operator can open from where they started the bot.
import { relative, resolve } from 'node:path';

/**
 * `file` relative to the working directory when it lies inside it (config/duties.yaml), else absolute
 * (/etc/qingfeng/duties.yaml) — never a climb like ../../etc/qingfeng/duties.yaml.
 */
export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : resolve(file);
}
