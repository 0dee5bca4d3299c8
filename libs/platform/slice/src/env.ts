/**
 * A context's environment, parsed once: its database settings under the one naming rule
 * (`<CONTEXT>_DATABASE_URL`, `<CONTEXT>_DATABASE_POOL_MAX`), `NODE_ENV`, and whatever else the
 * context declares. A malformed value throws with the variable's name; a missing database URL is
 * only an error when the database is first used (on AWS the linked database stands in for it).
 */
import { databaseVariables } from '@tractor/runtime-config';
import { z } from 'zod';

const base = {
  databaseUrl: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  databasePoolMax: z.coerce.number().int().min(1).max(50).default(5),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
};

export type SliceEnv<Extra extends z.ZodRawShape = Record<never, never>> = z.infer<z.ZodObject<typeof base & Extra>>;

export class SliceEnvError extends Error {
  override readonly name = 'SliceEnvError';
}

export function sliceEnv<Extra extends z.ZodRawShape = Record<never, never>>(
  context: string,
  extra: Extra = {} as Extra,
  source: Readonly<Record<string, string | undefined>> = process.env,
): SliceEnv<Extra> {
  const names = databaseVariables(context);
  const variableOf: Record<string, string> = { databaseUrl: names.url, databasePoolMax: names.poolMax };
  const input: Record<string, string | undefined> = { databaseUrl: source[names.url], databasePoolMax: source[names.poolMax], NODE_ENV: source['NODE_ENV'] };
  for (const key of Object.keys(extra)) input[key] = source[key];
  const parsed = z.object({ ...base, ...extra }).safeParse(input);
  if (parsed.success) return parsed.data as SliceEnv<Extra>;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    return `  ${variableOf[key] ?? key}: ${issue.message}`;
  });
  throw new SliceEnvError(`${context}: invalid environment\n${problems.join('\n')}`);
}
