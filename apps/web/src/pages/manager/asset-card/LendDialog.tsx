import { Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useT } from '../../../i18n/I18nProvider';
import { ActionDialog } from './ActionDialog';
import type { Asset } from './load-card';
import { messages } from './messages';

interface Values {
  borrowerDepartmentId: string;
  borrower: string;
  purpose: string;
  dueOn: string;
}

/** 借出: to another unit, a person there who answers for it, what for, and until when (at most a year). */
export function LendDialog({
  asset,
  open,
  onClose,
  onDone,
}: {
  asset: Asset;
  open: boolean;
  onClose: () => void;
  onDone: (r: string) => void;
}) {
  const t = useT(messages);
  const units = useApi(() => unwrap(api.GET('/api/departments')), []);
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/assets/{assetId}/loans', {
        params: { path: { assetId: asset.assetId } },
        body: {
          borrowerDepartmentId: v.borrowerDepartmentId,
          borrower: v.borrower.trim(),
          purpose: v.purpose.trim(),
          dueOn: v.dueOn,
        },
      }),
    );
  const today = dayjs().startOf('day');
  return (
    <ActionDialog<Values>
      title={t('lend')}
      okText={t('lend')}
      open={open}
      draftKey={`lend-${asset.assetId}`}
      initialValues={{}}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="borrowerDepartmentId" label={t('borrowerUnit')} rules={[{ required: true, message: t('borrowerUnitRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.loading}
          options={(units.data ?? [])
            .filter((d) => d.code !== asset.departmentId)
            .map((d) => ({ value: d.code, label: `${d.name}（${d.code}）` }))}
        />
      </Form.Item>
      <Form.Item name="borrower" label={t('borrower')} rules={[{ required: true, whitespace: true, message: t('borrowerRequired') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true, whitespace: true, message: t('purposeRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('dueOn')} extra={t('dueOnHelp')} rules={[{ required: true, message: t('dueOnRequired') }]}>
        <Input type="date" min={today.add(1, 'day').format('YYYY-MM-DD')} max={today.add(365, 'day').format('YYYY-MM-DD')} />
      </Form.Item>
    </ActionDialog>
  );
}
