import Link from 'next/link';

export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <Link href="/other">A link</Link>
    </main>
  );
}
