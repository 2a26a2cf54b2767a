import type { Metadata } from "next";
import { Card, EmptyState, PageHeader } from "@/components/ui/states";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { UserRowControls } from "@/features/users/components/user-row-controls";
import { listUsers } from "@/features/users/queries";
import type { Role } from "@/lib/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageUser("users:manage", "/admin/users");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" />
      <Card className="mb-8">
        <h2 className="mb-4 font-semibold">Create or invite a user</h2>
        <CreateUserForm />
      </Card>
      {users.length === 0 ? (
        <EmptyState title="No users yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">All users</caption>
            <thead className="border-b border-line text-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Name</th>
                <th scope="col" className="px-4 py-3 font-medium">Email</th>
                <th scope="col" className="px-4 py-3 font-medium">Role</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3 font-medium">Manage</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-line last:border-0" data-testid={`user-${user.email}`}>
                  <td className="px-4 py-3">{user.name}</td>
                  <td className="px-4 py-3">{user.email}</td>
                  <td className="px-4 py-3">{ROLE_LABELS[user.role as Role]}</td>
                  <td className="px-4 py-3">{user.active ? "Active" : <span className="text-danger">Deactivated</span>}</td>
                  <td className="px-4 py-3">
                    <UserRowControls userId={user.id} name={user.name} role={user.role as Role} active={user.active} isSelf={user.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
