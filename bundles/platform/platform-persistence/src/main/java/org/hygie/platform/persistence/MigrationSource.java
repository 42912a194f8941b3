package org.hygie.platform.persistence;

import java.net.URL;
import java.util.SortedMap;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The SQL migration files of one unit: the files of its migrations folder, wherever that folder
 * lives (a bundle's entries for the extender, a class-path folder for a plain test).
 */
@ConsumerType
public interface MigrationSource {
    /** @return where the folder is, for messages */
    String location();

    /** @return every file of the folder (not of its subfolders), by file name */
    SortedMap<String, URL> files();
}
