// A title said in chat after a space (round 49, fwc task 1; fva's and fve's left-alone): 「组织观看了警示教育片 片子叫 一念之差
// 十五个人」 was titled 《片子叫》 (the lead word read as the film's name); 「片名是 零容忍 十五个人」 · 「题目叫 廉洁从政 20人」
// ran the title on over the head count (《零容忍 十五个人》, the count lost); 「讲的是 守住底线」 · 「学的是 廉洁自律准则」 were
// no title at all. The title is the words after 叫/是, up to the next count or clause opener after a space.

/** A lead that says a title outright: 片子叫 · 片名是 · 题目叫 · 主题是 · 名字叫 … (a space after it, chat style). */
const NAMED_LEAD = '(?:片子(?=叫|名叫)|片子名|片名|影片名|题目|讲题|标题|主题|名字|名称)(?:叫做|名叫|叫|是|为)';
/**
 * 讲的是 · 学的是 · 看的是: what a lesson or film was about said as its title — only after a space (讲的是实话 is no title)
 * and only in a message about a lesson, a study or a film (谈话 讲的是 … is what a talk said).
 */
const SPOKEN_LEAD = '(?:讲的|学的|学习的|看的|放的)是';
const LESSON_CONTEXT = /教育|党课|警示|片|学习|学了|培训|讲座|课/;

/**
 * 片子叫一念之差 12人 (fwc task 1: 《片子一念之差》, withSpokenJoins leaving only 叫 out): the film called by 片子 with no space
 * is said as with one, so the same rule reads its name.
 */
const FILM_CALLED_RUN_ON = /(片子(?:叫做|名叫|叫))(?=[\u4e00-\u9fa5])/g;

/** A head count (十五个人 · 20人 · 共18人) or a word that opens the next clause: where a spaced title ends. */
const COUNT = '(?:一共|共计|总共|共)?\\s*[\\d一二三四五六七八九十两百]+\\s*(?:个人|人|名|位)(?=$|[\\s,，;；。!?、参到出左])';
/**
 * A spaced chunk that goes on to a head count or to who came (round 50, fxe kind 1: 「题目是 守住底线 部里全员参加」 ·
 * 「学的是 廉洁自律准则 部门三人参加」 · 「学的是 廉洁从政若干准则 王部长带着学的」 ran the title on over it): a clause after the
 * title, never the title's second half (「以案为鉴 守牢底线」 · 「清廉机关 我们在行动」 stay one title).
 */
const ROUGH_COUNT = '[\\d一二三四五六七八九十两百]+\\s*(?:余|多|来|几)?\\s*(?:个人|人|名|位)';
const WHO_CAME = `(?:[^\\s,，;；。!?《》]{0,6}?(?:${ROUGH_COUNT}|参加|参会|出席|到场|听课)|来了|到了|部里|科里|室里|全员|全体(?!党员[^\\s]*教育)|(?:我们|咱们)(?:都|也|一起|全)?(?:参加|听|学|看|来|到)|[\\u4e00-\\u9fa5](?:部长|科长|主任|书记|理事长)(?!的))`;
const TITLE_END = `(?:${COUNT}|${WHO_CAME}|一共|共计|总共|还|又|并且?|随后|然后|接着|之后|同时|另外|参加|参会|出席|会上|会后|大家|我也|我们也|效果|反响)`;
/** A word of the title: never a head count run on to it (片子叫一念之差12人). */
const WORD = `(?:(?!${COUNT})[^\\s,，;；。!?“”"《》\\u0000])+`;
const SPACED_TITLE = new RegExp(
  `(${NAMED_LEAD}|${SPOKEN_LEAD})[:：]?[ \\t]+(${WORD}(?:[ \\t]+(?!${TITLE_END})${WORD})*?)(?:[ \\t]+(?=${TITLE_END})|(?=${COUNT})|(?=$|[,，;；。!?\\n]))`,
  'g',
);

// 「题目是守住底线 全部门5个人都参加了」 (t53a F3: 《守住底线 全部门5个人都参加了》, the count lost): 题目/讲题/标题/片名 written close
// to the title ends it at a spaced count or clause as a spaced lead does — only when such a clause follows (讲的是财经纪律 ·
// 主题是廉洁自律 alone are left to the readers that knew them; the title's own spaced halves still stay whole).
const CLOSE_TITLE = new RegExp(`(?:题目|讲题|标题|片名)(?:叫做|叫|是|为)(?![ \\t:：])(${WORD}(?:[ \\t]+(?!${TITLE_END})${WORD})*?)[ \\t]+(?=${TITLE_END})`, 'g');
/**
 * `text` with a title said after a space (片子叫 一念之差 十五个人) written as the said title the readers know
 * (题目是一念之差，十五个人): the lead word is never the title, and a head count or clause after a space ends it.
 */
export function withSpokenTitleLead(text: string): string {
  return text.replace(FILM_CALLED_RUN_ON, '$1 ').replace(CLOSE_TITLE, '题目是$1，').replace(SPACED_TITLE, (whole: string, lead: string, title: string, at: number, all: string) => {
    if (new RegExp(`^${SPOKEN_LEAD}$`).test(lead) && !LESSON_CONTEXT.test(all.slice(0, at))) return whole;
    // A count or clause goes on after the title: a comma ends the title there, as a member typing commas would.
    const goesOn = !/^(?:$|[,，;；。!?\n])/.test(all.slice(at + whole.length));
    return `题目是${title}${goesOn ? '，' : ''}`;
  });
}
