"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

export function NavLinks({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn("block rounded-md px-3 py-1.5 text-sm", active ? "bg-accent text-accent-ink" : "text-muted hover:bg-canvas hover:text-ink")}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
