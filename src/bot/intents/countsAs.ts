// 「…算不算廉政教育？需要上报吗？」: which kind an activity is is the unit's 机关纪委's call; said so, with what each named
// kind is called and which duty it counts toward, and how to report it when done — not a completion card.
import { ACTIVITY_TYPES, type ActivityTypeCode } from '../../domain/activityTypes.js';
import type { Duty } from '../../domain/duty.js';
import { countsAsAsked, type CountsAsAsked } from '../../domain/query/countsAsAsked.js';
import { CADENCE } from '../../domain/query/requirementAsked.js';
import { defineIntent } from '../intent.js';
import { stillWaiting } from '../stillWaiting.js';

/** 「· 廉政教育（也叫廉洁教育、纪律教育…）：计入「党性党风党纪和廉洁从政教育活动」（每年至少4次）」. */
function typeLine(code: ActivityTypeCode, duties: readonly Duty[]): string {
  const type = ACTIVITY_TYPES.find((t) => t.code === code)!;
  const aliases = type.aliases.length > 0 ? `（也叫${type.aliases.join('、')}）` : '';
  const counted = duties.filter((d) => d.types.includes(code));
  const toward =
    counted.length > 0
      ? `计入${counted.map((d) => `「${d.name}」（${CADENCE[d.cadence]}至少${d.min}次）`).join('、')}`
      : '本单位的职责清单没有把它计入任何职责，但可以登记进台账';
  return `· ${type.name}${aliases}：${toward}。`;
}

export const countsAs = defineIntent<CountsAsAsked>({
  name: 'counts-as',
  match: (ctx) => countsAsAsked(ctx.text) ?? null,
  async handle(ctx, asked) {
    const lines = asked.types.map((code) => typeLine(code, ctx.deps.duties));
    await ctx.reply(
      [
        '一项活动算哪一类、是否计入职责，由本单位机关纪委认定，清风不替您判断。',
        ...(lines.length > 0 ? ['按本单位的职责清单（config/duties.yaml）：', ...lines] : []),
        asked.planned
          ? '活动做完后再上报：发一句哪天、做了什么、和谁或多少人参加，例如「12月10日参加了市纪委组织的廉政知识测试」。'
          : '做过的党风廉政建设活动都可以上报：发一句哪天、做了什么、和谁或多少人参加，例如「12月10日参加了市纪委组织的廉政知识测试」。',
        '清风读不准类型时会先请您确认，不会直接记录。',
        ...stillWaiting(ctx.dialog),
      ].join('\n'),
    );
  },
});
