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
 * text types), whether support takes it (text, logs and configuration files, images, PDF and zip; never a web page
 * or an SVG image), and what a download is served as.
 */
@ApplicationScoped
public class AttachmentTypes {

    private static final Set<String> ALLOWED = Set.of("application/pdf", "application/zip", "application/json",
            "application/xml", "application/x-yaml", "application/yaml", "application/toml", "image/png", "image/jpeg",
            "image/gif", "image/webp", "image/bmp", "image/tiff");

    /** Pages and images a browser runs scripts in: refused, whatever the name says. */
    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml");

    /** Served as what they are on download; every other type goes out as application/octet-stream. */
    private static final Set<String> PASSIVE = Set.of("text/plain", "text/csv", "application/pdf", "application/zip",
            "application/json", "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff");

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
        return !active(mediaType) && (mediaType.startsWith("text/") || ALLOWED.contains(mediaType));
    }

    /** A web page or SVG image: the browser of whoever opens it would run what it holds. */
    public boolean active(String mediaType) {
        return ACTIVE.contains(mediaType);
    }

    /**
     * The Content-Type a stored file is served with: its own when no browser renders it as active content,
     * application/octet-stream otherwise (XML, scripts, and whatever was stored before these rules).
     */
    public static String servedAs(String mediaType) {
        return PASSIVE.contains(mediaType) ? mediaType : "application/octet-stream";
    }
}
