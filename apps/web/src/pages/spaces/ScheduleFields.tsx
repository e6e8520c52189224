import { Col, Form, InputNumber, Row } from 'antd';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { defineMessages } from '../../i18n/messages';
import { WindowsEditor } from './WindowsEditor';

const messages = defineMessages({
  'zh-CN': {
    slotMinutes: '每个时段长度（分钟）',
    capacity: '每个时段名额',
    horizonDays: '可提前预约天数',
    minNoticeMinutes: '最晚提前多少分钟预约',
    required: '请填写{field}',
  },
  'en-US': {
    slotMinutes: 'Slot length (minutes)',
    capacity: 'Places per slot',
    horizonDays: 'Bookable days ahead',
    minNoticeMinutes: 'Minimum notice (minutes)',
    required: 'Please fill in {field}',
  },
});

type Numbers = Exclude<keyof Schemas['ScheduleDto'], 'windows'>;

/** A space's schedule as form fields under `schedule`: the weekly windows and the four numbers (publishing and changing use the same). */
export function ScheduleFields() {
  const t = useT(messages);
  const number = (name: Numbers, min: number, max: number) => (
    <Col xs={24} sm={12} md={6}>
      <Form.Item name={['schedule', name]} label={t(name)} rules={[{ required: true, message: t('required', { field: t(name) }) }]}>
        <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      <Col span={24}>
        <WindowsEditor />
      </Col>
      {number('slotMinutes', 15, 1440)}
      {number('capacity', 1, 100000)}
      {number('horizonDays', 1, 90)}
      {number('minNoticeMinutes', 0, 10080)}
    </Row>
  );
}
