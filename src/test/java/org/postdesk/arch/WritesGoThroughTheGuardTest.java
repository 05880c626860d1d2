package org.postdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Decision record 0023: every write goes through {@code core.io.WriteGuard}, so a future write
 * cannot forget to resolve links, stay inside the blog and honour a file's own permissions.
 * Outside {@code core.io} no class may call the file system's writing methods or open a file for
 * writing; the one exception is named with its reason.
 */
@AnalyzeClasses(packages = "org.postdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class WritesGoThroughTheGuardTest {

    /** {@code java.nio.file.Files} methods that change the file system. */
    private static final Set<String> WRITING_FILES_METHODS = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "newByteChannel", "move", "copy", "delete", "deleteIfExists", "createFile",
            "createDirectory", "createDirectories", "createTempFile", "createTempDirectory", "createLink",
            "createSymbolicLink", "setPosixFilePermissions", "setOwner", "setAttribute", "setLastModifiedTime");

    /** Classes that write outside any blog and say why in their own comment. */
    private static final Set<String> ALLOWED = Set.of(); // none: core.io.BundledFolder copies the sample blog

    private static final DescribedPredicate<JavaAccess<?>> A_WRITE = DescribedPredicate.describe(
            "a call that writes to the file system", access -> {
                JavaClass owner = access.getTargetOwner();
                String name = access.getName();
                return switch (owner.getName()) {
                    case "java.nio.file.Files" -> WRITING_FILES_METHODS.contains(name);
                    case "java.io.FileOutputStream", "java.io.FileWriter", "java.io.RandomAccessFile" ->
                            name.equals("<init>");
                    case "java.io.PrintWriter", "java.io.PrintStream" -> access.getTarget().getFullName()
                            .matches(".*\\.<init>\\((java\\.lang\\.String|java\\.io\\.File)\\b.*");
                    case "java.nio.channels.FileChannel" -> name.equals("open");
                    case "java.io.File" -> Set.of("delete", "renameTo", "mkdir", "mkdirs", "createNewFile",
                            "setWritable", "setReadable", "setExecutable", "setReadOnly", "setLastModified")
                            .contains(name);
                    default -> false;
                };
            });

    @ArchTest
    static final ArchRule onlyCoreIoWrites = noClasses().that().resideOutsideOfPackage("org.postdesk.core.io..")
            .and(DescribedPredicate.describe("not an allowed exception", (JavaClass c) -> !ALLOWED.contains(c.getName())
                    && !ALLOWED.contains(c.getName().replaceFirst("\\$.*", ""))))
            .should().callCodeUnitWhere(A_WRITE)
            .because("every write goes through core.io.WriteGuard (decision record 0023): real paths inside the"
                    + " blog, links written through or refused, a file's own permissions honoured");
}
