import { useCallback, useEffect, useState } from 'react';

export interface ReferencePoint {
  lng: number;
  lat: number;
  /** null: the browser's own position; else the place chosen (a district's name). */
  place: string | null;
}

export type Locating = 'asking' | 'located' | 'unavailable';

/**
 * Where to measure distances from: the browser's position (navigator.geolocation, WGS-84) when the
 * resident allows it, else a place they choose. Never a time limit on the resident: a slow answer
 * simply keeps the list unsorted until it comes.
 */
export function useReferencePoint() {
  const [point, setPoint] = useState<ReferencePoint | null>(null);
  const [locating, setLocating] = useState<Locating>('asking');
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setLocating('unavailable');
      return;
    }
    setLocating('asking');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPoint({ lng: p.coords.longitude, lat: p.coords.latitude, place: null });
        setLocating('located');
      },
      () => setLocating('unavailable'),
      { maximumAge: 300_000 },
    );
  }, []);
  useEffect(locate, [locate]);
  return { point, locating, locate, choose: setPoint };
}
