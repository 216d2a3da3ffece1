// Whether a space falls inside a title — one rule for the readers that break a line at its spaces (splitItems: pasted
// entries; spacedClauseOpeners: voice input's spaces for commas). Round 48, ftd (task 3): the two kept near-copies, and
// spacedClauseOpeners could not share splitItems' said-title rule, which ran 「题目是守住底线 筑牢防线 一共20人」's title on
// over 一共20人 and lost the count; a said title now stops at a clause opener.

/**
 * 讲授廉政党课，题目是以案为鉴 守牢底线，… (t38a F2: the title cut at its space, 《以案为鉴》 and a note 守牢底线): a title said
 * outright runs on to the end of its clause, so a space after 题目是/题为/片名叫 and its first words is inside it.
 */
const SAID_TITLE_OPEN = /(?:(?:题目|讲题|标题|片名|名字|名称)(?:是|为|叫做|叫)|名为|题为|名叫)[:：]?\s*([^\s\u0000,，;；。!?“”"\n][^\u0000,，;；。!?“”"\n]{0,20})$/;

/**
 * Words after a space that open a new clause, never a title's next words (题目是守住底线 筑牢防线 一共20人 · … 还组织观看了…
 * · … 参加20人): the said title ends before them. 共 only before a count (共筑廉洁防线 is a title's).
 */
const CLAUSE_OPENER = /^(?:一共|共计|总共|共(?=\s*[\d一二三四五六七八九十两几])|还|又|并且?|随后|然后|接着|之后|同时|另外|参加|参会|出席|列席|会上|会后|大家|我也|我们也|让我|主要(?:是|提醒|讲|谈|聊|强调)|检查了|开展了|进行了|组织了|观看了|学习了|签了|签订了)/;

/**
 * Whether the text up to a space (`upTo`) leaves a title open there: a 《 or “ (or ") not yet closed, or a title said
 * outright (题目是…) whose words reach the space with no clause opener after an earlier space. `after`, the text right
 * after the space when the caller has it, ends a said title when it opens a clause (一共20人).
 */
export function insideTitle(upTo: string, after = ''): boolean {
  const count = (re: RegExp) => (upTo.match(re) ?? []).length;
  if (count(/《/g) > count(/》/g) || count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1) return true;
  const said = SAID_TITLE_OPEN.exec(upTo);
  if (!said) return false;
  if (CLAUSE_OPENER.test(after.replace(/^\s+/, ''))) return false;
  return !said[1]!.split(/\s+/).slice(1).some((word) => CLAUSE_OPENER.test(word));
}
