// 李娟「不对，是王建国副理事长和孙丽科长谈的，廉政谈话」 while her report of 「王剑国」's talk with 孙丽 waited on a question
// (round 69, gij; t72a F2: the waiting report dropped as unanswered and two new talks offered, both with 李娟 and no day):
// the whole deed said again is one correction of the waiting report — its doer, the one talked or signed with and the
// kind said replace its own, its day kept — on the question still open or the 确认 card (correctWaitingQuestion's turn).
import { activityTypeName, isTalkType } from '../../domain/activityTypes.js';
import type { PendingItem } from '../../domain/report/followUp.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { restatedDeedWords } from '../../domain/report/restatedDeedWords.js';
import { toSimplified } from '../../domain/report/toSimplified.js';
import type { CardCorrection } from '../../domain/report/cardCorrection.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';
import { correctWaitingQuestion } from './correctWaitingQuestion.js';

/** The questions about people the restated deed answers. */
const PEOPLE_ASKED = new Set(['ambiguous_actor', 'missing_actor', 'unknown_counterpart', 'ambiguous_counterpart', 'missing_counterpart']);

export const restatedWaitingDeed = defineIntent<CardCorrection & { kind: 'changed' }>({
  name: 'restated-waiting-deed',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'report' || ctx.dialog.items.length !== 1) return null;
    const said = restatedDeedWords(normalizeText(toSimplified(ctx.text)));
    if (!said) return null;
    const doer = personInWords(ctx, said.doer);
    const other = personInWords(ctx, said.other);
    if (doer === undefined || other === undefined || doer === other) return null;
    const item = ctx.dialog.items[0]!;
    const type = said.type ?? item.draft.type;
    // A waiting report of another kind (a meeting asked its day) is not the deed restated.
    if (type !== undefined && (said.verb === '谈' ? !isTalkType(type) : type !== 'pledge_sign')) return null;
    const me = ctx.sender.id;
    const { actorId: _was, departmentId: _whose, ...rest } = item.draft;
    const departmentId = ctx.deps.directory.person(other === me ? doer : other)?.departmentId;
    const draft = { ...rest, ...(type !== undefined ? { type } : {}), ...(doer !== me ? { actorId: doer } : {}), counterpartIds: [other], ...(departmentId !== undefined ? { departmentId } : {}) };
    const problems = item.problems.filter((p) => !PEOPLE_ASKED.has(p.code) && !(p.code === 'missing_type' && type !== undefined));
    const changed: PendingItem = { ...item, draft, problems };
    const name = (id: string) => (id === me ? '您本人' : ctx.deps.directory.person(id)?.name ?? id);
    const what = `活动人${name(doer)}，对象${name(other)}${said.type !== undefined && said.type !== item.draft.type ? `，类型为${activityTypeName(said.type)}` : ''}`;
    return { kind: 'changed', items: [changed], what };
  },
  async handle(ctx, c) {
    await correctWaitingQuestion.handle(ctx, c);
  },
});
