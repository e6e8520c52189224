import { useEffect, useState } from 'react';
import { PictureOutlined } from '@ant-design/icons';
import { authHeaders } from '../../../api/client';

/** Photos are content-addressed (the id is the hash), so one download per photo serves every card. */
const cache = new Map<string, Promise<string>>();

function objectUrl(url: string): Promise<string> {
  let found = cache.get(url);
  if (!found) {
    found = fetch(url, { headers: authHeaders() }).then(async (res) => {
      if (!res.ok) throw new Error(`photo ${res.status}`);
      return URL.createObjectURL(await res.blob());
    });
    found.catch(() => cache.delete(url));
    cache.set(url, found);
  }
  return found;
}

/**
 * A listing photo sized by its card (width 100%, unlike components/AuthImage's fixed size). The file
 * API needs the bearer token, which an <img src> cannot send, so the bytes are fetched with it and
 * shown from an object URL kept for the session (a feed shows many cards); until then (or without a
 * photo) a placeholder of the same size keeps the grid steady.
 */
export function ListingPhoto({
  url,
  alt,
  height,
  placeholder,
}: {
  url?: string;
  alt: string;
  height: number | string;
  placeholder: string;
}) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    setSrc(undefined);
    if (url)
      objectUrl(url).then(
        (s) => live && setSrc(s),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [url]);
  const box = { width: '100%', height, display: 'block', objectFit: 'cover' as const, background: '#f0f0f0' };
  if (src) return <img src={src} alt={alt} style={box} />;
  return (
    <div
      role="img"
      aria-label={url ? alt : placeholder}
      style={{ ...box, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
    >
      <PictureOutlined style={{ fontSize: 32, color: '#8c8c8c' }} aria-hidden />
    </div>
  );
}
