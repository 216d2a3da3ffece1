// 维权部全员在岗 · 均在岗 · 无人缺岗 · 人员在岗率100% · 未发现迟到早退 (round 59, fcd; t61a F4): what a check of attendance
// found, said of the staff checked — the check's note, never who took part in anything.

/**
 * A clause telling how the staff checked were found at work: the whole of them present (全员在岗 · 全部到岗 · 均在岗 · 都在位),
 * no one away (无人缺岗 · 无迟到早退), a rate (在岗率100% · 出勤率100%) or nothing found late or away (未发现迟到早退).
 * Tested against a clause with its blanks removed; a department or person named before it (维权部全员在岗) is its subject.
 */
export const PRESENCE_FINDING =
  /(?:全员|全部|全体(?:人员|干部职工|干部|职工|同志)?|人员|干部职工|工作人员|均|都|全都)(?:均|都)?(?:在岗|到岗|在位|在岗在位|按时到岗|正常上班)|无人(?:缺岗|脱岗|离岗|迟到|早退|缺勤|不在岗)|无(?:迟到|早退|脱岗|离岗|缺岗)|(?:在岗|到岗|出勤|在位)率\s*(?:为|达)?\s*\d{1,3}(?:\.\d+)?\s*[%％]|未发现(?:有)?(?:迟到|早退|脱岗|离岗|缺岗|空岗)/;

/**
 * The start of a presence finding after a blank (查考勤 维权部全员在岗 · 作风纪律检查 组联部人员在岗率100%), typed by voice or
 * pasted with a space where a comma goes: a lookahead source, to be joined into a clause splitter, matching no characters.
 */
export const PRESENCE_AFTER_BLANK = '(?=[\\u4e00-\\u9fa5]{0,6}?(?:(?:全员|全部|全体|均|都|人员)(?:均|都)?(?:在岗|到岗|在位)|无人(?:缺岗|脱岗|离岗|迟到|早退)|(?:在岗|到岗|出勤)率))';
