// 周涛「和张英单独谈了廉政谈话」 (round 63, gce; t65a): the unknown-name readers wanted the talk's words right after the name,
// so 单独 between them hid 张英 and the talk asked 和谁 with the name dropped — 张颖 (张英's sound) never offered.

/**
 * A regexp source (no flags, no groups that capture) for a word that stands between a counterpart's name and the talk or
 * signing it is about — 单独 · 个别 · 一对一 · 面对面 · 当面 · 专门 · 一起 · 也 · 又 · 都 · 再 — and that talk's word right after it
 * (谈 · 聊 · 进行 · 开展 · 签 · 交流 · 沟通 · 约谈 · 廉政 · 提醒 · 集体), or a space or the mask a reader put over the talk's
 * words (和张英单独\u0000, 谈了心 read as the type). For a name reader's boundary lookahead: the adverb alone,
 * 张英也在 · 张英一起学习, is no boundary.
 */
export const ADVERB_BEFORE_TALK = '(?:单独|个别|一对一|面对面|当面|专门|一起|一同|一块儿?|也|又|都|还|再次?|先后)(?:进行|开展|谈|聊|交流|沟通|签|约谈|廉政|提醒|集体|[\\s\\u0000])';

/**
 * A regexp source (no capturing groups) for a record form's label before the one talked to: 对象： · 谈话对象为 · 对象是
 * (「11月24日，廉政谈话，对象：周滔」, round 63 gce: the misheard name after it was dropped and 和谁 asked).
 */
export const OBJECT_LABEL = '(?:谈话|签订)?对象(?:[:：]|是|为)[:：]?';
