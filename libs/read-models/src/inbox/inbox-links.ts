/** The web route that shows each object (apps/web page registry paths): the inbox item's click-through. */
export const inboxLinks = {
  claims: () => '/manager/claims',
  transfers: () => '/manager/transfers',
  approvals: () => '/approvals',
  market: () => '/market',
  stocktake: (stocktakeId: string) => `/manager/stocktakes/${encodeURIComponent(stocktakeId)}`,
  space: (spaceId: string) => `/spaces/${encodeURIComponent(spaceId)}`,
  residentBookings: () => '/resident/bookings',
  allocations: () => '/space-allocations',
  allocationApprovals: () => '/space-allocations/approvals',
};
