// Who did it: the person who held the talk, gave the lecture or chaired the meeting, wherever they stand in the sentence.
import { directoryIndex } from './parseDirectoryIndex.js';
import { blank, surfaceItems, surnameTitleItems, topRoleItems, type CounterpartItem } from './parseCounterpartItems.js';
import type { ParseContext } from './draft.js';

export interface ActorParse {
  /** Directory id of the doer when the text names one other than the sender. */
  actorId?: string;
  /** A doer was named but matches several people (副理事长主持…): the bot must ask. */
  ambiguous?: { text: string; candidateIds: string[] };
  /** The words that named the doer, for the confirmation. */
  text?: string;
  /** The input with the doer's words masked (positions kept). */
  rest: string;
}

/** Before the doer, within its clause: nothing, 由/邀请, or the doer's titles (党组书记、党组成员、副理事长). */
const BEFORE = /(?:^|[,;。!?])[\s\u0000]*(?:由|邀请|请)?[\s\u0000]*(?:[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|科长|部长|成员|委员|领导|局长|主席)[、\s\u0000]*){0,3}$|由[\s\u0000]*$/;
/** After the doer: a title or 同志, a masked day, then what a doer does (主持, 主讲, 与…谈, 出席并讲话, 到财务科…). */
const AFTER = new RegExp(
  '^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?[\\s\\u0000]*(?:亲自|专门|带头|先后|分别|逐一|又)?' +
    '(?:主持|主讲|讲授|讲了|讲|以|带队|带领|率队|率|出席|到会|作了?|上了|授课|宣讲|召集|组织|召开|与|和|同|跟|对|找|约谈|深入|到|赴|前往|为|在|于)',
);

function isDoer(item: CounterpartItem, text: string): boolean {
  if (item.ids.length === 0 && item.problem?.code !== 'ambiguous_counterpart') return false;
  return BEFORE.test(text.slice(0, item.start)) && AFTER.test(text.slice(item.end));
}

/**
 * The doer of the activity in `text` (day, type and titles already masked),
 * when the sender reports someone else's: 党组书记张伟为全体党员讲授…,
 * 刘芳副理事长昨天主持召开…, 张伟书记到财务科与孙丽…谈话, 会议由张伟书记主持,
 * 陈志强副理事长出席并讲话. The sender naming themself is no third person.
 */
export function parseActor(text: string, ctx: ParseContext): ActorParse {
  const index = directoryIndex(ctx.directory);
  const people = [...surfaceItems(text, index), ...surnameTitleItems(text, index), ...topRoleItems(text, index)]
    .filter((i) => !i.departmentOnly)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const doer = people.find((i) => isDoer(i, text));
  if (!doer) return { rest: text };
  const rest = blank(text, doer.start, doer.end);
  if (doer.ids.length === 1) {
    return doer.ids[0] === ctx.senderId ? { rest } : { actorId: doer.ids[0]!, text: doer.text, rest };
  }
  const candidateIds = doer.problem?.code === 'ambiguous_counterpart' ? doer.problem.candidateIds : [];
  if (candidateIds.includes(ctx.senderId)) return { rest };
  return { ambiguous: { text: doer.text, candidateIds }, text: doer.text, rest };
}
