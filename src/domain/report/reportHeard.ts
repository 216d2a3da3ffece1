// 听取了中心主任何平关于全年工作的汇报，并与徐辉…谈话: someone whose report was heard is no one talked to (round 21u #5).

/** Before the name, within its clause: 听取了/听了/听 and no word that turns to someone talked to. */
const HEARD_BEFORE = /(?:听取|听了|聆听|听)了?(?:了)?[^,;。!?:\n与和跟同找对约]{0,12}$/;
/** After the name, within its clause: what they reported (关于…的工作汇报, 的汇报, 汇报了…). */
const REPORT_AFTER = /^[^,;。!?:\n与和跟同找对约]{0,30}?汇报/;

/**
 * True when every mention of `name` in `text` is the one whose report was heard (听取了孙丽关于…的汇报), so they are no
 * counterpart of a talk held in the same message; false when any mention turns to them (与何平谈话) or none is found.
 */
export function onlyReportHeard(text: string, name: string | undefined): boolean {
  if (name === undefined || !text.includes(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const clauseStart = Math.max(...[',', ';', '。', '!', '?', ':', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    if (!HEARD_BEFORE.test(text.slice(clauseStart, at)) || !REPORT_AFTER.test(text.slice(at + name.length))) return false;
  }
  return true;
}
