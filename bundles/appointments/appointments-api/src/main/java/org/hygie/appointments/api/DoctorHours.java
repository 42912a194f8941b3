package org.hygie.appointments.api;

/** A doctor that can be booked, with his weekly working hours. */
public record DoctorHours(Doctor doctor, WorkingHours hours) {
}
