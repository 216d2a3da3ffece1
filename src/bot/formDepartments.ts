// What the 填报/修改 form offers for 检查的科室 / 会议所在科室.
import type { BotDeps } from './botDeps.js';
/** The departments the form offers: the organisation's, as configured today. */
export function formDepartments(deps: BotDeps): { id: string; name: string }[] {
  return deps.directory.org.departments.map((d) => ({ id: d.id, name: d.name }));
}
