// The plain harness of the Node tests in this folder (`npm run test:prerender`): tests run one after
// the other, each failure is listed with the first lines of its stack, and `report()` prints
// "N passed, N failed" as the last line, as CI reads it, and sets the exit code.
import process from 'node:process';

let passed = 0;
let failed = 0;

/** Runs one test (sync or async); await it, so tests run in order and `report()` counts them all. */
export async function test(name, body) {
  try {
    await body();
    passed++;
    console.log(`  ok  ${name}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}\n       ${error.stack?.split('\n').slice(0, 3).join('\n       ')}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const equal = (actual, expected, what) =>
  assert(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);

export const includes = (text, part, what) => assert(text.includes(part), `${what} lacks ${JSON.stringify(part)}`);

export function report() {
  console.log(`\n${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}
