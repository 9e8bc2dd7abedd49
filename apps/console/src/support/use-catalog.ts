import { type BudgetView, type FundingSourceView, support, type SupportTypeView } from '../api/support';
import type { Api } from '../api/api-client';
import { useApi } from '../api/use-api';
import { type Resource, useResource } from '../api/use-resource';

export interface FundedBudget extends BudgetView {
  source: FundingSourceView;
}

/** What support can be given and who pays for it: the node's support types and every budget with its funding source. */
export interface Catalog {
  types: SupportTypeView[];
  sources: FundingSourceView[];
  budgets: FundedBudget[];
}

async function loadCatalog(api: Api): Promise<Catalog> {
  const [types, sources] = await Promise.all([support.supportTypes(api), support.fundingSources(api)]);
  const perSource = await Promise.all(sources.map(async (source) => (await support.budgets(api, source.id)).map((budget) => ({ ...budget, source }))));
  return { types, sources, budgets: perSource.flat() };
}

export function useCatalog(): Resource<Catalog> {
  const api = useApi();
  return useResource('support-catalog', () => loadCatalog(api));
}
