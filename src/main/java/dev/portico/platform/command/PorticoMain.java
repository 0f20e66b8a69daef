package dev.portico.platform.command;

import dev.portico.platform.blob.BlobConfig;
import dev.portico.platform.blob.BlobMigration;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The app's entry point: without arguments it serves until stopped; {@code migrate-blobs <from> <to>} copies the
 * blobs between stores ({@code postgres}, {@code s3}, {@code filesystem}) and exits — 0 when every blob is in the
 * target, 1 when some failed (run again), 2 for a wrong command line.
 */
@QuarkusMain
public class PorticoMain implements QuarkusApplication {

    @Inject
    BlobMigration blobMigration;

    public static void main(String... args) {
        Quarkus.run(PorticoMain.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 3 && args[0].equals("migrate-blobs")) {
            BlobConfig.Kind from;
            BlobConfig.Kind to;
            try {
                from = BlobConfig.Kind.valueOf(args[1].toUpperCase(Locale.ROOT));
                to = BlobConfig.Kind.valueOf(args[2].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return usage();
            }
            if (from == to) {
                return usage();
            }
            BlobMigration.Result result = blobMigration.migrate(from, to);
            System.out.println("migrate-blobs " + args[1] + " -> " + args[2] + ": " + result);
            result.failed().forEach(key -> System.out.println("  not copied: " + key));
            return result.failed().isEmpty() ? 0 : 1;
        }
        return usage();
    }

    private static int usage() {
        System.err.println("usage: java -jar quarkus-run.jar [migrate-blobs <from> <to>]   (stores: postgres, s3, filesystem)");
        return 2;
    }
}
