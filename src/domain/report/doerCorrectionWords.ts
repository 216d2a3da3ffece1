// 「第3条不对，检查是陈志强副理事长带队的，不是我」 typed on a 确认 card (round 52 fwe, t54b F4: 没能读出…, only 「第3条活动人改成陈志强」
// worked): who did it said the way people say it — 是X带队的 · 由X带队 · 应该是X带队 · X主讲的 · 是X谈的 · 不是我，是X ·
// 带队的是X · 活动人应该是X — beside 不对 and a denial of the member (不是我 · 我只是陪同). Read as the one change
// 「第N条活动人是X」 the card's reader already knows.
import type { PendingItem } from './followUp.js';

/** 第3条 · 第三条的: the record named by number; kept as written for the card's reader. */
const NUMBER = /^第(?:[1-9]\d?|[一二三四五六七八九十])条(?:的|记录)?/;
/** 检查 · 这次检查 · 那个党课: the record named by what it was (the card's one record of that kind). */
const NOUN = /^(?:这次|那次|这个|那个|这条|那条)?(检查|督查|抽查|谈话|谈心|廉政谈话|谈心谈话|学习|党课|讲课|会议|专题会|警示教育|教育|签订|签责任书|调研|报送)(?=是|应该|应为|由|其实|实际|不是|的活动人|的带队|带队的|主讲|[,;\s])/;
/** The types each noun names. */
const NOUN_TYPES: Record<string, readonly string[]> = {
  检查: ['inspect_style', 'inspect_funds', 'pledge_check'],
  督查: ['inspect_style', 'inspect_funds', 'pledge_check'],
  抽查: ['inspect_style', 'inspect_funds', 'pledge_check'],
  谈话: ['talk_integrity', 'talk_heart'],
  谈心: ['talk_heart'],
  廉政谈话: ['talk_integrity'],
  谈心谈话: ['talk_heart'],
  学习: ['edu_integrity', 'edu_warning'],
  教育: ['edu_integrity', 'edu_warning'],
  警示教育: ['edu_warning'],
  党课: ['edu_lecture'],
  讲课: ['edu_lecture'],
  会议: ['meeting_special', 'meeting_dept'],
  专题会: ['meeting_special'],
  签订: ['pledge_sign'],
  签责任书: ['pledge_sign'],
  调研: ['report_research'],
  报送: ['report_info'],
};

/** A name (2–10 characters, no 我/谁 and no punctuation), titles kept for the directory's own reading. */
const NAME = '([^,;。!?\\s我谁和与跟同找不是]{2,10}?)(?:同志)?';
/** 找王强 · 和王强: the other side of a talk between the doer and the verb (是张伟书记找王强谈的). */
const WITH = '(?:(?:找|和|与|跟|同)[^,;。!?\\s]{2,8}?)?';
/** 带队 · 主讲 · 谈 · 组织…: the deed's verb that makes its subject the doer. */
const VERB = '(?:带队检查|带队督查|带队去|带队|带的队|带领|率队|牵头|主讲|讲授|主持|召开|组织|谈话|找他谈|找她谈|谈|讲|签|开展|搞)';
/** 是X带队的 · 应该是X带队 · 由X带队 · 其实是X主讲的 · X主讲的 (的 needed when nothing leads). */
const DEED = new RegExp(`^(?:(?:是|应该是|应为|应是|其实是|实际是|实际上是|由|应由)${NAME}(?:亲自)?${WITH}${VERB}(?:的)?|${NAME}(?:亲自)?${WITH}${VERB}的)$`);
/** 带队的是X · 活动人应该是X · 主讲人是X · 谈话人应为X. */
const LABELLED = new RegExp(`^(?:的)?(?:活动人|带队的|带队人|带队领导|主讲人|主讲的|讲课人|谈话人|主持人|组织者|组织人|负责人)(?:应该?是|应为|改为|改成|换成|是|为)${NAME}$`);
/** 是X · 应该是X: who, bare — a doer only beside a denial of the member (不是我). */
const BARE = new RegExp(`^(?:而|应该|应)?是${NAME}$`);
/** 不是我 · 不是我带队的 · 不是我讲的 · 活动人不是我 · 我只是陪同 · 我是陪同的 · 我只是组织: the member denied as the doer. */
const SELF_DENIED = /^(?:(?:活动人|带队的|主讲人|谈话人)?(?:不是|并不是|并非)(?:我|本人)(?:本人)?(?:带队|带的队|讲|主讲|谈|组织|主持|搞)?的?|我(?:只是|就是|是|只)(?:陪同|陪着|跟着|随同|参加|组织|负责组织|记录|联系|协调)(?:的|一下|了)?|我陪同(?:的)?)$/;
/** 不对 · 错了 · 活动人不对 · 写错了: a clause owning the record wrong, no value in it. */
const OWNED = /^(?:不对|不对不对|错了|说错了|写错了|搞错了|记错了|有误|更正|修改|(?:活动人|带队的|主讲人|谈话人)(?:写|填|搞)?(?:错了|不对|有误))$/;

