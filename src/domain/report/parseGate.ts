// Messages that mention an activity without reporting one done: questions, plans, queries, commands, denials.

export type NotAReport = 'command' | 'question' | 'plan' | 'denial' | 'query';

const COMMAND = /^\s*(?:\/?(?:help|menu|start)|帮助|菜单|你好|您好|谢谢|在吗|hi|hello)\s*[!.。]*\s*$/i;
/** Undo, edit and export are other intents, even when they name a type. */
const OTHER_INTENT = /撤销|撤回|删除|删掉|作废|取消|改为|改成|修改|更正|导出|提醒我/;
/** A question: a question word, or a question ending (廉政谈话都谈完了吧 · 谈话了没有 · 开了没; found in the chat side, moved here). */
const QUESTION = /[?？]\s*$|怎么|怎样|如何|什么|哪些|哪个|哪里|哪天|是否|能否|能不能|可不可以|可以不|要不要|需不需要|有没有|多少|(?<![前近这])几[个人位名次天号]|谁|吗|(?:呢|吧|没有?)[\s。.!！~～]*$/;
const PLAN = /准备|打算|拟于|拟在|拟开展|拟召开|拟组织|拟对|将于|将在|将要|即将|将(?:对|与|和|跟|同|开展|召开|组织|进行|举办|举行|赴|到|深入|签订|分批|陆续|继续|再次?)|(?<!对)下一步(?!工作|的工作)|要(?:开展|召开|组织|进行|和|与|跟|对|去|给)|(?<!按|按照|根据)计划(?:于|在|开展|召开|组织|进行|下|[\d一二三四五六七八九十]{1,3}月|明天|后天|本周|本月|月底|年底)|待会儿?|一会儿?|稍后|晚点/;
const DENIAL = /没有|还没|尚未|未能|未开展|未召开|未进行|未组织|没开|没谈|没去|没能/;
/** A query names a period or progress and claims nothing done (查看了考勤 is an inspection). */
const QUERY = /完成情况|完成得|进度|统计|查询|查看|查一下|还差|还缺|待办|我的任务|任务清单/;

export function notAReport(line: string): NotAReport | undefined {
  if (COMMAND.test(line) || OTHER_INTENT.test(line)) return 'command';
  if (QUESTION.test(line)) return 'question';
  if (PLAN.test(line)) return 'plan';
  if (DENIAL.test(line)) return 'denial';
  if (QUERY.test(line) && !/了/.test(line)) return 'query';
  return undefined;
}

/** Words that say something was done, for texts that name no day. */
const DEED = /了|已经?|完成|开展|组织|召开|进行|举办|举行|观看|学习|签订|签署|报送|提交|主讲|讲授/;

export function describesDeed(text: string): boolean {
  return DEED.test(text);
}

/** A period still to come, named without a day: 下周开展廉政谈话, 月底前开展一次检查 are plans. */
const COMING_PERIOD = /下周|下个?星期|下个?礼拜|下个?月|下季度|下半年|明年|(?:本月|这个?月|月|本周|这周|年|季度)底前|(?:年|季度|月)末前|近期将|近日将/;

export function namesComingPeriod(text: string): boolean {
  return COMING_PERIOD.test(text);
}

/** Said of a day in the future, only 了/已/完成 make it a (mistaken) report rather than a plan. */
export function claimsDone(text: string): boolean {
  return /了|已经?|完成|结束/.test(text);
}
