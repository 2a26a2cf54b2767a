import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/states";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { EditUserForm } from "@/features/users/components/edit-user-form";
import { UserRowControls } from "@/features/users/components/user-row-controls";
import { listUsers } from "@/features/users/queries";
import type { Role } from "@/lib/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageUser("users:manage", "/admin/users");
  const users = await listUsers(admin);
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
        <DataTable caption="All users" columns={["Name", "Email", "Role", "Status", "Manage"]}>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-line last:border-0" data-testid={`user-${user.email}`}>
              <td className="px-4 py-3">{user.name}</td>
              <td className="px-4 py-3">{user.email}</td>
              <td className="px-4 py-3">{ROLE_LABELS[user.role as Role]}</td>
              <td className="px-4 py-3">{user.active ? "Active" : <span className="text-danger">Deactivated</span>}</td>
              <td className="px-4 py-3">
                <div className="space-y-2">
                  <UserRowControls userId={user.id} name={user.name} role={user.role as Role} active={user.active} isSelf={user.id === admin.id} />
                  <EditUserForm userId={user.id} name={user.name} email={user.email} isSelf={user.id === admin.id} />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
