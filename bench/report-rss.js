// Preloaded into the CLI process by the benchmark (node --require): reports its peak resident set
// size on exit, so memory is measured for the whole process without any tool outside Node.
const fs = require('fs');
process.on('exit', () => {
  const file = process.env.SRM_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
