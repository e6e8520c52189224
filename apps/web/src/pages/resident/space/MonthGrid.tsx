import { Schemas } from '../../../api/client';
import { useLanguage, useT } from '../../../i18n/I18nProvider';
import { sharingWords } from '../../spaces/sharing-words';
import { DaySummary, weeksCovering } from './calendar-grid';

type CalendarDay = Schemas['CalendarDayView'];

const WEEKDAYS = { 'zh-CN': ['一', '二', '三', '四', '五', '六', '日'], 'en-US': ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] };
const BACKGROUND: Record<string, string> = { weekend: '#fff7e6', holiday: '#fff1f0', makeup_workday: '#f0f5ff', workday: '#fff' };

/**
 * The bookable days as a month-style table, Monday first. Each day is a button that says, in words,
 * its kind (休 weekend, 假 + name for holidays, 班 for 调休), free places and whether it is provisional.
 */
export function MonthGrid(props: {
  from: string;
  to: string;
  days: Map<string, CalendarDay>;
  summary: Map<string, DaySummary>;
  selected: string | null;
  onSelect(date: string): void;
}) {
  const { language } = useLanguage();
  const weeks = weeksCovering(props.from, props.to);
  return (
    <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 3, tableLayout: 'fixed' }}>
      <thead>
        <tr>
          {WEEKDAYS[language].map((d) => (
            <th key={d} scope="col" style={{ fontWeight: 400, fontSize: '0.8em', color: '#434343' }}>
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find(Boolean) ?? ''}>
            {week.map((date, i) => (
              <td key={date ?? `empty-${i}`} style={{ padding: 0 }}>
                {date && <DayButton date={date} {...props} />}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayButton({
  date,
  days,
  summary,
  selected,
  onSelect,
}: {
  date: string;
  days: Map<string, CalendarDay>;
  summary: Map<string, DaySummary>;
  selected: string | null;
  onSelect(date: string): void;
}) {
  const w = useT(sharingWords);
  const day = days.get(date);
  const sum = summary.get(date);
  const kind = day?.kind ?? 'workday';
  const mark =
    day?.holiday && kind !== 'workday'
      ? kind === 'makeup_workday'
        ? `${w('day.makeup_workday')}`
        : day.holiday
      : w(`day.${kind}` as 'day.weekend');
  const provisional = Boolean(day?.provisional || sum?.provisional);
  const places = !sum || sum.slots === 0 ? '—' : sum.free > 0 ? w('free', { n: sum.free }) : w('full');
  const isSelected = selected === date;
  const label = [
    date,
    day?.holiday,
    kind !== 'workday' ? w(`day.${kind}` as 'day.weekend') : '',
    places,
    provisional ? w('provisional') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={isSelected}
      data-date={date}
      onClick={() => onSelect(date)}
      style={{
        width: '100%',
        minHeight: 64,
        padding: '2px 0',
        border: isSelected ? '2px solid #0958d9' : '1px solid #d9d9d9',
        borderRadius: 6,
        background: isSelected ? '#e6f4ff' : BACKGROUND[kind],
        color: '#1f1f1f',
        cursor: 'pointer',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        lineHeight: 1.2,
        font: 'inherit',
      }}
    >
      <span style={{ fontWeight: 600 }}>{Number(date.slice(8))}</span>
      <span style={{ fontSize: '0.7em', color: kind === 'workday' ? '#595959' : '#a8071a', minHeight: '1.2em', whiteSpace: 'nowrap' }}>
        {mark}
        {provisional ? '?' : ''}
      </span>
      <span style={{ fontSize: '0.7em', color: '#434343' }}>{places}</span>
    </button>
  );
}
