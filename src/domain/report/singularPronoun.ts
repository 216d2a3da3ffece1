// 上周和冯雪谈了，周四又和他谈了一次 · 孙科长让我补录：11月12日她和我进行了廉政谈话: a 他/她 standing for one person named before.
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext } from './draft.js';

/**
 * 和他 · 与她 · 找他 (the one talked with), or in a relayed report 她和我 · 他对我 (the one who talked with the sender): a
 * singular pronoun where a talk's person goes. 他们/她们/他俩/他人/其他 are no such pronoun (backReference.ts reads the plural ones).
 */
const OBJECT = /(?<=(?:和|与|跟|同|找|对|给|向))[他她](?![们俩人])/g;
/** Only in a relayed report: elsewhere 孙丽科长找我谈话，她和我聊了… goes on about the talk just told (a second talk read). */
const OBJECT_OR_SUBJECT = /(?<=(?:和|与|跟|同|找|对|给|向))[他她](?![们俩人])|(?<!其)[他她](?![们俩人])(?=(?:和|与|跟|同|对|找|给)(?:我|本人))/g;

/**
 * `text` with each such pronoun replaced by the one person it can stand for: the only person (not the sender, not a
 * group) named before it in the message, or, when no one is, `fallbackId` (the person a relayed report is for). With
 * two or more people before it the pronoun is left as written, so the talk's person is asked, never guessed (issue 10).
 * A person's optional `gender` only rules them out: 她 is never someone configured 男 (和王强、孙丽谈了，又和她… is 孙丽;
 * 和王强谈了，又和她… is asked). 他 rules no one out: voice input and pinyin keyboards write 他 for anyone.
 */
export function withPronounsNamed(text: string, ctx: ParseContext, fallbackId?: string): string {
  let out = text;
  const pronoun = fallbackId !== undefined ? OBJECT_OR_SUBJECT : OBJECT;
  for (let m = nextPronoun(pronoun, out, 0); m; m = nextPronoun(pronoun, out, m.index + 1)) {
    const before = out.slice(0, m.index);
    const named = parseCounterparts(before, ctx);
    // 张伟书记与赵敏进行廉政谈话，随后与他签订了责任书: the doer (named, then 与/和…) is not the one 他 was done with.
    const others = [...new Set(named.counterparts.filter((c) => c.id !== ctx.senderId && c.departmentId === undefined && !isDoer(before, c.id, ctx)).map((c) => c.id))];
    const fits = (id: string | undefined) => id !== undefined && !(m[0] === '她' && ctx.directory.person(id)?.gender === '男');
    const fitting = others.filter(fits);
    const id = named.grouped ? undefined : fitting.length === 1 ? fitting[0] : others.length === 0 && named.problems.length === 0 && fits(fallbackId) ? fallbackId : undefined;
    const name = id !== undefined ? ctx.directory.person(id)?.name : undefined;
    if (name !== undefined) out = `${out.slice(0, m.index)}${name}${out.slice(m.index + 1)}`;
  }
  return out;
}

/** After a name (and its title): 与/和/跟/同/对/找 someone else, or 主持/带队…: that person did the deed. */
const DOER_AFTER = /^(?:同志|[\u4e00-\u9fa5]{0,3}?(?:书记|理事长|主任|科长|部长))?(?:与|和|跟|同|对|找|主持|带队|带领|率队)(?!我)/;

function isDoer(text: string, id: string, ctx: ParseContext): boolean {
  const name = ctx.directory.person(id)?.name;
  if (!name) return false;
  const at = text.indexOf(name);
  return at >= 0 && DOER_AFTER.test(text.slice(at + name.length));
}

function nextPronoun(pronoun: RegExp, text: string, from: number): RegExpExecArray | null {
  pronoun.lastIndex = from;
  return pronoun.exec(text);
}
