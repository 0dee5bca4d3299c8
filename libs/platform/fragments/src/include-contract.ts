import { fragments, type FragmentId, type FragmentQuery } from '@tractor/contracts';
import { includeFragment, type IncludeOptions, type IncludeResult } from './include-fragment';

export type ContractIncludeOptions<F extends FragmentId> = Omit<IncludeOptions, 'context' | 'name' | 'personal' | 'query'> & {
  readonly query?: FragmentQuery<F>;
};

/**
 * Includes a fragment declared in the contracts: owner, name and whether it is personal come from
 * the declaration, so a consumer cannot forward cookies to a public fragment or cache a personal one.
 */
export function include<F extends FragmentId>(id: F, options: ContractIncludeOptions<F>): Promise<IncludeResult> {
  const { context, name, personal } = fragments[id];
  return includeFragment({ ...options, context, name, personal });
}
