// 「黄书记说12月3号那次 办公室没去成 只查了财务科」 after that check was stored (round 60, fbd; t62b G3: read as a new check of
// the clerk's, asking its kind): the member's stored check of that day loses the departments said not visited — shown as
// 原来/改为 for 确认, as every change of a stored record is.
import type { Activity } from '../../domain/activity.js';
import { editLead } from '../../domain/report/cardEditLead.js';
import { departmentsNarrowed } from '../../domain/report/departmentsNarrowed.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { arabicizeNumerals } from '../../domain/report/parseNumerals.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { departmentInWords, departmentNameOf } from '../departmentInWords.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';

/** The places a verb-less narrowing may name: a check's, never a meeting's or a talk's. */
const isCheck = (a: Activity) => a.type.startsWith('inspect_') || a.type === 'pledge_check';
const placesOf = (a: Activity): string[] => a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : []);

interface Narrowed {
  check: Activity;
  after: RecordFields;
  what: string;
}

/**
 * With nothing waiting: a deed pointed at (12月3号那次 · 那次检查, after X说 when passed on) and departments kept or taken
 * off (只查了财务科 · 办公室没去成 · 部门只有财务科); the member's one stored check of that day (or of the latest report) that
 * visited them all. Before the report, which read the words as a new check.
 */
export const storedPlacesNarrowed = defineIntent<Narrowed>({
  name: 'stored-places-narrowed',
  match(ctx) {
    if (!ctx.sender || (ctx.dialog !== undefined && ctx.dialog.kind !== 'duty')) return null;
    if (!/那次|那个|那条|这次/.test(ctx.text)) return null;
    const lead = editLead(arabicizeNumerals(normalizeText(ctx.text)).trim().replace(/[。.!！]+$/, ''), shanghaiDate(ctx.now));
    if (!lead.pointed) return null;
    const narrowed = departmentsNarrowed(lead.rest, (w) => departmentInWords(ctx.deps.directory, w));
    if (narrowed === undefined) return null;
    const me = ctx.update.senderOpenId;
    let checks: Activity[];
    if (lead.day !== undefined) {
      checks = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === me && a.date === lead.day && isCheck(a)));
    } else {
      const latest = latestOwnActivity(ctx.deps.store, me);
      checks = latest ? siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt && isCheck(a)) : [];
    }
    const said = 'only' in narrowed ? narrowed.only : narrowed.drop;
    const fits = checks.filter((a) => said.every((id) => placesOf(a).includes(id)));
    if (fits.length !== 1) return null;
    const check = fits[0]!;
    const places = 'only' in narrowed ? narrowed.only : placesOf(check).filter((id) => !narrowed.drop.includes(id));
    if (places.length === 0 || places.length === placesOf(check).length) return null;
    const after: RecordFields = { type: check.type, date: check.date, actorId: check.actorId, counterpartIds: check.counterpartIds, departmentIds: places };
    return { check, after, what: `部门改为${places.map((id) => departmentNameOf(ctx.deps.directory, id)).join('、')}` };
  },
  async handle(ctx, { check, after, what }) {
    const change = { kind: 'change' as const, activityId: check.id, what, after };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, check, change, ctx.now));
  },
});
