// 「财务科11月份报送信息2篇：《严把报销关 守住廉洁线》；《财务科开展节前廉政提醒》」 from 孙丽 (round 52, fwee; issue 10: the
// second title stored as a 廉政教育 of its own, its day asked): the titles listed after a count of papers (N篇 · N条 · N份),
// whatever stands between them (；/;/、/，/,/a space), are those papers' titles, never deeds; ； split the list into clauses and
// the clause holding only 《…》 was read as a study. Written as one run of titles (《A》《B》), as 「2篇《A》《B》」 already reads
// (each paper its own title, papersTitledApart).

/**
 * A list marker before a title of the list (round 53, fke): 1. · 1、 · （1） · (1) · ① · ⑴ · 一、 — 「报送信息2篇：1.《A》2.《B》」
 * read the second title alone as a deed (《廉政提醒》 a talk, its day and whom asked) and its paper was lost from the count.
 */
const TITLE_MARKER = '(?:\\d{1,2}\\s*[.、．]|[(（]\\s*\\d{1,2}\\s*[)）]|[①-⑳]|[⑴-⒇]|[一二三四五六七八九十]\\s*[、.．])';

/** A count of papers: 2篇 · 两篇 · 3条 · 1份, a colon or nothing after it, then its titles, each maybe numbered. */
const COUNTED_TITLES = new RegExp(
  `((?:\\d{1,2}|[一二两三四五六七八九十])\\s*[篇条份][:：]?\\s*)((?:${TITLE_MARKER}\\s*)?《[^《》\\n]+》(?:\\s*[；;、，,]?\\s*(?:${TITLE_MARKER}\\s*)?《[^《》\\n]+》)+)`,
  'g',
);

/** Between two titles of one list: a separator or spaces, and the next one's number. */
const BETWEEN_TITLES = new RegExp(`》\\s*[；;、，,]?\\s*(?:${TITLE_MARKER}\\s*)?《`, 'g');

const NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * `text` with the separators between the titles after a count of papers written away (「2篇：《A》；《B》」 → 「2篇：《A》《B》」),
 * for at most as many titles as the count says (a title beyond it stays where it was written); `text` itself when there is
 * no such list. Only 》…《 joins with nothing but a separator and spaces between are touched.
 */
export function withCountedPaperTitlesJoined(text: string): string {
  if (!/[篇条份]/.test(text) || !(/》\s*[；;]\s*《/.test(text) || new RegExp(`》\\s*[；;、，,]?\\s*${TITLE_MARKER}\\s*《`).test(text))) return text;
  return text.replace(COUNTED_TITLES, (whole, lead: string, titles: string) => {
    const said = lead.match(/\d{1,2}|[一二两三四五六七八九十]/)![0];
    const n = /\d/.test(said) ? Number(said) : NUMBERS[said]!;
    let seen = 1;
    const joined = titles.replace(new RegExp(`^${TITLE_MARKER}\\s*(?=《)`), '').replace(BETWEEN_TITLES, (sep) => (++seen <= n ? '》《' : sep));
    return lead.replace(/\s+$/, '') + joined;
  });
}

/** A study or a film: 学习 · 学了 · 研读 · 观看 · 看了 · 传达学习, then its first title. */
const STUDIED_TITLES = /((?:学习|学了|研读|观看|看了|收看|传达)了?\s*(?:警示教育片|警示片|教育片|专题片)?\s*《[^《》\n]+》)((?:\s*[；;]\s*《[^《》\n]+》)+)(?=\s*(?:$|[，,。；;\n])|\s+(?:参加|应到|实到|共|计))/g;

/** Document names written without 《》 (…条例 · …准则 · …规定 · …法): what a study goes through. */
const DOCUMENT = '[\\u4e00-\\u9fa5]{2,20}?(?:条例|准则|规定|办法|意见|通知|通报|决定|规则|守则|法)';
const STUDIED_NAMES = new RegExp(`((?:学习|学了|研读|传达)了?\\s*${DOCUMENT})\\s*[；;]\\s*(${DOCUMENT})(?=\\s*(?:$|[，,。；;\\n])|\\s+(?:参加|应到|实到|共|计))`, 'g');

/**
 * 「11月20日组织学习《廉洁自律准则》；《中国共产党纪律处分条例》」 (round 53, fke; issue 10: stored at once with the first title
 * only, the second dropped without a word): titles after one study or film verb, parted only by ；, are that study's titles
 * (「学习《A》和《B》」 already reads both); written 《A》、《B》 for the readers after. So are document names written without
 * 《》 (学习廉洁自律准则；纪律处分条例 → 学习廉洁自律准则和纪律处分条例; was: 处分条例 in the note). A clause after the ； that
 * says more than titles (《B》由张颖领学 · 11月25日组织学习《B》) is left as its own.
 */
export function withStudiedTitlesJoined(text: string): string {
  if (!/[；;]/.test(text)) return text;
  return text
    .replace(STUDIED_TITLES, (whole, first: string, more: string) => first + more.replace(/\s*[；;]\s*《/g, '、《'))
    .replace(STUDIED_NAMES, (whole, first: string, second: string) => `${first}和${second}`);
}
