-- DropForeignKey
ALTER TABLE "workspaces" DROP CONSTRAINT "workspaces_owner_id_fkey";

-- DropForeignKey
ALTER TABLE "workspace_members" DROP CONSTRAINT "workspace_members_workspace_id_fkey";

-- DropForeignKey
ALTER TABLE "workspace_members" DROP CONSTRAINT "workspace_members_user_id_fkey";

-- DropForeignKey
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_reporter_id_fkey";

-- DropForeignKey
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_project_id_fkey";

-- DropForeignKey
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_parent_task_id_fkey";

-- DropForeignKey
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_assignee_id_fkey";

-- DropForeignKey
ALTER TABLE "projects" DROP CONSTRAINT "projects_workspace_id_fkey";

-- DropForeignKey
ALTER TABLE "project_members" DROP CONSTRAINT "project_members_user_id_fkey";

-- DropForeignKey
ALTER TABLE "project_members" DROP CONSTRAINT "project_members_project_id_fkey";

-- DropForeignKey
ALTER TABLE "profiles" DROP CONSTRAINT "profiles_user_id_fkey";

-- DropForeignKey
ALTER TABLE "labels" DROP CONSTRAINT "labels_workspace_id_fkey";

-- DropForeignKey
ALTER TABLE "comments" DROP CONSTRAINT "comments_task_id_fkey";

-- DropForeignKey
ALTER TABLE "comments" DROP CONSTRAINT "comments_author_id_fkey";

-- DropForeignKey
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_task_id_fkey";

-- DropForeignKey
ALTER TABLE "_LabelToTask" DROP CONSTRAINT "_LabelToTask_B_fkey";

-- DropForeignKey
ALTER TABLE "_LabelToTask" DROP CONSTRAINT "_LabelToTask_A_fkey";

-- DropIndex
DROP INDEX "workspaces_owner_id_idx";

-- DropIndex
DROP INDEX "workspaces_slug_key";

-- DropIndex
DROP INDEX "workspace_members_user_id_idx";

-- DropIndex
DROP INDEX "users_email_key";

-- DropIndex
DROP INDEX "tasks_reporter_id_idx";

-- DropIndex
DROP INDEX "tasks_project_id_idx";

-- DropIndex
DROP INDEX "tasks_parent_task_id_idx";

-- DropIndex
DROP INDEX "tasks_assignee_id_idx";

-- DropIndex
DROP INDEX "projects_workspace_id_idx";

-- DropIndex
DROP INDEX "project_members_user_id_idx";

-- DropIndex
DROP INDEX "profiles_user_id_key";

-- DropIndex
DROP INDEX "labels_workspace_id_idx";

-- DropIndex
DROP INDEX "comments_task_id_idx";

-- DropIndex
DROP INDEX "comments_author_id_idx";

-- DropIndex
DROP INDEX "attachments_task_id_idx";

-- DropIndex
DROP INDEX "attachments_storage_key_key";

-- DropIndex
DROP INDEX "_LabelToTask_B_index";

-- DropTable
DROP TABLE "workspaces";

-- DropTable
DROP TABLE "workspace_members";

-- DropTable
DROP TABLE "users";

-- DropTable
DROP TABLE "tasks";

-- DropTable
DROP TABLE "projects";

-- DropTable
DROP TABLE "project_members";

-- DropTable
DROP TABLE "profiles";

-- DropTable
DROP TABLE "labels";

-- DropTable
DROP TABLE "comments";

-- DropTable
DROP TABLE "attachments";

-- DropTable
DROP TABLE "_LabelToTask";

-- DropEnum
DROP TYPE "workspace_member_role";

-- DropEnum
DROP TYPE "task_status";

-- DropEnum
DROP TYPE "task_priority";

-- DropEnum
DROP TYPE "project_member_role";
