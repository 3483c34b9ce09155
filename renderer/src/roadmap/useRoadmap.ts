import { useCallback, useEffect, useState } from 'react';
import type { RoadmapView } from '../../../shared/api/roadmap';
import { call } from '../platform/api/client';
import { useApp } from '../platform/appContext';
import { errorMessage } from '../platform/common/format';

/**
 * The roadmap with its progress, as the page shows it. Edits return the new view, which replaces
 * the old one at once; labels come from the backend in the reader's language, so a change of
 * language loads it again. `view` is undefined while loading, null when there is no roadmap.
 */
export function useRoadmap() {
  const { locale } = useApp();
  const [view, setView] = useState<RoadmapView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setView(await call('roadmap:get', {}));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload, locale]);
  return { view, error, setView, reload };
}
