// The 名单 spreadsheet's layout: sheet names, the columns in order with their Chinese and English names and what each holds.

export const SHEET = '名单';
export const NOTES_SHEET = '说明';
/** Where the unit's name sits on the 说明 sheet. */
export const NAME_CELL = 'B2';

/** Columns in order: Chinese header, English name (for error messages), what it holds. */
export const COLUMNS = [
  { key: 'id', zh: '编号', en: 'id', note: '可空：空着时按姓名拼音生成（zhangwei）；已有记录的人请保留原编号' },
  { key: 'name', zh: '姓名', en: 'name', note: '必填' },
  { key: 'title', zh: '职务', en: 'title', note: '如 办公室主任' },
  { key: 'department', zh: '部门', en: 'department', note: '所在科室；党组书记、班子成员可空' },
  { key: 'roles', zh: '角色', en: 'roles', note: '党组书记、班子成员、科室负责人、纪检，可多个，用「、」分隔；普通成员留空' },
  { key: 'supervises', zh: '分管部门', en: 'supervised departments', note: '班子成员分管的科室，用「、」分隔' },
  { key: 'mobile', zh: '手机号', en: 'mobile', note: '手机号、邮箱、飞书 open_id 至少填一项，清风据此在飞书里找到本人' },
  { key: 'email', zh: '邮箱', en: 'e-mail', note: '' },
  { key: 'openId', zh: '飞书open_id', en: 'open_id', note: '可空：ou_ 开头' },
  { key: 'from', zh: '到岗日期', en: 'from', note: '可空：YYYY-MM-DD，新调入的人从这天起承担职责' },
  { key: 'until', zh: '离岗日期', en: 'until', note: '可空：YYYY-MM-DD，调离、退休的人最后一天；记录和姓名保留' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** A column's 1-based index, letter and names, for messages that point at a cell. */
export function column(key: ColumnKey): { index: number; letter: string; zh: string; en: string } {
  const index = COLUMNS.findIndex((c) => c.key === key);
  const c = COLUMNS[index]!;
  return { index: index + 1, letter: String.fromCharCode(65 + index), zh: c.zh, en: c.en };
}
