import { Tag } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';

const COLOURS: Record<string, string> = { in_use: 'blue', listed: 'orange', in_transfer: 'purple', transferred: 'green' };
type StatusKey = 'in_use' | 'idle' | 'listed' | 'in_transfer' | 'transferred' | 'lent';

/** Asset status as a word (never by colour alone), in the chosen language. */
export function StatusTag({ status }: { status: string }) {
  const t = useT(common);
  const known = ['in_use', 'idle', 'listed', 'in_transfer', 'transferred', 'lent'].includes(status);
  return <Tag color={COLOURS[status]}>{known ? t(`status.${status as StatusKey}`) : status}</Tag>;
}
