// The store's error: a code the operator can look up and a message naming the file and how to fix it.

export type StoreErrorCode = 'DATA_INVALID' | 'DATA_TOO_NEW' | 'DATA_UNREADABLE' | 'DATA_WRITE_FAILED';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** DATA_WRITE_FAILED for `file`, with the errno (ENOSPC, EACCES…) so the operator knows what to free or fix. */
export function writeFailed(file: string, error: unknown): StoreError {
  const errno = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new StoreError(
    'DATA_WRITE_FAILED',
    `${file}: write failed (${errno}: ${(error as Error).message}); nothing of this change was kept; free disk space or fix the permissions of DATA_DIR, then try again`,
  );
}
