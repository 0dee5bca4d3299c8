/** How a BFF call ended, for assertions: the error's code (`NOT_FOUND`, `BAD_REQUEST`, …) or `resolved`. */
export function failureCode(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error)),
  );
}
