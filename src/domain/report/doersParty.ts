// 张伟书记、赵敏书记一行到维权部调研，…，随后（两位领导）分别与冯雪、赵磊进行了廉政谈话 (round 41, t40b F18): with two or
// more doers named before 一行, the party word hid them from the readers of 「X、Y…分别与A、B」, so the sender became the
// talker and the doers the ones talked to. The named doers are the party; 一行 adds nobody the card can name.
import { alternation } from './parseDirectoryIndex.js';

/** A title after a name (张伟书记, 陈志强副理事长, 孙丽科长, 王建国同志). */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长|局长|主席)|同志)?(?:同志)?';

/**
 * `text` with 一行 (等一行) dropped after two or more directory names joined by 、/和/与/及 (a title after each is fine; the
 * first may be 我/本人),
 * so 「张伟书记、赵敏书记一行到…」 reads as 「张伟书记、赵敏书记到…」. One name before 一行 (张伟书记一行), or names not
 * in `names`, leave the text unchanged. Pure; never throws.
 */
export function withoutDoersParty(text: string, names: readonly string[]): string {
  if (!text.includes('一行') || names.length === 0) return text;
  // 张书记、赵书记一行: a surname with its title names a leader too.
  const name = `(?:(?:${alternation(names)})${TITLE}|[\u4e00-\u9fa5]副?(?:书记|理事长|主任|部长|科长))`;
  // 我与赵敏书记一行…，随后与冯雪… (the sender first): read as 我与赵敏书记到…, the sender's talk, as without 一行.
  // 张伟书记，党组成员、副理事长刘芳一行 · 张伟，刘芳一行 (round 45, frg: the second doer, set off by a comma and her posts
  // written before her name, was read as the one the first talked to, 张伟>刘芳 on the card): a comma and posts join too.
  const join = `(?:[、和与及]|[,，]${LEADING_POSTS})`;
  const party = new RegExp(`((?:${name}|我|本人)(?:${join}${name})+)(?:等)?一行`, 'g');
  const commaJoin = new RegExp(`[,，]${LEADING_POSTS}(?=${name})`, 'g');
  return text.replace(party, (_whole, doers: string) => doers.replace(commaJoin, '、'));
}

/** Posts written before a doer's name, each perhaps followed by 、 (党组成员、副理事长 · 机关纪委书记 · 办公室主任). */
const LEADING_POSTS = '(?:[\u4e00-\u9fa5]{0,6}?(?:书记|成员|理事长|主任|部长|科长|干事)、?){0,3}';

/** A day at the head of a sentence (11月25日, · 昨天), captured with its comma. */
const HEAD_DAY = '((?:\\d{1,2}月)?\\d{1,2}[日号](?:上午|下午)?[,，]?\\s*|(?:今天|昨天|前天)(?:上午|下午)?[,，]?\\s*)?';

/**
 * 11月25日，我与赵敏书记（一行）到维权部调研，…，随后（我们）分别与冯雪、赵磊进行了廉政谈话 (round 41, t40b F18's kin): the
 * sender and one named leader as the visit's subject, then 随后/会后/之后 分别 with their people. Read as it stood, the sender
 * talked with the leader and both people, on no card. Written as the visit's sentence and 「DAY我和X分别与…」, which
 * withRespectiveDoers pairs in order. Other text is unchanged. Pure; never throws.
 */
export function withOwnPartyRespective(text: string, names: readonly string[]): string {
  if (!/分别/.test(text) || !/我|本人/.test(text) || names.length === 0) return text;
  const other = `(?:${alternation(names)})${TITLE}`;
  const sentence = new RegExp(
    `(^|[。!?\\n])${HEAD_DAY}((?:我|本人)(?:与|和|同)(${other}))(?:等)?(?:一行)?((?:到|赴|来到|来|深入|前往)[^。!?\\n;；]*?)[,，]\\s*(?:随后|会后|之后|然后|接着)[,，]?\\s*(?:两位领导|我们两人|我们二人|我们俩|我们|二人|两人)?(?=分别(?:与|和|同|跟))`,
    'g',
  );
  return text.replace(sentence, (_whole, start: string, day: string | undefined, _doers: string, leader: string, visit: string) =>
    `${start}${day ?? ''}我与${leader}${visit}。${(day ?? '').replace(/[,，]\s*$/, '')}我和${leader}`,
  );
}
