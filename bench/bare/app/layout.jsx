export const metadata = {
  title: 'Bare Next.js page',
  description: 'The baseline the benchmark compares the app with.',
};

export const viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
