import { useEffect, useState } from 'react';
import { Image, Skeleton } from 'antd';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/**
 * A photo behind sign-in (GET /api/files/{fileId} needs the bearer token, which an <img src> cannot
 * send): fetched as a blob and shown from an object URL, with antd's click-to-preview.
 */
export function AuthImage({ fileId, alt, width = 120, height = 90 }: { fileId: string; alt: string; width?: number; height?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let url: string | undefined;
    let live = true;
    unwrap(api.GET('/api/files/{fileId}', { params: { path: { fileId } }, parseAs: 'blob' })).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob as Blob);
        setSrc(url);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId]);
  if (!src) return <Skeleton.Image active style={{ width, height }} />;
  return <Image src={src} alt={alt} width={width} height={height} style={{ objectFit: 'cover' }} />;
}
