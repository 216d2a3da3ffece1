// 何平's card (党课 and a 谈心, 赵书记也来听了) answered 「不对 赵书记只是来听的 课是我讲的 谈心也是我谈的」 (round 63, gch; t66a F1,
// B-F8: read as a new report, a talk 赵敏→何平): a correction saying that someone only came to listen (只是来听的 · 只是旁听 ·
// 只是在场) and that the sender did the deeds (课是我讲的 · 谈心也是我谈的 · 都是我…的) names no record and no field, so no
// older reader took it. It puts every record on the card that the listener was made the doer of back on the sender; a card
// whose records are already the sender's is said to need no change.
import type { PendingItem } from './followUp.js';
import { normalizeText } from './parseNormalize.js';

/** 赵书记只是来听的 · 刘理事长就是来旁听 · 赵敏只是在场: who (group 1), then that they only listened or were there. */
const LISTENED_ONLY = /(?:^|[,;\s])([\u4e00-\u9fa5]{2,6}?)(?:同志)?(?:只是|就是|只|仅仅?是?)(?:来|过来)?(?:听|听课|旁听|在场|陪同|参加)(?:一下|了)?(?:的|了)?(?=$|[,;\s。])/;
/** 课是我讲的 · 党课是我上的 · 谈心也是我谈的 · 谈话都是我谈的 · 都是我做的: the sender did them. */
const SELF_DID = /(?:^|[,;\s])(?:课|党课|讲课|谈心|谈话|谈心谈话|廉政谈话)?(?:也|都|还)?(?:是|都是)(?:我|我本人|本人)(?:自己)?(?:讲|上|讲授|谈|找他谈|找她谈|做|主讲)的(?=$|[,;\s。])/;
/** 不对 · 错了 before it: announced as a change, nothing more. */
const OPENING = /^(?:不对|错了|说错了|搞错了|记错了|更正)[,;:\s]*/;

export interface ListenerNotDoer {
  /** The card's indexes whose doer is the listener (empty: the card already has the sender as doer). */
  indexes: number[];
  /** The listener's directory id. */
  listenerId: string;
}

/**
 * What `text` says of the waiting `items` when it says one named only listened and the sender did it; undefined when it
 * says not both, or names no one the directory knows.
 */
export function cardListenerNotDoer(text: string, items: PendingItem[], personId: (words: string) => string | undefined): ListenerNotDoer | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '').replace(OPENING, '');
  const listened = LISTENED_ONLY.exec(t);
  if (!listened || !SELF_DID.test(t)) return undefined;
  const words = listened[1]!;
  const listenerId = personId(words) ?? personId(words.replace(/(?:副?书记|副?理事长|主任|部长|科长)$/, ''));
  if (listenerId === undefined) return undefined;
  const indexes = items.flatMap((item, i) => (item.draft.actorId === listenerId ? [i] : []));
  return { indexes, listenerId };
}
