import { Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { todayInChina } from '../../../lib/dates';
import { spaceNeedWords } from '../messages';

type Allocation = Schemas['SpaceAllocationView'];

/** 确认交接 by the receiving unit: the day it took the space over (not after today) and a note. */
export function HandoverDialog({
  allocation,
  onClose,
  onDone,
}: {
  allocation: Allocation | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT(spaceNeedWords);
  const submit = (v: { since: string; note?: string }) =>
    unwrap(
      api.POST('/api/space-allocations/{allocationId}/handover', {
        params: { path: { allocationId: allocation?.allocationId ?? '' } },
        body: { since: v.since, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
      }),
    );
  return (
    <FormDialog
      open={allocation !== null}
      title={t('handoverTitle', { name: allocation ? `${allocation.propertyNo} ${allocation.propertyName}` : '' })}
      okText={t('handover')}
      intro={<p>{t('handoverIntro')}</p>}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="since" label={t('since')} initialValue={todayInChina()} rules={[{ required: true, message: t('required') }]}>
        <Input type="date" max={todayInChina()} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
