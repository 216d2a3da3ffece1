// Stack traces name the line in the .ts source (test/support/nativeSourceMaps.ts): the test files and src/ are loaded by
// Node through tsx (vitest.config.ts), whose output is not line for line, and vitest's own stack handling knows only
// the maps of the modules it compiled itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';

/** The 1-based line and the text there of the first frame in `stack` inside a file ending in `file`. */
function frameAt(stack: string, file: string): { line: number; text: string } {
  const m = new RegExp(`(file://[^\\s)]*${file.replace('.', '\\.')}):(\\d+):\\d+`).exec(stack);
  expect(m, stack).not.toBeNull();
  const line = Number(m![2]);
  return { line, text: readFileSync(fileURLToPath(m![1]!), 'utf8').split('\n')[line - 1]! };
}

it("an error's stack names its line in this test file", () => {
  const stack = new Error('here').stack!;
  expect(frameAt(stack, '/nativeSourceMaps.test.ts').text).toContain("new Error('here')");
});

it("an error thrown in src/ names the line of its throw in the module's .ts file", () => {
  let stack = '';
  try {
    loadConfig('/nonexistent-config-dir');
  } catch (error) {
    stack = (error as Error).stack!;
  }
  expect(frameAt(stack, '/src/config/organizationConfig.ts').text).toMatch(/throw /);
  expect(frameAt(stack, '/src/config/loadConfig.ts').text).toContain('loadOrganization(');
});
