// The markdown subset Feishu cards render: CommonMark + ~~strike~~, single newlines as breaks, and <font color='…'>; any other HTML is shown as text.
import { Marked } from '/web/vendor/marked.js';
import { colorOf } from './colorOf.js';

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML from a card is text: only the tags Feishu understands were turned into markers before parsing.
    html: ({ text }) => escape(text),
    link({ href, tokens }) {
      const safe = /^(https?:|mailto:|lark:)/i.test(href) ? href : '#';
      return `<a href="${escape(safe)}" target="_blank" rel="noopener">${this.parser.parseInline(tokens)}</a>`;
    },
  },
});

/** Card markdown → safe HTML. */
export function renderMarkdown(source) {
  const marked1 = String(source ?? '')
    .replace(/<font\s+color\s*=\s*['"]?([#\w-]+)['"]?\s*>/gi, (_, c) => `${OPEN}${c}${MID}`)
    .replace(/<\/font>/gi, CLOSE)
    // <at id=all></at> and <at id=ou_…></at> mentions become plain @ text.
    .replace(/<at\s+(?:id|user_id|open_id)=['"]?([\w-]+)['"]?\s*>(.*?)<\/at>/gi, (_, id, name) => `@${name || (id === 'all' ? '所有人' : id)}`);
  const html = marked.parse(marked1, { async: false });
  return html
    .replace(new RegExp(`${OPEN}([#\\w-]+)${MID}`, 'g'), (_, c) => `<span class="md-font" style="color:${colorOf(c).fg}">`)
    .replace(new RegExp(CLOSE, 'g'), '</span>');
}
