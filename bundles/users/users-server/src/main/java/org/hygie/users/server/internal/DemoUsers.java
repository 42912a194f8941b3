package org.hygie.users.server.internal;

import java.util.List;

import org.hygie.core.security.Role;
import org.hygie.users.server.internal.UserManager.DemoAccount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo accounts, seeded only when the {@code org.hygie.demo} configuration exists (HYGIE_DEMO=1).
 * Idempotent: missing accounts are created, existing ones left alone. All share the documented
 * password {@value #PASSWORD} and need not change it.
 */
@Component(configurationPid = "org.hygie.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true, service = {})
public class DemoUsers {
    static final String PASSWORD = "Hygie-demo-1";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrateur Hygie", Role.ADMIN),
            // Fictitious RPPS numbers (11 digits, Luhn key). dr.lefevre has none: her prescriptions
            // cannot be printed, as the ordonnance would lack a mandatory mention.
            new DemoAccount("dr.martin", "Dr Hélène Martin", Role.DOCTOR, "10001234565", "Médecine générale",
                    "01 45 67 89 10"),
            new DemoAccount("dr.bernard", "Dr François Bernard", Role.DOCTOR, "10002345675", "Cardiologie",
                    "01 45 67 89 11"),
            new DemoAccount("dr.lefevre", "Dr Camille Lefèvre", Role.DOCTOR),
            new DemoAccount("bio.durand", "Jérôme Durand", Role.BIOLOGIST),
            new DemoAccount("sec.petit", "Chloé Petit", Role.SECRETARY));

    @Reference
    UserManager users;

    @Activate
    void activate() {
        users.seedDemo(ACCOUNTS, PASSWORD);
    }
}
