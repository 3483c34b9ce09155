import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api/contract';
import { call } from '../api/client';
import { errorMessage } from './format';

export interface CallData<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  reload(): Promise<void>;
}

/**
 * Loads one call's result for a screen, again whenever the input or the language changes (the
 * backend words some results: countries, late reasons, messages) or reload() is called.
 */
export function useCallData<K extends CallName>(name: K, input: CallInput<K>): CallData<CallOutput<K>> {
  const [data, setData] = useState<CallOutput<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const key = JSON.stringify(input);
  const { i18n } = useTranslation();
  const language = i18n.language;
  const inputRef = useRef(input);
  inputRef.current = input;
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setIsLoading(true);
    try {
      const value = await call(name, inputRef.current);
      if (ticket === latest.current) {
        setData(value);
        setError(null);
      }
    } catch (failure) {
      if (ticket === latest.current) setError(errorMessage(failure));
    } finally {
      if (ticket === latest.current) setIsLoading(false);
    }
    // `key` stands for the input's content: a new object with the same values must not reload.
  }, [name, key, language]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, isLoading, reload };
}
