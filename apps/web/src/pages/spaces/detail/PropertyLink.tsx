import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Flex, Form, Tag } from 'antd';
import { api, Schemas } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import { FormDialog } from '../../../components/FormDialog';
import { useT } from '../../../i18n/I18nProvider';
import { PropertyPicker } from '../publish/PropertyPicker';
import { messages as publishWords } from '../publish/messages';
import { messages } from './messages';

type Space = Schemas['SpaceView'];

/** The property a space is on (未关联物业 for spaces published before the register), and tying it to one. */
export function PropertyLink({ space, onLinked }: { space: Space; onLinked(): void }) {
  const t = useT(messages);
  const p = useT(publishWords);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const submit = ({ propertyId }: { propertyId: string }) =>
    unwrap(api.POST('/api/spaces/{spaceId}/property', { params: { path: { spaceId: space.spaceId } }, body: { propertyId } }));
  return (
    <Flex gap={8} align="center" wrap>
      {space.propertyId ? <Link to={`/properties/${space.propertyId}`}>{t('viewProperty')}</Link> : <Tag>{t('unlinked')}</Tag>}
      <Button size="small" onClick={() => setOpen(true)}>
        {space.propertyId ? t('changeProperty') : t('linkProperty')}
      </Button>
      <FormDialog<{ propertyId: string }, unknown>
        open={open}
        title={t('linkTitle')}
        okText={t('linkProperty')}
        onClose={() => setOpen(false)}
        submit={submit}
        onDone={() => {
          setOpen(false);
          void message.success(t('linked'));
          onLinked();
        }}
      >
        <Form.Item
          name="propertyId"
          label={p('property')}
          extra={p('propertyHelp')}
          rules={[{ required: true, message: p('propertyPlaceholder') }]}
        >
          <PropertyPicker />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
