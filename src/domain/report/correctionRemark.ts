// 「刚才那条人数改成7人 陈志强副理事长也来了」 after recording (t52a F6: 「抱歉，没看懂」; without the tail it worked): a
// correction with the member's reason, apology or remark before or after it. The remark changes nothing; the correction
// is read without it, and a remark that tells a fact (who came) is said back as not recorded, never dropped silently.

/** The parts of a message: the correction, and the remark set aside (its words as written), and whether it tells a fact. */
export interface CorrectionRemark {
  change: string;
  remark: string;
  /** 陈志强副理事长也来了 · 后来王强也到了: a fact about the deed, said back as not recorded (a reason or apology is not). */
  fact: boolean;
}

/**
 * 因为漏算了一个 · 我记错了 · 刚才写错了 · 不好意思 · 谢谢: why the change is asked, or manners; nothing of the deed. 报早了 ·
 * 报重复了 (round 61, gae: 「撤销第2条，维权部那次是下周的，报早了」 没看懂): a record told too soon or twice.
 */
const REASON =
  /^(?:因为|由于|原因是|之前|刚才|当时|我|是我)?(?:[^,;。!?\s]{0,10}?)(?:记错了|写错了|填错了|搞错了|弄错了|说错了|打错了|看错了|算错了|数错了|报错了|漏算了?|少算了?|多算了?|漏写了?|漏记了?|少写了?|多写了?|漏统计了?|没算上?|没算进去|没数上?|报早了|提前报了|报多了|多报了|报重了|报重复了|重复报了)(?:[^,;。!?\s]{0,12})$|^(?:因为|由于|原因是)[^。!?]{1,30}$|^(?:不好意思|抱歉|对不起|麻烦了?|麻烦您了?|谢谢|多谢|感谢|辛苦了?|打扰了?|sorry)(?:了|啊|哈|哦|呀|哈哈)?$/i;
/**
 * 吴静那次谈心还没谈 · 那次其实没谈成 · 会议改期了 · 那个是下周的计划 (t53a F4: 「刚才那条第2条不要了 吴静那次谈心还没谈」 was
 * read as a 未完成 query and nothing withdrawn): why a record is taken off: it did not happen (yet); nothing of a deed.
 */
const NOT_HAPPENED =
  /^[^,;。!?\s]{0,14}?(?:(?:还|也|其实|实际上?|根本|并)?(?:没有?|未)(?:谈|开|做|搞|办|进行|开展|举办|组织|签|查|去|讲|学|看)(?:成|过|完|呢|的|了)*|(?:取消|改期|推迟|延期)了?|是(?:下周|下个?月|明天|后天|以后)的?(?:计划|安排)?|(?:只)?是(?:个)?(?:计划|安排)|还没(?:到|定)(?:时间|日子)?)(?:呢|的|了|啊|哈)?$/;
/** 陈志强副理事长也来了 · 后来王强也参加了 · 李娟也在 · 还有两位同志临时参加: who came, told beside the new count. */
// 陈静后来赶回来了 · 陈静中途赶到了 (round 62, gbd; t64a G10: 「刚才学条例那条人数是3人 陈静后来赶回来了」 没看懂): one who came
// back in time is one who came.
const WHO_CAME = /^(?:后来|另外|还有|其实)?[^,;。!?\s]{1,14}?(?:也|后来|临时|中途|又)(?:来了|到了|参加了|在场|在|出席了|列席了|赶来了|过来了|到场了|赶回来了|回来了|赶到了|赶过来了|赶上了|补上了)(?:的|呢|哈)?$/;

/**
 * 题目不变 · 其他不变 · 别的都对 · 日期没错 · 其余不用改 (round 51 fzb, t53a F5: 「人数应该是8人 不是6人 题目不变」 没看懂): a
 * field said to stay as it is; nothing to change, so set aside as a reason is.
 */
const KEPT_AS_IS =
  /^(?:(?:题目|标题|片名|日期|时间|人数|对象|活动人|部门|类型)(?:的话)?|其他|其它|其余|别的|剩下的|其他的|别的地方)(?:都|也)?(?:不变|没变|不用改|不用动|不改|没错|没问题|都对|对的|是对的|照旧|不动)(?:了|的|哈|啊)?$/;

/** A clause that is a remark (REASON or WHO_CAME): which, or undefined. */
function remarkKind(clause: string): 'reason' | 'fact' | undefined {
  if (WHO_CAME.test(clause)) return 'fact';
  return REASON.test(clause) || NOT_HAPPENED.test(clause) || KEPT_AS_IS.test(clause) ? 'reason' : undefined;
}

/** Whether `clause` (one clause, no punctuation) is a reason, apology, 没做成 or who-came remark, nothing of a change. */
export function isCorrectionRemark(clause: string): boolean {
  return remarkKind(clause.trim()) !== undefined;
}

/**
 * `text` parted into the correction and the remark(s) at its end or its start (parted at ， ； 。 ！ or spaces; a remark
 * at the start only when it is an apology or a reason before a comma or space), or undefined when no clause there is a
 * remark, or nothing would be left. The caller reads `change` as the correction it would read alone: the split never makes
 * a correction of words that are none.
 */
export function correctionRemark(text: string): CorrectionRemark | undefined {
  const t = text.trim().replace(/[。.!！]+$/, '');
  const clauses = t.split(/(?<=[,，;；。!！])\s*|\s+/).map((c) => c.trim()).filter((c) => c !== '');
  const bare = (c: string) => c.replace(/[,，;；。!！]+$/, '');
  const remarks: string[] = [];
  let fact = false;
  // From the end: 人数改成7人 陈志强副理事长也来了，不好意思
  while (clauses.length > 1) {
    const kind = remarkKind(bare(clauses.at(-1)!));
    if (kind === undefined) break;
    fact ||= kind === 'fact';
    remarks.unshift(bare(clauses.pop()!));
  }
  // From the start: 不好意思，刚才那条人数改成7人 · 我记错了 刚才那条是周三
  while (clauses.length > 1 && remarkKind(bare(clauses[0]!)) === 'reason') remarks.push(bare(clauses.shift()!));
  if (remarks.length === 0 || clauses.length === 0) return undefined;
  const change = clauses.reduce((all, c) => (all === '' ? c : /[,，;；。!！]$/.test(all) ? `${all}${c}` : `${all} ${c}`), '');
  return { change: change.replace(/[,，;；。!！]+$/, ''), remark: remarks.join('，'), fact };
}

/** The words said back for a remark that tells a fact: it was read and is not in the 台账. */
export function remarkAsideText(remark: string): string {
  return `「${remark}」没有单独记录（台账不记这类说明）。`;
}
