interface EmptyStateProps {
  title: string;
  text?: string;
  testId?: string;
}

export function EmptyState({ title, text, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      {text && <p className="empty-state__text">{text}</p>}
    </div>
  );
}
