import { useRef, useState } from 'react';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { api } from '../../../api/client';
import { ApiError, showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { descendantsOf, FIELD_OF_CODE, UnitRow } from './org-tree';
import { messages } from './messages';

export type DialogKind = 'create' | 'rename' | 'move' | 'close';
const LEVELS = ['city', 'district', 'department', 'unit'] as const;
const UNIT_TYPES = ['机关', '事业单位', '学校', '医院', '社会团体', '国有企业', '其他'] as const;

interface Values {
  unitId?: string;
  name?: string;
  parentId?: string;
  level?: (typeof LEVELS)[number];
  unitType?: (typeof UNIT_TYPES)[number];
  creditCode?: string;
  financeBureau?: boolean;
  reason?: string;
}

/** One dialog for the four changes; the API's refusal is shown by the field it concerns, nothing is written. */
export function UnitDialog({
  kind,
  unit,
  units,
  onDone,
  onCancel,
}: {
  kind: DialogKind;
  unit: UnitRow | null;
  units: readonly UnitRow[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // One key per opened dialog: a double click or a retry writes once.
  const key = useRef(crypto.randomUUID());
  const blocked = kind === 'move' && unit ? descendantsOf(units, unit.code) : new Set<string>();
  const parents = units
    .filter((u) => !u.closed && u.level !== 'unit' && !blocked.has(u.code))
    .concat(units.filter((u) => !u.closed && u.level === 'unit' && !blocked.has(u.code)))
    .map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  const header = { 'Idempotency-Key': key.current };

  const send = (v: Values) => {
    const code = unit?.code ?? '';
    switch (kind) {
      case 'create':
        return unwrap(
          api.POST('/api/org/units', {
            params: { header },
            body: {
              unitId: v.unitId ?? '',
              name: v.name ?? '',
              parentId: v.parentId ?? null,
              level: v.level ?? 'unit',
              unitType: v.unitType ?? '机关',
              creditCode: (v.creditCode ?? '').toUpperCase(),
              financeBureau: v.financeBureau ?? false,
            },
          }),
        );
      case 'rename':
        return unwrap(
          api.POST('/api/org/units/{unitId}/name', { params: { path: { unitId: code }, header }, body: { name: v.name ?? '' } }),
        );
      case 'move':
        return unwrap(
          api.POST('/api/org/units/{unitId}/parent', { params: { path: { unitId: code }, header }, body: { parentId: v.parentId ?? '' } }),
        );
      case 'close':
        return unwrap(
          api.POST('/api/org/units/{unitId}/closure', { params: { path: { unitId: code }, header }, body: { reason: v.reason ?? '' } }),
        );
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      await send(values);
      onDone();
    } catch (e: unknown) {
      const field = e instanceof ApiError ? (FIELD_OF_CODE[e.code] ?? (e.body.details?.field as string | undefined)) : undefined;
      if (e instanceof ApiError && field && field in form.getFieldsValue(true)) {
        form.setFields([{ name: field as keyof Values, errors: [e.message] }]);
      } else {
        setUnplaced(showFieldErrors(form, e));
        setError(e);
      }
      // A refused key must not stick: the corrected form is a new request.
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  };

  const need = (field: string) => [{ required: true, message: t('required', { field }) }];
  const title = kind === 'create' ? t('createTitle') : t(`${kind}Title`, { name: unit?.name ?? '' });
  return (
    <Modal open title={title} onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={
          kind === 'create' ? { parentId: unit?.code, level: 'unit', unitType: '机关', financeBureau: false } : { name: unit?.name }
        }
      >
        {kind === 'create' && (
          <>
            <Form.Item name="unitId" label={t('code')} rules={need(t('code'))} extra={t('codeRule')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="name" label={t('name')} rules={need(t('name'))}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="parentId" label={t('parent')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents} aria-label={t('parent')} />
            </Form.Item>
            <Form.Item name="level" label={t('level')} rules={need(t('level'))}>
              <Select options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} aria-label={t('level')} />
            </Form.Item>
            <Form.Item name="unitType" label={t('unitType')} rules={need(t('unitType'))}>
              <Select options={UNIT_TYPES.map((u) => ({ value: u, label: u }))} aria-label={t('unitType')} />
            </Form.Item>
            <Form.Item name="creditCode" label={t('creditCode')} rules={need(t('creditCode'))} extra={t('creditRule')}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="financeBureau" valuePropName="checked">
              <Checkbox>{t('financeBureau')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'rename' && (
          <Form.Item name="name" label={t('newName')} rules={need(t('newName'))}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {kind === 'move' && (
          <Form.Item name="parentId" label={t('newParent')} rules={need(t('newParent'))}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={parents} aria-label={t('newParent')} />
          </Form.Item>
        )}
        {kind === 'close' && (
          <Form.Item name="reason" label={t('reason')} rules={need(t('reason'))}>
            <Input.TextArea maxLength={500} rows={3} />
          </Form.Item>
        )}
      </Form>
      <ApiErrorAlert error={error} extra={unplaced} />
    </Modal>
  );
}
