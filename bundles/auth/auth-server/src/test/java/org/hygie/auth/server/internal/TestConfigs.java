package org.hygie.auth.server.internal;

import java.lang.annotation.Annotation;

/** Configurations of the auth area as Config Admin would deliver them. */
final class TestConfigs {
    private TestConfigs() {
    }

    /** @return the defaults: 30 idle minutes, 12 hours at most */
    static AuthConfig defaults() {
        return new AuthConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return AuthConfig.class;
            }

            @Override
            public int idleMinutes() {
                return 30;
            }

            @Override
            public int absoluteHours() {
                return 12;
            }

            @Override
            public int throttleAddressFailures() {
                return 10;
            }

            @Override
            public int throttleAccountFailures() {
                return 5;
            }

            @Override
            public int throttleMaxSeconds() {
                return 900;
            }
        };
    }
}
