// 「廉政谈话记录怎么填」「怎么报警示教育」: how to report that kind of activity, with a sentence to copy, like 帮助.
import { activityTypeName, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { howToAsked, usageAsked, type HowToAsked, type UsageAsked } from '../../domain/query/howTo.js';
import { defineIntent } from '../intent.js';

/**
 * One sentence per type that the report parser records as that type when a member eligible for it sends it
 * (test/e2e/leaderQuestionsAsked.test.ts sends each one), and what it must say.
 */
export const HOW_TO_REPORT: Record<ActivityTypeCode, { example: string; says: string }> = {
  talk_integrity: { example: '今天和办公室李明主任进行了廉政谈话', says: '哪天、和谁谈（多人用顿号分隔，如「分别与李明、孙丽」）；谈话内容不用写，清风不记录谈话内容' },
  talk_heart: { example: '昨天与孙丽进行了谈心谈话', says: '哪天、和谁谈；谈话内容不用写，清风不记录谈话内容' },
  edu_integrity: { example: '11月20日组织学习《中国共产党纪律处分条例》，参加15人', says: '哪天、学习的题目（放在《》里）、参加人数' },
  edu_warning: { example: '11月20日组织观看警示教育片《贪毁人生》，参加23人', says: '哪天、片名或案例（放在《》里）、参加人数' },
  edu_lecture: { example: '11月9日为全体党员讲授廉政党课《守纪律 讲规矩》', says: '哪天、谁讲的、题目（放在《》里）' },
  meeting_special: { example: '11月20日主持召开党组专题会议，研究党风廉政建设工作', says: '哪天、谁主持' },
  meeting_dept: { example: '11月5日召开分管科室党风廉政建设工作会议', says: '哪天、哪位分管领导召开' },
  review_analysis: { example: '11月18日开展了党风廉政建设分析研判', says: '哪天、谁主持' },
  inspect_style: { example: '11月4日开展了作风纪律检查', says: '哪天、谁带队' },
  inspect_funds: { example: '11月5日开展了专项资金使用检查', says: '哪天、谁带队' },
  report_self: { example: '11月25日提交了科室自查总结', says: '哪天提交、谁的' },
  report_duty: { example: '11月28日提交了述责述廉报告', says: '哪天提交、谁的' },
  report_to_party: { example: '11月20日向党组书面报告了全面从严治党情况', says: '哪天报告、谁的' },
  report_info: { example: '11月10日报送了信息《办公室开展节前廉政提醒》', says: '哪天报送、信息的题目' },
  report_research: { example: '11月28日报送了调研报告《残疾人就业情况调研》', says: '哪天报送、题目' },
  pledge_sign: { example: '1月15日与李明签订了党风廉政建设责任书', says: '哪天、和谁签订' },
  pledge_check: { example: '7月8日开展了责任书落实情况检查', says: '哪天、谁带队' },
};

const GENERAL = [
  '上报已完成的活动：直接发一句话给我，说清类型、日期和对象，例如：',
  `「${HOW_TO_REPORT.talk_integrity.example}」`,
  `「${HOW_TO_REPORT.edu_warning.example}」`,
  `「${HOW_TO_REPORT.edu_lecture.example}」`,
];

const FOR_SOMEONE = '替领导上报时写明是谁做的，例如「11月6日张伟书记与孙丽进行了廉政谈话」，确认后记在其名下，您为上报人。';
const FORM = '也可以发送「填报」用表单填写；缺什么我会再问。发送「帮助」查看全部用法。';

/** The answer to a how-to question: per type named, its sentence to copy and what it must say. */
export function howToAnswer(asked: HowToAsked): string {
  const notRecorded = asked.toldDeed ? [`您说的这次${activityTypeName(asked.types[0]!).split('/')[0]}还没有记录。请按下面的样子写一句发给我（写明哪天、和谁），我来记录：`] : [];
  if (asked.types.length === 0) return [...GENERAL, FOR_SOMEONE, FORM].join('\n');
  if (notRecorded.length > 0) {
    const h = HOW_TO_REPORT[asked.types[0]!];
    return [...notRecorded, `「${h.example}」`, FOR_SOMEONE, FORM].join('\n');
  }
  const parts = asked.types.slice(0, 3).map((t) => {
    const h = HOW_TO_REPORT[t];
    return `上报${activityTypeName(t)}：直接发一句话给我，写明${h.says}。例如：\n「${h.example}」`;
  });
  return [...parts, FOR_SOMEONE, FORM].join('\n');
}

/** How to 补录, 撤销 or 修改: what the member types (or taps), in a few lines. */
export const USAGE_ANSWER: Record<UsageAsked, string> = {
  late: [
    '补录不用单独操作：直接发一句话，写明当时的日期即可，例如：',
    '「10月20日和王强进行了廉政谈话」',
    '日期在本期之前的，自动记为补录，计入活动发生的那一期（台账上标注「补录」）；有规定期限的（如责任书须在一季度签订），期限外的日期照样记录，但不计入该项完成情况。也可以发送「填报」用表单填写，日期选当天。',
  ].join('\n'),
  undo: [
    '撤销刚记录的一条：发送「撤销」（或「撤回上一条」「刚才那条撤销」），或点该记录卡片上的「撤销」。',
    '撤销更早的一条：发送「撤销」加日期和对象，例如「撤销11月5日和周涛的廉政谈话」。',
    '还没确认的上报，回复「取消」即可。撤销的记录保留在审计日志中，不再计入完成情况。',
  ].join('\n'),
  edit: [
    '修改刚记录的一条：直接说错在哪里，例如「刚才那条日期错了，应该是11月19日」「刚才那条不是王强，是李娟」，确认后修改；也可以发送「修改」，在表单里改好后保存。',
    '修改更早的一条：发送「修改」加日期和对象，例如「修改11月5日和周涛的廉政谈话」，或点该记录卡片上的「修改」。',
  ].join('\n'),
};

export const howTo = defineIntent<HowToAsked | UsageAsked>({
  name: 'how-to',
  // Also while a question waits: asking how answers none of the bot's questions, and the question stays open.
  match: (ctx) => usageAsked(ctx.text) ?? howToAsked(ctx.text) ?? null,
  async handle(ctx, asked) {
    await ctx.reply(typeof asked === 'string' ? USAGE_ANSWER[asked] : howToAnswer(asked));
  },
});
