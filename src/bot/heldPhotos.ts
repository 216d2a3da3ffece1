// The photos of a line held back on a 确认 card as a repeat: they go to the record it repeats, or are named as not kept.
import { changeActivity } from '../store/activityLog.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { BotDeps } from './botDeps.js';
import { ownSameRecord } from './ownSameRecord.js';
import type { Reporter } from './recordReport.js';

/**
 * Attaches the evidence of each held item to the sender's own standing record of the same deed, and returns a word per
 * item said on the receipt (l20: a photo sent with a list that repeated an earlier item was dropped with the repeat).
 * An item whose record is someone else's (the other side of a talk) cannot take it: that is said, never silent.
 */
export async function heldPhotos(deps: BotDeps, items: PendingItem[], held: number[], who: Reporter, now: Date): Promise<string[]> {
  const words: string[] = [];
  for (const i of held) {
    const evidence = items[i]?.draft.evidence;
    if (!evidence || evidence.length === 0) continue;
    const line = items.length > 1 ? `第${i + 1}条` : '这条';
    const record = ownSameRecord(deps, items[i]!.draft, who.person.id);
    const result =
      record && record.reporter === who.openId
        ? await changeActivity(deps.store, record.id, who.openId, now, (a) => {
            const known = new Set((a.evidence ?? []).map((e) => e.key));
            a.evidence = [...(a.evidence ?? []), ...evidence.filter((e) => !known.has(e.key))];
          })
        : undefined;
    words.push(
      result?.ok
        ? `${line}随消息发来的图片已附到已有的那条记录`
        : `${line}随消息发来的图片没有附上（那条记录不是您上报的），请由上报人补发`,
    );
  }
  return words;
}
