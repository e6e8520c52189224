import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { Schemas } from '../api/client';

type Department = Schemas['DepartmentView'];
let cache: Promise<Map<string, Department>> | null = null;

function load(): Promise<Map<string, Department>> {
  cache ??= unwrap(api.GET('/api/departments')).then(
    (list) => new Map(list.map((d) => [d.code, d])),
    (error: unknown) => {
      cache = null;
      throw error;
    },
  );
  return cache;
}

/** 单位 names by code, loaded once; until then (or for an unknown code) the code itself. */
export function useDepartmentName(): (code: string | null | undefined) => string {
  const [map, setMap] = useState<Map<string, Department> | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setMap(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (code) => (code ? (map?.get(code)?.name ?? code) : '—');
}
