import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import type { Role } from '../../../auth/session';
import { useT } from '../../../i18n/I18nProvider';
import { common } from '../../../i18n/common';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { messages } from './messages';

export type Change = 'create' | 'grant' | 'revoke' | 'move' | 'disable';
type Account = Schemas['AccountView'];
const ROLES: Role[] = ['asset_manager', 'department_staff', 'finance_approver', 'auditor', 'resident', 'system_admin'];

interface Fields {
  username: string;
  displayName: string;
  roles: Role[];
  role: Role;
  departmentId?: string;
  initialPassword: string;
  reason: string;
}

/** One dialog for every change the administrator makes: its fields follow the change. */
export function AccountDialog(props: {
  change: Change;
  account: Account | null;
  units: { value: string; label: string }[];
  onClose: (changed: boolean) => void;
}) {
  const { change, account, units, onClose } = props;
  const t = useT(messages);
  const tc = useT(common);
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const roleOptions = (roles: Role[]) => roles.map((r) => ({ value: r, label: tc(`role.${r}`) }));
  const held = (account?.roles ?? []) as Role[];
  const username = account?.username ?? '';
  const path = { params: { path: { username } } };

  const send = (v: Fields) => {
    switch (change) {
      case 'create':
        return unwrap(api.POST('/api/accounts', { body: { ...v, departmentId: v.departmentId || undefined } }));
      case 'grant':
        return unwrap(api.POST('/api/accounts/{username}/roles', { ...path, body: { role: v.role } }));
      case 'revoke':
        return unwrap(api.POST('/api/accounts/{username}/role-revocations', { ...path, body: { role: v.role } }));
      case 'move':
        return unwrap(api.POST('/api/accounts/{username}/unit', { ...path, body: { departmentId: v.departmentId ?? '' } }));
      case 'disable':
        return unwrap(api.POST('/api/accounts/{username}/disabling', { ...path, body: { reason: v.reason } }));
    }
  };
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await send(values);
      onClose(true);
    } catch (e: unknown) {
      showFieldErrors(form, e);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t('required') }];
  const title = change === 'create' ? t('create') : `${t(change)} · ${account?.displayName ?? ''}（${username}）`;
  return (
    <Modal
      open
      title={title}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      confirmLoading={busy}
      okText={tc('confirm')}
      cancelText={tc('cancel')}
    >
      <Form<Fields> form={form} layout="vertical" requiredMark={false}>
        {change === 'create' && (
          <>
            <Form.Item label={t('username')} name="username" rules={required}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label={t('displayName')} name="displayName" rules={required}>
              <Input />
            </Form.Item>
            <Form.Item label={t('roles')} name="roles" rules={required}>
              <Select mode="multiple" options={roleOptions(ROLES)} aria-label={t('roles')} />
            </Form.Item>
          </>
        )}
        {(change === 'create' || change === 'move') && (
          <Form.Item label={t('unit')} name="departmentId" rules={change === 'move' ? required : []}>
            <Select showSearch optionFilterProp="label" options={units} allowClear aria-label={t('unit')} />
          </Form.Item>
        )}
        {change === 'create' && (
          <Form.Item label={t('initialPassword')} name="initialPassword" rules={required} extra={t('initialHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {(change === 'grant' || change === 'revoke') && (
          <Form.Item label={t('role')} name="role" rules={required}>
            <Select options={roleOptions(change === 'grant' ? ROLES.filter((r) => !held.includes(r)) : held)} aria-label={t('role')} />
          </Form.Item>
        )}
        {change === 'disable' && (
          <Form.Item label={t('reason')} name="reason" rules={required}>
            <Input />
          </Form.Item>
        )}
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
