-- CreateTable
CREATE TABLE `bookings` (
    `id` CHAR(36) NOT NULL,
    `vehicle_id` CHAR(36) NOT NULL,
    `driver_id` CHAR(36) NOT NULL,
    `starts_on` DATE NOT NULL,
    `ends_on` DATE NOT NULL,
    `status` ENUM('requested','approved','rejected','completed') NOT NULL DEFAULT 'requested',
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `drivers` (
    `id` CHAR(36) NOT NULL,
    `full_name` VARCHAR(120) NOT NULL,
    `email` VARCHAR(255) NOT NULL,
    `licence_number` VARCHAR(40) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `maintenance_jobs` (
    `id` CHAR(36) NOT NULL,
    `vehicle_id` CHAR(36) NOT NULL,
    `garage_name` VARCHAR(120) NOT NULL,
    `performed_on` DATE NOT NULL,
    `cost` DECIMAL(10,2) NOT NULL,
    `notes` TEXT,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `vehicles` (
    `id` CHAR(36) NOT NULL,
    `plate_number` VARCHAR(16) NOT NULL,
    `make` VARCHAR(60) NOT NULL,
    `model` VARCHAR(60) NOT NULL,
    `mileage_km` INTEGER NOT NULL DEFAULT 0,
    `retired_at` DATETIME(3),
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateIndex
CREATE INDEX `bookings_driver_id_idx` ON `bookings`(`driver_id`);

-- CreateIndex
CREATE INDEX `bookings_vehicle_id_idx` ON `bookings`(`vehicle_id`);

-- CreateIndex
CREATE UNIQUE INDEX `drivers_email_key` ON `drivers`(`email`);

-- CreateIndex
CREATE UNIQUE INDEX `drivers_licence_number_key` ON `drivers`(`licence_number`);

-- CreateIndex
CREATE INDEX `maintenance_jobs_vehicle_id_idx` ON `maintenance_jobs`(`vehicle_id`);

-- CreateIndex
CREATE UNIQUE INDEX `vehicles_plate_number_key` ON `vehicles`(`plate_number`);

-- AddForeignKey
ALTER TABLE `bookings` ADD CONSTRAINT `bookings_driver_id_fkey` FOREIGN KEY (`driver_id`) REFERENCES `drivers`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `bookings` ADD CONSTRAINT `bookings_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `maintenance_jobs` ADD CONSTRAINT `maintenance_jobs_vehicle_id_fkey` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
