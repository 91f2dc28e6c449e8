import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Vehicle } from './vehicle.entity.js';

@Entity({ name: 'maintenance_jobs' })
@Index('maintenance_jobs_vehicle_id_idx', ['vehicleId'])
export class MaintenanceJob {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'vehicle_id', type: 'char', length: 36 })
  vehicleId!: string;

  @Column({ name: 'garage_name', type: 'varchar', length: 120 })
  garageName!: string;

  @Column({ name: 'performed_on', type: 'date' })
  performedOn!: string;

  /** Euros with cents */
  @Column({ name: 'cost', type: 'decimal', precision: 10, scale: 2 })
  cost!: string;

  @Column({ name: 'notes', type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;

  @ManyToOne(() => Vehicle, (vehicle) => vehicle.maintenanceJobs, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn({ name: 'vehicle_id', foreignKeyConstraintName: 'maintenance_jobs_vehicle_id_fkey' })
  vehicle!: Relation<Vehicle>;
}
