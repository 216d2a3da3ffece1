// 王建国副理事长到财务科与全科同志进行集体廉政谈话，孙丽科长主持 (round 36, t36a F6): who chaired or took the minutes of a
// talk is neither its doer nor its only party; the group word before them still says who was talked to.
import { parseCounterparts } from './parseCounterparts.js';
import { namedPeople } from './namedPeople.js';
import { seniority } from './seniority.js';
import type { ParseContext } from './draft.js';
import type { Apart } from './companionsApart.js';

/** A clause of someone who only ran the talk: 孙丽科长主持 · 孙科长主持，李娟记录 · 由张颖同志负责记录 · 我主持. */
// 找徐辉谈心，由刘洋记录 · 刘洋做的记录 · 记录人：刘洋 · 记录人刘洋 (round 44, fqd kind 2: a second talk, with 刘洋).
// 胡军在场记录 · 李娟现场记录 (t48 left-alone, round 46 frc: dropped without a word): where they recorded it may stand between.
const CHAIR_CLAUSE = /^(?:由)?([^,，;；。!?\s]{1,16}?)(?:同志)?(?:在场|现场|当场|全程)?(?:负责|担任)?(主持|记录|做记录|作记录|做的记录|作的记录|记录员|主持人)(?:了)?(?:谈话|本次谈话|这次谈话|会议)?[。.!！~]*$/;
/** 记录人：刘洋 · 记录人刘洋 · 记录员：李娟 (a talk record form's line): group 1 the one who took the minutes. */
const RECORDER_LABEL = /^(?:记录人|记录员|记录)[:：]?\s*([^,，;；。!?\s:：]{1,16}?)(?:同志)?[。.!！~]*$/;
/** The talk the clause follows: a talk verb with someone or a group it was with (与…谈话 · 和全科同志谈心). */
const TALK = /(?:与|和|同|跟|对|找)[^,，;；。]{1,30}?(?:谈话|谈心|廉政谈话|提醒谈话|谈了)/;
/** Where the doer's words end in the talk clause: the place gone to or the one talked with. */
const DOER_END = /(?:到|赴|来|去|深入|在|与|和|同|跟|对|找)/;
/** 主持并讲话 · 主持召开: a chair who spoke or convened held it; never taken out here. */
const HELD = /主持(?:并|召开|开展|进行)/;

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/** The one who held the talk written in `clause`: a person named before 到/与/和…, else the sender. */
function talkDoer(clause: string, ctx: ParseContext): string {
  const end = DOER_END.exec(clause);
  const words = end ? clause.slice(0, end.index) : '';
  if (!/[\u4e00-\u9fa5]/.test(words)) return ctx.senderId;
  const read = parseCounterparts(words, { ...ctx, senderId: '' });
  const ids = read.counterparts.filter((c) => c.departmentId === undefined).map((c) => c.id);
  return ids.length === 1 && read.problems.length === 0 ? ids[0]! : ctx.senderId;
}

/**
 * `text` without a clause that names only who chaired or recorded the talk right before it (「，孙丽科长主持」
 * 「，李娟记录」), with a word for the card; undefined when there is none. A chair above the talk's doer (王建国副理事长主持
 * after a head's 与全科同志谈话) may have held it and is left for the rest of the reading, as is 主持并讲话.
 */
export function withoutTalkChair(text: string, ctx: ParseContext): Apart | undefined {
  if (!/谈/.test(text) || HELD.test(text)) return undefined;
  const clauses = text.split(/(?<=[,，;；。])/);
  const kept: string[] = [];
  const said: string[] = [];
  const chairs: string[] = [];
  // The sentence so far (kept clauses since the last 。 or ；): its talk and the doer named in it.
  let sentence = '';
  for (const clause of clauses) {
    const body = clause.replace(/[,，;；。\s]+$/, '');
    const last = kept[kept.length - 1] ?? '';
    const afterTalk = /谈/.test(last) && !/[。;；]$/.test(last) && TALK.test(sentence);
    const chair = afterTalk ? (CHAIR_CLAUSE.exec(body) ?? RECORDER_LABEL.exec(body)) : null;
    const ids = chair ? (/^(?:我|本人)$/.test(chair[1]!) ? [ctx.senderId] : namedPeople(chair[1]!, ctx)) : undefined;
    const doer = afterTalk ? talkDoer(sentence, ctx) : ctx.senderId;
    if (ids && ids.length > 0 && ids.every((id) => id !== doer && seniority(id, ctx) <= seniority(doer, ctx))) {
      said.push(body);
      for (const id of ids) if (!chairs.includes(id)) chairs.push(id);
      // The clause's own stop ends the sentence the talk was in.
      if (/[。;；]$/.test(clause)) {
        kept[kept.length - 1] = last.replace(/[,，\s]+$/, clause.slice(-1));
        sentence = '';
      }
      continue;
    }
    kept.push(clause);
    sentence = /[。;；]$/.test(clause) ? '' : `${sentence}${clause}`;
  }
  if (said.length === 0) return undefined;
  const out = kept.join('').replace(/[,，;；\s]+$/, '');
  const names = chairs.map((id) => nameOf(id, ctx)).join('、');
  return { text: out, remarks: [`「${said.join('」「')}」：${names}主持或记录这次谈话，未记为活动人`], companions: [], mayLead: [], denied: [] };
}
