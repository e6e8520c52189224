import { useState } from 'react';
import { Button, Card, Table, Tabs, Tag } from 'antd';
import { Link } from 'react-router';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { useSession } from '../../../auth/AuthProvider';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { messages } from './messages';
import { ReturnDialog } from './ReturnDialog';

type Loan = Schemas['LoanView'];
type State = 'open' | 'overdue' | 'returned';

/**
 * 借用管理: what my unit has lent or borrowed, the overdue ones first among those still out, and the
 * lender's "登记归还". Overdue is judged by the server's date (Asia/Shanghai), not the browser's.
 */
export default function LoansPage() {
  const t = useT(messages);
  const dept = useDepartmentName();
  const mine = useSession()?.actor.departmentId;
  const [state, setState] = useState<State>('open');
  const [tick, setTick] = useState(0);
  const [returning, setReturning] = useState<Loan | null>(null);
  const loans = useApi(() => unwrap(api.GET('/api/loans', { params: { query: { state } } })), [state, tick]);
  const stateTag = (loan: Loan) =>
    loan.state === 'overdue' ? (
      <Tag color="red">{t('overdue')}</Tag>
    ) : loan.state === 'returned' ? (
      <Tag>{loan.daysOverdue ? t('daysLate', { n: loan.daysOverdue }) : t('onTime')}</Tag>
    ) : (
      <Tag color="blue">{t('open')}</Tag>
    );
  const columns = [
    {
      title: t('asset'),
      key: 'asset',
      render: (_: unknown, l: Loan) =>
        l.lenderDepartmentId === mine ? (
          <Link to={`/manager/assets/${l.assetId}`}>
            {l.assetName}（{l.assetNo}）
          </Link>
        ) : (
          `${l.assetName}（${l.assetNo}）`
        ),
    },
    { title: t('lender'), key: 'lender', render: (_: unknown, l: Loan) => dept(l.lenderDepartmentId) },
    { title: t('borrowerUnit'), key: 'borrowerUnit', render: (_: unknown, l: Loan) => dept(l.borrowerDepartmentId) },
    { title: t('borrower'), dataIndex: 'borrower', key: 'borrower' },
    { title: t('lentOn'), dataIndex: 'lentOn', key: 'lentOn' },
    { title: t('dueOn'), dataIndex: 'dueOn', key: 'dueOn' },
    ...(state === 'returned' ? [{ title: t('returnedOn'), dataIndex: 'returnedOn', key: 'returnedOn' }] : []),
    { title: t('state'), key: 'state', render: (_: unknown, l: Loan) => stateTag(l) },
    {
      title: '',
      key: 'action',
      render: (_: unknown, l: Loan) =>
        l.state !== 'returned' && l.lenderDepartmentId === mine ? (
          <Button size="small" onClick={() => setReturning(l)}>
            {t('giveBack')}
          </Button>
        ) : null,
    },
  ];
  const table = (
    <Table<Loan>
      rowKey="loanId"
      size="small"
      scroll={{ x: 'max-content' }}
      loading={loans.loading}
      dataSource={loans.data ?? []}
      columns={columns}
      locale={{ emptyText: t('empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  );
  return (
    <>
      <PageHeader title={t('title')} />
      <ApiErrorAlert error={loans.error} />
      <Card>
        <Tabs
          activeKey={state}
          onChange={(k) => setState(k as State)}
          items={(['open', 'overdue', 'returned'] as const).map((key) => ({ key, label: t(key), children: key === state ? table : null }))}
        />
      </Card>
      <ReturnDialog
        loan={returning}
        onClose={() => setReturning(null)}
        onDone={() => {
          setReturning(null);
          setTick((n) => n + 1);
        }}
      />
    </>
  );
}
