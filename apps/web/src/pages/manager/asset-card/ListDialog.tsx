import { Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { chinaInstant, todayInChina } from '../../../lib/dates';
import { ActionDialog } from './ActionDialog';
import type { Asset } from './load-card';
import { messages } from './messages';
import { PhotoUpload } from './PhotoUpload';

type Body = Schemas['ListAssetRequestDto'];
interface Values {
  description: string;
  condition: Body['condition'];
  pickupLocation: string;
  /** YYYY-MM-DD, China time; the listing runs to the end of that day */
  advertiseUntil: string;
  photoIds?: string[];
  claimMode: Body['claimMode'];
}
const CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'] as const;

/** 闲置入仓: declare the asset idle and list it in the warehouse, with photos. */
export function ListDialog({
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
  const tc = useT(common);
  const initial: Partial<Values> = {
    condition: asset.condition as Body['condition'],
    pickupLocation: asset.location,
    advertiseUntil: dayjs(todayInChina()).add(30, 'day').format('YYYY-MM-DD'),
    photoIds: [],
    claimMode: 'manager_picks',
  };
  const submit = (v: Values) =>
    unwrap(
      api.POST('/api/assets/{assetId}/listing', {
        params: { path: { assetId: asset.assetId } },
        body: {
          description: v.description,
          condition: v.condition,
          pickupLocation: v.pickupLocation,
          claimMode: v.claimMode,
          advertiseUntil: chinaInstant(v.advertiseUntil, '23:59'),
          photoIds: v.photoIds?.length ? v.photoIds : undefined,
        },
      }),
    );
  return (
    <ActionDialog<Values>
      title={t('list')}
      open={open}
      draftKey={`list-${asset.assetId}`}
      initialValues={initial}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item name="description" label={t('description')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="condition" label={t('condition')} rules={[{ required: true }]}>
        <Select options={CONDITIONS.map((c) => ({ value: c, label: tc(`condition.${c}`) }))} />
      </Form.Item>
      <Form.Item name="pickupLocation" label={t('pickupLocation')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="claimMode" label={t('claimMode')}>
        <Select
          options={[
            { value: 'manager_picks', label: t('claimMode.manager_picks') },
            { value: 'first_come', label: t('claimMode.first_come') },
          ]}
        />
      </Form.Item>
      <Form.Item name="advertiseUntil" label={t('advertiseUntil')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="photoIds" label={t('photos')} extra={t('photoHint')}>
        <PhotoUpload label={t('upload')} />
      </Form.Item>
    </ActionDialog>
  );
}
