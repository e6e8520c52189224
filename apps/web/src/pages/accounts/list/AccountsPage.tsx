import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import type { Role } from '../../../auth/session';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { formatDateTime } from '../../../lib/dates';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { AccountDialog, Change } from './AccountDialog';
import { messages } from './messages';

type Account = Schemas['AccountView'];
/** Text on tint ≥ 4.5:1 (antd's preset green and orange tags are below AA). */
const GREEN = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const ORANGE = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' };

/** 账号管理: every account with its roles, unit and state; each change through a dialog, recorded with who made it. */
export default function AccountsPage() {
  const t = useT(messages);
  const tc = useT(common);
  const [version, setVersion] = useState(0);
  const accounts = useApi(() => unwrap(api.GET('/api/accounts')), [version]);
  const units = useApi(() => unwrap(api.GET('/api/departments')), []);
  const [open, setOpen] = useState<{ change: Change; account: Account | null } | null>(null);
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.code, label: `${u.name}（${u.code}）` }));
  const unitName = (code: string | null) => (code ? ((units.data ?? []).find((u) => u.code === code)?.name ?? code) : '—');
  const action = (change: Change, account: Account) => (
    <Button size="small" onClick={() => setOpen({ change, account })} aria-label={`${t(change)} ${account.username}`}>
      {t(change)}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('title')}
        sub={t('sub')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ change: 'create', account: null })}>
            {t('create')}
          </Button>
        }
      />
      <ApiErrorAlert error={accounts.error ?? units.error} />
      <ScrollRegion label={t('title')}>
        <Table<Account>
          rowKey="username"
          loading={accounts.loading}
          dataSource={accounts.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('username'), dataIndex: 'username' },
            { title: t('displayName'), dataIndex: 'displayName' },
            {
              title: t('roles'),
              render: (_, a) => a.roles.map((r) => <Tag key={r}>{tc(`role.${r as Role}`)}</Tag>),
            },
            { title: t('unit'), render: (_, a) => unitName(a.departmentId) },
            {
              title: t('state'),
              render: (_, a) => (
                <Space size={4} wrap>
                  {a.disabled ? <Tag>{t('disabled')}</Tag> : <Tag style={GREEN}>{t('active')}</Tag>}
                  {a.mustChangePassword && !a.disabled && <Tag style={ORANGE}>{t('mustChange')}</Tag>}
                  {a.lockedUntil && new Date(a.lockedUntil) > new Date() && (
                    <Typography.Text type="danger">{t('locked', { time: formatDateTime(a.lockedUntil) })}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: tc('actions'),
              render: (_, a) =>
                a.disabled ? null : (
                  <Space size={4} wrap>
                    {action('grant', a)}
                    {a.roles.length > 1 && action('revoke', a)}
                    {action('move', a)}
                    {action('disable', a)}
                  </Space>
                ),
            },
          ]}
        />
      </ScrollRegion>
      {open && (
        <AccountDialog
          change={open.change}
          account={open.account}
          units={unitOptions}
          onClose={(changed) => {
            setOpen(null);
            if (changed) setVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}
