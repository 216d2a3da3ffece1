// Traditional Chinese (與王建國進行了廉政談話) read as simplified, through OpenCC's kept dictionaries rather than a hand table.
import * as OpenCC from 'opencc-js';

let convert: ((text: string) => string) | undefined;

/**
 * `text` with traditional characters (Taiwan and Hong Kong forms) turned into
 * mainland simplified ones; simplified text comes back unchanged. The
 * converter (opencc-js `Converter({ from: 't', to: 'cn' })`) is built on first use.
 */
export function toSimplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  const run = (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return run(text);
}
