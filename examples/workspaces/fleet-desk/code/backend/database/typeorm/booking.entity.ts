import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { BookingStatus } from './enums.js';
import { Driver } from './driver.entity.js';
import { Vehicle } from './vehicle.entity.js';

@Entity({ name: 'bookings' })
@Index('bookings_driver_id_idx', ['driverId'])
@Index('bookings_vehicle_id_idx', ['vehicleId'])
export class Booking {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'vehicle_id', type: 'char', length: 36 })
  vehicleId!: string;

  @Column({ name: 'driver_id', type: 'char', length: 36 })
  driverId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'status', type: 'enum', enum: BookingStatus, default: BookingStatus.requested })
  status!: BookingStatus;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @ManyToOne(() => Driver, (driver) => driver.bookings, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'driver_id', foreignKeyConstraintName: 'bookings_driver_id_fkey' })
  driver!: Relation<Driver>;

  @ManyToOne(() => Vehicle, (vehicle) => vehicle.bookings, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'vehicle_id', foreignKeyConstraintName: 'bookings_vehicle_id_fkey' })
  vehicle!: Relation<Vehicle>;
}
