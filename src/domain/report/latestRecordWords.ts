// 刚才那条 · 上一条记录 · 最后一条: the words that point at the member's latest record, for every reader that takes it back or
// corrects it (replacementReport, undoThenRight), as the undo intent has them.

/** The latest record, pointed at: 上一条 · 刚才那条 · 刚刚的 · 最近一条 (记录/上报 after it allowed); a regexp source, no groups. */
export const LATEST_RECORD = '(?:上一条|上条|上一个|刚才那一?条|刚刚那一?条|刚才的|刚刚的|最后一条|最近一条)(?:记录|上报)?';
