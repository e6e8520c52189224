import { CategoryCatalog } from '@app/assets';
import { Actor } from '@app/shared';
import { deciderSpec } from '@app/shared/testing/decider-spec';
import { demandDecider } from '../../domain/demand.decider';
import { DemandEvent } from '../../domain/warehouse-requests.events';

const staff: Actor = { userId: 'staff-hosp1', role: 'department_staff', departmentId: 'D-HOSP1', displayName: 's' };
const posted: DemandEvent = {
  type: 'demand.posted.v1',
  data: {
    demandId: 'd-1',
    departmentId: 'D-HOSP1',
    categoryCode: 'A05000000',
    quantity: 10,
    purpose: '候诊区座椅',
    neededBy: '2026-12-31',
  },
};

describe('demand square (需求广场)', () => {
  const spec = deciderSpec(demandDecider(CategoryCatalog.standard()));

  it('posts a demand for the actor’s department', () => {
    spec
      .given([])
      .when({
        kind: 'PostDemand',
        actor: staff,
        demandId: 'd-1',
        categoryCode: 'A05000000',
        quantity: 10,
        purpose: '候诊区座椅',
        neededBy: '2026-12-31',
      })
      .then([posted]);
  });

  // Defence in depth: what the demands read model stores is checked whatever the HTTP layer let through.
  it.each([
    ['quantity', 1e30],
    ['purpose', null],
    ['neededBy', '2026-02-30'],
  ])('refuses a demand whose %s is %p', (field, value) => {
    const command = {
      kind: 'PostDemand',
      actor: staff,
      demandId: 'd-1',
      categoryCode: 'A05000000',
      quantity: 10,
      purpose: '座椅',
      neededBy: null,
    };
    spec
      .given([])
      .when({ ...command, [field]: value } as never)
      .thenError('INVALID_REQUEST_FIELD', { field });
  });

  it('closes it once, and only by its department', () => {
    spec
      .given([posted])
      .when({ kind: 'CloseDemand', actor: staff, demandId: 'd-1', reason: '已调剂到位' })
      .then([{ type: 'demand.closed.v1', data: { demandId: 'd-1', reason: '已调剂到位' } }]);
    spec
      .given([posted, { type: 'demand.closed.v1', data: { demandId: 'd-1', reason: 'x' } }])
      .when({ kind: 'CloseDemand', actor: staff, demandId: 'd-1', reason: 'y' })
      .thenError('DEMAND_CLOSED');
    spec
      .given([posted])
      .when({ kind: 'CloseDemand', actor: { ...staff, departmentId: 'D-SCH1' }, demandId: 'd-1', reason: 'y' })
      .thenError('NOT_A_PARTY');
    spec.given([]).when({ kind: 'CloseDemand', actor: staff, demandId: 'd-1', reason: 'y' }).thenError('DEMAND_NOT_FOUND');
  });
});
