-- AlterTable
ALTER TABLE "project_members" ALTER COLUMN "role" SET DATA TYPE TEXT USING ("role"::TEXT);

-- AlterTable
ALTER TABLE "tasks" ALTER COLUMN "status" SET DATA TYPE TEXT USING ("status"::TEXT);
ALTER TABLE "tasks" ALTER COLUMN "priority" SET DATA TYPE TEXT USING ("priority"::TEXT);
ALTER TABLE "tasks" ALTER COLUMN "deleted_at" SET NOT NULL;

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "last_login_at" SET NOT NULL;

-- AlterTable
ALTER TABLE "workspace_members" ALTER COLUMN "role" SET DATA TYPE TEXT USING ("role"::TEXT);

-- DropEnum
DROP TYPE "workspace_member_role";

-- DropEnum
DROP TYPE "task_status";

-- DropEnum
DROP TYPE "task_priority";

-- DropEnum
DROP TYPE "project_member_role";
