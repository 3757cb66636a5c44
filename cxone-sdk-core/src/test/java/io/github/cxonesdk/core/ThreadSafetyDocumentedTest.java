package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** CONTRIBUTING.md: every public type's Javadoc says whether it is thread-safe. */
class ThreadSafetyDocumentedTest {
    /** A Javadoc comment, optional annotations, then a public type declaration. */
    private static final Pattern DOCUMENTED_TYPE = Pattern.compile("(/\\*\\*(?:(?!\\*/).)*\\*/)\\s*"
            + "(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+(?:static\\s+)?(?:final\\s+|abstract\\s+|sealed\\s+)*"
            + "(?:class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.DOTALL);
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "\\n\\s*public\\s+(?:static\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    @Test
    void everyPublicCoreType_statesItsThreadSafety() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().endsWith("-info.java")).toList()) {
                String source = Files.readString(file);
                int publicTypes = count(PUBLIC_TYPE.matcher(source));
                Matcher documented = DOCUMENTED_TYPE.matcher(source);
                int stated = 0;
                while (documented.find()) {
                    if (documented.group(1).toLowerCase(java.util.Locale.ROOT).contains("thread")) {
                        stated++;
                    } else {
                        missing.add(file.getFileName() + ": " + documented.group(2));
                    }
                }
                if (stated + missing.stream().filter(m -> m.startsWith(file.getFileName() + ":")).count()
                        < publicTypes) {
                    missing.add(file.getFileName() + ": a public type without Javadoc");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
