// 廉政谈话登记表 · 谈心谈话记录 · 谈话台账: the heading of a pasted 台账 form, no deed of its own, for the readers of forms
// (formAsSentence, oneLineFields).

/** A form's heading at the end of a line or cell: …登记(表) · …记录(表) · …情况表 · …统计表 · …台账. */
export const FORM_HEADING = /(?:登记表?|记录表?|情况表|统计表|台账)$/;
