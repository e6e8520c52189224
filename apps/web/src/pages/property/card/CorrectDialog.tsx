import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { PROPERTY_USES, propertyWords } from '../messages';
import { useActionKey } from './action-key';
import { messages } from './messages';

type Property = Schemas['PropertyView'];
type Body = Schemas['CorrectPropertyRequestDto'];
interface Values {
  name?: string;
  address?: string;
  lng?: number | null;
  lat?: number | null;
  system: 'WGS84' | 'GCJ02';
  grossAreaSqm?: number | null;
  usableAreaSqm?: number | null;
  use?: Body['use'];
  reason: string;
}

/** Only what was typed differently from the card is sent; the server records only what changed. */
export function correctionBody(property: Property, v: Values): Body {
  const body: Body = { reason: v.reason.trim() };
  if (v.name?.trim() && v.name.trim() !== property.name) body.name = v.name.trim();
  if (v.address !== undefined && v.address.trim() !== property.address) body.address = v.address.trim();
  if (typeof v.lng === 'number' && typeof v.lat === 'number') body.location = { lng: v.lng, lat: v.lat, system: v.system };
  if (typeof v.grossAreaSqm === 'number' && v.grossAreaSqm !== property.grossAreaSqm) body.grossAreaSqm = v.grossAreaSqm;
  if (typeof v.usableAreaSqm === 'number' && v.usableAreaSqm !== property.usableAreaSqm) body.usableAreaSqm = v.usableAreaSqm;
  if (v.use && v.use !== property.use) body.use = v.use;
  return body;
}

/** 更正: fix the name, address, coordinates, areas or use, with the reason; history keeps the old values. */
export function CorrectDialog({
  property,
  open,
  onClose,
  onDone,
}: {
  property: Property;
  open: boolean;
  onClose: () => void;
  onDone: (r: string) => void;
}) {
  const t = useT(messages);
  const tw = useT(propertyWords);
  const key = useActionKey(open);
  return (
    <FormDialog<Values, { revision: string }>
      open={open}
      title={t('correct')}
      okText={t('correct')}
      intro={<Typography.Paragraph type="secondary">{t('clearHint')}</Typography.Paragraph>}
      onClose={onClose}
      submit={(v) =>
        unwrap(
          api.POST('/api/properties/{propertyId}/corrections', {
            params: { path: { propertyId: property.propertyId }, header: { 'Idempotency-Key': key, 'If-Match': property.revision } },
            body: correctionBody(property, v),
          }),
        )
      }
      onDone={(r) => onDone(r.revision)}
    >
      <Form.Item name="name" label={tw('name')} initialValue={property.name}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="address" label={tw('address')} initialValue={property.address}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="system" label={tw('system')} initialValue="WGS84">
        <Radio.Group options={(['WGS84', 'GCJ02'] as const).map((s) => ({ value: s, label: tw(`system.${s}`) }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="lng" label={tw('lng')}>
            <InputNumber min={-180} max={180} precision={6} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="lat" label={tw('lat')}>
            <InputNumber min={-90} max={90} precision={6} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="grossAreaSqm" label={tw('grossArea')} initialValue={property.grossAreaSqm}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="usableAreaSqm" label={tw('usableArea')} initialValue={property.usableAreaSqm ?? undefined}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="use" label={tw('use')} initialValue={property.use}>
        <Select options={PROPERTY_USES.map((u) => ({ value: u, label: tw(`use.${u}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, min: 2, message: t('reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
