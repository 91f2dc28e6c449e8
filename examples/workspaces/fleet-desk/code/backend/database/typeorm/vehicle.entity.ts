import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Booking } from './booking.entity.js';
import { MaintenanceJob } from './maintenance-job.entity.js';

@Entity({ name: 'vehicles' })
export class Vehicle {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'plate_number', type: 'varchar', length: 16, unique: true })
  plateNumber!: string;

  @Column({ name: 'make', type: 'varchar', length: 60 })
  make!: string;

  @Column({ name: 'model', type: 'varchar', length: 60 })
  model!: string;

  @Column({ name: 'mileage_km', type: 'int', default: 0 })
  mileageKm!: number;

  @Column({ name: 'retired_at', type: 'datetime', precision: 3, nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @OneToMany(() => Booking, (booking) => booking.vehicle)
  bookings!: Relation<Booking[]>;

  @OneToMany(() => MaintenanceJob, (maintenanceJob) => maintenanceJob.vehicle)
  maintenanceJobs!: Relation<MaintenanceJob[]>;
}
