// 转发：根据张书记要求，各分管领导于12月20日前完成与分管科室负责人的廉政谈话，请各位领导抓紧落实，完成后报办公室。
// (t51b F3: read as two talks on 12-20, asked 「是哪一天进行的？」 with a [今天] button — one tap from two fake talks.)

/** 于12月20日前完成 · 月底前开展 · 本周内完成 · 在…之前落实: a deed set for a deadline, not one done. */
const BY_DEADLINE = /(?:前|之前|以前|底前|内)\s*(?:完成|开展|落实|组织|进行|召开|签订|报送)/;
/** 请各位领导抓紧落实 · 务必 · 完成后报办公室 · 要求各… · 请各… · 转发： — words that hand a task to others. */
const TASKING = /请[^,;。!?，；！？]{0,10}?(?:抓紧|尽快|认真|按时|及时|务必|落实)|务必|完成后[^,;。!?，；！？]{0,4}?(?:报|上报|报送|反馈)|要求各|请各|^\s*(?:转发|通知)\s*[:：]|各(?:位)?(?:分管领导|班子成员|科室|部室|部门|单位|支部)[^,;。!?，；！？]{0,4}?(?:于|在|要|须|需|应|务必)/;
/** 已于11月20日完成 · 已完成 · 已经开展: a deed really done, told beside the task. */
const DONE = /已(?:经)?[^,;。!?，；！？]{0,10}?(?:完成|开展|进行|召开|签订|报送)|(?:完成|开展|进行|召开|签订)了/;

/** Sentences of `text` (split after 。！？ and newlines), kept with their ends. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?\n])/).filter((s) => s.trim() !== '');
}

/** Whether `sentence` hands others a deed to do by a deadline and tells nothing done. */
function isDeadlineTask(sentence: string): boolean {
  return BY_DEADLINE.test(sentence) && TASKING.test(sentence) && !DONE.test(sentence);
}

/**
 * Whether all of `text` is an instruction with a deadline (于12月20日前完成…，请…抓紧落实，完成后报办公室): a notice, no
 * deed, never a record (t51b F3). A deed the message also tells as done (…已于11月20日完成) makes it no mere notice.
 */
export function readsAsDeadlineTask(text: string): boolean {
  const all = sentences(text);
  return all.length > 0 && all.every(isDeadlineTask);
}

/**
 * `text` without its sentences that only hand out a task by a deadline, when other sentences tell deeds done (t51b F3:
 * 「…于12月20日前完成…廉政谈话。王建国已于11月20日完成与李明的廉政谈话。」 keeps the done talk); null when nothing is
 * taken out or nothing would be left.
 */
export function withoutDeadlineTask(text: string): string | null {
  const all = sentences(text);
  const kept = all.filter((s) => !isDeadlineTask(s));
  if (kept.length === all.length || kept.length === 0) return null;
  return kept.join('').trim();
}

/** The reply to a relayed task: nothing recorded until the deed is done. */
export const DEADLINE_TASK_REPLY =
  '这是一则工作要求或通知（请有关同志按期完成），不是已完成活动的上报，清风没有记录。完成以后，由做的同志发给我即可，例如「今天和办公室李明主任进行了廉政谈话」。';
