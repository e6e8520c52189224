import { Form, Input } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { parseYuanToFen } from '../../../lib/money';
import { ActionDialog } from '../asset-card/ActionDialog';
import { disposalWords } from './messages';

type Disposal = Schemas['DisposalView'];
interface Values {
  proceeds?: string;
  treasuryVoucher?: string;
  replyRef?: string;
}

/** 核销: record the proceeds (in 元, sent as 分), the treasury voucher and the reply number; the cards leave the register. */
export function WriteOffDialog({
  disposal,
  onClose,
  onDone,
}: {
  disposal: Disposal | null;
  onClose: () => void;
  onDone: (revision: string) => void;
}) {
  const t = useT(disposalWords);
  const submit = (v: Values, _form: unknown, idempotencyKey: string) => {
    const proceedsFen = v.proceeds ? (parseYuanToFen(v.proceeds) ?? 0) : 0;
    return unwrap(
      api.POST('/api/disposals/{disposalId}/write-off', {
        params: { path: { disposalId: disposal?.disposalId ?? '' }, header: { 'Idempotency-Key': idempotencyKey } },
        body: {
          proceedsFen,
          ...(v.treasuryVoucher ? { treasuryVoucher: v.treasuryVoucher } : {}),
          ...(v.replyRef ? { replyRef: v.replyRef } : {}),
        },
      }),
    );
  };
  return (
    <ActionDialog<Values>
      formName="writeOff"
      title={t('writeOffTitle', { n: disposal?.assets.length ?? 0 })}
      open={disposal !== null}
      draftKey={`write-off-${disposal?.disposalId ?? ''}`}
      initialValues={{}}
      onClose={onClose}
      submit={submit}
      onDone={onDone}
    >
      <Form.Item
        name="proceeds"
        label={t('proceeds')}
        extra={t('proceedsHint')}
        rules={[
          {
            validator: (_, v?: string) =>
              !v || parseYuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('moneyInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="treasuryVoucher" label={t('voucher')}>
        <Input />
      </Form.Item>
      <Form.Item name="replyRef" label={t('replyRef')}>
        <Input />
      </Form.Item>
    </ActionDialog>
  );
}
