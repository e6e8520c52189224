import { Form, Select, Typography } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { messages } from './messages';

/** The fields an import reads, in the order a 资产卡片 export has them. */
export const IMPORT_FIELDS = [
  'assetNo',
  'name',
  'categoryCode',
  'usingDepartment',
  'custodian',
  'location',
  'acquiredOn',
  'originalValue',
  'accumulatedDepreciation',
  'quantity',
  'unit',
  'usageStatus',
  'brand',
  'specification',
  'condition',
] as const;
export type ImportFieldName = (typeof IMPORT_FIELDS)[number];

/**
 * Which of the file's columns holds each field, for layouts other than a 资产卡片 export. `value` is
 * field → header; the page turns it into the header → field mapping the API takes.
 */
export function ColumnMappingForm({
  headers,
  value,
  onChange,
}: {
  headers: readonly string[];
  value: Partial<Record<ImportFieldName, string>>;
  onChange: (next: Partial<Record<ImportFieldName, string>>) => void;
}) {
  const t = useT(messages);
  const options = [{ value: '', label: t('mappingNone') }, ...headers.map((h) => ({ value: h, label: h }))];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('mappingHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: 16 }}>
          {IMPORT_FIELDS.map((field) => (
            <Form.Item key={field} label={t(`field.${field}`)} htmlFor={`map-${field}`} style={{ marginBottom: 12 }}>
              <Select
                id={`map-${field}`}
                options={options}
                value={value[field] ?? ''}
                onChange={(header: string) => onChange({ ...value, [field]: header || undefined })}
              />
            </Form.Item>
          ))}
        </div>
      </Form>
    </>
  );
}
