// The end-to-end tests drive a system Chromium (Playwright cannot download browsers here).
// Finds it, installs Debian's package when running as root, or says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.env.CHROMIUM_PATH || !isRoot) {
    console.error(
      `No Chromium at ${path}. Install Debian's package with:\n` +
        `  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
    );
    process.exit(1);
  }
  console.error(`No Chromium at ${path}; installing Debian's chromium package…`);
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' });
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
  }
}
console.error(`Using Chromium at ${path}`);
