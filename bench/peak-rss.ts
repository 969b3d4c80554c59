/**
 * Preloaded into a measured node process (`node -r dist/bench/peak-rss.js …`):
 * at exit, writes the process's peak resident set size in bytes to the file
 * named by `KORDON_BENCH_RSS_FILE`. No `/usr/bin/time` needed.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['KORDON_BENCH_RSS_FILE'];
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
