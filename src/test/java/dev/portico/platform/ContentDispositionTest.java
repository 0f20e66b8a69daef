package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.http.ContentDisposition;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Download headers for any file name, without Quarkus. */
class ContentDispositionTest {

    /** RFC 6266 with an RFC 8187 ext-value: the ASCII name as a quoted string, the real one percent-encoded. */
    static final Pattern SAFE = Pattern.compile(
            "attachment; filename=\"([A-Za-z0-9 .\\-_()+,]+)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]+)");

    @Test
    void aPlainNameIsTheSameInBothForms() {
        assertEquals("attachment; filename=\"router.log\"; filename*=UTF-8''router.log", ContentDisposition.attachment("router.log"));
    }

    @Test
    void anyNameGivesOneWellFormedHeaderThatKeepsTheName() {
        String[][] cases = {
                {"Zażółć gęślą jaźń.txt", "Zazo_c gesla jazn.txt", "Zażółć gęślą jaźń.txt"},
                {"日本語 ファイル.log", "___ ____.log", "日本語 ファイル.log"},
                {"a\"b.txt", "a_b.txt", "a\"b.txt"},
                {"evil\r\nSet-Cookie: x=1.txt", "evil__Set-Cookie_ x_1.txt", "evil__Set-Cookie: x=1.txt"},
                {"../../etc/passwd", "passwd", "passwd"},
                {"..\\..\\boot.ini", "boot.ini", "boot.ini"},
                {"x.txt\"; filename=\"evil.html", "x.txt__ filename__evil.html", "x.txt\"; filename=\"evil.html"},
                {"100% * 'quoted' (1).pdf", "100_ _ _quoted_ (1).pdf", "100% * 'quoted' (1).pdf"},
                {"..", "download", "download"},
                {"", "download", "download"},
                {"\u2028\u0000", "__", "__"},
                {"emoji 🎉.png", "emoji _.png", "emoji 🎉.png"},
        };
        for (String[] c : cases) {
            String header = ContentDisposition.attachment(c[0]);
            Matcher m = SAFE.matcher(header);
            assertTrue(m.matches(), header);
            assertEquals(c[1], m.group(1), header);
            assertEquals(c[2], URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8), header);
        }
    }
}
