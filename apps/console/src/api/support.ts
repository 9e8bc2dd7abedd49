import type { Api } from './api-client';
import type { Page } from './intake';

export const ENTITLEMENT_STATUSES = ['pending-approval', 'approved', 'rejected', 'ended'] as const;
export type EntitlementStatus = (typeof ENTITLEMENT_STATUSES)[number];

export const END_REASONS = ['period-ended', 'cap-reached', 'training-ended', 'revoked'] as const;
export type EndReason = (typeof END_REASONS)[number];

export interface SupportTypeView {
  id: string;
  code: string;
  kind: string;
  name: string;
  unit: string;
  unitCostMinor: number;
  currency: string;
}

export interface FundingSourceView {
  id: string;
  kind: string;
  name: string;
}

export interface BudgetView {
  id: string;
  fundingSourceId: string;
  periodFrom: string;
  periodTo: string;
  amountMinor: number;
  currency: string;
  committedMinor: number;
  spentMinor: number;
  availableMinor: number;
}

export interface EntitlementInput {
  participantId: string;
  supportTypeId: string;
  budgetId: string;
  periodFrom: string;
  periodTo: string;
  capMinor: number;
  capUnits?: number;
  reason: string;
}

export interface EntitlementView extends Omit<EntitlementInput, 'capUnits' | 'reason'> {
  id: string;
  capUnits: number | null;
  currency: string;
  status: EntitlementStatus;
  reason?: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  endedOn: string | null;
  endReason: EndReason | null;
}

export interface DeliveryInput {
  date: string;
  units: number;
  amountMinor?: number;
  provider: string;
  note?: string;
}

export interface DeliveryView extends Omit<DeliveryInput, 'amountMinor' | 'note'> {
  id: string;
  amountMinor: number;
  /** Social workers only, as is the provider. */
  note?: string | null;
  currency: string;
  recordedBy: string;
  recordedAt: string;
}

export interface StipendView {
  id: string;
  month: string;
  present: number;
  absent: number;
  excused: number;
  attendanceRate: number | null;
  outcome: string;
  amountMinor: number;
}

export interface StatementLine {
  date: string;
  participantId: string;
  entitlementId: string;
  supportType: string;
  supportTypeName: string;
  units: number;
  amountMinor: number;
  currency: string;
  fundingSource: string;
}

export interface Statement {
  month: string;
  lines: StatementLine[];
  /** Minor units per currency. */
  totals: Record<string, number>;
}

/** Whose support a statement sums up. */
export type StatementOf = { participantId: string } | { fundingSourceId: string };

export const support = {
  entitlements: (api: Api, page: number, status?: EntitlementStatus) =>
    api.get<Page<EntitlementView>>('support', `/entitlements/list?${new URLSearchParams({ page: String(page), pageSize: '20', ...(status ? { status } : {}) }).toString()}`),
  entitlement: (api: Api, id: string) => api.get<EntitlementView>('support', `/entitlements/${id}`),
  request: (api: Api, input: EntitlementInput) => api.send<EntitlementView>('POST', 'support', '/entitlements', input),
  approve: (api: Api, id: string) => api.send<EntitlementView>('POST', 'support', `/entitlements/${id}/approval`),
  reject: (api: Api, id: string) => api.send<EntitlementView>('POST', 'support', `/entitlements/${id}/rejection`),
  end: (api: Api, id: string, input: { endedOn: string; reason: EndReason }) => api.send<EntitlementView>('POST', 'support', `/entitlements/${id}/end`, input),
  deliveries: (api: Api, id: string) => api.get<DeliveryView[]>('support', `/entitlements/${id}/deliveries`),
  logDelivery: (api: Api, id: string, input: DeliveryInput) => api.send<DeliveryView>('POST', 'support', `/entitlements/${id}/deliveries`, input),
  stipends: (api: Api, id: string) => api.get<StipendView[]>('support', `/entitlements/${id}/stipends`),
  supportTypes: (api: Api) => api.get<SupportTypeView[]>('support', '/support-types'),
  fundingSources: (api: Api) => api.get<FundingSourceView[]>('support', '/funding-sources'),
  budgets: (api: Api, fundingSourceId: string) => api.get<BudgetView[]>('support', `/funding-sources/${fundingSourceId}/budgets`),
  budget: (api: Api, id: string) => api.get<BudgetView>('support', `/budgets/${id}`),
  statement: (api: Api, of: StatementOf, month: string) =>
    api.get<Statement>(
      'support',
      'participantId' in of ? `/participants/${of.participantId}/statement?month=${month}` : `/funding-sources/${of.fundingSourceId}/statement?month=${month}`,
    ),
};
