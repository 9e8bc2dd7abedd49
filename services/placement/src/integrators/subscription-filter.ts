import type { PlacementType } from '@tandem/contracts';

/** Narrows a subscription to some placements; an absent part matches every placement. */
export interface SubscriptionFilter {
  types?: PlacementType[];
  /** ISCO-08 digits the placement's occupation starts with: `72` is metal and machinery trades. */
  occupationPrefix?: string;
}

export interface FilteredPlacement {
  type: PlacementType;
  occupation: string;
}

export function matches(filter: SubscriptionFilter, placement: FilteredPlacement): boolean {
  if (filter.types && !filter.types.includes(placement.type)) return false;
  return !filter.occupationPrefix || placement.occupation.startsWith(filter.occupationPrefix);
}
