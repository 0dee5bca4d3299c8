// The yardstick for `npm run bench:weight`: a bare Next.js page with one next/link, nothing else.
export const metadata = { title: 'Bare Next.js page' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
