// The bot thread's nice value: on Linux its own (setpriority(2) on the calling thread), so the acknowledging thread gets the CPU first.

/**
 * Set by botThread.ts on itself. 19 was tried (issue 14, r28): under a flood the bot thread took less CPU per
 * acknowledgement in five alternated rounds of six, but on a busy machine its start (loading its modules, the ledger)
 * then starved behind the other work of the same scheduling group: the test suite's spawned bots did not become ready
 * within 15–30 s at load 25–30.
 */
export const BOT_THREAD_NICE = 10;
