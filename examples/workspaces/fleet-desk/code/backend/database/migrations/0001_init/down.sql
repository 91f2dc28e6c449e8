-- DropForeignKey
ALTER TABLE `maintenance_jobs` DROP FOREIGN KEY `maintenance_jobs_vehicle_id_fkey`;

-- DropForeignKey
ALTER TABLE `bookings` DROP FOREIGN KEY `bookings_vehicle_id_fkey`;

-- DropForeignKey
ALTER TABLE `bookings` DROP FOREIGN KEY `bookings_driver_id_fkey`;

-- DropIndex
DROP INDEX `vehicles_plate_number_key` ON `vehicles`;

-- DropIndex
DROP INDEX `maintenance_jobs_vehicle_id_idx` ON `maintenance_jobs`;

-- DropIndex
DROP INDEX `drivers_licence_number_key` ON `drivers`;

-- DropIndex
DROP INDEX `drivers_email_key` ON `drivers`;

-- DropIndex
DROP INDEX `bookings_vehicle_id_idx` ON `bookings`;

-- DropIndex
DROP INDEX `bookings_driver_id_idx` ON `bookings`;

-- DropTable
DROP TABLE `vehicles`;

-- DropTable
DROP TABLE `maintenance_jobs`;

-- DropTable
DROP TABLE `drivers`;

-- DropTable
DROP TABLE `bookings`;
