import { useTranslation } from 'react-i18next';

/** The roster name; a referred trainee who withdrew consent has none left here. */
export function useTraineeName(): (named: { displayName: string | null } | { trainee: { displayName: string | null } }) => string {
  const { t } = useTranslation();
  return (named) => ('trainee' in named ? named.trainee.displayName : named.displayName) ?? t('training.enrollment.nameErased');
}
