// File names for what 清风 exports: Chinese, saying what and which period, safe on every file system.
import type { LedgerExport } from '../domain/ledger/export.js';
import type { YearEndAccount } from '../domain/ledger/yearEndTypes.js';

/** Characters Windows, macOS or Feishu refuse in a file name. */
function safe(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

export function ledgerFileName(exp: LedgerExport): string {
  const scope = exp.scope === '全单位' ? '' : `（${exp.scope.replace(/（.*）/, '')}）`;
  return safe(`党风廉政建设台账_${exp.period.label}${scope}.xlsx`);
}

export function yearEndFileName(account: YearEndAccount): string {
  return safe(`${account.title}.docx`);
}
