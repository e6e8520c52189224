import { Tag } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { propertyWords } from './messages';

/** Text on tint, every pair ≥ 4.5:1, the same hues as the asset statuses (StatusTag): 在用 blue, 闲置 orange, 出租出借 teal, 待处置 red. */
const STYLES: Record<string, { color: string; background: string; borderColor: string }> = {
  in_use: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  idle: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  leased: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  pending_disposal: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};
const KNOWN = ['in_use', 'idle', 'leased', 'pending_disposal'];

/** A property's status as a word (never by colour alone); a stored value the page does not know is shown as it is. */
export function PropertyStatusTag({ status }: { status: string }) {
  const tw = useT(propertyWords);
  return <Tag style={STYLES[status]}>{KNOWN.includes(status) ? tw(`status.${status as 'idle'}`) : status}</Tag>;
}
