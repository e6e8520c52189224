import { ReactNode } from 'react';
import { Button, DatePicker, Form } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useT } from '../../../i18n/I18nProvider';
import { reportWords } from './messages';

export interface Period {
  readonly fromDate: string;
  readonly toDate: string;
}

/** The period filter above a report: China dates, both days included. */
export function PeriodForm({ value, onChange, children }: { value: Period; onChange: (p: Period) => void; children?: ReactNode }) {
  const t = useT(reportWords);
  return (
    <Form
      layout="inline"
      initialValues={{ period: [dayjs(value.fromDate), dayjs(value.toDate)] }}
      onFinish={(v: { period?: [Dayjs | null, Dayjs | null] | null }) => {
        const [from, to] = v.period ?? [];
        if (from && to) onChange({ fromDate: from.format('YYYY-MM-DD'), toDate: to.format('YYYY-MM-DD') });
      }}
      style={{ marginBottom: 16, rowGap: 12 }}
    >
      <Form.Item name="period" label={t('period')}>
        <DatePicker.RangePicker aria-label={t('period')} allowClear={false} />
      </Form.Item>
      {children}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('query')}
        </Button>
      </Form.Item>
    </Form>
  );
}
