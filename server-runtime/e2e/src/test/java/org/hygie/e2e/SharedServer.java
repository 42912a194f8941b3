package org.hygie.e2e;

import java.time.Duration;
import java.util.Map;

/**
 * The server most end-to-end tests share: the exported jar with demo data on a throwaway database
 * of the machine's PostgreSQL (HYGIE_DB_URL), started once per test run and stopped at its end.
 * Tests that change shared state (lock an account, deactivate a user) create their own users.
 */
final class SharedServer {
    static final String ESTABLISHMENT = "Centre hospitalier de démonstration";
    static final String FINESS = "750000001";
    private static SharedServer instance;

    final TestDatabase database;
    final ServerProcess server;
    final Api api;

    private SharedServer() throws Exception {
        database = new TestDatabase();
        server = new ServerProcess("shared", Map.of(
                "HYGIE_DB_URL", database.url(),
                "HYGIE_DEMO", "1",
                // The establishment printed on ordonnances (PrescriptionsE2ETest reads it back).
                "HYGIE_PRESCRIPTIONS_ESTABLISHMENT_NAME", ESTABLISHMENT,
                "HYGIE_PRESCRIPTIONS_ESTABLISHMENT_ADDRESS", "12 rue de la Santé | 75013 Paris",
                "HYGIE_PRESCRIPTIONS_FINESS", FINESS,
                // Cost 10 is the floor Hygie accepts; it keeps the many logins of the tests quick.
                "HYGIE_USERS_BCRYPT_COST", "10"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        server.awaitHealthy(Duration.ofSeconds(120));
        api = new Api(server::uri);
    }

    static synchronized SharedServer get() throws Exception {
        if (instance == null) {
            instance = new SharedServer();
        }
        return instance;
    }

    private void stop() {
        try {
            server.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("Could not drop test database " + database.name + ": " + e);
        }
    }
}
