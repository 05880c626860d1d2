package org.postdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/**
 * No code reads or writes text in the platform's default charset: under {@code LANG=C} that is
 * ASCII on Java 17, and every Chinese letter would become {@code ?} (decision record 0033).
 */
@AnalyzeClasses(packages = "org.postdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class DefaultCharsetTest {

    /** Owner, name and parameter types of the calls that take the default charset. */
    private static final Set<List<String>> DEFAULT_CHARSET_CALLS = Set.of(
            List.of("java.lang.String", "getBytes"),
            List.of("java.lang.String", "<init>", "[B"),
            List.of("java.lang.String", "<init>", "[B", "int", "int"),
            List.of("java.io.InputStreamReader", "<init>", "java.io.InputStream"),
            List.of("java.io.OutputStreamWriter", "<init>", "java.io.OutputStream"),
            List.of("java.io.PrintStream", "<init>", "java.io.OutputStream"),
            List.of("java.io.PrintStream", "<init>", "java.io.OutputStream", "boolean"),
            List.of("java.io.PrintWriter", "<init>", "java.io.OutputStream"),
            List.of("java.io.PrintWriter", "<init>", "java.io.OutputStream", "boolean"),
            List.of("java.io.FileReader", "<init>", "java.lang.String"),
            List.of("java.io.FileReader", "<init>", "java.io.File"),
            List.of("java.io.FileWriter", "<init>", "java.lang.String"),
            List.of("java.io.FileWriter", "<init>", "java.io.File"),
            List.of("java.util.Scanner", "<init>", "java.io.InputStream"),
            List.of("java.io.ByteArrayOutputStream", "toString"),
            List.of("java.nio.charset.Charset", "defaultCharset"));

    private static final DescribedPredicate<JavaCall<?>> DEFAULT_CHARSET = DescribedPredicate.describe(
            "a call that takes the platform's default charset", call -> {
                List<String> key = new java.util.ArrayList<>(List.of(call.getTargetOwner().getName(), call.getName()));
                call.getTarget().getRawParameterTypes().forEach(t -> key.add(t.getName()));
                return DEFAULT_CHARSET_CALLS.contains(key);
            });

    @ArchTest
    static final ArchRule noDefaultCharset = noClasses().that().resideInAPackage("org.postdesk..")
            .should().callCodeUnitWhere(DEFAULT_CHARSET)
            .because("text is UTF-8 whatever the locale; the default charset is ASCII under LANG=C on Java 17"
                    + " (decision record 0033)");
}
