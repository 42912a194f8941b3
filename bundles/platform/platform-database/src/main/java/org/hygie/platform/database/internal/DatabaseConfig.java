package org.hygie.platform.database.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the server's database is: a PostgreSQL URL, or nothing for the embedded one. */
@ObjectClassDefinition(name = "Hygie database", description = "The PostgreSQL database of the Hygie server")
public @interface DatabaseConfig {
    String PID = "org.hygie.platform.database";

    @AttributeDefinition(description = "JDBC URL (jdbc:postgresql://host:5432/hygie); empty starts an embedded"
            + " PostgreSQL whose data lives in <dataDir>/postgres")
    String url() default "";

    @AttributeDefinition(description = "Database user (ignored by the embedded PostgreSQL)")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password (ignored by the embedded PostgreSQL)")
    String password() default "";

    @AttributeDefinition(description = "Folder of the server's local data; empty means the framework property"
            + " hygie.dataDir, else hygie-data in the working directory")
    String dataDir() default "";

    @AttributeDefinition(description = "Maximum number of pooled connections")
    int poolSize() default 10;
}
