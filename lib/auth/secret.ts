/** The server's secret for session cookies and sealed data (NEXTAUTH_SECRET, at least 32 chars). */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("NEXTAUTH_SECRET must be set to at least 32 random characters (npm start sets one).");
  }
  return secret;
}
