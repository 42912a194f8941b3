package org.hygie.terminology.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hygie.terminology.api.Drug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BDPM folder IT points the server to ({@link TerminologyConfig#bdpmFolder()}): at start, and
 * whenever the configuration changes, its files are imported when they differ from those last
 * imported (their SHA-256, with the version of the shipped set, whose substances give the imported
 * drugs their classes). The import runs on a thread of its own, the curated drugs serving
 * meanwhile, and replaces the imported drugs in one transaction: a failure leaves the former ones.
 */
final class BdpmFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BdpmFolder.class);

    private final TerminologyService service;
    private final ShippedCatalogue shipped;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hygie-bdpm-import");
        t.setDaemon(true);
        return t;
    });

    BdpmFolder(TerminologyService service, ShippedCatalogue shipped) {
        this.service = service;
        this.shipped = shipped;
    }

    /** Imports the folder's files in the background when they changed; nothing for a blank folder. */
    void watch(String folder) {
        if (folder == null || folder.isBlank() || folder.startsWith("$[")) {
            return;
        }
        Path path = Path.of(folder.strip());
        worker.submit(() -> {
            try {
                importIfChanged(path);
            } catch (Exception e) {
                LOG.error("BDPM import from {} failed; the drugs imported before stay", path, e);
            }
        });
    }

    /** @return how many drugs were imported, or -1 when the files are those already imported */
    int importIfChanged(Path folder) throws IOException {
        for (String file : BdpmFiles.REQUIRED) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new IOException("The BDPM folder " + folder + " lacks " + file + " (it needs "
                        + String.join(", ", BdpmFiles.REQUIRED) + ")");
            }
        }
        String fingerprint = fingerprint(folder);
        String current = service.tx.readOnly(em -> TerminologyStore.version(em, TerminologyStore.BDPM));
        if (fingerprint.equals(current)) {
            LOG.info("BDPM files in {} already imported", folder);
            return -1;
        }
        return importFiles(folder, fingerprint);
    }

    int importFiles(Path folder, String fingerprint) throws IOException {
        long started = System.nanoTime();
        LOG.info("BDPM import from {}: reading the files", folder);
        BdpmFiles.Content content = BdpmFiles.read(folder);
        List<Drug> drugs = new BdpmMapping(shipped).drugs(content);
        long classed = drugs.stream().filter(d -> d.atc() != null).count();
        LOG.info("BDPM import: {} drugs ({} with an ATC class from the curated set, {} narcotics), {} packs read; "
                + "{} lines skipped; writing", drugs.size(), classed, drugs.stream().filter(Drug::narcotic).count(),
                content.packs().size(), content.skipped());
        Instant now = service.clock.instant();
        int imported = service.tx.inTransaction(em -> {
            TerminologyStore.lock(em);
            return TerminologyStore.replaceBdpm(em, drugs, content.packs(), fingerprint, now);
        });
        LOG.info("BDPM import done: {} drugs imported (the {} curated ones kept) in {} ms", imported,
                drugs.size() - imported, (System.nanoTime() - started) / 1_000_000);
        return imported;
    }

    String fingerprint(Path folder) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(shipped.version().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String file : List.of(BdpmFiles.SPECIALITIES, BdpmFiles.PACKS, BdpmFiles.COMPOSITIONS,
                    BdpmFiles.CONDITIONS)) {
                Path p = folder.resolve(file);
                digest.update((byte) 0);
                if (Files.isRegularFile(p)) {
                    try (InputStream in = Files.newInputStream(p)) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
