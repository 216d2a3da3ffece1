// A change that would recount closed periods: found alike by 重新加载配置 and at start, told with file, line and field.
import { listPeriods, type AffectedPeriod, type Counted } from './assignmentChanges.js';
import { changedPlaces } from './changedPlaces.js';
import { ConfigError, formatPath } from './configError.js';
import { chineseWhere } from './organizationConfig.js';
import { shownPath } from './shownPath.js';
import { yamlLines } from './yamlLines.js';

/** Where the refused change sits: a line and field of organization.yaml, or a note for what the file no longer has. */
export interface RewritePlace {
  file: string;
  line?: number;
  /** e.g. departments[1].head */
  path?: string;
  note?: string;
}

/** Refused: the new organisation would recount periods that are over. */
export class PastRewriteError extends Error {
  readonly code = 'CONFIG_REWRITES_PAST';
  constructor(
    readonly periods: AffectedPeriod[],
    readonly places: RewritePlace[],
  ) {
    super(`the new organization.yaml changes assignments of ${periods.length} closed period(s): ${periods.map((p) => p.label).join(', ')}`);
    this.name = 'PastRewriteError';
  }
}

/**
 * The refusal for `after` replacing `before`, when `affected` (affectedPeriods of the two) holds a
 * period that is over; undefined otherwise. The places are the entries of `after`'s organization.yaml
 * that differ on a day of such a period (a duty catalogue change is named as such when none does).
 */
export function pastRewrite(before: Counted, after: Counted & { organizationFile?: string }, affected: readonly AffectedPeriod[]): PastRewriteError | undefined {
  const closed = affected.filter((p) => p.ended);
  if (closed.length === 0) return undefined;
  const file = after.organizationFile ? shownPath(after.organizationFile) : 'organization.yaml';
  const lineOf = after.organizationFile ? yamlLines(after.organizationFile) : () => undefined;
  const places: RewritePlace[] = changedPlaces(before.directory.source, after.directory.source, closed).map((c) =>
    c.path ? { file, line: lineOf(c.path), path: formatPath(c.path) } : { file, note: c.note },
  );
  if (places.length === 0) places.push({ file: 'duties.yaml', note: '这些职责由谁承担、按什么计算变了' });
  return new PastRewriteError(closed, places);
}

const MAX_PLACES = 8;

function body(error: PastRewriteError): string[] {
  const places = error.places.slice(0, MAX_PLACES).map((p) =>
    p.path ? `  · ${p.file}${p.line ? ` 第 ${p.line} 行` : ''}，字段 ${p.path}（${chineseWhere(p.path)}）` : `  · ${p.file}：${p.note}`,
  );
  if (error.places.length > MAX_PLACES) places.push(`  · 另有 ${error.places.length - MAX_PLACES} 处`);
  return [
    ...listPeriods(error.periods),
    '改动的位置：',
    ...places,
    '人员变动请写明生效日期，已结束的周期保持原样：',
    '  · 分管或负责人变了：supervisor: [{ id: 原来的人, until: 前一天 }, { id: 新的人, from: 生效日 }]（head 同理）',
    '  · 有人调离：不要删掉这一行，在行上加 until: 最后一天（记录和姓名保留）',
    '  · 新来的人、新任的角色：加 from: 到岗日，或 roles: [{ role: leader, from: 生效日 }]',
    '  · 确是当初配置写错、要改写已结束周期的完成情况：改好文件后用 npm start -- --accept-past-changes 重启一次（日志列出改写的周期）',
  ];
}

/** The refusal an inspector reads in chat: which closed periods would change, where, and how to date the change instead. */
export function pastRewriteText(error: PastRewriteError): string {
  return ['这次修改会改变已经结束的周期的完成情况，本次未重新加载，清风仍按原配置运行：', ...body(error), '改好后再发送「重新加载配置」。'].join('\n');
}

/**
 * The same refusal at start, as a ConfigError (a start refusal: one line naming file, line and field, then the
 * periods, the places and the fixes): the stored organisation (DATA_DIR/accepted-config.json) is what it compares with.
 */
export function pastRewriteAtStart(error: PastRewriteError): ConfigError {
  const first = error.places[0]!;
  const expected = ['与上次接受的配置相比，这次修改会改变已经结束的周期的完成情况，清风未启动：', ...body(error), '改好后再启动清风。'].join('\n');
  return new ConfigError(first.file, first.path ?? '', expected, first.line, 'CONFIG_REWRITES_PAST');
}
