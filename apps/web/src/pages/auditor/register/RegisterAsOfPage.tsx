import { useState } from 'react';
import { Button, DatePicker, Empty, Form, Radio, Table, Typography } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatCount } from '../../../lib/money';
import { todayInChina } from '../../../lib/dates';
import { DepartmentSelect } from '../shared/DepartmentSelect';
import { auditWords } from '../shared/messages';
import { chinaDayEnd } from '../timeline/timeline-filter';
import { messages } from './messages';

type Line = Schemas['RegisterLineView'];
interface Asked {
  departmentId?: string;
  date: string;
  view: 'original' | 'corrected';
}

export default function RegisterAsOfPage() {
  const t = useT(messages);
  const w = useT(auditWords);
  const c = useT(common);
  const departmentName = useDepartmentName();
  const [asked, setAsked] = useState<Asked>({ date: todayInChina(), view: 'original' });
  const register = useApi(async () => {
    if (!asked.departmentId) return null;
    return unwrap(
      api.GET('/api/audit/departments/{departmentId}/register', {
        params: { path: { departmentId: asked.departmentId }, query: { at: chinaDayEnd(asked.date), view: asked.view } },
      }),
    );
  }, [asked]);
  const data = register.data;
  return (
    <>
      <PageHeader title={t('title')} sub={t('sub')} />
      <Form
        layout="inline"
        initialValues={{ date: dayjs(asked.date), view: asked.view }}
        onFinish={(v: { departmentId?: string; date?: Dayjs; view: Asked['view'] }) =>
          setAsked({ departmentId: v.departmentId, date: v.date?.format('YYYY-MM-DD') ?? todayInChina(), view: v.view })
        }
        style={{ marginBottom: 16, rowGap: 12 }}
      >
        <Form.Item name="departmentId" label={w('department')}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="date" label={t('date')}>
          <DatePicker aria-label={t('date')} allowClear={false} />
        </Form.Item>
        <Form.Item name="view" label={w('viewLabel')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'original', label: w('original') },
              { value: 'corrected', label: w('corrected') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('query')}
          </Button>
        </Form.Item>
      </Form>
      <ApiErrorAlert error={register.error} />
      {!asked.departmentId ? (
        <Empty description={t('chooseDepartment')} />
      ) : (
        <>
          {data && (
            <Typography.Paragraph>
              {t('stamp', { department: departmentName(data.departmentId), date: asked.date, view: w(asked.view) })}
            </Typography.Paragraph>
          )}
          <Table<Line>
            rowKey="classCode"
            loading={register.loading}
            pagination={false}
            dataSource={data?.lines ?? []}
            locale={{ emptyText: <Empty description={t('none')} /> }}
            columns={[
              { title: t('classCode'), dataIndex: 'classCode' },
              { title: t('className'), dataIndex: 'className' },
              { title: t('count'), dataIndex: 'count', align: 'right', render: (n: number) => formatCount(n) },
              { title: t('originalValue'), dataIndex: 'originalValueFen', align: 'right', render: (f: number) => <Money fen={f} /> },
              { title: t('netBookValue'), dataIndex: 'netBookValueFen', align: 'right', render: (f: number) => <Money fen={f} /> },
            ]}
            summary={() =>
              data && data.lines.length > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <strong>{c('total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <strong>{formatCount(data.total.count)}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <Money fen={data.total.originalValueFen} strong />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <Money fen={data.total.netBookValueFen} strong />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      )}
    </>
  );
}
