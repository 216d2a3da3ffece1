// 查了考勤，2人未按时到岗 · 1人外出已报备 (round 20u, P02/L17: stored as 「2人参加」): what a check found among the staff
// checked, never how many took part.

/** 2人未按时到岗 · 1人外出已报备 · 两人迟到 · 3名同志脱岗: a head count followed by what the check found of them. */
export const CHECK_FINDINGS = /(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:人|名|位)(?:同志|干部|职工)?\s*(?:未按时|没有按时|没按时|未|迟到|早退|脱岗|离岗|缺岗|空岗|不在岗|外出|请假|休假|出差|无故)[^,;。，；、\s]{0,10}/g;
