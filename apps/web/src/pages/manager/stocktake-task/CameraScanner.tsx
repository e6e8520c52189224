import { useEffect, useRef } from 'react';

/** The browser's shape-detection API (Chromium on Android, not everywhere): only what is used here. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): BarcodeDetectorCtor | undefined =>
  (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;

/** Whether this browser can read QR codes from the camera; elsewhere the field and a scanner gun do. */
export function cameraScanSupported(): boolean {
  return detectorClass() !== undefined && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/** The back camera's picture, read for a QR code a few times a second until one is seen. */
export function CameraScanner({ onRead, onError }: { onRead(value: string): void; onError(reason: string): void }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        timer = setInterval(() => {
          if (!video.current) return;
          detector.detect(video.current).then(
            (codes) => {
              if (codes[0] && !stopped) {
                stopped = true;
                onRead(codes[0].rawValue);
              }
            },
            () => undefined,
          );
        }, 300);
      })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onRead, onError]);
  return <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 360, marginTop: 12 }} aria-label="camera" />;
}
