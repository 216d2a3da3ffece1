// 到市廉政教育基地接受警示教育 · 赴监狱参观 · 参观了廉政教育馆 (round 44, t46b F8): a visit to a place of teaching, whose
// deeds (a study, a film, a lecture given there) share who led it and how many went.

/** Going to a place of teaching (到/赴/前往/走进/来到 … 基地/展馆/教育馆/监狱/法院…) or 参观. */
export const VISIT_TOLD = /(?:到|赴|前往|走进|来到)[^。!?\n;；]{0,20}?(?:基地|展馆|展厅|教育馆|教育中心|纪念馆|陈列馆|监狱|法院|看守所)|参观/;
