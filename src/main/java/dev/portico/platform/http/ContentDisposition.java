package dev.portico.platform.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.net.PercentCodec;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, with the file name twice —
 * {@code filename*=UTF-8''…} percent-encoded as RFC 8187 says (what current browsers use), and an ASCII-only
 * {@code filename="…"} for the others. Whatever a name holds (quotes, CR/LF, {@code ../}, any script), the header
 * stays one well-formed line.
 */
public final class ContentDisposition {

    /** RFC 8187 attr-char: the only characters a value may carry unencoded. */
    private static final String ATTR_CHAR = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

    /** Percent-encodes every byte that is not an attr-char (non-ASCII bytes always). */
    private static final PercentCodec EXT_VALUE = new PercentCodec(notAttrChars(), false);

    private static final String DEFAULT_NAME = "download";

    private ContentDisposition() {
    }

    /** {@code attachment; filename="<ASCII>"; filename*=UTF-8''<percent-encoded UTF-8>}. */
    public static String attachment(String fileName) {
        String name = plain(fileName);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + extValue(name);
    }

    private static String extValue(String name) {
        try {
            return new String(EXT_VALUE.encode(name.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
        } catch (EncoderException e) {
            throw new IllegalStateException(e); // percent-encoding bytes cannot fail
        }
    }

    /**
     * The name in ASCII for a quoted string: accents dropped (é → e), and every character that is not a letter,
     * digit, space or one of {@code . - _ ( ) + ,} replaced by {@code _}.
     */
    public static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(plain(fileName), Normalizer.Form.NFKD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean safe = c < 0x80 && (Character.isLetterOrDigit(c) || " .-_()+,".indexOf(c) >= 0);
            ascii.append(safe ? (char) c : '_');
        }
        String result = ascii.toString().strip();
        return result.isEmpty() ? DEFAULT_NAME : result;
    }

    /** The last path segment, without control characters or line separators; a default when nothing is left. */
    private static String plain(String fileName) {
        if (fileName == null) {
            return DEFAULT_NAME;
        }
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder plain = new StringBuilder(last.length());
        last.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            plain.appendCodePoint(breaks ? '_' : c);
        });
        String result = plain.toString().strip();
        return result.isEmpty() || result.equals(".") || result.equals("..") ? DEFAULT_NAME : result;
    }

    private static byte[] notAttrChars() {
        StringBuilder encode = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            if (ATTR_CHAR.indexOf(c) < 0) {
                encode.append(c);
            }
        }
        return encode.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
