package dev.portico.platform.blob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Copies every blob from one store to another under the same key ({@code scripts/migrate-blobs.sh}, which runs the
 * packaged app with {@code migrate-blobs <from> <to>}). A blob already in the target is left alone, so an
 * interrupted run is simply run again; nothing is deleted from the source. Switch {@code portico.blobs.store} to the
 * target once it reports no failures, then run it once more for what was uploaded in between.
 */
@ApplicationScoped
public class BlobMigration {

    private static final Logger LOG = Logger.getLogger(BlobMigration.class);

    @Inject
    BlobStores stores;

    /** What one run did. */
    public record Result(int copied, int alreadyThere, List<String> failed) {
        @Override
        public String toString() {
            return copied + " copied, " + alreadyThere + " already there, " + failed.size() + " failed";
        }
    }

    public Result migrate(BlobConfig.Kind from, BlobConfig.Kind to) throws IOException {
        if (from == to) {
            throw new IllegalArgumentException("The source and the target are the same store (" + from + ")");
        }
        BlobStore source = stores.of(from);
        BlobStore target = stores.of(to);
        List<String> keys = new ArrayList<>();
        source.forEachKey(keys::add);
        int copied = 0;
        int alreadyThere = 0;
        List<String> failed = new ArrayList<>();
        Path buffer = Files.createTempFile("portico-blob-", ".bin");
        try {
            for (String key : keys) {
                try {
                    if (target.exists(key)) {
                        alreadyThere++;
                        continue;
                    }
                    try (InputStream in = source.open(key)) {
                        Files.copy(in, buffer, StandardCopyOption.REPLACE_EXISTING);
                    }
                    target.store(key, buffer);
                    copied++;
                } catch (IOException | UncheckedIOException | IllegalStateException e) {
                    LOG.warnf("Blob %s was not copied: %s", key, e.toString());
                    failed.add(key);
                }
            }
        } finally {
            Files.deleteIfExists(buffer);
        }
        return new Result(copied, alreadyThere, failed);
    }
}
