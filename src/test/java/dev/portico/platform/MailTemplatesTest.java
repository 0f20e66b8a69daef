package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.security.Locales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every mail exists in every language Portico speaks, and defines subject, html and text. */
class MailTemplatesTest {

    static final Path ROOT = Path.of("src/main/resources/templates/mail");

    @Test
    void everyMailHasAllFiveLanguagesWithSubjectHtmlAndText() throws IOException {
        Map<String, Set<String>> languagesByMail = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = ROOT.relativize(file).toString();
                String[] parts = name.split("\\.");
                assertEquals(3, parts.length, name + " should be <feature>/<mail>.<lang>.html");
                languagesByMail.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
                String text = Files.readString(file);
                for (String fragment : new String[] {"subject", "html", "text"}) {
                    assertTrue(text.contains("{#fragment id=" + fragment + " rendered=false}"),
                            name + " lacks the hidden fragment " + fragment);
                }
            }
        }
        assertFalse(languagesByMail.isEmpty());
        languagesByMail.forEach((mail, languages) ->
                assertEquals(new TreeSet<>(Locales.SUPPORTED), languages, mail + " languages"));
    }
}
