// 「王强今年谈过话没有」「今年和王强谈过没」: that person's talks in the period asked, and the talk duties that name them.
import { holderDay } from '../../domain/completion/assignments.js';
import { canView, reachOn } from '../../domain/completion/visibility.js';
import { activityFilter } from '../../domain/ledger/visibility.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { talkLine, talksAsked, talksOf } from '../../domain/query/talksAsked.js';
import type { Period } from '../../domain/period.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { personLabel } from '../describeActivity.js';
import { defineIntent } from '../intent.js';

interface Asked {
  personId: string;
  period: Period;
}

/** The one person a talks question names, or null (a department, several people, nobody: the query answers those). */
function askedAbout(ctx: BotContext): Asked | null {
  if (!ctx.sender || ctx.dialog?.kind === 'report') return null;
  const asked = talksAsked(ctx.text, shanghaiDate(ctx.now));
  if (!asked || asked.rest.length === 0) return null;
  const found = parseCounterparts(asked.rest, { now: ctx.now, directory: ctx.deps.directory, senderId: '', mentions: ctx.update.mentions });
  if (found.counterparts.length !== 1 || found.problems.length > 0) return null;
  return { personId: found.counterparts[0]!.id, period: asked.period };
}

export const talksWithPerson = defineIntent<Asked>({
  name: 'talks-with-person',
  match: askedAbout,
  async handle(ctx, { personId, period }) {
    const dir = ctx.deps.directory;
    const viewer = ctx.sender!.id;
    // Over the period asked, as every other view: 王建国, 办公室's 分管领导 until 06-30, may ask about 李明 this year.
    const verdict = canView(dir, viewer, { kind: 'person', personId }, period);
    if (!verdict.allowed) {
      await ctx.reply(verdict.reason);
      return;
    }
    const name = dir.person(personId)?.name ?? personId;
    const today = shanghaiDate(ctx.now);
    const activities = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt));
    const all = talksOf(dir, ctx.deps.duties, activities, personId, period, today);
    // Each talk by the reach on its date, each duty by the reach on its period's holder day (as completion reads it).
    const visible = activityFilter(dir, { kind: 'person', personId: viewer });
    const talks = all.talks.filter(visible);
    const hidden = all.talks.length - talks.length;
    const owed = all.owed.filter((o) => {
      const reach = reachOn(dir, viewer, holderDay(o.duty, o.period, today));
      return o.holderId === viewer || reach.everything || reach.people.has(personId);
    });
    const other = (ids: string[], actorId: string) => (actorId === personId ? ids.map((id) => dir.person(id)?.name ?? id).join('、') : (dir.person(actorId)?.name ?? actorId));
    const lines = [
      talks.length > 0
        ? `${personLabel(dir, personId)}${period.label}有 ${talks.length} 次谈话记录：`
        : `${personLabel(dir, personId)}${period.label}${hidden > 0 ? '在您可查看的时间内没有谈话记录。' : '还没有谈话记录。'}`,
      ...talks.map((a) => `· ${talkLine(a)}，${a.actorId === personId ? `${name}与${other(a.counterpartIds, a.actorId)}` : `${other(a.counterpartIds, a.actorId)}与${name}`}`),
      ...(hidden > 0 ? [`另有 ${hidden} 次谈话在您分管（或负责）该同志所在科室的时间之外，未列出。`] : []),
    ];
    if (owed.length > 0) {
      lines.push('职责清单中与其有关的谈话：');
      for (const o of owed) {
        const holder = dir.person(o.holderId)?.name ?? o.holderId;
        const via = o.departmentId ? `（分管的${dir.department(o.departmentId)?.name ?? o.departmentId}）` : '';
        const state = o.done.length > 0 ? `已谈（${o.done.map((a) => talkLine(a).split(' ')[0]).join('、')}）` : '还没有记录';
        lines.push(`· ${o.duty.name}${via}：${holder}，${o.period.label}${state}`);
      }
    }
    await ctx.reply(lines.join('\n'));
  },
});
