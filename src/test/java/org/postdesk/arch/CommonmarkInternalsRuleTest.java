package org.postdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** commonmark-java's internals are used in one documented class (docs/decisions/0027). */
@AnalyzeClasses(packages = "org.postdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonmarkInternalsRuleTest {

    @ArchTest
    static final ArchRule commonmarkInternalsInOnePlace = noClasses()
            .that().doNotHaveFullyQualifiedName("org.postdesk.core.render.CommonmarkInternals")
            .should().dependOnClassesThat().resideInAPackage("org.commonmark.internal..")
            .because("an internal of commonmark may change in any release; CommonmarkInternals says which"
                    + " are used, why, and the version they were checked against (0.30.0)");
}
