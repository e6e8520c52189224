import { useState } from 'react';
import { App, Button, Card, Form } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { useT } from '../../../i18n/I18nProvider';
import { ApiErrorAlert } from '../../../layout/ApiErrorAlert';
import { useSubmit } from '../../../lib/use-submit';
import { ScheduleFields } from '../ScheduleFields';
import { messages } from './messages';

type Values = { schedule: Schemas['ScheduleDto'] };

/** Changing a published schedule: the same fields as publishing, filled with today's; bookings already made stand. */
export function ScheduleCard({ space, onChanged }: { space: Schemas['SpaceView']; onChanged(): void }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState(false);
  const { busy, error, unplaced, submit } = useSubmit(form, { fieldPrefix: ['schedule'] });
  const send = async ({ schedule }: Values) => {
    const done = await submit((key) =>
      unwrap(
        api.POST('/api/spaces/{spaceId}/schedule', {
          params: { path: { spaceId: space.spaceId } },
          body: schedule,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    );
    if (!done) return;
    setEditing(false);
    void message.success(t('scheduleChanged'));
    onChanged();
  };
  const { windows, slotMinutes, capacity, horizonDays, minNoticeMinutes } = space.schedule;
  return (
    <Card
      title={t('changeSchedule')}
      style={{ marginTop: 16 }}
      extra={
        !editing && (
          <Button
            onClick={() => {
              form.setFieldsValue({
                schedule: { windows: windows.map((w) => ({ ...w })), slotMinutes, capacity, horizonDays, minNoticeMinutes },
              });
              setEditing(true);
            }}
          >
            {t('editSchedule')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)}>
          <ScheduleFields />
          <ApiErrorAlert error={error} extra={unplaced} />
          <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 8, minHeight: 44, marginRight: 8 }}>
            {t('saveSchedule')}
          </Button>
          <Button onClick={() => setEditing(false)} style={{ minHeight: 44 }}>
            {t('cancel')}
          </Button>
        </Form>
      ) : (
        t('scheduleHint')
      )}
    </Card>
  );
}
