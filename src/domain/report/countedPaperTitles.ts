// 「财务科11月份报送信息2篇：《严把报销关 守住廉洁线》；《财务科开展节前廉政提醒》」 from 孙丽 (round 52, fwee; issue 10: the
// second title stored as a 廉政教育 of its own, its day asked): the titles listed after a count of papers (N篇 · N条 · N份),
// whatever stands between them (；/;/、/，/,/a space), are those papers' titles, never deeds; ； split the list into clauses and
// the clause holding only 《…》 was read as a study. Written as one run of titles (《A》《B》), as 「2篇《A》《B》」 already reads
// (each paper its own title, papersTitledApart).

/** A count of papers: 2篇 · 两篇 · 3条 · 1份, a colon or nothing after it. */
const COUNTED_TITLES = /((?:\d{1,2}|[一二两三四五六七八九十])\s*[篇条份][:：]?\s*)(《[^《》\n]+》(?:\s*[；;、，,]?\s*《[^《》\n]+》)+)/g;

/** Between two titles of one list: a separator or spaces. */
const BETWEEN_TITLES = /》\s*[；;、，,]?\s*《/g;

const NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * `text` with the separators between the titles after a count of papers written away (「2篇：《A》；《B》」 → 「2篇：《A》《B》」),
 * for at most as many titles as the count says (a title beyond it stays where it was written); `text` itself when there is
 * no such list. Only 》…《 joins with nothing but a separator and spaces between are touched.
 */
export function withCountedPaperTitlesJoined(text: string): string {
  if (!/[篇条份]/.test(text) || !/》\s*[；;]\s*《/.test(text)) return text;
  return text.replace(COUNTED_TITLES, (whole, lead: string, titles: string) => {
    const said = lead.match(/\d{1,2}|[一二两三四五六七八九十]/)![0];
    const n = /\d/.test(said) ? Number(said) : NUMBERS[said]!;
    let seen = 1;
    const joined = titles.replace(BETWEEN_TITLES, (sep) => (++seen <= n ? '》《' : sep));
    return lead + joined;
  });
}