/** What doerCorrectionWords reads: the record(s) named (as written, or by noun) and who did it. */
export type DoerCorrectionWords = { selector: string; doer: string } | { noun: string; types: readonly string[]; doer: string; denied?: boolean };

/** doerCorrectionAsLabelled's answer: the change in the card reader's words, or which record is asked (`which`: the doer's words). */
export type DoerCorrectionLabelled = { said: string; doer: string } | { which: string };

/**
 * The doer change a card correction `text` (normalised) says naturally, or undefined: a record named by number (第3条) or by
 * noun (检查 — its one record on the card), then clauses (split at ， ； and spaces) each of which owns it wrong, denies the
 * member, or says who did it — exactly one person, said with a deed verb or a label, or bare (是X) only after 不是我;
 * `samePerson` (the directory's reading) tells two words naming one person (吴部长 · 吴静), counted once.
 * Unnamed records (不是我，是陈志强带队的) are left to the card's own reader, which asks which record.
 */
export function doerCorrectionWords(text: string, samePerson?: (a: string, b: string) => boolean): DoerCorrectionWords | undefined {
  const t = text.trim().replace(/[。.!！]+$/, '');
  const num = NUMBER.exec(t);
  const noun = num ? null : NOUN.exec(t);
  const rest = t.slice((num ?? noun)?.[0].length ?? 0).replace(/^[,:;，：；\s]+/, '');
  const clauses = rest.split(/[,;，；。\s]+/).filter((c) => c !== '');
  if (clauses.length === 0) return undefined;
  const doers = new Set<string>();
  let denied = false;
  const bare: string[] = [];
  for (const c of clauses) {
    if (OWNED.test(c)) continue;
    if (SELF_DENIED.test(c)) {
      denied = true;
      continue;
    }
    // 检查是X带队的 after a number (第3条不对，检查是…): the record's noun repeated before the value.
    const clause = c.replace(NOUN, '').replace(/^的/, '') || c;
    const m = DEED.exec(clause) ?? LABELLED.exec(clause);
    if (m) {
      doers.add((m[1] ?? m[2])!);
      continue;
    }
    const b = BARE.exec(clause);
    if (b) {
      bare.push(b[1]!);
      continue;
    }
    return undefined;
  }
  if (denied) bare.forEach((b) => doers.add(b));
  else if (bare.length > 0) return undefined;
  // 第2条不对，检查是吴部长带队的，活动人是吴静 (round 58, fdc; t60b F6: 没看懂): a reason and the label naming one person
  // in two ways are one doer; the last said (the label, as a rule the full name) is kept.
  const named = [...doers].filter((d, i, all) => !(samePerson && all.slice(i + 1).some((later) => samePerson(d, later))));
  // A deed form with no denial and no 不对 is already read by the card's own reader (第3条是陈志强带队的).
  if (named.length !== 1) return undefined;
  const doer = named[0]!;
  // Nothing named: the card's one record; on a card of several, which is asked only with the member denied (不是我，是陈志强
  // 带队的), else the card reader reads it as it does.
  if (!num && !noun) return { noun: '', types: [], doer, denied };
  return num ? { selector: num[0], doer } : { noun: noun![1]!, types: NOUN_TYPES[noun![1]!] ?? [], doer };
}

/**
 * `text` put as the card's reader knows it (第N条活动人是X); which record is asked when it names none of a card of
 * several, or a kind the card holds more than once; undefined when it says no doer change, or names by noun a kind the
 * card does not hold (then the card's reader answers as it would).
 */
export function doerCorrectionAsLabelled(text: string, items: PendingItem[], samePerson?: (a: string, b: string) => boolean): DoerCorrectionLabelled | undefined {
  const said = doerCorrectionWords(text, samePerson);
  if (said === undefined) return undefined;
  if ('selector' in said) return { said: `${said.selector}活动人是${said.doer}`, doer: said.doer };
  if (items.length === 1) return { said: `活动人是${said.doer}`, doer: said.doer };
  // 不是我，是陈志强带队的 on a card of several: which record is asked, never guessed.
  if (said.noun === '') return said.denied ? { which: said.doer } : undefined;
  const at = items.flatMap((it, i) => (it.draft.type !== undefined && said.types.includes(it.draft.type) ? [i] : []));
  if (at.length === 1) return { said: `第${at[0]! + 1}条活动人是${said.doer}`, doer: said.doer };
  return at.length > 1 ? { which: said.doer } : undefined;
}
