package org.postdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/** The dependency rules of DESIGN.md, each with its reason. */
@AnalyzeClasses(packages = "org.postdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> UI_TOOLKITS = new DescribedPredicate<>(
            "JavaFX, RichTextFX or AWT UI classes") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getName();
            if (name.equals("java.awt.image.BufferedImage")) {
                return false;
            }
            return name.startsWith("javafx.") || name.startsWith("org.fxmisc.") || name.startsWith("java.awt.")
                    || name.startsWith("javax.swing.");
        }
    };

    @ArchTest
    static final ArchRule coreHasNoUi = noClasses().that().resideInAPackage("org.postdesk.core..")
            .should().dependOnClassesThat(UI_TOOLKITS)
            .because("the core is what a post, a blog and a render are; it runs in the CLI and in tests"
                    + " without a display (BufferedImage is the one AWT type image work may use)");

    @ArchTest
    static final ArchRule coreDoesNotKnowUiOrCli = noClasses().that().resideInAPackage("org.postdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postdesk.ui..", "org.postdesk.cli..")
            .because("the core is at the centre; the window and the command line are built around it");

    @ArchTest
    static final ArchRule uiFeaturesMeetOnlyInTheShell = slices().matching("org.postdesk.ui.(*)..")
            .namingSlices("ui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(
                    com.tngtech.archunit.base.DescribedPredicate.describe("the shell",
                            (JavaClass c) -> c.getPackageName().startsWith("org.postdesk.ui.shell")),
                    DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.base.DescribedPredicate.describe("shared ui support",
                            (JavaClass c) -> c.getPackageName().startsWith("org.postdesk.ui.common")))
            .because("feature panes stay independent and meet in ui.shell through properties and small interfaces");

    @ArchTest
    static final ArchRule onlyIoAndBlogTouchTheFileSystem = noClasses().that().resideInAPackage("org.postdesk.core..")
            .and().resideOutsideOfPackages("org.postdesk.core.io..", "org.postdesk.core.blog..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
            .because("file access stays in two places that get atomic writes and error sentences right");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCli = noClasses().that().resideOutsideOfPackages("org.postdesk.cli..")
            .and().doNotHaveFullyQualifiedName("org.postdesk.Main")
            .should().accessField(System.class, "out")
            .because("the window and the core report through return values and the UI, not the console;"
                    + " Main only hands the console to the command line");

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("org.postdesk..")
            .should().beFinal()
            .because("settings are injected and state lives in objects, so tests and windows never share it");
}
