import { Tag } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { common } from '../i18n/common';

/** Text on tint, every pair ≥ 4.5:1 (antd's preset orange/purple tags are below AA). Hues follow STATUS_COLOURS. */
const STYLES: Record<string, { color: string; background: string; borderColor: string }> = {
  in_use: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  idle: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  listed: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  in_transfer: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  transferred: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  on_loan: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
};
type StatusKey = 'in_use' | 'idle' | 'listed' | 'in_transfer' | 'transferred' | 'lent' | 'on_loan';
const KNOWN: readonly string[] = ['in_use', 'idle', 'listed', 'in_transfer', 'transferred', 'lent', 'on_loan'];

/** Asset status as a word (never by colour alone), in the chosen language. */
export function StatusTag({ status }: { status: string }) {
  const t = useT(common);
  return <Tag style={STYLES[status]}>{KNOWN.includes(status) ? t(`status.${status as StatusKey}`) : status}</Tag>;
}
