package org.postdesk.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.postdesk.core.render.MarkdownFlavour;

/**
 * The shape of core.render (docs/decisions/0027): kramdown's rules and the HTML readers are rooms
 * below the render pipeline, and commonmark-java's internals are used in one documented class.
 */
@AnalyzeClasses(packages = "org.postdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderRoomsTest {

    @ArchTest
    static final ArchRule commonmarkInternalsInOnePlace = noClasses()
            .that().doNotHaveFullyQualifiedName("org.postdesk.core.render.kramdown.CommonmarkInternals")
            .should().dependOnClassesThat().resideInAPackage("org.commonmark.internal..")
            .because("an internal of commonmark may change in any release; CommonmarkInternals says which"
                    + " are used, why, and the version they were checked against (0.30.0)");

    @ArchTest
    static final ArchRule kramdownAndHtmlDoNotReachUp = noClasses()
            .that().resideInAnyPackage("org.postdesk.core.render.kramdown..", "org.postdesk.core.render.html..")
            .should().dependOnClassesThat(resideInAPackage("org.postdesk.core.render")
                    .and(not(belongToAnyOf(MarkdownFlavour.class))))
            .because("the pipeline (core.render) uses the Markdown flavour and the HTML readers, not the other way"
                    + " round, so a flavour for another generator can sit beside kramdown; a flavour implements"
                    + " the pipeline's MarkdownFlavour and nothing else of it (decision record 0029, step 3)");

    @ArchTest
    static final ArchRule htmlKnowsNoMarkdownFlavour = noClasses()
            .that().resideInAPackage("org.postdesk.core.render.html..")
            .should().dependOnClassesThat().resideInAPackage("org.postdesk.core.render.kramdown..")
            .because("the HTML element facts and readers are the HTML standard's, shared by every flavour");
}
