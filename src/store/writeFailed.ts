// The DATA_WRITE_FAILED error for a file the store could not write: the file, the errno, and what the operator can do.
import { StoreError, errnoOf } from './storeError.js';

/** For `file` and the file-system error (ENOSPC, EACCES, EIO…); the caller has rolled the change back. */
export function writeFailed(file: string, error: unknown): StoreError {
  const errno = errnoOf(error);
  // Node's own message already starts with the code (「EACCES: permission denied, open …」): said once, not twice.
  const said = String((error as Error)?.message ?? error);
  const reason = said.startsWith(`${errno}:`) ? said : `${errno}: ${said}`;
  return new StoreError(
    'DATA_WRITE_FAILED',
    `could not write ${file} (${reason}); the change was rolled back and nothing was recorded — free disk space or fix the permissions of the data folder`,
    { file, errno },
  );
}
