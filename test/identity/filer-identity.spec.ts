import { describe, expect, it } from '@jest/globals';
import { loadDopaConfig } from '../../src/config/dopa-config.js';
import { filerOfClaims, maskCitizenId } from '../../src/identity/filers/filer-identity.js';
import { citizenId } from '../support/complaint-fixtures.js';

const pid = citizenId('110170023070');
const env = {
  DOPA_OIDC_ISSUER: 'https://d.dopa.example', DOPA_OIDC_CLIENT_ID: 'damrong', DOPA_OIDC_CLIENT_SECRET: 'secret',
  DOPA_OIDC_REDIRECT_URI: 'https://damrong.example/filer/callback',
};

describe('the filer an ID token names', () => {
  it('reads the citizen id from the configured claim (Thai digits accepted) and the name', () => {
    const thai = pid.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]);
    expect(filerOfClaims({ iss: 'https://d.dopa.example', sub: 's1', pid: thai, given_name: 'สมชาย', family_name: 'ใจดี' }, 'pid'))
      .toEqual({ citizenId: pid, name: 'สมชาย ใจดี', issuer: 'https://d.dopa.example', subject: 's1' });
    expect(filerOfClaims({ sub: 's1', citizen_id: pid, name: ' นายสมชาย ' }, 'citizen_id').name).toBe('นายสมชาย');
    expect(filerOfClaims({ sub: 's1', pid }, 'pid').name).toBeNull();
  });

  it('refuses a missing claim and a citizen id whose check digit fails, naming the claim', () => {
    expect(() => filerOfClaims({ sub: 's1' }, 'pid')).toThrow(expect.objectContaining({ code: 'FILER_CITIZEN_ID_MISSING', field: 'pid' }));
    const wrong = `${pid.slice(0, 12)}${(Number(pid[12]) + 1) % 10}`;
    expect(() => filerOfClaims({ sub: 's1', pid: wrong }, 'pid')).toThrow(expect.objectContaining({ code: 'CITIZEN_ID_CHECK_DIGIT', field: 'pid' }));
    expect(() => filerOfClaims({ sub: 's1', pid: '12345' }, 'pid')).toThrow(expect.objectContaining({ code: 'CITIZEN_ID_FORMAT' }));
  });

  it('shows only the last four digits', () => {
    expect(maskCitizenId(pid)).toBe(`xxxxxxxxx${pid.slice(9)}`);
  });
});

describe('D.DOPA configuration', () => {
  it('is off when none of it is given, and complete or refused otherwise', () => {
    expect(loadDopaConfig({}, true)).toBeUndefined();
    expect(loadDopaConfig(env, true)).toMatchObject({ clientId: 'damrong', citizenIdClaim: 'pid', scope: 'openid profile', sessionMinutes: 60 });
    expect(() => loadDopaConfig({ ...env, DOPA_OIDC_CLIENT_SECRET: '' }, true)).toThrow(/DOPA_OIDC_CLIENT_SECRET: is required/);
  });

  it('takes https, and plain http only to localhost outside production', () => {
    const local = { ...env, DOPA_OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(loadDopaConfig(local, false)?.issuer.href).toBe('http://127.0.0.1:4000/');
    expect(() => loadDopaConfig(local, true)).toThrow(/DOPA_OIDC_ISSUER: must be https/);
    expect(() => loadDopaConfig({ ...env, DOPA_OIDC_ISSUER: 'http://d.dopa.example' }, false)).toThrow(/must be https/);
  });

  it('reads the claim, the scopes (openid always) and the session length', () => {
    const config = loadDopaConfig({ ...env, DOPA_OIDC_CITIZEN_ID_CLAIM: 'citizen_id', DOPA_OIDC_SCOPE: 'profile dopa', FILER_SESSION_MINUTES: '30' }, true);
    expect(config).toMatchObject({ citizenIdClaim: 'citizen_id', scope: 'openid profile dopa', sessionMinutes: 30 });
    expect(() => loadDopaConfig({ ...env, FILER_SESSION_MINUTES: '2' }, true)).toThrow(/FILER_SESSION_MINUTES/);
    expect(() => loadDopaConfig({ ...env, DOPA_OIDC_CITIZEN_ID_CLAIM: 'a b' }, true)).toThrow(/DOPA_OIDC_CITIZEN_ID_CLAIM/);
  });
});
