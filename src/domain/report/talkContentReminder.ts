// 冯雪: 「11月28日和赵磊谈了一次话，主要是提醒他廉洁过节，算谈心谈话吧」 (round 31g, X3: one talk read as two, a 廉政谈话
// with 赵磊 from 提醒 and a 谈心谈话 with nobody from 算谈心谈话吧). What the member says the talk was about (提醒他…) is its
// content, not a second talk, and the kind they count it as (算/记为/按…记) is that one talk's kind.
import { isTalkType } from '../activityTypes.js';
import { findKinds } from './parseKind.js';

/**
 * …，算谈心谈话吧 · 就算是廉政谈话 · 记为谈心谈话 · 按谈心谈话记: the member's own kind for the deed told before it
 * (group 1). The clause goes whole: a hedge 吧 left alone would read as a question, and the card is still shown for
 * it (confirmReasons' HEDGED_TYPE reads the message as written).
 */
const COUNTED_AS =
  /[,，;；]\s*(?:这|这次|这个)?(?:应该|就|也|可以)?(?:算是?|算作|就算是?|记为|记作|记成|按)(?:一次|是一次)?(谈心谈话?|(?:廉政|提醒|警示)?谈话|约谈)(?:来)?(?:记录?|算)?(?:吧|了|啦|呢|哈)?\s*[。.!！]?\s*$/;

/** 谈了一次话 · 谈了话 · 谈了谈 · 聊了聊 · 聊了一下: a talk of no kind named. */
const UNTYPED_TALK = /谈了?(?:一次|一回|一下|一会儿?|会儿)?话|谈了谈|聊了?(?:聊|一下|一会儿?|几句)/;

/** UNTYPED_TALK, global: to count them. Built once; `match` with a global pattern starts at 0 and leaves lastIndex 0. */
const UNTYPED_TALKS = new RegExp(UNTYPED_TALK.source, 'g');

/**
 * ，主要是提醒他廉洁过节 · ，提醒其… · ，提醒陈静注意…: a reminder to the one just talked to, the talk's content (group 1
 * the lead words, 2 the pronoun or the name; a name counts only when the talk's clause names that person).
 */
const CONTENT_REMINDER = /([,，;；]\s*(?:主要|主要是|重点是|内容是|主要内容是|谈话内容是|谈的是)?\s*)提醒(?:了)?(他|她|其|对方|我们|我|[\u4e00-\u9fa5]{2,3}?(?=同志|注意|要|别|不要|严守|廉洁|年底|节日|过节))/g;

/**
 * `text` with the content of a talk no longer read as a deed of its own, and the kind the member counts that talk as
 * written into it: 「和赵磊谈了一次话，主要是提醒他廉洁过节，算谈心谈话吧」 → 「和赵磊进行了谈心谈话，主要是叮嘱他廉洁过节」.
 * The reminder is reworded (叮嘱, which names no kind) only right after a clause that tells a talk of a named kind; the counted kind is
 * written in only when exactly one untyped talk and no named talk kind come before it. `text` itself otherwise.
 */
export function withTalkContentReminder(text: string): string {
  const counted = COUNTED_AS.exec(text);
  let out = text;
  if (counted) {
    const told = text.slice(0, counted.index);
    const talks = told.match(UNTYPED_TALKS) ?? [];
    const named = findKinds(told.replace(CONTENT_REMINDER, '$1叮嘱$2')).some((k) => isTalkType(k.code));
    if (talks.length === 1 && !named) {
      const kind = /谈心/.test(counted[1]!) ? '谈心谈话' : counted[1] === '谈话' ? '谈话' : counted[1] === '约谈' ? '约谈' : '廉政谈话';
      out = told.replace(UNTYPED_TALK, `进行了${kind}`);
    }
  }
  // 王部长找我谈心，提醒我注意廉洁自律 (round 37, fjb: a 廉政谈话 with no one beside the 谈心): 提醒我/我们 after a talk the sender
  // was talked to in (找我 · 跟我 · 和我…) is that talk's content too.
  return out.replace(CONTENT_REMINDER, (whole, lead: string, who: string, at: number) => {
    const clause = lastClause(out.slice(0, at));
    const toThem = PRONOUN.test(who) || (SENDER.test(who) ? clause.includes('我') : clause.includes(who));
    return namesTalkKind(clause) && toThem ? `${lead}叮嘱${who}` : whole;
  });
}

/** 我 · 我们: the sender (and those talked to with them), reminded in a talk the sender was talked to in. */
const SENDER = /^我们?$/;

/** 他 · 她 · 其 · 对方: the one just talked to, unnamed. */
const PRONOUN = /^(?:他|她|其|对方)$/;

/**
 * Whether `clause` tells a talk of a named kind (廉政谈话, 谈心…). After a talk of no kind the reminder stays: it is
 * what types that talk (谈话，提醒其廉洁过节 is a 廉政谈话, parseSegment's talkByPurpose).
 */
function namesTalkKind(clause: string): boolean {
  return findKinds(clause).some((k) => isTalkType(k.code));
}

/** The clause that ends at the end of `before` (after its last comma or stop). */
function lastClause(before: string): string {
  return before.split(/[,，;；。]/).at(-1) ?? '';
}
