-- CreateEnum
CREATE TYPE "project_member_role" AS ENUM ('lead', 'contributor', 'viewer');

-- CreateEnum
CREATE TYPE "task_priority" AS ENUM ('low', 'medium', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "task_status" AS ENUM ('todo', 'in_progress', 'in_review', 'done');

-- CreateEnum
CREATE TYPE "workspace_member_role" AS ENUM ('owner', 'admin', 'member');

-- AlterTable
ALTER TABLE "project_members" ALTER COLUMN "role" SET DATA TYPE "project_member_role" USING ("role"::text::"project_member_role");

-- AlterTable
ALTER TABLE "tasks" ALTER COLUMN "status" SET DATA TYPE "task_status" USING ("status"::text::"task_status");
ALTER TABLE "tasks" ALTER COLUMN "priority" SET DATA TYPE "task_priority" USING ("priority"::text::"task_priority");
ALTER TABLE "tasks" ALTER COLUMN "deleted_at" DROP NOT NULL;

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "last_login_at" DROP NOT NULL;

-- AlterTable
ALTER TABLE "workspace_members" ALTER COLUMN "role" SET DATA TYPE "workspace_member_role" USING ("role"::text::"workspace_member_role");
