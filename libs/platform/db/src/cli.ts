#!/usr/bin/env node
/**
 * `npm run db -- <command> --context <name> [--name <text>] [--url <url>] [--force]`
 * (or `npx tsx libs/platform/db/src/cli.ts ...`). See cli-options.ts for the full usage.
 */
import { lastEnginePanic } from './load-schema-engine';
import { runCli } from './run-cli';

// An engine panic kills its WASM instance outside any promise: report it instead of a wasm trace.
process.on('uncaughtException', (error) => {
  const panic = lastEnginePanic();
  console.error(panic ? `error: the schema engine crashed: ${panic}` : error);
  process.exit(1);
});

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  print: (line) => console.log(line),
  printError: (line) => console.error(line),
});
