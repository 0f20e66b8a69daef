package dev.portico.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What an upload really is, from its bytes (Apache Tika's magic numbers; the file name only breaks ties between
 * text types), and whether support takes it: text, logs and configuration files, images, PDF and zip.
 */
@ApplicationScoped
public class AttachmentTypes {

    private static final Set<String> ALLOWED = Set.of("application/pdf", "application/zip", "application/json",
            "application/xml", "application/x-yaml", "application/yaml", "application/toml", "image/png", "image/jpeg",
            "image/gif", "image/webp", "image/bmp", "image/tiff", "image/svg+xml");

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    /** The detected media type, without parameters. */
    public String detect(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        }
    }

    public boolean allowed(String mediaType) {
        return mediaType.startsWith("text/") || ALLOWED.contains(mediaType);
    }
}
