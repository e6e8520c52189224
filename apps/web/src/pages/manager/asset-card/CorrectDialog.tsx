import { Form, Input, InputNumber, Select, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatFen, parseYuanToFen } from '../../../lib/money';
import { ActionDialog } from './ActionDialog';
import type { Asset } from './load-card';
import { messages } from './messages';

type Body = Schemas['CorrectAssetRequestDto'];
interface Values {
  name: string;
  custodian: string;
  location: string;
  acquiredOn: string;
  originalValueFen: string;
  accumulatedDepreciationFen: string;
  quantity: number;
  unit: string;
  condition: Asset['condition'];
  brand?: string;
  specification?: string;
  reason: string;
}
const CONDITIONS = ['new', 'good', 'fair', 'poor', 'unusable'] as const;
const yuan = (fen: number) => formatFen(fen).replace(/[¥,]/g, '');

/** 更正: only the fields that differ from the card are sent, with the reason; the card's revision guards against a change made meanwhile. */
export function CorrectDialog({
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
  const initial: Values = {
    name: asset.name,
    custodian: asset.custodian,
    location: asset.location,
    acquiredOn: asset.acquiredOn,
    originalValueFen: yuan(asset.originalValueFen),
    // The correction sets the typed opening; the ledger's charges stay as they are.
    accumulatedDepreciationFen: yuan(asset.openingDepreciationFen),
    quantity: asset.quantity,
    unit: asset.unit,
    condition: asset.condition,
    brand: asset.brand ?? undefined,
    specification: asset.specification ?? undefined,
    reason: '',
  };
  const submit = async (v: Values) => {
    const body: Body = { reason: v.reason };
    const text = ['name', 'custodian', 'location', 'acquiredOn', 'unit', 'brand', 'specification'] as const;
    for (const k of text) if ((v[k] ?? '') !== (initial[k] ?? '')) body[k] = v[k];
    if (v.quantity !== initial.quantity) body.quantity = v.quantity;
    if (v.condition !== initial.condition) body.condition = v.condition as Body['condition'];
    if (v.originalValueFen !== initial.originalValueFen) body.originalValueFen = parseYuanToFen(v.originalValueFen) ?? -1;
    if (v.accumulatedDepreciationFen !== initial.accumulatedDepreciationFen)
      body.accumulatedDepreciationFen = parseYuanToFen(v.accumulatedDepreciationFen) ?? -1;
    if (Object.keys(body).length === 1) throw new Error(t('nothingChanged'));
    return unwrap(
      api.POST('/api/assets/{assetId}/corrections', {
        params: { path: { assetId: asset.assetId }, header: { 'If-Match': `"${asset.revision}"` } },
        body,
      }),
    );
  };
  const amount = {
    validator: (_: unknown, v?: string) => (!v || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error('¥'))),
  };
  return (
    <ActionDialog<Values>
      title={t('correct')}
      open={open}
      draftKey={`correct-${asset.assetId}`}
      initialValues={initial}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">{t('correctHelp')}</Typography.Paragraph>
      <Form.Item name="name" label={t('name')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="custodian" label={t('custodian')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="location" label={t('location')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="acquiredOn" label={t('acquiredOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="originalValueFen" label={`${t('originalValue')}（元）`} rules={[{ required: true }, amount]}>
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item name="accumulatedDepreciationFen" label={`${t('depreciation')}（元）`} rules={[amount]}>
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item name="quantity" label={t('quantity')}>
        <InputNumber min={1} precision={0} />
      </Form.Item>
      <Form.Item name="unit" label="计量单位 / Unit">
        <Input />
      </Form.Item>
      <Form.Item name="condition" label={t('condition')}>
        <Select options={CONDITIONS.map((c) => ({ value: c, label: tc(`condition.${c}`) }))} />
      </Form.Item>
      <Form.Item name="brand" label={t('brand')}>
        <Input />
      </Form.Item>
      <Form.Item name="specification" label={t('specification')}>
        <Input />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ActionDialog>
  );
}
