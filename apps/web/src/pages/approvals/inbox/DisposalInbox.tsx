import { useRef, useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Modal, Row, Spin, Tag, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { showFieldErrors, unwrap } from '../../../api/errors';
import { useApi } from '../../../api/useApi';
import { useDepartmentName } from '../../../app/departments';
import { Money } from '../../../components/Money';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { DisposalSteps } from '../../manager/disposals/DisposalSteps';
import { DisposalKindKey, disposalWords } from '../../manager/disposals/messages';

type Disposal = Schemas['DisposalView'];
interface Decision {
  readonly disposal: Disposal;
  readonly approve: boolean;
}

/** 处置审批: disposal requests whose step waits for me (主管部门审核 or 财政审批), longest waiting first. */
export function DisposalInbox() {
  const t = useT(disposalWords);
  const { message } = App.useApp();
  const [reload, setReload] = useState(0);
  const [decision, setDecision] = useState<Decision | null>(null);
  const list = useApi(() => unwrap(api.GET('/api/disposals/awaiting-me', {})), [reload]);
  const items = list.data ?? [];
  return (
    <>
      <ApiErrorAlert error={list.error} />
      {list.loading && <Spin />}
      {!list.loading && items.length === 0 && !list.error && <Empty description={t('inboxEmpty')} />}
      <Flex vertical gap={16} role="list" aria-label={t('inboxTab')}>
        {items.map((d) => (
          <DisposalItem key={d.disposalId} disposal={d} onDecide={(approve) => setDecision({ disposal: d, approve })} />
        ))}
      </Flex>
      <DisposalDecisionDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(d) => {
          void message.success(t(d.approve ? 'approve' : 'reject'));
          setDecision(null);
          setReload((n) => n + 1);
        }}
      />
    </>
  );
}

function DisposalItem({ disposal: d, onDecide }: { disposal: Disposal; onDecide: (approve: boolean) => void }) {
  const t = useT(disposalWords);
  const department = useDepartmentName();
  const label = d.assets.map((a) => a.assetNo).join('、');
  return (
    <Card role="listitem" data-testid="disposal-item">
      <Row gutter={[16, 12]}>
        <Col xs={24} md={15}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t(`kind.${d.kind as DisposalKindKey}`)} · {d.assets.map((a) => a.name).join('、')}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('unit')}>{department(d.departmentId)}</Descriptions.Item>
            <Descriptions.Item label={t('requestedAt')}>{formatDateTime(d.requestedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('assets')}>{label}</Descriptions.Item>
            <Descriptions.Item label={t('by')}>{d.requestedBy}</Descriptions.Item>
            <Descriptions.Item label={t('totalValue')}>
              <Money fen={d.totalOriginalValueFen} strong />
            </Descriptions.Item>
            <Descriptions.Item label={t('netBookValue')}>
              <Money fen={d.totalNetBookValueFen} />
            </Descriptions.Item>
            {d.counterparty && <Descriptions.Item label={t('counterparty')}>{d.counterparty}</Descriptions.Item>}
            <Descriptions.Item label={t('reason')} span={2}>
              {d.reason}
            </Descriptions.Item>
          </Descriptions>
          {d.photos.length > 0 && <Tag>{`${t('photos')}：${d.photos.length}`}</Tag>}
        </Col>
        <Col xs={24} md={9}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('chain')}
          </Typography.Title>
          <DisposalSteps steps={d.steps} />
          <Flex gap={8} wrap>
            <Button type="primary" style={{ minHeight: 44 }} aria-label={`${t('approve')} ${label}`} onClick={() => onDecide(true)}>
              {t('approve')}
            </Button>
            <Button style={{ minHeight: 44 }} aria-label={`${t('reject')} ${label}`} onClick={() => onDecide(false)}>
              {t('reject')}
            </Button>
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}

function DisposalDecisionDialog({ decision, onClose, onDone }: { decision: Decision | null; onClose(): void; onDone(d: Decision): void }) {
  const t = useT(disposalWords);
  const [form] = Form.useForm<{ comment?: string }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const approve = decision?.approve ?? true;
  const submit = async ({ comment }: { comment?: string }) => {
    if (!decision) return;
    setBusy(true);
    setError(undefined);
    try {
      const text = comment?.trim();
      await unwrap(
        api.POST('/api/disposals/{disposalId}/decision', {
          params: { path: { disposalId: decision.disposal.disposalId }, header: { 'Idempotency-Key': key.current } },
          body: { approve, ...(text ? { comment: text } : {}) },
        }),
      );
      key.current = crypto.randomUUID();
      form.resetFields();
      onDone(decision);
    } catch (e: unknown) {
      setError(e);
      showFieldErrors(form, e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t(approve ? 'approve' : 'reject')}
      open={decision !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="comment"
          label={t(approve ? 'comment' : 'rejectReason')}
          rules={approve ? [] : [{ required: true, min: 2, message: t('reasonRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
