import { useEffect, useState } from 'react';

/** What `GET /dev/token` offers; the gateway answers it only in development. */
interface DevChoices {
  departments: string[];
  roles: string[];
  regions: Array<{ code: string; name: string }>;
}

/**
 * Development sign-in: the gateway mints a token for the chosen department, role and region.
 * Shown only when the gateway offers it, which it never does in production.
 */
export function DevSignIn({ onToken }: { onToken: (token: string) => void }) {
  const [choices, setChoices] = useState<DevChoices | null>(null);
  const [department, setDepartment] = useState('CIVIL_AFFAIRS');
  const [role, setRole] = useState('SUPERVISOR');
  const [region, setRegion] = useState('100000');
  const [error, setError] = useState('');

  useEffect(() => {
    fetch('/dev/token', { headers: { accept: 'application/json' } })
      .then(async (response) => (response.ok ? ((await response.json()) as DevChoices) : null))
      .then(setChoices)
      .catch(() => setChoices(null));
  }, []);
  if (!choices) return null;

  const signIn = async () => {
    setError('');
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ department, role, region }),
    });
    const body = (await response.json()) as { token?: string; message?: string };
    if (body.token) onToken(body.token);
    else setError(body.message ?? `HTTP ${response.status}`);
  };

  return (
    <fieldset className="hub-dev-sign-in">
      <legend>Development sign-in</legend>
      <select
        name="department"
        aria-label="Department"
        value={department}
        onChange={(e) => setDepartment(e.target.value)}
      >
        {choices.departments.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <select name="role" aria-label="Role" value={role} onChange={(e) => setRole(e.target.value)}>
        {choices.roles.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <select
        name="region"
        aria-label="Region"
        value={region}
        onChange={(e) => setRegion(e.target.value)}
      >
        {choices.regions.map(({ code, name }) => (
          <option key={code} value={code}>
            {code} {name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void signIn()}>
        Get development token
      </button>
      {error && <span className="hub-dev-sign-in__error">{error}</span>}
    </fieldset>
  );
}
