import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  testId?: string;
}

export function LoadMore({ hasMore, loading, onLoadMore, testId }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <button type="button" className="button load-more" onClick={onLoadMore} disabled={loading} data-testid={testId}>
      {loading ? t('common.loading') : t('common.loadMore')}
    </button>
  );
}
