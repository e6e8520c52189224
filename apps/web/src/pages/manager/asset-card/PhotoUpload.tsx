import { useState } from 'react';
import { Image, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';

/** Sends the chosen image as multipart field "file" through the typed client. */
async function uploadPhoto(file: Blob) {
  return unwrap(
    api.POST('/api/files', {
      // The schema types a binary field as string; the serializer below sends the Blob itself.
      body: { file: file as unknown as string },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', body.file as unknown as Blob);
        return form;
      },
    }),
  );
}

/**
 * Listing photos: upload on choose (the API checks type and size by the bytes), preview on click,
 * remove; `value`/`onChange` carry the file ids, so it sits in a Form.Item named `photoIds`.
 */
export function PhotoUpload({ value = [], onChange, label }: { value?: string[]; onChange?: (ids: string[]) => void; label: string }) {
  const [files, setFiles] = useState<UploadFile[]>(() =>
    value.map((id) => ({ uid: id, name: id.slice(0, 8), status: 'done', response: { fileId: id } })),
  );
  const [preview, setPreview] = useState<string>();
  const idsOf = (list: UploadFile[]) => list.filter((f) => f.status === 'done').map((f) => (f.response as { fileId: string }).fileId);
  return (
    <>
      <Upload
        accept="image/jpeg,image/png,image/webp"
        listType="picture-card"
        fileList={files}
        maxCount={9}
        customRequest={({ file, onSuccess, onError }) => {
          uploadPhoto(file as Blob).then(
            (stored) => onSuccess?.(stored),
            (e: unknown) => onError?.(new Error(e instanceof ApiError ? e.message : String(e))),
          );
        }}
        onChange={({ fileList }) => {
          setFiles(fileList);
          onChange?.(idsOf(fileList));
        }}
        onPreview={(file) => setPreview(file.thumbUrl ?? file.url)}
      >
        {files.length < 9 && (
          <button type="button" aria-label={label} style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 8 }}>{label}</div>
          </button>
        )}
      </Upload>
      {preview && (
        <Image
          alt={label}
          style={{ display: 'none' }}
          src={preview}
          preview={{ open: true, onOpenChange: (open) => !open && setPreview(undefined) }}
        />
      )}
    </>
  );
}
