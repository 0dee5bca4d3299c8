/**
 * Where each suite's JSON report goes, and how to read the journeys recorded in it (journey.ts).
 * The fitness checks read these after the suites ran, so they judge what the browser really did.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeyAttachment } from './journey';
import type { E2eMode } from './shop-config';

export interface RecordedJourney {
  /** The test's title path: file, describe blocks, title. */
  readonly test: string;
  readonly pages: readonly string[];
  readonly requests: readonly string[];
  readonly events: readonly string[];
}

/** The report file, relative to the suite's Playwright config. */
export function journeyReportFile(mode: E2eMode): string {
  return join('journeys', `${mode}.json`);
}

interface ReportNode {
  title?: string;
  suites?: ReportNode[];
  specs?: ReportNode[];
  tests?: { results?: { attachments?: { name: string; body?: string }[] }[] }[];
}

function collect(node: ReportNode, titles: string[], into: RecordedJourney[]): void {
  const path = node.title ? [...titles, node.title] : titles;
  for (const child of [...(node.suites ?? []), ...(node.specs ?? [])]) collect(child, path, into);
  for (const test of node.tests ?? []) {
    for (const result of test.results ?? []) {
      for (const attachment of result.attachments ?? []) {
        if (attachment.name !== journeyAttachment || !attachment.body) continue;
        const recorded = JSON.parse(Buffer.from(attachment.body, 'base64').toString('utf8')) as Omit<RecordedJourney, 'test'>;
        into.push({ test: path.join(' › '), ...recorded });
      }
    }
  }
}

/** Every journey in a suite's report; throws when the suite has not run (run its e2e target first). */
export function readJourneys(suiteDir: string, mode: E2eMode = 'start'): RecordedJourney[] {
  const file = join(suiteDir, journeyReportFile(mode));
  if (!existsSync(file)) throw new Error(`no journey report at ${file}: run the suite first`);
  const journeys: RecordedJourney[] = [];
  collect(JSON.parse(readFileSync(file, 'utf8')) as ReportNode, [], journeys);
  return journeys;
}
