// 「部门只有教育就业部，没有维权部」 typed on a 确认 card that put a 分管科室会议 at 教育就业部、维权部 (round 47, t49b F4/F3
// dialog: not understood, the card kept, so 确认 stored a department that was not there). Only the positive forms (部门改为X)
// were read; a member takes a wrong department off by saying what is left or what is not there.

/** 部门只有教育就业部 · 只有教就部一个部门 · 科室仅为财务科 · 只是办公室: the departments that are the record's, the rest off. */
const ONLY = /^(?:(?:所在|参会|会议|检查的?|被检查的?)?(?:部门|科室)(?:应该)?)?(?:只有|只是|仅有|仅是|仅为|只为|只|仅)(?:是|为|有|(?:去|到|查|检查|督查|抽查)(?:了|的是)?)?[\s:：]*(.+?)(?:(?:这)?一个(?:部门|科室))?$/;
/** 去掉维权部 · 部门删掉维权部 · 没有维权部 · 不包括维权部 · 不含维权部: the departments to take off. */
const DROP_BEFORE = /^(?:(?:所在|参会|会议)?(?:部门|科室)(?:里|中)?)?(?:要|请)?(?:去掉|删掉|删去|删除|去除|拿掉|移除|不包括|不包含|不含|没有)(?:了)?[\s:：]*(.+?)$/;
/** 维权部不对 · 把维权部去掉 · 维权部没参加 · 维权部要去掉 · 维权部不是 · 维权部多了 · 维权部是多的: the departments to take off, said first. */
// 只查了财务科 · 办公室没去成 (round 60, fbd; t62b G3: a new check of the clerk's): a check's places said by its verb.
// 办公室那天没参加 · 维权部当天没来 · 财务科其实不在 (t53a F6: 「刚才那条部门只有财务科 办公室那天没参加」 was answered 「没有找到
// 「办公室那天没参加」这个部门」): a day or hedge word between the department and 没参加 is the member's reason, read as the drop.
const DROP_AFTER =
  /^(?:把|将)?(.+?)(?:那天|当天|那次|当时|其实|实际上?|并|都|的人|的同志)*(?:不对|错了|写错了|不是|没参加|没有参加|没去|没有去|没来|没有来|没到|没有到|没出席|没有出席|没去成|没查|没查成|没有查|没检查|没有检查|没检查成|没去查|缺席|不在|没在|多了|是多的|多余|(?:要|应|应该)?(?:去掉|删掉|删除|拿掉)(?:才对)?)(?:了|的|呢)?$/;

/** What a member's words leave of a record's departments. */
export type DepartmentsNarrowed =
  /** Only these departments (ids, in the order said); any others are taken off. */
  | { only: string[] }
  /** These departments (ids) taken off; the others kept. */
  | { drop: string[] };

/** The department ids of a list said (教育就业部、维权部 · 财务科和办公室), or undefined when any word names none. */
function listed(words: string, departmentId: (w: string) => string | undefined): string[] | undefined {
  const parts = words.split(/[、,，和及与]|以及/).map((w) => w.trim().replace(/(?:两|二|三|四)个(?:部门|科室)$/, '')).filter((w) => w !== '');
  if (parts.length === 0) return undefined;
  const ids = parts.map((w) => departmentId(w));
  return ids.every((id) => id !== undefined) ? [...new Set(ids as string[])] : undefined;
}

/** One clause read as ONLY, DROP_BEFORE or DROP_AFTER over departments only. */
function clause(words: string, departmentId: (w: string) => string | undefined): DepartmentsNarrowed | undefined {
  const only = ONLY.exec(words);
  const kept = only ? listed(only[1]!, departmentId) : undefined;
  if (kept) return { only: kept };
  const drop = DROP_BEFORE.exec(words) ?? DROP_AFTER.exec(words);
  const gone = drop ? listed(drop[1]!, departmentId) : undefined;
  return gone ? { drop: gone } : undefined;
}

/**
 * The departments `said` keeps or takes off a record: 部门只有X · 只有X一个部门 (only X), 去掉Y · 没有Y · 不包括Y · Y不对 ·
 * Y没参加 (Y off), or both in two clauses (部门只有X，没有Y: only X, Y not among them). Every word must name a department
 * (`departmentId` reads one), so 没有题目 or 人数不对 are no such change. Undefined when `said` is none of these, or its two
 * clauses disagree (只有X，没有X).
 */
export function departmentsNarrowed(said: string, departmentId: (w: string) => string | undefined): DepartmentsNarrowed | undefined {
  // 部门只有财务科 办公室那天没参加 (t53a F6): a space parts the two clauses as a comma does; read one by one, the card
  // lost 办公室 to the first and refused the second (「卡片上的记录没有记在办公室」).
  const clauses = said.split(/[,，;；\s]\s*(?:而|但)?/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 2) return undefined;
  const read = clauses.map((c) => clause(c, departmentId));
  if (read.some((r) => r === undefined)) return undefined;
  const [first, second] = read as DepartmentsNarrowed[];
  if (second === undefined) return first;
  const only = 'only' in first! ? first.only : 'only' in second ? second.only : undefined;
  const drop = [...('drop' in first! ? first.drop : []), ...('drop' in second ? second.drop : [])];
  if (only === undefined) return { drop: [...new Set(drop)] };
  if ('only' in first! && 'only' in second) return undefined;
  return drop.some((id) => only.includes(id)) ? undefined : { only };
}
