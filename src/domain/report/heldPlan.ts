// 「今天下午要召开党风廉政建设专题会议」 → the plan reply → 「不是计划，会已经开过了」 · 「已经开了」 · 「开过了」 (round 59, fcf;
// t61a F3: 没看懂, the deed never recorded): the member says the deed read as a plan is done. The plan's words, told as done
// today, are the report.

/**
 * 已经开了 · 开过了 · 不是计划，会已经开过了 · 已经谈完了 · 检查过了 · 已召开: a short answer saying the deed is done, no deed
 * of its own (no day, no person, no type word beyond the noun it names).
 */
const HELD_ANSWER = /^(?:不是计划(?:安排)?(?:的|啊|呀)?[,，。\s]*)?(?:这个|那个|这次|那次)?(?:会议?|活动|检查|谈话|学习|党课|教育)?(?:也)?(?:已经|早就|刚刚|刚才|刚|已)?(?:开|谈|查|签|学|看|讲|办|检查|学习|进行|召开|举行|开展|组织|搞)(?:过|完)?(?:了|过)?(?:的)?[,，。.!！\s]*$/;

/** Whether `answer` (trimmed) only says the deed read as a plan is done; it must say done (了 · 过 · 完 · 已). */
export function saysPlanHeld(answer: string): boolean {
  const t = answer.trim();
  return t.length <= 20 && HELD_ANSWER.test(t) && /了|过|完|已/.test(t);
}

/** 要 · 将 · 准备 · 计划 · 打算 · 拟 · 将要 · 即将 before the deed: what made it a plan. */
const PLAN_WORDS = /(?:将要|即将|准备|计划|打算|要|将|拟)(?=\s*(?:召开|开|组织|开展|进行|和|与|跟|同|给|对|到|去|赴|签|学习|观看|讲|谈|检查))/g;
/** A time of today still to come: 今天下午3点 · 下午 · 今晚 · 今天晚上 · 下班后. */
const LATER_TIME = /(?:今天|今日)?(?:上午|中午|下午|晚上|傍晚)(?:\s*\d{1,2}\s*(?:点|时)(?:半|\d{1,2}分)?)?|今晚|下班后|下班以后/;

/**
 * `plan` (the message the plan reply answered) told as a deed done today: its plan words dropped and its time of today
 * (下午 · 今晚 · 下午3点) said as 今天, so it reads as a report of today. Undefined when the plan names a day other than today
 * (明天 · 下周 · 12月5日: the member's answer cannot have made that day come) or has no plan word nor time of today.
 */
export function heldPlanText(plan: string): string | undefined {
  if (/明天|明日|后天|下周|下个?月|下星期|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\s*[日号]/.test(plan)) return undefined;
  const told = plan.replace(PLAN_WORDS, '');
  const dated = LATER_TIME.test(told) ? told.replace(LATER_TIME, '今天') : told;
  const text = dated.replace(/今天(?:\s*今天)+/, '今天');
  return text === plan ? undefined : /今天/.test(text) ? text : `今天${text}`;
}
