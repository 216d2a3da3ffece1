// The store's errors: a code an operator can search for and a message naming the file and how to fix it.

export type StoreErrorCode =
  | 'DATA_INVALID'
  | 'DATA_TOO_NEW'
  | 'DATA_UNREADABLE'
  /** A change could not be persisted (ENOSPC, EACCES, EIO…): it was rolled back in memory. */
  | 'DATA_WRITE_FAILED'
  /** DATA_DIR cannot be created or written at start-up. */
  | 'DATA_DIR_UNWRITABLE'
  /** Another 清风 process holds DATA_DIR/qingfeng.pid (src/store/lockDataDir.ts). */
  | 'DATA_DIR_IN_USE';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The file concerned and the operating system's errno code (ENOSPC, EACCES…), when there is one. */
    readonly detail: { file?: string; errno?: string } = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** True for a write that failed and was rolled back: nothing it carried is recorded, so the work may be done again. */
export function isWriteFailure(error: unknown): error is StoreError {
  return error instanceof StoreError && error.code === 'DATA_WRITE_FAILED';
}

/** The errno code of a Node file-system error (`ENOSPC`), or `EUNKNOWN`. */
export function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}
