import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 lang="pl">Nie ma takiej strony</h1>
      <p lang="en">This page does not exist.</p>
      <p>
        <Link href="/">Dyplomacja</Link>
      </p>
    </>
  );
}
