// The words a card header uses for what it shows: 全单位, 王建国分管范围, 李明负责的办公室范围, 王芳本人, 办公室、财务科.
import type { Directory } from '../organization.js';
import type { Scope } from './types.js';
import { reachOf } from './visibility.js';

/**
 * Names exactly the scope a card shows, seen by `viewerIds` (the asker, and whoever
 * clicked a button). A broad question (全单位, one duty across the unit) asked by
 * someone who sees only part of the unit is named by that part, so the header never
 * says 全单位 over a leader's own slice: 「王建国分管范围」, 「李明负责的办公室范围」,
 * 「王芳本人」. Several viewers with different reach: 「您可查看的范围」.
 */
export function scopeTitle(directory: Directory, viewerIds: readonly string[], scope: Scope): string {
  switch (scope.kind) {
    case 'person': {
      const name = directory.person(scope.personId)?.name ?? '';
      return viewerIds.length === 1 && viewerIds[0] === scope.personId ? `${name}本人` : name;
    }
    case 'department':
      return directory.department(scope.departmentId)?.name ?? '';
    case 'group':
      return scope.label;
    case 'all':
    case 'duty':
      return broadTitle(directory, viewerIds);
  }
}

function broadTitle(directory: Directory, viewerIds: readonly string[]): string {
  const limited = [...new Set(viewerIds)].filter((id) => !reachOf(directory, id).everything);
  if (limited.length === 0) return '全单位';
  if (limited.length > 1) return '您可查看的范围';
  const viewer = directory.person(limited[0] as string);
  if (!viewer) return '您可查看的范围';
  const supervised = viewer.roles.includes('leader') ? directory.supervisedBy(viewer.id) : [];
  const headed = directory.headedBy(viewer.id);
  if (supervised.length > 0) return `${viewer.name}分管范围`;
  if (headed.length > 0) return `${viewer.name}负责的${headed.map((d) => d.name).join('、')}范围`;
  return `${viewer.name}本人`;
}
