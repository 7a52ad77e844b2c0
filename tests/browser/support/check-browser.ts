// Runs before the browser tests so a missing browser fails with instructions, not a stack trace.
import { browserMissingMessage } from './launch.ts';

const message = browserMissingMessage();
if (message) {
  console.error(message);
  process.exit(1);
}
