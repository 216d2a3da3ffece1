// 今天上午，我科召开科务会，集中学习财经纪律有关规定，会上王建国副理事长对年底资金支付工作提出要求。下午，我分别与王强、李娟
// 进行了廉政谈话 (round 32b, F1: the talks given to 王建国, the study dropped without a word): a sentence whose own subject is
// 我/本人 tells the sender's deed; it is never one activity with the sentence before, whoever that one named.

/** When, opening the sentence before its subject: 下午 · 当天下午 · 随后 · 11月20日. */
// …来财务科检查了…，最后我和王强签订了责任书 (round 38: the steps a visit goes on with, 最后/紧接着/首先…, carried its subject
// over the sender's own 我): a step word before 我 is the sender's step all the same.
// 。会后我和中心医师孙杰进行了廉政谈话 after 「…，何平主任主持」 (t52a F7: the talk given to the chair): 会后 · 会上 · 散会后 ·
// 会议结束后 (and 同时 · 另外 · 此外 · 还有 · 顺便: 「…来组联部检查作风纪律 同时我和张颖签了廉政承诺书」, the signing given to
// 刘芳) before 我 open the sender's own deed as 随后 does.
const WHEN = '(?:(?:今天|昨天|前天|当天|当日|同日|同一天|会后|会上|散会后|会议结束后|结束后|同时|另外|此外|还有|顺便|随后|之后|然后|紧接着|接着|最后|最终|末了|其后|此后|继而|首先|先是|先|次日|第二天|\\d{1,2}月\\d{1,2}[日号])?(?:上午|中午|下午|晚上|早上)?)';

/** 我/本人 (also, again) as the subject before a deed; 我科/我们/我部/我单位… are a unit, not the sender; 我单独 is the sender (t53b F5's kind). */
const ME_FIRST = new RegExp(`^[\\s\\u0000,]*${WHEN}[\\s\\u0000,]*(?:我|本人)(?![们科部室会中]|单位)`);

/** Whether `piece` (one clause) opens with 我/本人 as its subject, maybe after a time: the sender's own deed. */
export function opensWithMe(piece: string): boolean {
  return ME_FIRST.test(piece);
}

/** A clause that is only a time (下午, · 当天下午,): it opens the sentence whose subject comes in the next clause. */
const TIME_ONLY = new RegExp(`^[\\s\\u0000]*${WHEN}[\\s\\u0000]*,[\\s]*$`);

/**
 * Whether `piece` opens a sentence of the sender's own: it starts with 我/本人 (maybe after a time), and the clause before it
 * ended a sentence (。；!?; a clause, for a talk or signing: `withSomeone`) — or was only a time word right after such an end. `before` is the clauses before it on the line,
 * in order. Returns how many of the last clauses of `before` belong to the new sentence (0 or 1: the bare time), or
 * undefined when `piece` opens no sentence of the sender's.
 */
export function ownSentenceAfterOther(before: readonly string[], piece: string, withSomeone = false): number | undefined {
  if (!ME_FIRST.test(piece) || before.length === 0) return undefined;
  const last = before[before.length - 1]!;
  // 王建国…调研，我与王强进行了廉政谈话: after a comma only a talk or signing with someone is apart (本人代表…作了述责述廉 is the
  // meeting's own).
  const end = withSomeone ? /[,;。!?]\s*$/ : /[;。!?]\s*$/;
  if (end.test(last) && !TIME_ONLY.test(last)) return 0;
  const earlier = before[before.length - 2];
  if (TIME_ONLY.test(last) && earlier !== undefined && end.test(earlier)) return 1;
  return undefined;
}
