import { useLanguage } from '../../i18n/I18nProvider';
import { PropertyStatus, STATUS_LABELS, STATUS_STYLE } from './messages';

/** A status as on the map: its coloured mark and its word (never the colour alone). */
export function StatusMark({ status }: { status: PropertyStatus }) {
  const { language } = useLanguage();
  const style = STATUS_STYLE[status];
  if (!style) return <span>{status}</span>;
  return (
    <span>
      <span className="property-map-legend-mark" style={{ background: style.colour }} aria-hidden>
        {style.mark[language]}
      </span>
      {STATUS_LABELS[language][status]}
    </span>
  );
}

/** m² with one decimal and thousands separators. */
export function formatArea(sqm: number): string {
  return `${sqm.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} m²`;
}
