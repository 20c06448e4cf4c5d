-- Attendance in whole minutes instead of fractional hours (existing rows converted, rounded to the minute).
ALTER TABLE "AttendanceDay" DROP CONSTRAINT "AttendanceDay_hours_range";
ALTER TABLE "AttendanceDay" ADD COLUMN "attendedMinutes" INTEGER, ADD COLUMN "scheduledMinutes" INTEGER;
UPDATE "AttendanceDay" SET "attendedMinutes" = ROUND("attendedHours" * 60), "scheduledMinutes" = ROUND("scheduledHours" * 60);
ALTER TABLE "AttendanceDay" ALTER COLUMN "attendedMinutes" SET NOT NULL, ALTER COLUMN "scheduledMinutes" SET NOT NULL;
ALTER TABLE "AttendanceDay" DROP COLUMN "attendedHours", DROP COLUMN "scheduledHours";
ALTER TABLE "AttendanceDay" ADD CONSTRAINT "AttendanceDay_minutes_range"
  CHECK ("scheduledMinutes" BETWEEN 0 AND 1440 AND "attendedMinutes" BETWEEN 0 AND 1440);

-- AlterTable
ALTER TABLE "MonthlyReport" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
