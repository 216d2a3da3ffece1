// The bot thread's nice value: on Linux its own (setpriority(2) on the calling thread), so the acknowledging thread gets the CPU first.

/**
 * Set by botThread.ts on itself. 19 was tried (issue 14, r28): under a flood the bot thread took less CPU per
 * acknowledgement in five alternated rounds of six, but at loads where that is noise; and a nice-19 thread's start (its
 * modules, the ledger) would wait behind any other work of its scheduling group on a busy machine.
 */
export const BOT_THREAD_NICE = 10;
