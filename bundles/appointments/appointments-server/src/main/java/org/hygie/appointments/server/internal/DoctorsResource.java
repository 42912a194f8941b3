package org.hygie.appointments.server.internal;

import java.util.List;
import java.util.UUID;

import org.hygie.appointments.api.Doctor;
import org.hygie.appointments.api.DoctorHours;
import org.hygie.appointments.api.DoctorsApi;
import org.hygie.appointments.api.WorkingHours;
import org.hygie.core.security.CurrentUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The doctors REST resource; paths and permissions come from {@link DoctorsApi}. */
@Component(service = DoctorsResource.class, scope = ServiceScope.PROTOTYPE)
@JakartarsResource
@Path(DoctorsApi.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoctorsResource implements DoctorsApi {
    @Reference
    AppointmentsService appointments;

    @Reference
    CurrentUser currentUser;

    @Override
    public List<Doctor> list() {
        return appointments.doctors();
    }

    @Override
    public List<DoctorHours> allWorkingHours() {
        return appointments.allWorkingHours();
    }

    @Override
    public WorkingHours workingHours(UUID doctorId) {
        return appointments.workingHours(doctorId);
    }

    @Override
    public WorkingHours setWorkingHours(UUID doctorId, WorkingHours hours) {
        return appointments.setWorkingHours(currentUser.require(), doctorId, hours);
    }
}
