import { useLocation } from 'react-router';

/** Where the app went: a stand-in page that shows the path it was opened at. */
export function Landed() {
  const location = useLocation();
  return <p data-testid="landed">{location.pathname}</p>;
}
