// `npm run test:e2e`: builds the production site (the specs run against `vite preview` of dist/,
// which serves the production headers), then runs Playwright. Arguments go to Playwright:
//
//   npm run test:e2e                                   every spec
//   npm run test:e2e -- tests/e2e/embed.spec.ts        one spec
//   npm run test:e2e -- --grep "hydrates" --workers=1  by title
//
// E2E_PORT picks the preview port (default 4173); CHROMIUM_PATH another Chromium build.
import { spawnSync } from 'node:child_process';

function run(args) {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  return result.status ?? 1;
}

const built = run(['vite', 'build', '--logLevel', 'warn']);
if (built !== 0) {
  console.error('test:e2e: the build failed, so no browser test ran.');
  process.exit(built);
}
process.exit(run(['playwright', 'test', ...process.argv.slice(2)]));
