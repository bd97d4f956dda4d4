import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { publicClinic, unwrap } from '../api/client';
import { sessionStore } from '../api/session';
import { ErrorMessage, Page } from '../components/ui';
import { Link, navigate } from '../lib/router';

export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => unwrap(publicClinic.POST('/api/v1/auth/login', { body: { email, password } })),
    onSuccess: (tokens) => {
      sessionStore.signIn(tokens);
      navigate('/', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <Page title="Sign in">
      <form className="card form narrow" onSubmit={submit} aria-describedby="sign-in-help">
        <p id="sign-in-help" className="muted">
          Patients, doctors and reception sign in here.
        </p>
        <label>
          Email
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <ErrorMessage error={signIn.error} />
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p>
          New patient? <Link to="/sign-up">Create an account</Link>
        </p>
      </form>
    </Page>
  );
}

export function SignUp() {
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [phone, setPhone] = useState('');
  const signUp = useMutation({
    mutationFn: () =>
      unwrap(
        publicClinic.POST('/api/v1/auth/register', {
          body: { fullName, email, password, role: 'patient', ...(phone.trim() ? { phone: phone.trim() } : {}) },
        }),
      ),
    onSuccess: (tokens) => {
      sessionStore.signIn(tokens);
      navigate('/doctors', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  return (
    <Page title="Create a patient account">
      <form className="card form narrow" onSubmit={submit}>
        <label>
          Full name
          <input autoComplete="name" required value={fullName} onChange={(e) => setFullName(e.target.value)} />
        </label>
        <label>
          Email
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={72}
            aria-describedby="password-rule"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span id="password-rule" className="hint">
            8 to 72 characters.
          </span>
        </label>
        <label>
          Phone (optional)
          <input type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <ErrorMessage error={signUp.error} />
        <button type="submit" className="primary" disabled={signUp.isPending}>
          {signUp.isPending ? 'Creating your account…' : 'Create account'}
        </button>
        <p>
          Already registered? <Link to="/sign-in">Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
