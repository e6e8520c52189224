import { ReactNode, useState } from 'react';
import { Button, Space } from 'antd';
import { ApiErrorAlert } from '../layout/ApiErrorAlert';
import { saveFile } from '../lib/save-file';

/** What a FileButton saves: the content, its file name and, for text, its type. */
export interface SavedFile {
  readonly content: Blob | string;
  readonly name: string;
  readonly type?: string;
}

/**
 * A button that asks the API for a file and lets the browser save it; busy while it waits, and the API's
 * refusal shown under it (nothing to print, too many cards …).
 */
export function FileButton({ icon, label, fetch }: { icon: ReactNode; label: string; fetch: () => Promise<SavedFile> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await fetch();
      saveFile(file.content, file.name, file.type);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical">
      <Button icon={icon} loading={busy} onClick={() => void save()}>
        {label}
      </Button>
      <ApiErrorAlert error={error} />
    </Space>
  );
}
