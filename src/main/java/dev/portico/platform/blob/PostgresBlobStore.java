package dev.portico.platform.blob;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Blobs in PostgreSQL ({@code blob_object}, {@code blob_chunk}), in chunks of {@value #CHUNK} bytes: every replica
 * reads what any wrote, backups and restores carry the files with their rows, and there is nothing else to run. A
 * blob stored inside a transaction (an upload's) is part of it: a rolled-back upload leaves no bytes behind. Reading
 * fetches one chunk at a time, so a download holds one chunk in memory however large the file.
 */
public class PostgresBlobStore implements BlobStore {

    static final int CHUNK = 1 << 20;
    private static final int KEY_BATCH = 1000;

    private final DataSource dataSource;

    public PostgresBlobStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void store(String key, Path file) throws IOException {
        String k = BlobStore.checked(key);
        long size = Files.size(file);
        try {
            QuarkusTransaction.joiningExisting().run(() -> {
                try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
                    update(c, "delete from blob_object where blob_key = ?", k);
                    try (PreparedStatement object = c.prepareStatement(
                            "insert into blob_object (blob_key, size_bytes) values (?, ?)")) {
                        object.setString(1, k);
                        object.setLong(2, size);
                        object.executeUpdate();
                    }
                    try (PreparedStatement chunk = c.prepareStatement(
                            "insert into blob_chunk (blob_key, seq, data) values (?, ?, ?)")) {
                        int seq = 0;
                        byte[] bytes;
                        while ((bytes = in.readNBytes(CHUNK)).length > 0 || seq == 0) {
                            chunk.setString(1, k);
                            chunk.setInt(2, seq++);
                            chunk.setBytes(3, bytes);
                            chunk.executeUpdate();
                            if (bytes.length < CHUNK) {
                                break;
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Blob " + k + " could not be stored", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        String k = BlobStore.checked(key);
        if (!exists(k)) {
            throw new NoSuchFileException(k);
        }
        return new ChunkStream(k);
    }

    @Override
    public boolean exists(String key) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from blob_object where blob_key = ?")) {
            s.setString(1, BlobStore.checked(key));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IOException("Blob " + key + " could not be looked up", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        String k = BlobStore.checked(key);
        try {
            // Its own transaction: also called after an upload's transaction rolled back (nothing left to delete then).
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection()) {
                    update(c, "delete from blob_object where blob_key = ?", k);
                } catch (SQLException e) {
                    throw new IllegalStateException("Blob " + k + " could not be deleted", e);
                }
            });
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    @Override
    public void forEachKey(Consumer<String> consumer) throws IOException {
        String after = "";
        while (true) {
            List<String> keys = new ArrayList<>(KEY_BATCH);
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "select blob_key from blob_object where blob_key > ? order by blob_key limit " + KEY_BATCH)) {
                s.setString(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IOException("The stored blobs could not be listed", e);
            }
            keys.forEach(consumer);
            if (keys.size() < KEY_BATCH) {
                return;
            }
            after = keys.get(keys.size() - 1);
        }
    }

    private static void update(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.executeUpdate();
        }
    }

    /** Reads the blob chunk by chunk, each chunk with a connection of its own for as long as the query takes. */
    private final class ChunkStream extends InputStream {
        private final String key;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean done;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            return fill() ? chunk[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (pos >= chunk.length) {
                if (done) {
                    return false;
                }
                try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                        "select data from blob_chunk where blob_key = ? and seq = ?")) {
                    s.setString(1, key);
                    s.setInt(2, nextSeq++);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            done = true;
                            return false;
                        }
                        chunk = rs.getBytes(1);
                        pos = 0;
                    }
                } catch (SQLException e) {
                    throw new IOException("Blob " + key + " could not be read", e);
                }
            }
            return true;
        }
    }
}
