import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/I18nProvider';
import { defineMessages } from '../../i18n/messages';
import { DAY_KINDS, sharingWords } from './sharing-words';
import { formatWindow } from './windows';

const messages = defineMessages({
  'zh-CN': {
    windows: '开放时段（每周）',
    days: '适用日期',
    start: '开始',
    end: '结束',
    add: '添加时段',
    remove: '删除时段 {n}',
    endHint: '结束时间不晚于开始时间即跨过午夜，到次日结束',
    rule: '工作日含调休上班日；休息日为周末和法定节假日',
    required: '请填写{field}',
  },
  'en-US': {
    windows: 'Opening windows (weekly)',
    days: 'Days',
    start: 'From',
    end: 'To',
    add: 'Add a window',
    remove: 'Remove window {n}',
    endHint: 'An end at or before the start runs past midnight into the next day',
    rule: 'Workdays include make-up working days (调休); rest days are weekends and statutory holidays',
    required: 'Please fill in {field}',
  },
});

/**
 * The weekly windows of a schedule as form rows (field `schedule.windows`): day kind, start and end
 * in China time; each row shows how it reads, e.g. 工作日 18:30–次日07:30.
 */
export function WindowsEditor() {
  const t = useT(messages);
  const w = useT(sharingWords);
  return (
    <Form.List name={['schedule', 'windows']}>
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 'inherit', fontWeight: 600, marginBottom: 8 }}>{t('windows')}</legend>
          <Typography.Paragraph type="secondary">
            {t('rule')}；{t('endHint')}；{w('chinaTime')}
          </Typography.Paragraph>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="bottom" data-testid={`window-${index}`}>
              <Col xs={24} sm={8}>
                <Form.Item
                  name={[field.name, 'days']}
                  label={`${t('days')} ${index + 1}`}
                  rules={[{ required: true, message: t('required', { field: t('days') }) }]}
                >
                  <Select options={DAY_KINDS.map((d) => ({ value: d, label: w(`days.${d}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={10} sm={6}>
                <Form.Item
                  name={[field.name, 'start']}
                  label={`${t('start')} ${index + 1}`}
                  rules={[{ required: true, message: t('required', { field: t('start') }) }]}
                >
                  <Input type="time" />
                </Form.Item>
              </Col>
              <Col xs={10} sm={6}>
                <Form.Item
                  name={[field.name, 'end']}
                  label={`${t('end')} ${index + 1}`}
                  rules={[{ required: true, message: t('required', { field: t('end') }) }]}
                >
                  <Input type="time" />
                </Form.Item>
              </Col>
              <Col xs={4} sm={4}>
                <Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('remove', { n: index + 1 })}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) => {
                    const row = getFieldValue(['schedule', 'windows', field.name]) as { days?: string; start?: string; end?: string };
                    return row?.start && row?.end ? (
                      <Typography.Paragraph data-testid={`window-preview-${index}`} style={{ marginTop: -8 }}>
                        {row.days ? w(`days.${row.days as (typeof DAY_KINDS)[number]}`) : ''}{' '}
                        {formatWindow(row.start, row.end, w('nextDay'))}
                      </Typography.Paragraph>
                    ) : null;
                  }}
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ days: 'rest_days', start: '08:00', end: '18:00' })}
            disabled={fields.length >= 14}
          >
            {t('add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
