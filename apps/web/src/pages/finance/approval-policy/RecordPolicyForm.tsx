import { useRef, useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import { ApiError, showFieldErrors, unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { parseYuanToFen } from '../../../lib/money';
import { useCategories } from '../../staff/components/useCategories';
import { messages } from './messages';

interface Values {
  effectiveFrom?: Dayjs;
  threshold?: string;
  /** 处置: empty means the finance bureau approves every disposal. */
  disposalThreshold?: string;
  crossingNeedsFinanceApproval: boolean;
  financeApprovalCategories?: string[];
  reason?: string;
}

/** The API's field names → this form's (the amount is typed in 元 here, sent in 分). */
const FORM_FIELD: Record<string, keyof Values> = {
  financeApprovalAboveFen: 'threshold',
  disposalFinanceApprovalAboveFen: 'disposalThreshold',
};

/** 登记新规则: a finance approver records the next policy; a refusal is shown by its field and nothing is written. */
export function RecordPolicyForm({ onRecorded }: { onRecorded: (version: number | null, date: string) => void }) {
  const t = useT(messages);
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    const effectiveFrom = v.effectiveFrom?.format('YYYY-MM-DD') ?? '';
    try {
      const result = await unwrap(
        api.POST('/api/approval-policies', {
          params: { header: { 'Idempotency-Key': key.current } },
          body: {
            effectiveFrom,
            financeApprovalAboveFen: parseYuanToFen(v.threshold ?? '') ?? -1,
            crossingNeedsFinanceApproval: v.crossingNeedsFinanceApproval,
            financeApprovalCategories: v.financeApprovalCategories ?? [],
            ...(v.disposalThreshold ? { disposalFinanceApprovalAboveFen: parseYuanToFen(v.disposalThreshold) ?? -1 } : {}),
            reason: v.reason ?? '',
          },
        }),
      );
      key.current = crypto.randomUUID();
      form.resetFields();
      onRecorded(result.version, effectiveFrom);
    } catch (e: unknown) {
      key.current = crypto.randomUUID();
      const field = e instanceof ApiError ? (e.body.details?.field as string | undefined) : undefined;
      if (e instanceof ApiError && field) {
        form.setFields([{ name: FORM_FIELD[field] ?? (field as keyof Values), errors: [e.message] }]);
      } else {
        const renamed =
          e instanceof ApiError
            ? new ApiError({ ...e.body, fields: e.fields.map((f) => ({ ...f, field: FORM_FIELD[f.field] ?? f.field })) })
            : e;
        setUnplaced(showFieldErrors(form, renamed));
        if (!(e instanceof ApiError) || e.fields.length === 0) setError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  const need = (field: string) => [{ required: true, message: t('required', { field }) }];
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ crossingNeedsFinanceApproval: true }} onFinish={(v) => void submit(v)}>
      <Typography.Paragraph type="secondary">{t('recordHint')}</Typography.Paragraph>
      <Form.Item name="effectiveFrom" label={t('effectiveFrom')} rules={need(t('effectiveFrom'))}>
        <DatePicker aria-label={t('effectiveFrom')} />
      </Form.Item>
      <Form.Item
        name="threshold"
        label={t('threshold')}
        extra={t('thresholdHint')}
        rules={[
          ...need(t('threshold')),
          {
            validator: (_, value: string) =>
              !value || parseYuanToFen(value) !== null ? Promise.resolve() : Promise.reject(new Error(t('badAmount'))),
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item
        name="disposalThreshold"
        label={t('disposalThreshold')}
        extra={t('disposalThresholdHint')}
        rules={[
          {
            validator: (_, value: string) =>
              !value || parseYuanToFen(value) !== null ? Promise.resolve() : Promise.reject(new Error(t('badAmount'))),
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item name="crossingNeedsFinanceApproval" label={t('crossing')} valuePropName="checked">
        <Switch checkedChildren={t('crossingApproval')} unCheckedChildren={t('crossingFiling')} aria-label={t('crossing')} />
      </Form.Item>
      <Form.Item name="financeApprovalCategories" label={t('categories')}>
        <Select
          mode="multiple"
          aria-label={t('categories')}
          loading={categories.loading}
          options={categories.all.filter((c) => c.level !== 'detail').map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={need(t('reason'))}>
        <Input maxLength={500} />
      </Form.Item>
      <ApiErrorAlert error={error} extra={unplaced} />
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 8 }}>
        {t('submit')}
      </Button>
    </Form>
  );
}
