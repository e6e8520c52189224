import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { PageHeader } from '../../../layout/PageHeader';
import { formatDateTime } from '../../../lib/dates';
import { AllocationSteps } from '../allocations/AllocationSteps';
import { AllocationStatusKey, spaceNeedWords, sqm, UseKey } from '../messages';

type Allocation = Schemas['SpaceAllocationView'];

/** 调配审批: allocations whose step waits for me (主管部门审核 or 财政审批), approved or rejected with a reason. */
export default function AllocationApprovalsPage() {
  const t = useT(spaceNeedWords);
  const { message } = App.useApp();
  const unitName = useDepartmentName();
  const [deciding, setDeciding] = useState<{ allocation: Allocation; approve: boolean } | null>(null);
  const list = useApi(() => unwrap(api.GET('/api/space-allocations/awaiting-me', {})), []);
  return (
    <>
      <PageHeader title={t('approvalsTitle')} sub={t('approvalsSub')} />
      <ApiErrorAlert error={list.error} />
      <List<Allocation>
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: <Empty description={t('approvalsEmpty')} /> }}
        renderItem={(a) => (
          <List.Item>
            <Card
              style={{ width: '100%' }}
              data-testid="allocation-card"
              title={`${a.propertyNo} ${a.propertyName}`}
              extra={<Tag>{t(`astatus.${a.status as AllocationStatusKey}`)}</Tag>}
            >
              <Typography.Paragraph>
                {t('need')}：{a.needTitle}
                <br />
                {t(`use.${a.propertyUse as UseKey}`)} · {sqm(a.grossAreaSqm)}
                <br />
                {t('from')}：{unitName(a.fromUnitId)} → {t('to')}：{unitName(a.toDepartmentId)}
                <br />
                {t('startedAt')}：{formatDateTime(a.startedAt)}
              </Typography.Paragraph>
              <AllocationSteps steps={a.steps} />
              <Space wrap>
                <Button type="primary" style={{ minHeight: 44 }} onClick={() => setDeciding({ allocation: a, approve: true })}>
                  {t('approve')}
                </Button>
                <Button danger style={{ minHeight: 44 }} onClick={() => setDeciding({ allocation: a, approve: false })}>
                  {t('reject')}
                </Button>
              </Space>
            </Card>
          </List.Item>
        )}
      />
      <FormDialog<{ comment?: string }, Schemas['SpaceNeedCommandResult']>
        open={deciding !== null}
        title={deciding ? `${deciding.approve ? t('approve') : t('reject')}：${deciding.allocation.propertyNo}` : ''}
        okText={deciding?.approve ? t('approve') : t('reject')}
        onClose={() => setDeciding(null)}
        submit={(v) =>
          unwrap(
            api.POST('/api/space-allocations/{allocationId}/decision', {
              params: { path: { allocationId: deciding?.allocation.allocationId ?? '' } },
              body: { approve: deciding?.approve ?? false, ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}) },
            }),
          )
        }
        onDone={() => {
          void message.success(deciding?.approve ? t('approved') : t('rejected'));
          setDeciding(null);
          list.reload();
        }}
      >
        <Form.Item
          name="comment"
          label={deciding?.approve ? t('comment') : t('rejectReason')}
          rules={deciding?.approve ? [] : [{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
