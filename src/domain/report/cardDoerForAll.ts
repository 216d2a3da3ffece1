// 「不对，谈话的是张书记，不是我」 · 「活动人改成张伟」 · 「两条的活动人都改成张伟」 · 「是张书记谈的，我只是记录」 typed by a clerk on a
// WAITING card whose talks were all put on her (round 56, fga; t58a F5: a new talk 张伟–王芳 started, 「请说是哪一条」 or 没看懂;
// only 「都是张伟谈的」 worked): who did it, said of no record in particular, is every record's doer when every record on the
// card has the same doer — the one the member says is wrong. Read as 「活动人都改成X」 (or 「活动人是X」 on a card of one), which
// the card's reader already knows; kept out of cardCorrections' own readers so the doer edit stays in this file.
import type { PendingItem } from './followUp.js';
import { doerCorrectionWords } from './doerCorrectionWords.js';
import { normalizeText } from './parseNormalize.js';

/** 两条的 · 这两条 · 两条记录的 · 这几条 · 全部 · 所有的: every record said, group 1 the count when one is said. */
const EVERY = /^(?:这|那)?([两二三四五六七八九]|几)条(?:记录)?(?:的)?|^(?:全部|所有)(?:的|记录的?)?/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 谈话的是X · 谈的是X · 谈话人应该是X · 谈话的人是X: the talker labelled, as 活动人是X. */
const TALKER_LABEL = /(^|[,;，；\s])(?:谈话|谈|谈话的人|找他们谈|找他谈|找她谈)的?(?:人)?(是|应该是|应为)/g;
/** 我只是帮忙报一下 · 我只是代报 · 我是帮领导报的 · 我就是记录一下: the member says they only relayed it (a denial of being the doer). */
const ONLY_RELAYED = /(^|[,;，；\s])我(?:只是|就是|只|是)?(?:帮忙|帮着|帮领导|帮他|帮她|替领导|替他|替她|代为|代)?(?:报一下|报了一下|报的|报送|上报|报|代报|记录一下|记一下|登记)(?:的|一下)?(?=$|[,;，；\s])/g;
/** 是X和Y谈的 · 由X与Y谈的: the doer said with the one talked to. */
const WITH_SOMEONE = /(?:是|由)[^,;，；\s]{1,10}?(?:和|与|跟|同)[^,;，；\s]{2,8}?谈/;
/** Types one doer's words may cover together: the two talks, the checks. */
const KIND_OF: Record<string, string> = { talk_integrity: 'talk', talk_heart: 'talk', inspect_style: 'inspect', inspect_funds: 'inspect', pledge_check: 'inspect' };
/** 都是X谈的 · 都改成X · 都是X: a clause with 都, already read as every record by the card's reader. */
const ALREADY_EVERY = /都(?:是|改成|改为|换成)/;

/**
 * The change `text` says, put as the card's reader knows it: 「活动人都改成X」 when it names no record (or 两条/全部 for
 * as many as the card holds) and every record on `items` has one doer and is of one kind (talks, checks, or one type);
 * 「活动人是X」 on a card of one. Undefined when it
 * says no doer, names a record (第2条 · 检查), counts records the card does not hold, or the records' doers differ (then
 * which one is asked, as before).
 */
export function cardDoerForAll(text: string, items: PendingItem[]): string | undefined {
  if (items.length === 0) return undefined;
  let t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  const every = EVERY.exec(t);
  if (every) {
    const n = every[1] !== undefined && every[1] !== '几' ? COUNT[every[1]] : undefined;
    if (n !== undefined && n !== items.length) return undefined;
    t = t.slice(every[0].length).replace(/^[,:;\s]+/, '').replace(/^(活动人|谈话人)都/, '$1');
  } else if (ALREADY_EVERY.test(t)) return undefined;
  const plain = t.replace(TALKER_LABEL, '$1活动人$2').replace(ONLY_RELAYED, '$1不是我');
  const said = doerCorrectionWords(plain);
  if (said === undefined || 'selector' in said || said.noun !== '') return undefined;
  if (items.length === 1) return `活动人是${said.doer}`;
  // 是张伟书记和何平谈的 on a card of two talks: it tells one talk, the one with 何平 — which is asked, as before.
  if (WITH_SOMEONE.test(plain)) return undefined;
  // 不是我，是陈志强带队的 on a card of a talk, a study and a check (round 52, fwe): one deed of several kinds is meant, which
  // is asked, as before; only a card of one kind (talks · checks · the same type) is every record's.
  const kinds = new Set(items.map((i) => KIND_OF[i.draft.type ?? ''] ?? i.draft.type ?? ''));
  const doers = new Set(items.map((i) => i.draft.actorId ?? ''));
  return doers.size === 1 && kinds.size === 1 ? `活动人都改成${said.doer}` : undefined;
}
