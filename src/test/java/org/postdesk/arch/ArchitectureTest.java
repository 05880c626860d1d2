package org.postdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

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
                    DescribedPredicate.describe("the shell",
                            (JavaClass c) -> c.getPackageName().startsWith("org.postdesk.ui.shell")),
                    DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    DescribedPredicate.describe("shared ui support",
                            (JavaClass c) -> c.getPackageName().startsWith("org.postdesk.ui.common")))
            .because("feature rooms (ui.safety, ui.files, ui.images, ui.postlist, ...) stay independent and meet in"
                    + " ui.shell through properties and small interfaces; ui.common is the shared room every"
                    + " feature may use (decision records 0028, 0030)");

    @ArchTest
    static final ArchRule theCommonRoomKnowsNoFeature = noClasses().that().resideInAPackage("org.postdesk.ui.common..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are in another ui package",
                    (JavaClass c) -> c.getPackageName().startsWith("org.postdesk.ui.")
                            && !c.getPackageName().startsWith("org.postdesk.ui.common")))
            .because("ui.common is what every feature room shares (the bench, the bars, the window's faces, the"
                    + " dialog interfaces); if it knew a feature, features would meet through it instead of"
                    + " the shell (decision record 0030)");

    /** Classes whose every use is file access. */
    private static final Set<String> FILE_ACCESS_CLASSES = Set.of("java.nio.file.Files",
            "java.nio.channels.FileChannel", "java.nio.channels.AsynchronousFileChannel", "java.io.FileInputStream",
            "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile");

    /** {@code java.io.File} methods that ask the disk (a {@code File} as a name, for choosers, is fine). */
    private static final Set<String> FILE_QUERIES = Set.of("exists", "isFile", "isDirectory", "isHidden", "length",
            "lastModified", "list", "listFiles", "canRead", "canWrite", "canExecute", "getCanonicalPath",
            "getCanonicalFile", "getFreeSpace", "getTotalSpace", "getUsableSpace", "delete", "deleteOnExit",
            "renameTo", "mkdir", "mkdirs", "createNewFile", "setWritable", "setReadable", "setExecutable",
            "setReadOnly", "setLastModified");

    private static final DescribedPredicate<JavaAccess<?>> FILE_ACCESS = DescribedPredicate.describe(
            "a file-system access (Files, file channels and streams, java.io.File queries)", access -> {
                String owner = access.getTargetOwner().getName();
                return FILE_ACCESS_CLASSES.contains(owner)
                        || owner.equals("java.io.File") && FILE_QUERIES.contains(access.getName());
            });

    @ArchTest
    static final ArchRule onlyIoBlogAndSiteTouchTheFileSystem = noClasses().that().resideInAPackage("org.postdesk..")
            .and().resideOutsideOfPackages("org.postdesk.core.io..", "org.postdesk.core.blog..",
                    "org.postdesk.core.site..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are file-access classes",
                    (JavaClass c) -> FILE_ACCESS_CLASSES.contains(c.getName())))
            .orShould().accessTargetWhere(FILE_ACCESS)
            .because("file access stays in the places that get real paths, atomic writes and error sentences"
                    + " right (core.io, core.blog, core.site); the session, the window and the command line ask"
                    + " them, so no ui class does file I/O (decision records 0001, 0028)");

    /** Nothing outside the adapter {@code pkg} but the registry depends on it. */
    private static ArchRule reachedThroughTheSeam(String pkg) {
        return noClasses()
                .that().resideOutsideOfPackage(pkg + "..")
                .and().doNotHaveFullyQualifiedName("org.postdesk.core.site.Generators")
                .should().dependOnClassesThat().resideInAPackage(pkg + "..")
                .because("the window, the session, the command line and the index ask core.site (Generator, Site and"
                        + " Generators, the one registry) what a generator decides; only its adapter names it"
                        + " (decision records 0029, 0038)");
    }

    @ArchTest
    static final ArchRule generatorsAreReachedThroughTheSeam = reachedThroughTheSeam("org.postdesk.core.site.jekyll");

    @ArchTest
    static final ArchRule hexoIsReachedThroughTheSeam = reachedThroughTheSeam("org.postdesk.core.site.hexo");

    @ArchTest
    static final ArchRule hexoTypesStayInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("org.postdesk.core.site.hexo..")
            .and().doNotHaveFullyQualifiedName("org.postdesk.core.site.Generators")
            .should().haveSimpleNameContaining("Hexo")
            .orShould().dependOnClassesThat().haveSimpleNameContaining("Hexo")
            .because("a type named for Hexo is Hexo's rule and lives in its adapter; what Jekyll asks to refuse a"
                    + " Hexo site is a neutral NodePackage (decision record 0038)");

    @ArchTest
    static final ArchRule jekyllTypesStayInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("org.postdesk.core.site.jekyll..")
            .and().doNotHaveFullyQualifiedName("org.postdesk.core.site.Generators")
            .should().haveSimpleNameContaining("Jekyll")
            .orShould().dependOnClassesThat().haveSimpleNameContaining("Jekyll")
            .because("a type named for Jekyll is Jekyll's rule and lives in its adapter; the front matter's value"
                    + " model (FrontMatterDate, toPageMap) and the post names (readByGenerator, hiddenFromSite)"
                    + " speak for every generator (decision record 0029, step 2)");

    @ArchTest
    static final ArchRule enginesStayBehindTheRenderPipeline = noClasses()
            .that().resideOutsideOfPackages("org.postdesk.core.render..", "org.postdesk.core.site.jekyll..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postdesk.core.render.liquid..",
                    "org.postdesk.core.render.kramdown..")
            .because("Liquid and kramdown are Jekyll's engines: its adapter chooses them and the render pipeline"
                    + " (core.render) runs them; the index, the checker, the session, the window and the command"
                    + " line reach them only through core.site.Site (decision record 0029, step 2)");

    /** The classes of the generic pipeline that still name kramdown, for the reason 0029 (step 3) gives. */
    private static final String KRAMDOWN_ALLOWANCES = "org\\.postdesk\\.core\\.render\\."
            // the node attribute carrier (IalAttributes) and NodeSwap, which the URL pass and data-line share
            + "(PreviewUrls|HtmlSanitizer|DataLineExtension)(\\$.*)?";

    @ArchTest
    static final ArchRule theRenderPipelineTakesAFlavour = noClasses()
            .that().resideOutsideOfPackages("org.postdesk.core.render.kramdown..", "org.postdesk.core.render.liquid..",
                    "org.postdesk.core.site.jekyll..")
            .and().haveNameNotMatching(KRAMDOWN_ALLOWANCES)
            .should().dependOnClassesThat().resideInAPackage("org.postdesk.core.render.kramdown..")
            .because("the render pipeline is generic: it takes the site's MarkdownFlavour (KramdownFlavour is"
                    + " Jekyll's, chosen by its adapter; Liquid's markdownify is Jekyll's too), so another"
                    + " generator's flavour plugs in without a change to core.render (decision record 0029, step 3)");

    @ArchTest
    static final ArchRule enginesAreChosenByTheAdapter = noClasses()
            .that().resideInAnyPackage("org.postdesk.ui..", "org.postdesk.app..", "org.postdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.postdesk.core.render.liquid..",
                    "org.postdesk.core.render.kramdown..")
            .because("the template pass and the Markdown flavour are the generator's choice, made in its adapter"
                    + " and reached through core.site.Site (decision record 0029)");

    @ArchTest
    static final ArchRule appHasNoUi = noClasses().that().resideInAPackage("org.postdesk.app..")
            .should().dependOnClassesThat(UI_TOOLKITS)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.postdesk.ui.shell..", "org.postdesk.cli..")
            .because("the session layer (open blog, open post, loading, startup) is tested without a display"
                    + " and knows neither the window that shows it nor the command line (decision record 0028)");

    /** The composition root: the classes that build the window and may know the workbench class. */
    private static final Set<String> WIRING = Set.of("org.postdesk.ui.shell.Workbench", "org.postdesk.ui.shell.Shell",
            "org.postdesk.ui.shell.SafetyFeatures", "org.postdesk.ui.shell.PostdeskApp");

    @ArchTest
    static final ArchRule featuresSeeTheBenchNotTheWorkbench = noClasses()
            .that(DescribedPredicate.describe("are not the wiring", (JavaClass c) -> !WIRING.contains(
                    c.getName().replaceFirst("\\$.*", ""))))
            .should().dependOnClassesThat().haveFullyQualifiedName("org.postdesk.ui.shell.Workbench")
            .orShould().callMethodWhere(DescribedPredicate.describe("PostHookList.find, which is for tests",
                    call -> call.getTargetOwner().getName().equals("org.postdesk.ui.shell.PostHookList")
                            && call.getName().equals("find")))
            .because("features take the workbench's small public face (ui.common.Bench) and reach each other"
                    + " only through what the wiring hands them (decision record 0028)");

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
