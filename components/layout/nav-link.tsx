"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({
  href,
  exact,
  children,
}: {
  href: string;
  exact: boolean;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className="block border-b-4 border-transparent px-3 py-2 text-sm font-medium hover:bg-river-800 aria-[current=page]:border-white"
    >
      {children}
    </Link>
  );
}
