import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { DraftDay } from './calendar-draft';
import { messages } from './messages';

interface Values {
  date?: Dayjs | null;
  kind?: DraftDay['kind'];
  name?: string;
}

/** Puts one day in the draft (a date already there is replaced); `editing` fills the fields with a listed day. */
export function DayEditor({ year, editing, onPut }: { year: number; editing: DraftDay | null; onPut: (day: DraftDay) => void }) {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (editing) form.setFieldsValue({ date: dayjs(editing.date), kind: editing.kind, name: editing.name ?? '' });
  }, [editing, form]);
  const put = (v: Values) => {
    if (!v.date || !v.kind) return;
    onPut({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name?.trim() ? v.name.trim() : null });
    form.resetFields();
  };
  return (
    <Form form={form} layout="inline" onFinish={put} style={{ rowGap: 8, marginBottom: 16 }} aria-label={t('addDay')}>
      <Form.Item
        name="date"
        label={t('date')}
        htmlFor="calendar-day-date"
        rules={[
          { required: true, message: t('required') },
          {
            validator: (_, d?: Dayjs | null) =>
              !d || d.year() === year ? Promise.resolve() : Promise.reject(new Error(t('outsideYear', { year }))),
          },
        ]}
      >
        <DatePicker id="calendar-day-date" format="YYYY-MM-DD" defaultPickerValue={dayjs(`${year}-01-01`)} />
      </Form.Item>
      <Form.Item name="kind" label={t('kind')} htmlFor="calendar-day-kind" initialValue="holiday" rules={[{ required: true }]}>
        <Select
          id="calendar-day-kind"
          style={{ width: 120 }}
          options={[
            { value: 'holiday', label: t('kind.holiday') },
            { value: 'workday', label: t('kind.workday') },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={t('name')} htmlFor="calendar-day-name">
        <Input id="calendar-day-name" maxLength={50} placeholder={t('nameHint')} style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" style={{ minHeight: 44 }}>
        {t('add')}
      </Button>
    </Form>
  );
}
