/** The `booking_status` enum. */
export enum BookingStatus {
  requested = 'requested',
  approved = 'approved',
  rejected = 'rejected',
  completed = 'completed',
}
